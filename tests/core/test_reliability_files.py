"""Issue 26, files: no file takes the program down, and hostile files are refused quickly in one
short line. Every file is built here by code."""

import time
import zipfile

import docx
import openpyxl
import pytest
from test_cli_bad_input import checksum

from chizhou_desk.cli import main
from chizhou_desk.errors import InputError
from chizhou_desk.imports import sandbox
from chizhou_desk.imports.detect import propose_file, read_bytes

SHEET = "xl/worksheets/sheet1.xml"


def _small_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "重点工作任务", "牵头单位"])
    ws.append([1, "任务一", "市财政局"])
    wb.save(path)
    return path


def _with_rows(tmp_path, name, extra: bytes):
    """A small list whose sheet gets `extra` rows appended, written as a forger would."""
    src = _small_xlsx(tmp_path / "src.xlsx")
    dst = tmp_path / name
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == SHEET:
                data = data.replace(b"</sheetData>", extra + b"</sheetData>")
                data = data.replace(b'<dimension ref="A1:C2"/>', b"")
            zout.writestr(info.filename, data)
    return dst


def _last_row_without_refs(tmp_path):
    cells = b'<c t="inlineStr"><is><t>x</t></is></c>' * 16384
    return _with_rows(tmp_path, "norefs.xlsx", b'<row r="1048576">' + cells + b"</row>")


def _wide_row_without_refs(tmp_path):
    cells = b'<c t="inlineStr"><is><t>x</t></is></c>' * 16384
    return _with_rows(tmp_path, "wide_norefs.xlsx", b"<row>" + cells + b"</row>")


def _cell_at_gr99999(tmp_path):
    return _with_rows(tmp_path, "gr.xlsx",
                      b'<row r="99999"><c r="GR99999" t="inlineStr"><is><t>x</t></is></c></row>')


def _long_csv_field(tmp_path):
    path = tmp_path / "field.csv"
    path.write_text("序号,重点工作任务,牵头单位\n1,\"" + "甲" * 140_000 + "\",市财政局\n", encoding="utf-8")
    return path


def _wide_csv(tmp_path):
    path = tmp_path / "wide.csv"
    rows = [["序号", "重点工作任务"] + ["牵头单位"] * 100_000] + [["1", "任务一"] + ["x"] * 100_000] * 5
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _vertical_merge_docx(tmp_path, rows=450):
    d = docx.Document()
    t = d.add_table(rows=rows, cols=3)
    trs = t._tbl.tr_lst  # Word's own markup: python-docx's cell() and merge() rebuild the table each call
    for c, word in enumerate(("序号", "重点工作任务", "牵头单位")):
        trs[0].tc_lst[c].p_lst[0].add_r().text = word
    for r, tr in enumerate(trs[1:], 1):
        tr.tc_lst[0].p_lst[0].add_r().text = str(r)
        tr.tc_lst[1].p_lst[0].add_r().text = f"任务{r}"
        tr.tc_lst[2].vMerge = "restart" if r == 1 else "continue"
    trs[1].tc_lst[2].p_lst[0].add_r().text = "市财政局"
    path = tmp_path / "vmerge.docx"
    d.save(path)
    return path


def _wide_span_docx(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    trs = t._tbl.tr_lst
    for c, word in enumerate(("序号", "重点工作任务", "牵头单位")):
        trs[0].tc_lst[c].p_lst[0].add_r().text = word
    trs[1].tc_lst[2].grid_span = 1_000_000  # forged: a million columns
    path = tmp_path / "span.docx"
    d.save(path)
    return path


REFUSED = {
    "16,384 cells without r= in row 1048576": (_last_row_without_refs, "1048576 行"),
    "16,384 cells without r= in one row": (_wide_row_without_refs, "200 列的上限"),
    "a cell at GR99999": (_cell_at_gr99999, "单元格的上限"),
    "a CSV field over 131,072 characters": (_long_csv_field, "CSV"),
    "a CSV with 100,000 columns": (_wide_csv, "列的上限"),
    "a Word cell spanning a million columns": (_wide_span_docx, "列的上限"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_a_hostile_file_is_refused_in_one_short_line_within_2_s(case, seeded_db, tmp_path, capsys):
    make, words = REFUSED[case]
    path = make(tmp_path)
    before = checksum(seeded_db)
    t0 = time.perf_counter()
    code = main(["--db", str(seeded_db), "import", str(path)])
    elapsed = time.perf_counter() - t0
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and words in err[0] and "Traceback" not in err[0], err
    assert len(err[0]) < 300, len(err[0])
    assert elapsed < 2.0, elapsed
    assert checksum(seeded_db) == before


def test_a_vertical_merge_over_450_rows_is_read_within_2_s(tmp_path):
    from chizhou_desk.imports.detect import read_source

    path = _vertical_merge_docx(tmp_path)
    t0 = time.perf_counter()
    propose_file(path)
    elapsed = time.perf_counter() - t0
    assert elapsed < 2.0, elapsed
    (grid,) = read_source(path, read_bytes(path))
    assert len(grid.rows) == 450 and grid.rows[1][2] == "市财政局" and grid.rows[2][2] == ""
    assert (1, 2, 449, 2) in grid.merges


def test_a_reader_that_aborts_ends_in_one_refusal_not_a_dead_program(tmp_path, monkeypatch):
    """Without the pre-scan the forged sheet reaches calamine, which aborts (a 512 GB allocation):
    only the reader's child process dies; this process gets one clear InputError."""
    path = _last_row_without_refs(tmp_path)
    monkeypatch.setenv(sandbox.ENV_NO_PRESCAN, "1")
    with pytest.raises(InputError) as err:
        sandbox.read_untrusted(path, read_bytes(path))
    assert "读取" in str(err.value) and "norefs.xlsx" in str(err.value)
    assert len(str(err.value)) < 300


def test_a_reader_past_its_time_limit_is_stopped(tmp_path):
    path = _vertical_merge_docx(tmp_path, rows=40)
    with pytest.raises(InputError, match="秒仍未完成"):
        sandbox.read_untrusted(path, read_bytes(path), time_limit=0.01)


def test_the_child_reads_a_good_workbook_as_the_parent_would(tmp_path):
    from chizhou_desk.imports.detect import read_source

    path = _small_xlsx(tmp_path / "ok.xlsx")
    data = read_bytes(path)
    assert sandbox.needs_child(data)
    child = sandbox.read_untrusted(path, data)
    here = read_source(path, data)
    assert [g.rows for g in child] == [g.rows for g in here] == [[["序号", "重点工作任务", "牵头单位"],
                                                                  ["1", "任务一", "市财政局"]]]
