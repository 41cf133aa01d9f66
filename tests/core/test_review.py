"""Issue 15, return and accept: the office marks a unit's submission 已采纳 or 退回; its 审核意见单
carries the comments to the unit's database, whose next export carries them back; schema 7."""

import json
import sqlite3
import subprocess
import sys

import pytest
from old_db import old_database
from python_calamine import CalamineWorkbook

from chizhou_desk import office
from chizhou_desk.errors import InputError
from chizhou_desk.exports.feedback import export_feedback
from chizhou_desk.exports.submission import export_submission
from chizhou_desk.file_format import META_SHEET
from chizhou_desk.imports import read_file
from chizhou_desk.schema import SCHEMA_VERSION
from chizhou_desk.store import Store

UNIT = "市发展改革委"
WHOLE = "请补充未达预期原因后重新报送。"
TASK_1 = "未写明增速低于目标的原因,请补充。"


def _status(store, unit=UNIT):
    return next(s for s in office.submission_status(store, "2025-05") if s.unit == unit)


def _meta(path):
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(META_SHEET).to_python()
    pairs = {str(r[0]): str(r[1]) for r in rows if r and r[0]}
    head = next(i for i, r in enumerate(rows) if r[:2] == ["no", "row"])
    table = {str(r[0]): dict(zip(rows[head], (str(c) for c in r), strict=False)) for r in rows[head + 1:] if r[0]}
    return pairs, table


def test_returned_comment_comes_back_in_the_units_next_export(office_store, unit_store, tmp_path):
    first = tmp_path / "报送表1.xlsx"
    export_submission(unit_store, "市发改委", "2025-05", first, filler={"person": "张三", "phone": "0566-2021234"})
    office_store.import_tables([read_file(first)])
    assert _status(office_store).state == "已报送"

    # the office returns it: a reason for the file and one for task 1
    office_store.review("市发改委", "2025-05", "returned", WHOLE)
    office_store.review(UNIT, "2025-05", "returned", TASK_1, task_no="1")
    s = _status(office_store)
    assert (s.state, s.accepted, s.review) == ("退回", False, "returned")
    assert s.review_reason == f"整份报送表：{WHOLE}\n第1项：{TASK_1}"
    assert "退回 1 个" in office.summary_text(office.submission_status(office_store, "2025-05"))

    # the office's 审核意见单, read back by a second reader
    feedback = export_feedback(office_store, UNIT, "2025-05", tmp_path / "审核意见.xlsx")
    wb = CalamineWorkbook.from_path(str(feedback))
    assert wb.sheet_names == ["审核意见", META_SHEET]
    visible = wb.get_sheet_by_name("审核意见").to_python()
    assert visible[1][0].startswith("审核结果：退回") and visible[2][0] == f"整份报送表：{WHOLE}"
    assert visible[3] == ["序号", "重点工作任务", "办公室意见"]
    assert visible[4] == ["1", "地区生产总值增长6.5%以上。", TASK_1]

    # the liaison imports it: its database now holds the comments
    before = unit_store.content_checksum()
    result = unit_store.import_tables([read_file(feedback)])[0]
    assert unit_store.content_checksum() != before
    assert result.notes == [f"市政府办公室对{UNIT}1-5月份报送表的意见：退回，1 项任务有意见(第1项)"]
    review = unit_store.reviews("2025-05")[UNIT]
    assert (review.verdict, review.reason, review.tasks) == ("returned", WHOLE, {"1": TASK_1})

    # ... and its next export carries them: a visible note above the header, and the metadata
    second = tmp_path / "报送表2.xlsx"
    export_submission(unit_store, UNIT, "2025-05", second, filler={"person": "张三", "phone": "0566-2021234"})
    sheet = CalamineWorkbook.from_path(str(second)).get_sheet_by_name("报送表").to_python()
    note = sheet[2][0]
    assert note.startswith("市政府办公室意见（") and "退回）：" in note
    assert f"整份报送表：{WHOLE}" in note and f"第1项：{TASK_1}" in note
    assert sheet[3][:2] == ["序号", "重点工作任务"]
    pairs, table = _meta(second)
    assert (pairs["office_verdict"], pairs["office_reason"], pairs["header_row"], pairs["first_row"]) == \
        ("returned", WHOLE, "4", "5")
    assert table["1"]["office_comment"] == TASK_1 and table["2"]["office_comment"] == ""
    assert table["1"]["row"] == "5"

    # the office merges the corrected file (the note row is no data row): 已重报 until judged
    office_store.import_tables([read_file(second)])
    s = _status(office_store)
    assert (s.state, s.times, s.accepted) == ("已重报", 2, False)
    office_store.review(UNIT, "2025-05", "accepted")
    assert _status(office_store).state == "已采纳" and _status(office_store).accepted

    # the acceptance goes back too; the unit's next export has no note any more
    unit_store.import_tables([read_file(export_feedback(office_store, UNIT, "2025-05", tmp_path / "采纳.xlsx"))])
    assert unit_store.reviews("2025-05")[UNIT].verdict == "accepted"
    third = tmp_path / "报送表3.xlsx"
    export_submission(unit_store, UNIT, "2025-05", third)
    sheet = CalamineWorkbook.from_path(str(third)).get_sheet_by_name("报送表").to_python()
    assert sheet[2][0] == "序号"
    assert _meta(third)[0]["office_verdict"] == "accepted"


