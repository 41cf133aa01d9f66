"""Plain data shared by the core, the GUI and the exports."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

DEFAULT_STATUSES = ("已完成", "序时推进", "未达预期")  # Chizhou's words: a list without its own gets these
LEGACY_STATUSES = ("已完成", "序时推进", "未达预期", "滞后", "未启动")  # every plan's list before issue 14
UNFILLED = "未填"      # no progress written for the period (a status carried forward does not count)
NO_STATUS = "未评价"   # progress written, no status chosen


def default_plan_title(year: int) -> str:
    """The list's title when its file names none."""
    return f"{year}年重点工作责任清单"


def date_text(d: date | None = None) -> str:
    """A date as written on the office's forms: 2025年6月26日."""
    d = d or date.today()
    return f"{d.year}年{d.month}月{d.day}日"


def is_filled(progress: str | None) -> bool:
    """A task is reported for a period once its progress text is written."""
    return bool(progress and progress.strip())


def state_of(status: str | None, progress: str | None) -> str:
    """The one word every count uses: 未填, the status, or 未评价."""
    if not is_filled(progress):
        return UNFILLED
    return status or NO_STATUS


def carried_over(status: str | None, progress: str | None, previous_status: str | None) -> bool:
    """A status without this period's progress that is last period's: carried over when the period
    was made, not a judgement the user made this month."""
    return bool(status) and not is_filled(progress) and status == previous_status


# What a status word means; other cities' words (超序时, 欠进度, 推进缓慢 …) map onto these.
DONE, ON_TRACK, BEHIND, NOT_STARTED = "done", "on_track", "behind", "not_started"
_MEANING_WORDS = ((BEHIND, ("未达预期", "未完成", "未达", "滞后", "缓慢", "进度慢", "欠进度", "落后")),
                  (NOT_STARTED, ("未启动", "未开工", "未开始")),
                  (ON_TRACK, ("序时推进", "推进", "正常", "超序时", "提前", "达到", "按计划")))


def status_meaning(status: str | None) -> str | None:
    """done / on_track / behind / not_started for a status word, None when it says nothing we know."""
    word = (status or "").strip()
    if not word:
        return None
    if word in ("已完成", "完成") or word.endswith("已完成"):
        return DONE
    for meaning, words in _MEANING_WORDS:
        if any(w in word for w in words):
            return meaning
    return None


def needs_reason(status: str | None, words: "StatusWords | None" = None) -> bool:
    """A status that says the task is behind asks why (the 未达预期原因 field); `words`: the plan's
    words, whose meanings the office may have set (else the meaning is read from the word)."""
    return (words.meaning(status) if words is not None else status_meaning(status)) == BEHIND


def order_statuses(words) -> list[str]:
    """Status words in the order drop-downs and charts use: done, on track, behind, not started, others."""
    rank = {DONE: 0, ON_TRACK: 1, BEHIND: 2, NOT_STARTED: 3, None: 4}
    return sorted(dict.fromkeys(w for w in words if w), key=lambda w: rank[status_meaning(w)])


MEANINGS = (DONE, ON_TRACK, BEHIND, NOT_STARTED)
# a word whose meaning the office set, and no colour: the meaning's colour
MEANING_COLOURS = {DONE: "#2e7d32", ON_TRACK: "#1f6fb2", BEHIND: "#c0392b", NOT_STARTED: "#7f8c8d"}
HEX_COLOUR = re.compile(r"#[0-9a-f]{6}")


@dataclass(frozen=True)
class StatusWord:
    """One word of a plan's list as the office set it. meaning / colour None: the default (the
    meaning read from the word; the word's colour as before issue 14, or its set meaning's)."""

    word: str
    meaning: str | None = None
    colour: str | None = None

    @property
    def means(self) -> str | None:
        return self.meaning or status_meaning(self.word)

    @property
    def shown_colour(self) -> str:
        if self.colour:
            return self.colour
        return MEANING_COLOURS[self.meaning] if self.meaning else word_colour(self.word)


class StatusWords:
    """A plan's status words in order, and the one answer to "what does this word mean in this
    plan, and in which colour is it shown" (a word not in the list: read from the word)."""

    def __init__(self, items=()):
        self.items: tuple[StatusWord, ...] = tuple(items)
        self._by_word = {w.word: w for w in self.items}

    @classmethod
    def guessed(cls, words) -> "StatusWords":
        return cls(StatusWord(w) for w in words)

    @property
    def words(self) -> list[str]:
        return [w.word for w in self.items]

    def get(self, word: str | None) -> StatusWord:
        word = word or ""
        return self._by_word.get(word) or StatusWord(word)

    def meaning(self, word: str | None) -> str | None:
        return self.get(word).means if word else None

    def set_meaning(self, word: str | None) -> str | None:
        """The meaning the office chose for the word, None when it is read from the word."""
        return self.get(word).meaning if word else None

    def colour(self, word: str | None) -> str:
        return self.get(word).shown_colour if word else word_colour(None)

    def __eq__(self, other) -> bool:
        return isinstance(other, StatusWords) and self.items == other.items

    def __repr__(self) -> str:
        return f"StatusWords({list(self.items)!r})"


