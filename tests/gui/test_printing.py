"""Status sheets: the CLI `print` PDF holds the unit's tasks in a CJK font; long lists repeat the
header on every page; task sheets and blank forms; preview/print dialogs reach the renderer."""

import re
import shutil
import subprocess
import sys

import pytest

from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
from chizhou_desk.gui import printing
from chizhou_desk.store import Store

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
KEY = "2025-05"
CJK_FONT = re.compile(r"CZDSans|NotoSans\w*CJK|NotoSansSC|SourceHan|WenQuanYi|wqy|YaHei|SimHei|SimSun",
                      re.IGNORECASE)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdftext(path, first=None, last=None, layout=False) -> str:
    """Text in drawing order (a cell's lines stay together), or laid out as on the page."""
    args = ["pdftotext", "-layout" if layout else "-raw"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "chizhou_desk", *args], capture_output=True, text=True,
                          timeout=600)


def test_cli_print_unit_sheet(tmp_path, seed_path):
    db, pdf = tmp_path / "t.db", tmp_path / "s.pdf"
    assert run_cli("--db", str(db), "import", str(seed_path)).returncode == 0
    proc = run_cli("--db", str(db), "print", "--unit", "市发展改革委", "--period", KEY, "-o", str(pdf))
    assert proc.returncode == 0, proc.stderr
    text = squash(pdftext(pdf))
    with Store(db) as s:
        rows = [r for r in s.task_rows(KEY) if "市发展改革委" in r.lead_units]
    assert len(rows) == 15
    for r in rows:
        assert squash(r.text) in text, r.no
    # every task number sits in the 序号 column: a line starting with it
    numbers = {m.group(1) for m in re.finditer(r"^\s{0,6}(\d{1,3})\s", pdftext(pdf, layout=True), re.M)}
    assert {r.no for r in rows} <= numbers
    for words in ("2025年市政府重点工作责任清单1-5月份进展情况（市发展改革委）", "1-5月份进展情况",
                  "工作评价", "近期工作安排", "填报人", "审核人", "联系电话", "日期", "红灯", "绿灯"):
        assert squash(words) in text, words
    assert "⽣" not in text and "⻓" not in text  # no look-alike radicals in place of 生/长
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert CJK_FONT.search(fonts), fonts
    assert "第1页共2页" in text


def test_cli_print_task_sheet_and_errors(tmp_path, seed_path):
    db, pdf = tmp_path / "t.db", tmp_path / "t.pdf"
    run_cli("--db", str(db), "import", str(seed_path))
    proc = run_cli("--db", str(db), "print", "--task", "1", "--period", KEY, "-o", str(pdf))
    assert proc.returncode == 0, proc.stderr
    text = squash(pdftext(pdf))
    for words in ("第1项", "地区生产总值增长6.5%以上", "市发展改革委", "未达预期", "红灯", "一季度,增长6.4%",
                  "完成时限", "填报人"):
        assert squash(words) in text, words
    for args, named in ((["--task", "999"], "999"), (["--unit", "市不存在局"], "市不存在局")):
        bad = run_cli("--db", str(db), "print", *args, "--period", KEY, "-o", str(pdf))
        assert bad.returncode == 2 and named in bad.stderr and "Traceback" not in bad.stderr


def test_blank_form_and_lights_in_html(store):
    html = printing.build_blank_form_html(store, "市财政局", KEY)
    assert "填报表（市财政局）" in html and "□序时推进" in html and "一般公共预算收入增长5%" in html
    assert "51.36" not in html  # the entered progress stays off the blank form
    sheet = printing.build_unit_sheet_html(store, "市财政局", KEY)
    assert "51.36" in sheet and "红灯" in sheet and "<thead>" in sheet


def test_blank_form_pdf(qapp, store, tmp_path):
    out = tmp_path / "blank.pdf"
    assert printing.write_pdf(printing.build_blank_form_html(store, "市发改委", KEY), out) >= 1
    text = squash(pdftext(out))
    assert "填报表（市发展改革委）" in text and "□未达预期" in text and "地区生产总值增长6.5%以上" in text


