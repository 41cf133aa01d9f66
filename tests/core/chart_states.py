"""Databases in every state a chart meets in real use (issue 25): the sample's month, an empty month,
a new month before its due date (statuses carried over, nothing lit), a closed month, a list of one
unit, a unit without tasks, one task and 3,000 tasks."""

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from xlsx_builders import list_file  # noqa: E402

from chizhou_desk.imports import read_file  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "resources" / "sample" / "chizhou_2025_1-5.txt"
HEADER = ["序号", "重点工作任务", "牵头单位", "工作评价", "1-6月份进展情况"]
STATES = ["sample", "empty_month", "before_due", "closed", "one_unit", "unit_without_tasks", "one_task",
          "many_tasks"]


def _list(tmp_path: Path, tasks: list[dict]) -> Store:
    store = Store(tmp_path / "list.db")
    store.import_table(read_file(list_file(tmp_path, header=HEADER, tasks=tasks,
                                           title="2025年宣城市政府重点工作责任清单1-6月份进展情况")))
    return store


def _task(i: int, unit: str, status: str | None = "序时推进", progress: str = "正在推进。") -> dict:
    return {"序号": i, "重点工作任务": f"第{i}项重点工作，推进有力。", "牵头单位": unit,
            "工作评价": status, "1-6月份进展情况": progress}


def make_state(name: str, tmp_path: Path) -> tuple[Store, str, str | None]:
    """(store, period key, unit or None) for the state `name`."""
    if name == "one_unit":
        return _list(tmp_path, [_task(i, "市发展和改革委员会", s, p) for i, (s, p) in
                                enumerate([("序时推进", "推进中。"), ("未达预期", "滞后。"), (None, "")], 1)]), \
            "2025-06", None
    if name == "one_task":
        return _list(tmp_path, [_task(1, "市经济和信息化局")]), "2025-06", "市经济和信息化局"
    if name == "many_tasks":
        units = [f"市第{u}重点工作专项推进工作领导小组办公室" for u in range(60)]
        statuses = ["序时推进", "未达预期", "已完成", None]
        return _list(tmp_path, [_task(i, units[i % 60], statuses[i % 4], "" if i % 7 == 0 else "推进。")
                                for i in range(1, 3001)]), "2025-06", units[3]
    store = Store(tmp_path / "sample.db")
    store.import_table(read_file(SEED))
    key = "2025-05"
    if name == "empty_month":
        store.create_period("2025-06", carry_status=False)
        key = "2025-06"
    elif name == "before_due":
        store.create_period("2025-06", due_date=(date.today() + timedelta(days=10)).isoformat())
        key = "2025-06"
    elif name == "closed":
        store.set_period(key, closed=True)
    if name == "unit_without_tasks":
        with store.transaction() as c:  # registered, leads nothing (as the unit list's editor allows)
            c.execute("INSERT INTO units (name) VALUES ('市档案馆')")
        assert "市档案馆" not in store.lead_unit_names()
        return store, key, "市档案馆"
    return store, key, "市发改委"
