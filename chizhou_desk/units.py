"""Unit names: undo line wraps, split joint leads, resolve aliases against a city's registry."""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from chizhou_desk.resources import resource_path

_SPACE = re.compile(r"[\s\u3000]+")
_SEPARATORS = re.compile(r"[,，、;；/]+")
# Words an organisation's name ends with; a wrapped fragment that ends otherwise is continued.
_SUFFIXES = ("委员会", "管委会", "办公室", "政府", "中心", "公司", "集团", "局", "委", "办", "院", "部",
             "厅", "会", "社", "行", "馆", "所", "队", "处", "署", "站", "联", "团", "校")
_BRACKET_TAIL = re.compile(r"[（(][^（）()]*[）)]$")
_NEW_UNIT_START = ("市", "县", "区", "省", "各", "中国", "国网")
_PERSON_WORDS = re.compile(r"同志|局长|主任|书记|市长|县长|区长|部长|负责人|联系人|电话|\d{7,}")
_PLACE_ENDS = (*_SUFFIXES, "区", "县", "市", "镇", "乡", "园", "口", "组")


def normalise(name: str) -> str:
    """'市工业和 信息化局' -> '市工业和信息化局': drop spaces from wrapping and stray punctuation."""
    return _SPACE.sub("", name).strip("。.，,、;；:：")


def _looks_complete(name: str) -> bool:
    return name.endswith(_SUFFIXES)


@dataclass
class Unit:
    name: str
    short: str = ""
    aliases: list[str] = field(default_factory=list)


class UnitRegistry:
    """Canonical unit names with short names and aliases (one city's list)."""

    def __init__(self, units: list[Unit] | None = None):
        self._units: dict[str, Unit] = {}
        self._lookup: dict[str, str] = {}
        for u in units or []:
            self.add(u)

    def add(self, unit: Unit) -> None:
        name = normalise(unit.name)
        self._units[name] = Unit(name, unit.short, [normalise(a) for a in unit.aliases])
        self._lookup[name] = name
        # short names (发改委) are recognised too, but never displace a full name or an alias
        for alias in (*self._units[name].aliases, normalise(unit.short)):
            if alias:
                self._lookup.setdefault(alias, name)

    def resolve(self, raw: str) -> str | None:
        return self._lookup.get(normalise(raw))

    def _terms(self) -> dict[str, list[str]]:
        return {n: [u.short, *u.aliases] for n, u in self._units.items()}

    def find(self, query: str) -> list[str]:
        """Units `query` names as people abbreviate them (unit_match), the best first."""
        from chizhou_desk.unit_match import rank

        exact = self.resolve(query)
        found = rank(normalise(query), list(self._units), self._terms())
        return [exact, *(n for n in found if n != exact)] if exact else found

    def resolve_loose(self, raw: str, same_ending: bool = False) -> str | None:
        """An exact name or alias, else the one unit the abbreviation names (None when unsure)."""
        from chizhou_desk.unit_match import best

        return self.resolve(raw) or best(normalise(raw), list(self._units), self._terms(), same_ending)

    def units(self) -> list[Unit]:
        return list(self._units.values())

    def split_cells(self, cells: list[str], cache: dict, unknown: list[str]) -> list[str]:
        """Several unit cells -> their names in order, once each; names the registry does not know
        are added to `unknown` once. `cache` keeps split cells: a list repeats its unit cells."""
        names: list[str] = []
        for cell in cells:
            if cell not in cache:
                cache[cell] = self.split(cell)
            found, missing = cache[cell]
            names += [n for n in found if n not in names]
            unknown += [u for u in missing if u not in unknown]
        return names

    def split(self, raw: str) -> tuple[list[str], list[str]]:
        """A cell of unit names -> (canonical or kept names, names not in the registry)."""
        names, unknown = [], []
        found = split_names(raw, self.resolve)
        prefix = found[0][0] if found and found[0][:1] in ("市", "县", "区") else ""
        for name in found:
            canonical = self.resolve(name)
            if canonical is None and prefix and name[:1] not in ("市", "县", "区", "省", "各"):
                canonical = self.resolve(prefix + name)  # "市发改委、经信局": 经信局 is 市经信局
            if canonical is None and name.endswith(("）", ")")):
                # a host office or a person in brackets after a known office: the office
                canonical = self.resolve(_BRACKET_TAIL.sub("", name))
            if canonical is None and _names_a_person(name):  # else each contact would be a new unit
                name = _BRACKET_TAIL.sub("", name)
                canonical = self.resolve(name)
            if canonical is None and self._units:  # 市发改委 for 市发展和改革委员会, in any city
                canonical = self.resolve_loose(name, same_ending=True)
            if canonical is None:
                unknown.append(name)
                canonical = name
            if canonical not in names:
                names.append(canonical)
        return names, unknown