def test_a_task_comment_alone_returns_the_file(office_store, unit_store, tmp_path):
    path = tmp_path / "a.xlsx"
    export_submission(unit_store, UNIT, "2025-05", path)
    office_store.import_tables([read_file(path)])
    office_store.review(UNIT, "2025-05", "accepted")
    office_store.review(UNIT, "2025-05", "returned", "请写明原因。", task_no="2")
    review = office_store.reviews("2025-05")[UNIT]
    assert (review.verdict, review.reason, review.tasks) == ("returned", "", {"2": "请写明原因。"})
    assert _status(office_store).state == "退回"


def test_what_cannot_be_returned(office_store, unit_store, tmp_path):
    with pytest.raises(InputError, match="尚未报送"):
        office_store.review(UNIT, "2025-05", "returned", "原因")
    path = tmp_path / "a.xlsx"
    export_submission(unit_store, UNIT, "2025-05", path)
    office_store.import_tables([read_file(path)])
    before = office_store.content_checksum()
    with pytest.raises(InputError, match="须写明原因"):
        office_store.review(UNIT, "2025-05", "returned", "  ")
    with pytest.raises(InputError, match="不是 市发展改革委 牵头的任务"):
        office_store.review(UNIT, "2025-05", "returned", "原因", task_no="3")
    with pytest.raises(InputError, match="没有序号为 999"):
        office_store.review(UNIT, "2025-05", "returned", "原因", task_no="999")
    assert office_store.content_checksum() == before


def test_a_feedback_file_for_another_list_changes_nothing(office_store, unit_store, tmp_path):
    path = tmp_path / "a.xlsx"
    export_submission(unit_store, UNIT, "2025-05", path)
    office_store.import_tables([read_file(path)])
    office_store.review(UNIT, "2025-05", "returned", "原因", task_no="1")
    feedback = export_feedback(office_store, UNIT, "2025-05", tmp_path / "f.xlsx")
    with sqlite3.connect(unit_store.path) as c:  # the unit's list says something else under 1
        c.execute("UPDATE tasks SET text = '另一项任务。' WHERE no = '1'")
    c.close()
    before = unit_store.content_checksum()
    with pytest.raises(InputError, match="第1项的任务内容与本库清单不符"):
        unit_store.import_tables([read_file(feedback)])
    assert unit_store.content_checksum() == before


def test_liaison_and_phone_are_stored_and_survive_the_file(office_store, unit_store, tmp_path):
    path = tmp_path / "a.xlsx"
    export_submission(unit_store, UNIT, "2025-05", path, filler={"person": "李四", "phone": "13900001111"})
    office_store.import_tables([read_file(path)])
    path.unlink()  # the USB stick is gone
    s = _status(office_store)
    assert (s.liaison, s.phone) == ("李四", "13900001111")
    row = office_store.conn.execute("SELECT filler, phone FROM submissions").fetchone()
    assert row == ("李四", "13900001111")


