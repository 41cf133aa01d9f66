"""报送情况: which lead units have submitted, the 催报 list, the export, the dry run of a merge."""

import json
import subprocess
import sys
from datetime import date

import pytest

from chizhou_desk import office
from chizhou_desk.exports.submission import export_submission
from chizhou_desk.imports import read_file

SEED_UNITS = 16


@pytest.fixture
def unit_files(store, tmp_path):
    """Every lead unit's submission of the sample, as its liaison exports it."""
    folder = tmp_path / "files"
    folder.mkdir()
    files = {}
    for i, unit in enumerate(store.lead_unit_names()):
        path = folder / f"{unit}.xlsx"
        export_submission(store, unit, "2025-05", path, filler={"person": f"联络员{i}", "phone": f"0566-20{i:02d}"})
        files[unit] = path
    return files


def test_all_units_but_one_merged_lists_exactly_that_one_missing(office_store, unit_files):
    assert len(unit_files) == SEED_UNITS
    left_out = "市商务局"
    office_store.import_tables([read_file(p) for u, p in unit_files.items() if u != left_out])
    status = office.submission_status(office_store, "2025-05")
    assert len(status) == SEED_UNITS
    assert [s.unit for s in office.missing(status)] == [left_out]
    commerce = next(s for s in status if s.unit == left_out)
    assert (commerce.submitted, commerce.file, commerce.times, commerce.submitted_at) == (False, None, 0, None)
    ndrc = next(s for s in status if s.unit == "市发展改革委")
    assert ndrc.submitted and ndrc.file.endswith("市发展改革委.xlsx") and ndrc.times == 1
    assert (ndrc.reported, ndrc.total) == (14, 15)  # task 49 is cut off in the published text
    assert ndrc.behind_without_reason == 2  # tasks 1 and 2: 未达预期, no reason written
    assert ndrc.liaison == "联络员0" and ndrc.phone == "0566-2000"  # from its file's filler line
    chase = office.chase_text(status, "1-5月份")
    assert chase.splitlines()[0] == "1-5月份重点工作进展尚未报送的单位(1个)："
    assert chase.splitlines()[1] == "1. 市商务局(已填报 4/4 项)"
    # a unit that merged again counts its files; the latest is the one shown
    office_store.import_tables([read_file(unit_files["市发展改革委"])])
    again = next(s for s in office.submission_status(office_store, "2025-05") if s.unit == "市发展改革委")
    assert again.times == 2


def test_liaison_of_a_missing_unit_comes_from_its_earlier_file(office_store, unit_files):
    office_store.import_tables([read_file(unit_files["市商务局"])])
    office_store.create_period("2025-06")
    status = office.submission_status(office_store, "2025-06")
    commerce = next(s for s in status if s.unit == "市商务局")
    assert not commerce.submitted and commerce.liaison.startswith("联络员") and commerce.phone.startswith("0566-")
    assert "联络员：联络员" in office.chase_text(status, "1-6月份")


def test_days_past_the_due_date(office_store):
    # no due date set: due 10 days after the period's end, as the lights count (red "已过期末后10天")
    assert {s.days_late for s in office.submission_status(office_store, "2025-05", today=date(2025, 6, 12))} == {2}
    assert {s.days_late for s in office.submission_status(office_store, "2025-05", today=date(2025, 6, 10))} == {0}
    office_store.set_period("2025-05", due_date="2025-06-05")
    status = office.submission_status(office_store, "2025-05", today=date(2025, 6, 9))
    assert {s.days_late for s in status} == {4}
    assert {s.days_late for s in office.submission_status(office_store, "2025-05", today=date(2025, 6, 5))} == {0}


def test_export_reads_back_with_calamine(office_store, unit_files, tmp_path):
    from python_calamine import CalamineWorkbook

    office_store.import_tables([read_file(unit_files["市财政局"])])
    status = office.submission_status(office_store, "2025-05")
    path = office.export_status_xlsx(status, tmp_path / "报送情况.xlsx", "2025年1-5月份重点工作报送情况")
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[0][0] == "2025年1-5月份重点工作报送情况"
    assert rows[1] == list(office.COLUMNS)
    assert len(rows) == 2 + SEED_UNITS
    by_unit = {r[1]: r for r in rows[2:]}
    assert by_unit["市财政局"][2] == "已报送" and by_unit["市财政局"][4] == "市财政局.xlsx"
    assert by_unit["市商务局"][2] == "未报送" and by_unit["市财政局"][6] == "2/2"
    with pytest.raises(Exception, match="xlsx"):
        office.export_status_xlsx(status, tmp_path / "x.csv", "t")