def test_preview_and_print_dialog_render(qapp, qtbot, monkeypatch, store):
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    painted = []
    monkeypatch.setattr(printing, "render", lambda html, printer, progress=None: painted.append(html) or 1)
    monkeypatch.setattr(QPrintPreviewDialog, "exec",
                        lambda self: self.paintRequested.emit(self.printer()) or 0)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    html = printing.build_unit_sheet_html(store, "市财政局", KEY)
    printing.print_preview(None, html)
    assert printing.print_dialog(None, html) is True
    assert painted == [html, html]


def big_db(path, n: int) -> None:
    with Store(path) as s:
        tasks = [Task(no=str(i), text=f"第{i}项重点工作任务,推进产业项目建设,完成年度目标。",
                      lead_units=["市发展改革委"]) for i in range(1, n + 1)]
        entries = {str(i): Entry(status="序时推进", progress=f"进展{i}:已完成年度目标的百分之四十。",
                                 next_steps="继续推进。") for i in range(1, n + 1)}
        s.import_table(ImportedTable(source="big", plan=Plan(2025, "2025年市政府重点工作责任清单", city="池州"),
                                     tasks=tasks, period_key=KEY, entries=entries))


@pytest.mark.slow
def test_ten_thousand_tasks_print_with_header_on_every_page(tmp_path):
    db, pdf = tmp_path / "big.db", tmp_path / "big.pdf"
    big_db(db, 10_000)
    proc = run_cli("--db", str(db), "print", "--unit", "市发改委", "--period", KEY, "-o", str(pdf))
    assert proc.returncode == 0, proc.stderr
    pages = pdftext(pdf).split("\f")[:-1]
    assert len(pages) > 300
    total = len(pages)
    for n, page in enumerate(pages, 1):
        flat = squash(page)
        assert "序号" in flat and "重点工作任务" in flat and "1-5月份进展情况" in flat, n
        assert f"第{n}页共{total}页" in flat, n
    for n in (2, total // 2, total):  # and page by page through pdftotext -f/-l
        assert "重点工作任务" in squash(pdftext(pdf, n))
    every = squash("".join(pages))
    assert all(f"第{i}项重点工作任务" in every for i in (1, 199, 200, 201, 5000, 10000))
    assert "填报人" in squash(pages[-1])


def test_print_action_exports_pdf(qapp, store, tmp_path, monkeypatch):
    from chizhou_desk.gui import print_actions

    seen = {}

    def fake(parent, title, default, name_filter):
        seen["default"] = default
        return str(tmp_path / "out")
    monkeypatch.setattr("chizhou_desk.gui.dialogs.get_save_path", fake)
    path = print_actions.run(None, store, "unit", print_actions.PDF, KEY, unit="市财政局")
    assert path.endswith("out.pdf") and seen["default"] == "市财政局_2025年1-5月份_进展情况.pdf"
    assert "一般公共预算收入增长5%" in squash(pdftext(path))
    task_pdf = print_actions.run(None, store, "task", print_actions.PDF, KEY, task_no="39")
    assert "建成省级创新型城市" in squash(pdftext(task_pdf))


def test_unit_sheet_prints_carried_statuses_as_unreported_and_reasons(qapp, store, tmp_path):
    tid = store.task_id("2", KEY)
    store.save_entry(tid, KEY, {"reason": "重大项目开工延后"})
    sheet = printing.build_unit_sheet_html(store, "市发改委", KEY)
    assert "未达预期原因：</b>重大项目开工延后" in sheet
    store.create_period("2025-06", carry_status=True)
    store.save_entry(store.task_id("1", "2025-06"), "2025-06", {"progress": "六月进展。"})
    out = tmp_path / "june.pdf"
    printing.write_pdf(printing.build_unit_sheet_html(store, "市发改委", "2025-06"), out)
    text = squash(pdftext(out))
    assert text.count("未填报") == 14 and text.count("序时推进") == 0  # 14 carried, none reported


def test_a_reason_left_after_the_status_changed_is_not_printed(store):
    tid = store.task_id("2", KEY)
    store.save_entry(tid, KEY, {"reason": "需求不足"})
    store.save_entry(tid, KEY, {"status": "序时推进"})
    assert "需求不足" not in printing.build_unit_sheet_html(store, "市发改委", KEY)