class Light(str, Enum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NONE = "none"

    @property
    def label(self) -> str:
        return {"green": "绿灯", "yellow": "黄灯", "red": "红灯", "none": ""}[self.value]

    @property
    def chart_label(self) -> str:  # a bar needs a name even for "no light"
        return self.label or "未评定"


@dataclass
class Task:
    no: str
    text: str
    section: str = ""
    lead_units: list[str] = field(default_factory=list)
    coop_units: list[str] = field(default_factory=list)
    target: str = ""
    deadline: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Entry:
    """One task's report for one period; its fields are ENTRY_FIELDS, in that order."""

    status: str | None = None
    progress: str = ""
    next_steps: str = ""  # 近期工作安排
    reason: str = ""
    indicator: float | None = None
    rank: str = ""
    comment: str = ""


@dataclass(frozen=True)
class EntryField:
    key: str  # Entry's attribute and the entries table's column
    label: str  # the office's word for it
    kind: str  # "status" (a word of the list), "text" (searched, compared with the last period), "number", "short"
    carried: bool = True  # 沿用上期 and a new period's copy take it from the last period


# The one list of an entry's fields: adding one means a line here, an Entry attribute, a migration
# adding its column, and a widget in the editor form.
ENTRY_FIELDS = (
    EntryField("status", "工作评价", "status"),
    EntryField("progress", "进展情况", "text"),
    EntryField("next_steps", "近期工作安排", "text"),
    EntryField("reason", "未达预期原因", "text"),
    EntryField("indicator", "指标值", "number"),
    EntryField("rank", "位次", "short"),
    EntryField("comment", "备注", "short", carried=False),  # a remark on this report only
)
FIELD_KEYS = tuple(f.key for f in ENTRY_FIELDS)
FIELD_LABELS = {f.key: f.label for f in ENTRY_FIELDS}
TEXT_FIELDS = tuple(f.key for f in ENTRY_FIELDS if f.kind == "text")
CARRIED_FIELDS = tuple(f.key for f in ENTRY_FIELDS if f.carried)


def empty_entry_values() -> dict:
    """An entry with nothing written: None for a status or number, "" for text."""
    return {f.key: None if f.kind in ("status", "number") else "" for f in ENTRY_FIELDS}


@dataclass
class Plan:
    year: int
    title: str = ""
    doc_no: str = ""
    city: str = ""


@dataclass
class ImportedTable:
    """What an importer hands the store: a plan, its tasks, and optionally one period's entries."""

    source: str
    plan: Plan
    tasks: list[Task]
    period_key: str | None = None
    entries: dict[str, Entry] = field(default_factory=dict)  # task no -> entry
    unit: str | None = None  # a unit submission names its unit
    checksum: str = ""  # sha256 of the source file
    ignored_columns: list[str] = field(default_factory=list)  # headers no field matched
    notes: list[str] = field(default_factory=list)  # what the reader accepted but the user should know
    layout: object = None  # the engine's proposal a list was read by (remembered once imported)
    filler: str = ""  # a unit submission's 填报人 and 联系电话, from its header line
    phone: str = ""
    attachments: list | None = None  # 佐证材料 its metadata lists (attachments.PackedFile); None: none

# One palette for the table, the charts and the printed sheets.
STATUS_COLOURS = {
    "已完成": "#2e7d32",
    "序时推进": "#1f6fb2",
    "未达预期": "#c0392b",
    "滞后": "#e67e22",
    "未启动": "#7f8c8d",
    UNFILLED: "#9e9e9e",
    NO_STATUS: "#8d6e63",
}
LIGHT_COLOURS = {Light.GREEN: "#2e9d46", Light.YELLOW: "#f0b400", Light.RED: "#d63a2f",
                 Light.NONE: "#cccccc"}
_EXTRA_COLOURS = ("#6a1b9a", "#00838f", "#8d6e63", "#ad1457", "#558b2f", "#283593")


def word_colour(status: str | None) -> str:
    """A word's colour when the office set none: the palette's, else one picked by the word."""
    status = status or UNFILLED
    if status in STATUS_COLOURS:
        return STATUS_COLOURS[status]
    return _EXTRA_COLOURS[sum(map(ord, status)) % len(_EXTRA_COLOURS)]  # stable across runs


# characters that show nothing: a status word carrying one is a look-alike of a real one
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e]")


def clean_status(value):
    """A status word without invisible characters or surrounding blanks (None stays None)."""
    if value is None:
        return None
    return _INVISIBLE.sub("", str(value)).strip() or None


def now() -> str:
    """A change's time as stored (local time, seconds)."""
    return datetime.now().isoformat(timespec="seconds")


@dataclass
class ImportResult:
    """What merging one file changed, for the user: counts, unknown units, what was left alone."""

    source: str
    period_key: str | None
    tasks_added: int = 0
    tasks_changed: int = 0
    entries_changed: int = 0
    unknown_units: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)       # text typed here that a list import left alone
    conflicts: list[str] = field(default_factory=list)  # joint-lead tasks two units reported differently
    notes: list[str] = field(default_factory=list)      # the reader's notes (rows edited after export)