def test_dry_run_counts_changes_and_refusals(office_store, unit_files, store, tmp_path):
    # the unit changes one task after its first export, and another file names a period not created
    store.save_entry(store.task_id("1", "2025-05"), "2025-05", {"progress": "1-5月,增长6.5%。"})
    changed = tmp_path / "changed.xlsx"
    export_submission(store, "市发展改革委", "2025-05", changed)
    store.create_period("2025-06")
    later = tmp_path / "later.xlsx"
    export_submission(store, "市财政局", "2025-06", later)
    before = office_store.content_checksum()
    previews = office.preview_submissions(office_store, [changed, unit_files["市商务局"], later])
    assert office_store.content_checksum() == before
    ndrc, commerce, finance = previews
    assert (ndrc.unit, ndrc.changed, ndrc.unchanged, ndrc.refused) == ("市发展改革委", 1, 14, "")
    assert (commerce.changed, commerce.unchanged) == (0, 4)
    assert finance.refused and "期间" in finance.refused
    lines = office.preview_lines(previews)
    assert lines[0].endswith("将更新 1 项，未变 14 项") and "将不导入" in lines[-2]
    assert "拒绝 1 个" in lines[-1]


def test_cli_submissions_json(tmp_path, seed_path, unit_files):
    db = tmp_path / "cli.db"
    run = lambda *a: subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(db), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    assert run("import", str(seed_path)).returncode == 0
    files = [str(p) for u, p in unit_files.items() if u != "市财政局"]
    assert run("import", *files).returncode == 0
    proc = run("submissions", "--period", "2025-05", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {"unit", "submitted", "submitted_at", "file", "reported", "total"} <= set(data[0])
    assert [d["unit"] for d in data if not d["submitted"]] == ["市财政局"]
    assert all(d["submitted_at"] and d["file"].endswith(".xlsx") for d in data if d["submitted"])
    text = run("submissions", "--period", "2025-05")
    assert text.returncode == 0 and text.stdout.splitlines()[-1] == "共 16 个牵头单位：已报送 15 个，未报送 1 个"
    chase = run("submissions", "--period", "2025-05", "--missing")
    assert "1. 市财政局" in chase.stdout
    bad = run("submissions", "--period", "2025-09")
    assert bad.returncode == 2 and "2025-09" in bad.stderr and "Traceback" not in bad.stderr


def test_dry_run_for_the_import_command(office_store, unit_files, seed_path, tmp_path):
    """What `import --dry-run` prints for submissions: one pass over the database, lists left over."""
    files = [unit_files["市财政局"], unit_files["市商务局"], seed_path]
    before = office_store.content_checksum()
    lines, others = office.dry_run_submissions(files, office_store.path)
    assert office_store.content_checksum() == before
    assert others == [str(seed_path)]
    assert lines[0].startswith(f"{unit_files['市财政局']}: 单位报送表(市财政局，1-5月份)，将更新 0 项，未变 2 项")
    assert lines[-1].startswith("共 2 个文件：可导入 2 个")
    bare, _ = office.dry_run_submissions(files[:1], tmp_path / "none.db")
    assert "没有数据库" in bare[0]


def test_export_leaves_empty_cells_empty_and_keeps_formula_text(office_store, unit_files, tmp_path):
    # an empty string starts with "" which `in "=+-@"` took for a formula: every empty cell
    # of an unsubmitted unit was written as a visible apostrophe
    from openpyxl import load_workbook

    office_store.import_tables([read_file(unit_files["市财政局"])])
    status = office.submission_status(office_store, "2025-05")
    finance = next(s for s in status if s.unit == "市财政局")
    finance.liaison = "=HYPERLINK(\"x\")"
    path = office.export_status_xlsx(status, tmp_path / "报送情况.xlsx", "t")
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert not any(v == "'" or (isinstance(v, str) and v.startswith("'")) for r in rows for v in r)
    commerce = next(r for r in rows if r[1] == "市商务局")
    assert commerce[3] is None and commerce[4] is None  # not submitted: no time, no file
    cell = next(c for r in ws.iter_rows(min_row=3) for c in r if c.value == finance.liaison)
    assert cell.data_type == "s" and cell.quotePrefix  # text, never a formula


def test_export_rows_are_as_tall_as_their_wrapped_text(office_store, unit_files, tmp_path):
    from openpyxl import load_workbook

    office_store.import_tables([read_file(unit_files["市财政局"])])
    status = office.submission_status(office_store, "2025-05")
    finance = next(s for s in status if s.unit == "市财政局")
    finance.file = "市财政局_2025年1-5月份_重点工作进展（第二次报送，已盖章）.xlsx"  # wraps in its column
    ws = load_workbook(office.export_status_xlsx(status, tmp_path / "s.xlsx", "t")).active
    row = next(r[0].row for r in ws.iter_rows(min_row=3) if r[1].value == "市财政局")
    one_line = next(r[0].row for r in ws.iter_rows(min_row=3) if r[1].value == "市商务局")
    assert ws.row_dimensions[row].height > ws.row_dimensions[one_line].height > 0