def build_v6(path, submission_file):
    """A version-6 database as the release before this one wrote it, with one merged submission."""
    conn = old_database(path, 6)
    conn.execute("INSERT INTO plans (id, year, title) VALUES (1, 2025, '2025年重点工作责任清单')")
    conn.execute("INSERT INTO units (id, name) VALUES (1, '市发展改革委')")
    conn.execute("INSERT INTO tasks (id, plan_id, no, seq, text) VALUES (1, 1, '1', 1, '地区生产总值增长6.5%以上。')")
    conn.execute("INSERT INTO task_units (task_id, unit_id, role) VALUES (1, 1, 'lead')")
    conn.execute("INSERT INTO periods (id, plan_id, key, label) VALUES (1, 1, '2025-05', '1-5月份')")
    conn.execute("INSERT INTO submissions (unit_id, period_id, file_name, sha256, imported_at) "
                 "VALUES (1, 1, ?, 'x', '2025-06-03T09:00:00')", (str(submission_file),))
    conn.commit()
    conn.close()


def test_version_6_database_is_migrated(tmp_path, unit_store):
    old_file = tmp_path / "old.xlsx"
    export_submission(unit_store, UNIT, "2025-05", old_file, filler={"person": "王五", "phone": "0566-1"})
    db = tmp_path / "v6.db"
    build_v6(db, old_file)
    with Store(db) as s:
        assert s.version == SCHEMA_VERSION and s.backup_path is not None and s.backup_path.name.startswith("v6.db.v6-")
        cols = [r[1] for r in s.conn.execute("PRAGMA table_info(submissions)")]
        assert cols[-2:] == ["filler", "phone"]
        assert s.conn.execute("SELECT filler, phone FROM submissions").fetchone() == ("", "")
        # an old row has no stored liaison: its file, still there, is read instead
        assert office.liaison_of(s, UNIT) == ("王五", "0566-1")
        assert office.liaison_of(s, UNIT, read_files=False) == ("", "")
        s.review(UNIT, "2025-05", "returned", "请补充。")
        assert s.reviews("2025-05")[UNIT].reason == "请补充。"
    old_file.unlink()
    with Store(db) as s:
        assert office.liaison_of(s, UNIT) == ("", "")


def test_cli_accept_return_and_feedback(tmp_path, seed_path, unit_store):
    db = tmp_path / "cli.db"
    run = lambda *a: subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(db), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    assert run("import", str(seed_path)).returncode == 0
    sub = tmp_path / "sub.xlsx"
    export_submission(unit_store, UNIT, "2025-05", sub)
    assert run("import", str(sub)).returncode == 0
    bad = run("submissions", "--period", "2025-05", "--return", "市发改委")
    assert bad.returncode == 2 and "须写明原因" in bad.stderr and "Traceback" not in bad.stderr
    done = run("submissions", "--period", "2025-05", "--return", "市发改委", "--reason", TASK_1, "--task", "1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{UNIT}\t退回\t第1项：{TASK_1}"
    data = {d["unit"]: d for d in json.loads(run("submissions", "--period", "2025-05", "--json").stdout)}
    assert (data[UNIT]["state"], data[UNIT]["accepted"], data[UNIT]["review"]) == ("退回", False, "returned")
    assert data["市财政局"]["state"] == "未报送" and data["市财政局"]["review"] is None
    text = run("submissions", "--period", "2025-05").stdout.splitlines()
    assert text[-1] == "共 16 个牵头单位：已报送 1 个，未报送 15 个(已采纳 0 个，退回 1 个)"
    out = tmp_path / "退回单.xlsx"
    made = run("submissions", "--period", "2025-05", "--feedback", "市发改委", "-o", str(out))
    assert made.returncode == 0, made.stderr
    unit_db = unit_store.path
    unit_store.close()
    got = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(unit_db), "import", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert got.returncode == 0, got.stderr
    assert got.stdout.strip() == f"{out}: 市政府办公室对{UNIT}1-5月份报送表的意见：退回，1 项任务有意见(第1项)"
    dry = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(unit_db), "import", "--dry-run",
                          str(out)], capture_output=True, text=True, timeout=120)
    assert dry.returncode == 0 and "市政府办公室审核意见(市发展改革委，1-5月份)：退回" in dry.stdout
    # on a PC without a database yet the same file is still called what it is, not a 单位报送表
    none = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(tmp_path / "none.db"), "import",
                           "--dry-run", str(out)], capture_output=True, text=True, timeout=120)
    assert none.returncode == 0 and none.stdout.strip() == f"{out}: 市政府办公室审核意见(市发展改革委，1-5月份)：退回，1 项任务有意见"
    assert run("submissions", "--period", "2025-05", "--accept", "市发改委").stdout.startswith(f"{UNIT}\t已采纳")
