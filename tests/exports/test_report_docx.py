"""The office's report as a Word document (GB/T 9704 layout), read back with python-docx."""

import re
import shutil
import subprocess
import sys
from datetime import date

import pytest

from chizhou_desk.exports.report_docx import title_lines, write_report

MISSED = [("1", "市发展改革委"), ("2", "市发展改革委"), ("3", "市工业和信息化局"), ("4", "市财政局"),
          ("5", "市商务局"), ("6", "市人力资源社会保障局"), ("7", "市农业农村局"), ("11", "市生态环境局")]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _texts(doc):
    return [p.text for p in doc.paragraphs]


@pytest.fixture
def report(store, tmp_path):
    from docx import Document

    path = tmp_path / "报告.docx"
    write_report(store, "2025-05", path, date=date(2025, 6, 26))
    return Document(str(path))


def test_opening_facts_of_the_seed(report):
    texts = _texts(report)
    assert texts[0] == "关于1-5月份市政府重点工作\n责任清单进展情况的报告"  # broken where words end
    opening = next(t for t in texts if t.startswith("今年以来"))
    assert "按照《2025年市政府重点工作责任清单》（池政秘〔2025〕9号）要求" in opening
    facts = re.search(r"1-5月份，(\d+)项市政府重点工作总体进展顺利，其中：(\d+)项已完成（(.+?)），(\d+)项按序时推进，"
                      r"(\d+)项未达预期目标", opening)
    assert facts and facts.groups() == ("49", "1", "建成省级创新型城市", "39", "8")
    missed = next(t for t in texts if t.startswith("未达预期"))
    assert missed.startswith("未达预期8项分别是：")
    listed = re.findall(r"(?:^|；|：)(市[^；：]+?)牵头的第(\d+)项", missed)
    assert [(no, unit) for unit, no in listed] == MISSED
    assert "一季度增长6.4%，增速居全省第6位" in missed
    assert "下一步工作" in texts
    assert "附件：1-5月份市政府重点工作责任清单进展情况汇总表" in texts
    sign = texts.index("池州市人民政府办公室")
    assert texts[sign + 1] == "2025年6月26日"


def test_attachment_table_in_a_landscape_section(report):
    from docx.enum.section import WD_ORIENT

    assert len(report.tables) == 1
    table = report.tables[0]
    rows = table.rows
    assert [c.text for c in rows[0].cells] == ["序号", "重点工作任务", "牵头责任单位", "工作评价",
                                               "1-5月份进展情况", "近期工作安排"]
    assert len(rows) - 1 == 49
    assert [rows[i].cells[0].text for i in (1, 11, 49)] == ["1", "11", "49"]
    assert rows[1].cells[2].text == "市发展改革委" and rows[1].cells[3].text == "未达预期"
    # the header row repeats on every printed page
    assert rows[0]._tr.trPr.find(W + "tblHeader") is not None
    body, attachment = report.sections
    assert attachment.orientation == WD_ORIENT.LANDSCAPE
    assert attachment.page_width > attachment.page_height
    # the table comes after the section break, in the landscape section
    assert "附件" in _texts(report)[-3:]


