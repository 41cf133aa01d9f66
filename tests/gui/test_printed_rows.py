"""Issue 14 item 10: a printed task row that fits on a page is not split across two, and the
task sheet's headers do not wrap mid-word (read back from the real PDF with pdftotext)."""

import re
import shutil
import subprocess

import pytest

from chizhou_desk.gui import print_actions

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
KEY, UNIT = "2025-05", "市发展改革委"


def page_texts(pdf, layout=True) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                             text=True, check=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout" if layout else "-raw", "-f", str(p), "-l", str(p),
                            str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            for p in range(1, count + 1)]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_row_that_fits_a_page_is_not_split(qapp, store, tmp_path):
    # a progress half a page long puts task 25 across the page break of the unit's sheet
    store.save_entry(store.task_id("25", KEY), KEY, {"progress": "推进服务业十大攻坚行动，" * 10})
    pdf = tmp_path / "unit.pdf"
    print_actions.write_pdf_offscreen(store, "unit", KEY, pdf, unit=UNIT)
    layout, raw = page_texts(pdf), page_texts(pdf, layout=False)
    pages = [i for i, text in enumerate(layout) if re.search(r"^\s{0,6}25\s", text, re.M)]
    assert len(pages) == 1, pages
    page = squash(raw[pages[0]])
    task = store.task_rows(KEY, [store.task_id("25", KEY)])[0]
    assert squash(task.text) in page
    assert page.count("推进服务业十大攻坚行动") == 10
    # and the header repeats on the page the row moved to
    assert "序号" in layout[pages[0]]


def test_task_sheet_headers_do_not_wrap(qapp, store, tmp_path):
    pdf = tmp_path / "task.pdf"
    print_actions.write_pdf_offscreen(store, "task", KEY, pdf, task_no="25")
    text = "".join(page_texts(pdf))
    for header in ("红黄绿灯", "工作评价", "近期工作安排", "未达预期原因"):
        assert header in text, header
    assert "（第25项）" in squash(text)
