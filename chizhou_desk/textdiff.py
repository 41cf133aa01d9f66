"""Which characters changed between last period's text and this one's (for highlighting).

Bounded: a character-level diff is quadratic (32,767 characters took 7 s), so the common
head and tail are cut off first, long middles are compared sentence by sentence, and only
small changed stretches are compared character by character (≤ 50 ms on 32,767 characters).
"""

import re
from html import escape

CHAR_DIFF_LIMIT = 120_000  # len(a) * len(b) compared character by character (~350 × 350)
_PIECE = re.compile(r"[^。；;！？!?\n]{1,80}[。；;！？!?\n]?|[。；;！？!?\n]")


def changed_spans(old: str, new: str) -> list[tuple[str, bool]]:
    """`old` cut into (text, differs-from-new) pieces."""
    return _merge(_diff(old, new, pieces=True))


def _diff(a: str, b: str, pieces: bool) -> list[tuple[str, bool]]:
    """Common head and tail cut off; a small middle compared character by character, a long one
    sentence by sentence (patience diff: sentences found once on each side anchor the rest)."""
    n = min(len(a), len(b))
    head = 0
    while head < n and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < n - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    ma, mb = a[head:len(a) - tail], b[head:len(b) - tail]
    if not ma:
        middle = []
    elif not mb:
        middle = [(ma, True)]
    elif len(ma) * len(mb) <= CHAR_DIFF_LIMIT:
        middle = _char_diff(ma, mb)
    elif pieces:
        middle = _patience(_PIECE.findall(ma), _PIECE.findall(mb))
    else:
        middle = [(ma, True)]
    return [(a[:head], False), *middle, (a[len(a) - tail:], False)]


def _patience(pa: list[str], pb: list[str]) -> list[tuple[str, bool]]:
    from bisect import bisect_left
    from collections import Counter

    ca, cb = Counter(pa), Counter(pb)
    in_b = {p: j for j, p in enumerate(pb) if cb[p] == 1}
    pairs = [(i, in_b[p]) for i, p in enumerate(pa) if ca[p] == 1 and p in in_b]
    # the longest run of such pairs in the same order on both sides (longest increasing subsequence)
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        x = bisect_left(tails, j)
        if x == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[x], tail_at[x] = j, k
        back[k] = tail_at[x - 1] if x else -1
    anchors = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        anchors.append(pairs[k])
        k = back[k]
    anchors.reverse()
    out, i0, j0 = [], 0, 0
    for i, j in [*anchors, (len(pa), len(pb))]:
        out += _diff("".join(pa[i0:i]), "".join(pb[j0:j]), pieces=False)
        if i < len(pa):
            out.append((pa[i], False))
        i0, j0 = i + 1, j + 1
    return out


def _char_diff(a: str, b: str) -> list[tuple[str, bool]]:
    from difflib import SequenceMatcher  # only when a previous period is shown

    return [(a[i1:i2], op != "equal")
            for op, i1, i2, _, _ in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if i2 > i1]


def _merge(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for text, changed in parts:
        if not text:
            continue
        if out and out[-1][1] == changed:
            out[-1] = (out[-1][0] + text, changed)
        else:
            out.append((text, changed))
    return out


def highlight_html(old: str, new: str, mark: str = "#ffe08a") -> str:
    parts = [f'<span style="background:{mark}">{escape(t)}</span>' if changed else escape(t)
             for t, changed in changed_spans(old, new)]
    return "".join(parts).replace("\n", "<br>")
