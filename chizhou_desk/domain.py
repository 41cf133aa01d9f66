"""Plain data shared by the core, the GUI and the exports."""

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

DEFAULT_STATUSES = ("已完成", "序时推进", "未达预期", "滞后", "未启动")
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


class Role(str, Enum):
    LEAD = "lead"
    COOP = "coop"


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
    short_title: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Entry:
    status: str | None = None
    progress: str = ""
    plan: str = ""
    reason: str = ""
    indicator: float | None = None
    rank: str = ""
    comment: str = ""


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
    unknown_units: list[str] = field(default_factory=list)
    unit: str | None = None  # a unit submission names its unit
    checksum: str = ""  # sha256 of the source file
    ignored_columns: list[str] = field(default_factory=list)  # headers no field matched
    notes: list[str] = field(default_factory=list)  # what the reader accepted but the user should know
    layout: object = None  # the engine's proposal a list was read by (remembered once imported)

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
