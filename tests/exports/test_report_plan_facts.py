"""The report cites the list by its own name and signs with its 署名 (清单信息, issue 24): a list
whose title row carries the month's words, one 未达预期 task without next steps, no placeholder."""

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from chizhou_desk.cli import main
from chizhou_desk.exports.report_docx import write_report
from chizhou_desk.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from xlsx_builders import write_xlsx  # noqa: E402

HUANGSHAN_TITLE = "黄山市2025年市政府重点工作责任清单1-5月份推进情况"
HEADER = ["序号", "重点工作任务", "牵头单位", "工作评价", "1-5月份进展情况", "下步工作安排"]
ROWS = [[1, "新增城镇就业1.5万人。", "市人社局", "已完成", "已新增就业1.6万人。", "巩固成果。"],
        [2, "建成城市书房20个。", "市文旅局", "序时推进", "已建成12个。", "加快建设。"],
        [3, "改造老旧小区30个。", "市住建局", "未达预期", "已开工18个。", ""]]


def huangshan_list(folder: Path) -> Path:
    rows = [[HUANGSHAN_TITLE], ["黄政办秘〔2025〕31号"], HEADER, *ROWS]
    return write_xlsx(folder / "黄山市重点工作1-5月推进情况.xlsx", rows)


@pytest.fixture
def huangshan_db(tmp_path, capsys) -> Path:
    db = tmp_path / "huangshan.db"
    assert main(["--db", str(db), "import", str(huangshan_list(tmp_path))]) == 0
    capsys.readouterr()
    return db


def _paragraphs(path: Path) -> list[str]:
    from docx import Document

    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [p.text for p in doc.paragraphs] + cells


def test_report_cites_the_lists_own_name_and_says_one_item_right(huangshan_db, tmp_path):
    out = tmp_path / "报告.docx"
    with Store(huangshan_db, read_only=True) as s:
        assert s.plan_info()["title"] == "黄山市2025年市政府重点工作责任清单"
        write_report(s, "2025-05", out, date=date(2025, 6, 26))
    texts = _paragraphs(out)
    flat = "\n".join(texts)
    assert "按照《黄山市2025年市政府重点工作责任清单》（黄政办秘〔2025〕31号）要求" in flat
    assert "推进情况》" not in flat and "待补充" not in flat
    behind = [t for t in texts if t.startswith("未达预期1")]
    assert behind == ["未达预期1项，为市住建局牵头的第3项“改造老旧小区30个”，已开工18个。"], behind
    assert "分别" not in flat
    assert any(t.endswith("尚未报送下步工作安排。") for t in texts)  # what the data shows, no placeholder


def test_plan_edits_reach_the_report(huangshan_db, tmp_path, capsys):
    assert main(["--db", str(huangshan_db), "plan", "--city", "黄山", "--number", "黄政办〔2025〕9号",
                 "--office", "黄山市人民政府办公室", "--name", "黄山市2025年重点工作清单"]) == 0
    out = tmp_path / "报告.docx"
    assert main(["--db", str(huangshan_db), "report", "--period", "2025-05", "--docx", "-o", str(out)]) == 0
    texts = _paragraphs(out)
    assert "按照《黄山市2025年重点工作清单》（黄政办〔2025〕9号）要求" in "\n".join(texts)
    sign = texts.index("黄山市人民政府办公室")
    assert texts[sign + 1].startswith("2025年") or texts[sign + 1].startswith("20")
    with pytest.raises(ValueError):
        texts.index("市人民政府办公室")


def test_a_report_without_behind_tasks_says_so(store, tmp_path):
    for r in store.task_rows("2025-05"):
        if r.status == "未达预期":
            store.save_entry(r.id, "2025-05", {"status": "序时推进"})
    out = tmp_path / "报告.docx"
    write_report(store, "2025-05", out, date=date(2025, 6, 26))
    texts = _paragraphs(out)
    heading = texts.index("下一步工作")
    assert texts[heading + 1] == "本期没有进度滞后的任务，各牵头单位继续按序时抓好落实。"
    assert "待补充" not in "\n".join(texts)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
@pytest.mark.parametrize("repeats", [0, 46, 47, 48])
def test_libreoffice_keeps_the_sign_off_and_its_date_on_one_page(store, tmp_path, repeats):
    """Printed by LibreOffice (pdftotext page by page): 署名 and 成文日期 share a page. With the
    fonts here, next steps 46-48 phrases longer put the date alone on page 4 before keep-with-next."""
    import re
    import subprocess

    if repeats:
        row = next(r for r in store.task_rows("2025-05") if r.status == "未达预期")
        store.save_entry(row.id, "2025-05", {"next_steps": "加强调度，逐月跟踪。" * repeats})
    path = tmp_path / "报告.docx"
    write_report(store, "2025-05", path, office="池州市人民政府办公室", date=date(2025, 6, 26))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], capture_output=True, timeout=240)
    text = subprocess.run(["pdftotext", str(tmp_path / "报告.pdf"), "-"], capture_output=True, text=True).stdout
    pages = [re.sub(r"\s+", "", p) for p in text.split("\f")]
    sign = [i for i, p in enumerate(pages) if "池州市人民政府办公室" in p]
    dated = [i for i, p in enumerate(pages) if "2025年6月26日" in p]
    assert len(sign) == 1 and sign == dated, (sign, dated)
    assert re.sub(r"[\s—\d]+", "", pages[sign[0]]) != "池州市人民政府办公室2025年6月26日"  # not alone
