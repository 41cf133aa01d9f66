"""One rule for the text that enters the store, from an import, typing or a paste (ARCHITECTURE:
Reliability): characters that show nothing or reorder what is shown are removed (bidi controls
such as U+202E, zero-width characters, the soft hyphen, C0 controls other than tab and newline,
DEL), so "市财政局" with a hidden mark is the unit 市财政局, not a look-alike new one; a number must
be finite (1e400 is inf)."""

import math
import re
from dataclasses import fields, is_dataclass

from chizhou_desk.errors import InputError

_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                     "\u2066-\u2069\ufeff\ufff9-\ufffb]")
_SKIP = frozenset({"layout", "source", "checksum"})  # the engine's proposal, a path, a digest


_FIELDS: dict[type, tuple[str, ...]] = {}  # a dataclass's fields to walk, by class


def clean_text(value: str) -> str:
    """`value` without hidden characters; \r\n and \r become \n."""
    if _HIDDEN.search(value) is None:  # the common case: one scan in C, the string kept
        return value
    return _HIDDEN.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def check_number(value, what: str = "数值"):
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(f"{what}不是有限的数({value})")
    return value


def clean_value(value):
    """Strings cleaned, numbers checked; lists, tuples, dicts and dataclasses walked."""
    kind = type(value)
    if kind is str:
        return clean_text(value)
    if kind is float:
        return check_number(value)
    if kind is list:
        return [clean_value(v) for v in value]
    if kind is tuple:
        return tuple(clean_value(v) for v in value)
    if kind is dict:
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    names = _FIELDS.get(kind)
    if names is None:
        names = tuple(f.name for f in fields(value) if f.name not in _SKIP) \
            if is_dataclass(value) and not isinstance(value, type) else ()
        _FIELDS[kind] = names
    for name in names:
        setattr(value, name, clean_value(getattr(value, name)))
    return value


def clean_table(table) -> None:
    """An imported table (or the office's feedback) cleaned in place before it is merged; a
    number that is not finite refuses the file, naming the task."""
    for no, entry in (getattr(table, "entries", None) or {}).items():
        for f in fields(entry):
            v = getattr(entry, f.name)
            if isinstance(v, float) and not math.isfinite(v):
                raise InputError(f"第{no}项的{_label(f.name)}不是有限的数({v})，未导入", file=table.source)
    clean_value(table)
    for task in getattr(table, "tasks", []):  # a name that was only hidden characters is no name
        if hasattr(task, "lead_units"):
            task.lead_units = [u for u in task.lead_units if u.strip()]
            task.coop_units = [u for u in task.coop_units if u.strip()]


def _label(key: str) -> str:
    from chizhou_desk.domain import FIELD_LABELS

    return FIELD_LABELS.get(key, key)