def test_page_size_margins_fonts_and_page_numbers(report):
    sec = report.sections[0]
    mm = lambda v: round(v.mm)  # noqa: E731
    assert (mm(sec.page_width), mm(sec.page_height)) == (210, 297)
    assert (mm(sec.top_margin), mm(sec.bottom_margin), mm(sec.left_margin), mm(sec.right_margin)) == (37, 35, 28, 26)
    # 22 lines: exact line pitch, 28.95 pt * 22 within the 225 mm type area
    normal = report.styles["Normal"]
    assert normal.font.size.pt == 16 and normal.paragraph_format.line_spacing.pt == pytest.approx(28.95)
    assert 22 * 28.95 <= (297 - 37 - 35) / 25.4 * 72 < 23 * 28.95
    # 28 characters of 三号 (16 pt) condensed by CHAR_SPACING fit 156 mm, 29 do not
    from chizhou_desk.exports.report_docx import CHAR_SPACING
    pitch = 16 + CHAR_SPACING / 20
    assert 28 * pitch <= 156 / 25.4 * 72 < 29 * pitch
    east = lambda run: run._r.rPr.rFonts.get(W + "eastAsia")  # noqa: E731
    title = report.paragraphs[0]
    assert {east(r) for r in title.runs} == {"方正小标宋简体"} and title.runs[0].font.size.pt == 22
    assert title.alignment == 1  # centred
    heading = next(p for p in report.paragraphs if p.text == "下一步工作")
    assert east(heading.runs[0]) == "黑体"
    sub = next(p for p in report.paragraphs if p.text.startswith("（一）"))
    assert east(sub.runs[0]) == "楷体_GB2312" and east(sub.runs[1]) == "仿宋_GB2312"
    body = next(p for p in report.paragraphs if p.text.startswith("今年以来"))
    assert east(body.runs[0]) == "仿宋_GB2312" and body.runs[0].font.size.pt == 16
    # fallbacks in the font table for PCs without the 方正 / GB2312 fonts
    font_table = next(p for p in report.part.package.iter_parts() if p.partname.endswith("fontTable.xml")).blob
    for name, alt in (("方正小标宋简体", "宋体"), ("仿宋_GB2312", "仿宋"), ("楷体_GB2312", "楷体")):
        assert f'w:name="{name}"><w:altName w:val="{alt}"/>'.encode() in font_table
    # page numbers "— N —" in 宋体 四号, odd right and even left
    odd, even = sec.footer.paragraphs[0], sec.even_page_footer.paragraphs[0]
    for p, align in ((odd, 2), (even, 0)):
        assert p.alignment == align
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert "PAGE" in p._p.xml and {east(r) for r in p.runs} == {"宋体"} and p.runs[0].font.size.pt == 14
    assert report.settings.odd_and_even_pages_header_footer


def test_short_unit_names_and_a_long_title():
    assert title_lines("关于1-5月份市政府重点工作责任清单进展情况的报告") == ["关于1-5月份市政府重点工作", "责任清单进展情况的报告"]
    assert title_lines("关于1月份工作的报告") == ["关于1月份工作的报告"]


def test_short_names_in_the_document(store, tmp_path):
    from docx import Document

    path = tmp_path / "r.docx"
    write_report(store, "2025-05", path, short_names=True)
    text = "\n".join(_texts(Document(str(path))))
    assert "市发改委牵头的第1项" in text and "市人社局牵头的第6项" in text


def test_cli_docx(tmp_path, seed_path):
    from docx import Document

    db = tmp_path / "t.db"
    run = lambda *a: subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(db), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    assert run("import", str(seed_path)).returncode == 0
    out = tmp_path / "报告.docx"
    proc = run("report", "--period", "2025-05", "--docx", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "49 项任务" in proc.stdout
    assert len(Document(str(out)).tables[0].rows) == 50
    bad = run("report", "--period", "2025-05", "--docx", "-o", str(tmp_path / "r.pdf"))
    assert bad.returncode == 2 and ".docx" in bad.stderr and "Traceback" not in bad.stderr
    assert run("report", "--period", "2025-05", "--docx").returncode == 2
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_prints_it_in_chinese(store, tmp_path):
    """LibreOffice (a second reader) opens it: A4 pages, then landscape ones, Chinese text."""
    path = tmp_path / "报告.docx"
    write_report(store, "2025-05", path)
    proc = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                          capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "报告.pdf"
    assert pdf.exists(), proc.stderr
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    assert sizes and round(float(sizes[0][0])) == 595 and round(float(sizes[0][1])) == 842
    assert round(float(sizes[-1][0])) == 842  # the 附件 in landscape
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    assert "关于1-5月份市政府重点工作" in flat and "未达预期8项分别是" in flat
    assert re.search(r"—\s*1\s*—", text) and "1-5月份市政府重点工作责任清单进展情况汇总表" in flat
    assert "\ufffd" not in text


def test_status_column_holds_its_words_on_one_line(store, tmp_path):
    """（未填报） broke over two lines in the attachment's 工作评价 column (20 mm at 五号)."""
    from docx import Document

    store.create_period("2025-06")  # nothing reported yet: every row says （未填报）
    path = tmp_path / "r.docx"
    write_report(store, "2025-06", path, date=date(2025, 7, 5))
    table = Document(str(path)).tables[0]
    words = {row.cells[3].text for row in table.rows[1:]}
    assert "（未填报）" in words
    margins_pt = 2 * 5.4  # Word's default cell margins, 0.08 inch a side
    room_pt = table.columns[3].width.pt - margins_pt
    assert room_pt >= max(len(w) for w in words) * 10.5  # 五号, a hanzi or full-width bracket is 1 em
    assert sum(c.width.mm for c in table.columns) == pytest.approx(225, abs=0.5)  # the type area
