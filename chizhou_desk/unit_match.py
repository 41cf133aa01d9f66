"""Finding a unit the way people abbreviate it, in any city, without aliases typed by hand.

A query matches a name when its characters appear in the name in order (发改 → 市发展和改革委员会),
after the usual reductions on both sides (the 省/市/县/区 prefix, 委员会 → 委, 和, a 局/委/办 ending);
a Latin query matches the names' pinyin initials (fgw → 发改委). Matches are ranked: a name, short
name or alias equal to the query first, then one that starts with it, holds it, and last the
scattered ones, fewer and earlier pieces first. pypinyin is imported on the first Latin query only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

_PREFIX = ("省", "市", "县", "区")
_ENDINGS = ("局", "委", "办")
_LATIN = re.compile(r"^[A-Za-z]+$")


def reduced(name: str) -> str:
    """市发展和改革委员会 -> 市发展改革委: the reductions people make when they shorten a name."""
    return name.replace("委员会", "委").replace("和", "")


@lru_cache(maxsize=4096)  # an import asks about the same few dozen names thousands of times
def _forms(text: str) -> tuple[str, ...]:
    """The text and its reductions, most literal first."""
    forms = [text, reduced(text)]
    for f in list(forms):
        if len(f) > 2 and f.startswith(_PREFIX):
            forms.append(f[1:])
    return tuple(dict.fromkeys(forms))


def _query_forms(query: str) -> list[str]:
    forms = list(_forms(query))
    for f in list(forms):  # 发改局 for 发改委: the ending is a guess people get wrong
        if len(f) > 2 and f.endswith(_ENDINGS):
            forms.append(f[:-1])
    return list(dict.fromkeys(forms))


def _pieces(needle: str, hay: str) -> tuple[int, int] | None:
    """(contiguous pieces, start) of the best in-order placement of `needle` in `hay`, or None."""
    best: tuple[int, int] | None = None
    for start in [i for i, ch in enumerate(hay) if ch == needle[0]]:
        pieces, pos, ok = 1, start + 1, True
        for ch in needle[1:]:
            if pos < len(hay) and hay[pos] == ch:
                pos += 1
                continue
            found = hay.find(ch, pos)
            if found < 0:
                ok = False
                break
            pieces, pos = pieces + 1, found + 1
        if ok and (best is None or (pieces, start) < best):
            best = (pieces, start)
    return best


@lru_cache(maxsize=4096)
def _initials(text: str) -> str:
    # pypinyin's phrase dictionary (2.5 MB) only settles readings of words; a unit's initials need
    # single characters, and without it the first query loads in a fraction of the time
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # an install without it: Chinese queries still match
        return ""
    return "".join(p[:1] for p in lazy_pinyin(text, style=Style.FIRST_LETTER)).lower()


def _latin_score(q: str, labels: list[str]) -> tuple | None:
    keys = [(3, found[0], found[1], len(form)) for label in labels for form in _forms(label)
            if (initials := _initials(form)) and (found := _pieces(q.lower(), initials)) is not None]
    return min(keys) if keys else None


@lru_cache(maxsize=65536)
def _form_key(qf: str, qi: int, form: str) -> tuple | None:
    if form == qf:
        return (0, qi, 0, len(form))
    if qf in form:
        return (1, qi, form.index(qf), len(form))
    found = _pieces(qf, form)
    return None if found is None else (2, found[0] + qi, found[1], len(form))


def score(query: str, name: str, terms: Iterable[str] = ()) -> tuple | None:
    """A sort key (smaller is better) for how well `query` names the unit `name` (with its short
    name and aliases in `terms`); None when it does not."""
    return _score(query, name, tuple(t for t in terms if t))


@lru_cache(maxsize=65536)  # an import's cells name the same few dozen units thousands of times
def _score(query: str, name: str, terms: tuple[str, ...]) -> tuple | None:
    q = "".join(query.split())
    if not q:
        return None
    labels = [name, *terms]
    if _LATIN.match(q):
        return _latin_score(q, labels)
    if q in labels:
        return (0, 0, 0, len(name))
    keys = [key for qi, qf in enumerate(_query_forms(q)) for label in labels for form in _forms(label)
            if (key := _form_key(qf, qi, form)) is not None]
    return min(keys) if keys else None


def rank(query: str, names: Iterable[str], terms: dict[str, list[str]] | None = None) -> list[str]:
    """The names `query` matches, the best first (ties keep the given order)."""
    terms = terms or {}
    scored = [(key, i, n) for i, n in enumerate(names) if (key := score(query, n, terms.get(n, ()))) is not None]
    return [n for _, _, n in sorted(scored)]


def _other_level(query: str, name: str) -> bool:
    """县发改委 is not 市发展和改革委员会: a query naming its level names no unit of another level."""
    return bool(query) and query[0] in _PREFIX and name[:1] in _PREFIX and query[0] != name[0]


def best(query: str, names: Iterable[str], terms: dict[str, list[str]] | None = None,
         same_ending: bool = False) -> str | None:
    """The one unit `query` names: the best match when no other matches as well (in kind and
    pieces), else None. `same_ending`: only a name that ends as the query does (an import's cell:
    各县区政府 is not 市人民政府办公室)."""
    terms = terms or {}
    q = reduced("".join(query.split()))
    scored = sorted((key, n) for n in names if (key := score(query, n, terms.get(n, ()))) is not None
                    and not _other_level(q, n)
                    and (not same_ending or len(q) >= 3 and reduced(n).endswith(q[-1])))
    if not scored or len(scored) > 1 and scored[0][0][:2] == scored[1][0][:2]:
        return None
    return scored[0][1]
