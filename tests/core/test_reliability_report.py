"""Issue 26: the Word report numbers any count of items (Chinese numbering past 九十九)."""

from datetime import date

from docx import Document

from chizhou_desk.exports.report_docx import cn_number, write_report
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store


def test_chinese_numbers_past_99():
    assert [cn_number(n) for n in (9, 10, 12, 20, 99, 100, 101, 110, 120, 270, 1001, 3000, 10001)] == [
        "九", "十", "十二", "二十", "九十九", "一百", "一百零一", "一百一十", "一百二十", "二百七十",
        "一千零一", "三千", "一万零一"]


def test_a_report_with_120_missed_tasks_numbers_them_all(tmp_path):
    lines = ["2025年池州市政府重点工作责任清单1-5月份进展情况",
             "序号,重点工作任务,牵头单位,工作评价,1-5月份进展情况,未达预期原因"]
    lines += [f"{i},完成第{i}个重点项目建设,市财政局,未达预期,已开工{i}个。,资金未到位" for i in range(1, 121)]
    src = tmp_path / "list.csv"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "报告.docx"
    with Store(tmp_path / "t.db") as s:
        s.import_table(read_file(src))
        write_report(s, "2025-05", out, date=date(2025, 6, 26))
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert any(t.startswith("（九十九）") for t in texts)
    assert any(t.startswith("（一百）") for t in texts)
    assert any(t.startswith("（一百二十）") for t in texts)