def _names_a_person(name: str) -> bool:
    """'市城管局（张三）', '（王局长）', '（联系人：李四 139…）': the brackets hold a person, not a host office."""
    m = _BRACKET_TAIL.search(name)
    if not m or m.start() == 0:
        return False
    inner = m.group(0)[1:-1].strip()
    if _PERSON_WORDS.search(inner):
        return True
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", inner)) and not inner.endswith(_PLACE_ENDS)


def split_names(raw: str, resolve=lambda s: None) -> list[str]:
    """Split a cell that may hold several units, wrapped across lines or spaces.

    '市委人才 工作局 市人力资源 社会保障局' -> ['市委人才工作局', '市人力资源社会保障局'];
    '市发改委市财政局' (run together) -> ['市发改委', '市财政局']; a host office in brackets stays
    with its office: '市委农办（市农业局）、市水利局' -> ['市委农办（市农业局）', '市水利局'].
    """
    out: list[str] = []
    for chunk in _outside_brackets(raw, _SEPARATORS):
        tokens = [t for t in _outside_brackets(chunk, _SPACE) if t]
        acc = ""
        for i, tok in enumerate(tokens):
            acc += tok
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None:
                break
            joined_known = resolve(acc + nxt) is not None
            if resolve(acc) is not None and not joined_known and _starts_unit(nxt, resolve):
                out.extend(_run_together(acc, resolve))
                acc = ""
            elif _looks_complete(acc) and not joined_known and _starts_unit(nxt, resolve):
                out.extend(_run_together(acc, resolve))
                acc = ""
        if acc:
            out.extend(_run_together(normalise(acc), resolve))
    return [n for n in out if n]


def _outside_brackets(text: str, pattern: re.Pattern) -> list[str]:
    """Split on `pattern`, but never inside （…） or (…)."""
    if "（" not in text and "(" not in text:
        return pattern.split(text)
    parts, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = pattern.match(text, i)
            if m and m.end() > i:
                parts.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    parts.append(text[start:])
    return parts


def _run_together(name: str, resolve) -> list[str]:
    """'市发改委市财政局' -> two names: a unit's last word followed by 市/县/区, or two known names."""
    if len(name) < 6 or resolve(name) is not None:
        return [name]
    depth = 0
    for i in range(2, len(name) - 1):
        ch = name[i - 1]
        depth += (ch in "（(") - (ch in "）)")
        if depth:
            continue
        head, tail = name[:i], name[i:]
        if tail[0] in "（(":
            continue
        ends = head.endswith(_SUFFIXES) or head.endswith(("）", ")"))
        if ends and (tail.startswith(_NEW_UNIT_START[:3]) and len(tail) >= 3
                     or resolve(head) is not None and resolve(tail) is not None):
            return [head, *_run_together(tail, resolve)]
    return [name]


def _starts_unit(token: str, resolve) -> bool:
    return token.startswith(_NEW_UNIT_START) or resolve(token) is not None


def load_city_registry(text_hint: str) -> tuple[str, list[Unit]] | None:
    """The shipped unit list whose city matches the hint (title, publisher, document number)."""
    for path in sorted(Path(resource_path("units")).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if any(m in text_hint for m in data.get("match", [data["city"]])):
            return data["city"], [Unit(u["name"], u.get("short", ""), u.get("aliases", []))
                                  for u in data["units"]]
    return None
