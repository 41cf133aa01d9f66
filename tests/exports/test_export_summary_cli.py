"""The summary (汇总表), the CLI commands, and what LibreOffice makes of the files."""

import re
import shutil
import subprocess
import sys

import pytest
from python_calamine import CalamineWorkbook

from chizhou_desk.errors import InputError
from chizhou_desk.exports.submission import export_submission
from chizhou_desk.exports.summary import default_summary_name, export_summary
from chizhou_desk.imports import read_file
from chizhou_desk.query import select

PERIOD = "2025-05"
HEADER = ["序号", "重点工作任务", "牵头责任单位", "工作评价", "1-5月份进展情况", "近期工作安排"]


def calamine_rows(path, sheet):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python(
        skip_empty_area=False)


def as_text(v):
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def test_summary_holds_every_task_cell_for_cell(store, tmp_path):
    store.save_entry(store.task_id("7", PERIOD), PERIOD, {"next_steps": "@提及 与 -负号 开头"})
    out = tmp_path / default_summary_name(PERIOD)
    result = export_summary(store, PERIOD, out, date="2025年6月10日")
    rows = calamine_rows(out, "汇总表")
    want = store.task_rows(PERIOD)
    assert result.rows == len(want) == 49
    assert rows[0][0] == "1-5月份市政府重点工作责任清单进展情况汇总表"
    assert "池政秘〔2025〕9号" in rows[1][0] and "共 49 项" in rows[1][0]
    assert "未填报 1 项" in rows[1][0] and "未达预期 8 项" in rows[1][0]
    assert rows[2][:6] == HEADER
    data = [r for r in rows[3:] if any(c != "" for c in r)]
    assert len(data) == 49
    for got, row in zip(data, want, strict=False):
        unfilled = not row.filled
        expected = [row.no, row.text, "、".join(row.lead_units),
                    row.status or "（未填报）",
                    row.progress or ("（未填报）" if unfilled else "（未填写）"),
                    row.next_steps or ("（未填报）" if unfilled else "（未填写）")]
        assert [as_text(c) for c in got[:6]] == expected, row.no
    assert [as_text(r[0]) for r in data] == [str(n) for n in range(1, 50)]
    assert data[44][2] == "市委人才工作局、市人力资源社会保障局"


def test_summary_is_not_taken_for_a_submission(store, tmp_path):
    out = tmp_path / "s.xlsx"
    export_summary(store, PERIOD, out)
    with pytest.raises(InputError, match="汇总表"):
        read_file(out)


def test_summary_unknown_period_is_refused(store, tmp_path):
    with pytest.raises(InputError, match="2025-07"):
        export_summary(store, "2025-07", tmp_path / "s.xlsx")


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "chizhou_desk", *args], capture_output=True,
                          text=True, timeout=120)


def test_cli_export_and_summary(store, db_path, tmp_path):
    store.close()
    sub = tmp_path / "sub.xlsx"
    proc = run_cli("--db", str(db_path), "export", "--unit", "市发改委", "--period", PERIOD,
                   "-o", str(sub))
    assert proc.returncode == 0, proc.stderr
    assert "15" in proc.stdout and "第 49 项" in proc.stderr
    rows = calamine_rows(sub, "报送表")
    assert rows[0][0] == "2025年市政府重点工作责任清单1-5月份进展情况（市发展改革委）"
    assert len([r for r in rows[3:] if r[0] != ""]) == 15

    summ = tmp_path / "summary.xlsx"
    proc = run_cli("--db", str(db_path), "summary", "--period", "1-5月份", "-o", str(summ))
    assert proc.returncode == 0, proc.stderr
    assert len([r for r in calamine_rows(summ, "汇总表")[3:] if r[0] != ""]) == 49


@pytest.mark.parametrize("args, named", [
    (["export", "--unit", "市不存在局", "--period", PERIOD, "-o", "{tmp}/a.xlsx"], "市不存在局"),
    (["export", "--unit", "市发改委", "--period", "2025-13", "-o", "{tmp}/a.xlsx"], "2025-13"),
    (["export", "--unit", "市发改委", "--period", PERIOD, "-o", "{tmp}/no/a.xlsx"], "a.xlsx"),
    (["summary", "--period", PERIOD, "-o", "{tmp}/a.csv"], "a.csv"),
    (["summary", "--period", PERIOD, "--with", "reason,colour", "-o", "{tmp}/a.xlsx"], "colour"),
])
def test_cli_bad_input_exits_2_with_one_line(store, db_path, tmp_path, args, named):
    store.close()
    args = [a.format(tmp=tmp_path) for a in args]
    proc = run_cli("--db", str(db_path), *args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0] and "Traceback" not in proc.stderr
    assert not (tmp_path / "a.xlsx").exists()


def test_cli_module_does_not_import_openpyxl():
    code = "import sys, chizhou_desk.cli; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def _pdf_text(xlsx, tmp_path):
    outdir = tmp_path / "pdf"
    outdir.mkdir(exist_ok=True)
    profile = tmp_path / "lo-profile"
    proc = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(xlsx)], capture_output=True, text=True, timeout=180)
    pdf = outdir / (xlsx.stem + ".pdf")
    assert proc.returncode == 0 and pdf.exists(), proc.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    return info, re.sub(r"\s+", "", text)


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice and poppler-utils are needed")
def test_libreoffice_prints_title_and_every_task(store, tmp_path):
    sub = tmp_path / "sub.xlsx"
    export_submission(store, "市发展改革委", PERIOD, sub, filler={"person": "张三"})
    info, text = _pdf_text(sub, tmp_path)
    assert "841.89 x 595" in info  # A4 landscape
    assert "2025年市政府重点工作责任清单1-5月份进展情况（市发展改革委）" in text
    for row in select(store, PERIOD, unit="市发展改革委"):
        assert re.sub(r"\s+", "", row.text) in text, row.no
        assert re.sub(r"\s+", "", row.progress) in text, row.no
    assert re.search(r"第1页共[12]页", text)  # the footer's page numbers

    summ = tmp_path / "summary.xlsx"
    export_summary(store, PERIOD, summ)
    info, text = _pdf_text(summ, tmp_path)
    assert "1-5月份市政府重点工作责任清单进展情况汇总表" in text
    for row in store.task_rows(PERIOD):
        assert re.sub(r"\s+", "", row.text) in text, row.no


def test_progress_is_reported_and_raising_from_it_cancels(store, tmp_path):
    out = tmp_path / "s.xlsx"
    seen = []
    export_summary(store, PERIOD, out, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (49, 49)
    before = out.read_bytes()

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_summary(store, PERIOD, out, progress=cancel, date="另一天")
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_cli_export_with_extra_columns(store, db_path, tmp_path):
    store.close()
    sub = tmp_path / "sub.xlsx"
    proc = run_cli("--db", str(db_path), "export", "--unit", "市发改委", "--period", PERIOD,
                   "--with", "light,reason", "--filler", "张三", "--phone", "0566-1234567", "-o", str(sub))
    assert proc.returncode == 0, proc.stderr
    assert "填报人：张三" in calamine_rows(sub, "报送表")[1][0]
    assert "0566-1234567" in calamine_rows(sub, "报送表")[1][0]
    header = calamine_rows(sub, "报送表")[2]
    assert header == ["序号", "重点工作任务", "牵头责任单位", "工作评价", "红黄绿灯", "1-5月份进展情况",
                      "近期工作安排", "未达预期原因"]
