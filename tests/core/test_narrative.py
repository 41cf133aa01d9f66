"""The report paragraph generated from the data, in the published report's style."""

import subprocess
import sys

from chizhou_desk.narrative import clean_progress, fullwidth, report_text, short_title

LEAD_IN = ("今年以来，各地各部门按照《2025年市政府重点工作责任清单》（池政秘〔2025〕9号）要求，"
           "压实工作责任，细化工作举措，认真抓好落实。")
FIRST = LEAD_IN + ("1-5月份，49项市政府重点工作总体进展顺利，其中：1项已完成（建成省级创新型城市），"
                   "39项按序时推进，8项未达预期目标，1项未填报进展。")


def test_paragraph_from_the_published_report(store):
    first, second = report_text(store, "2025-05").split("\n")
    assert first == FIRST
    assert second.startswith("未达预期8项分别是：市发展改革委牵头的第1项“地区生产总值增长6.5%以上”，"
                              "一季度增长6.4%，增速居全省第6位；市发展改革委牵头的第2项“固定资产投资增长8%以上”，"
                              "1-5月份增长5.1%；")
    assert second.endswith("市生态环境局牵头的第11项“生态环境质量指标完成省下达目标任务”，截至5月31日全市PM2.5"
                           "平均浓度41.5微克/立方米，同比上升4.8%，优良天数比例80.8%，同比下降1.4%。")
    # 公文 punctuation: no half-width comma, colon, semicolon or bracket left in the text
    assert not set(",:;()") & set(first + second)
    assert second.count("牵头的第") == 8


def test_paragraph_follows_edits(store):
    from chizhou_desk.store_plan import set_statuses

    set_statuses(store, "2025-05", ["已完成", "序时推进", "未达预期", "滞后"])  # the office adds a word
    store.save_entry(store.task_id("49", "2025-05"), "2025-05", {"status": "滞后", "progress": "正在推进。"})
    store.save_entry(store.task_id("1", "2025-05"), "2025-05", {"status": "已完成"})
    first, second, third = report_text(store, "2025-05").split("\n")
    assert "2项已完成（地区生产总值增长6.5%以上、建成省级创新型城市）" in first
    assert "1项进度滞后" in first and "7项未达预期目标" in first and "未填报" not in first
    assert second.startswith("未达预期7项分别是：市发展改革委牵头的第2项")
    # every word that means "behind" in the plan is listed with its tasks, not only 未达预期
    assert third.startswith("滞后1项，为市发展改革委牵头的第49项") and "分别" not in third  # one item


def test_unit_paragraph(store):
    text = report_text(store, "2025-05", unit="市发改委")
    assert text.startswith("1-5月份，15项市发展改革委牵头的重点工作")
    assert "未达预期2项分别是" in text


def test_helpers():
    assert short_title("一体推进创新主体培育、创新平台建设、创新生态营造,建成省级创新型城市。") == "建成省级创新型城市"
    assert clean_progress("一季度,增长6.4%,增速居全省第6位。", "2025-05") == "一季度增长6.4%，增速居全省第6位"
    assert clean_progress("1-5月,增长5.1%;排名第2。", "2025-05") == "1-5月份增长5.1%，排名第2"
    # a number's thousands comma and a time's colon stay half-width
    assert fullwidth("投资1,200万元,10:30开会(线上)") == "投资1,200万元，10:30开会（线上）"


def test_a_completed_task_keeps_its_subject():
    # the last clause alone ("产业规模达到320亿元") would not say which industry
    assert short_title("大力发展高端装备制造等产业,产业规模达到320亿元。") == "大力发展高端装备制造等产业，产业规模达到320亿元"
    long = "围绕主导产业延链补链强链,加快培育新兴产业集群,大力发展高端装备制造等产业,产业规模达到320亿元。"
    assert short_title(long) == "大力发展高端装备制造等产业，产业规模达到320亿元"


def test_cli_report(tmp_path, seed_path):
    db = tmp_path / "t.db"
    def run(*a):
        return subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(db), *a],
                              capture_output=True, text=True, timeout=60)
    assert run("import", str(seed_path)).returncode == 0
    proc = run("report", "--period", "2025-05")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == FIRST
    bad = run("report", "--period", "2025-09")
    assert bad.returncode == 2 and "2025-09" in bad.stderr and "Traceback" not in bad.stderr


def test_a_period_nobody_has_reported_makes_no_judgement(store):
    from chizhou_desk.narrative import report_text

    store.create_period("2025-06")  # statuses carried, nothing written yet
    text = report_text(store, "2025-06")
    assert "总体进展顺利" not in text and "已填报0项" in text and "49项尚未填报进展" in text
    assert "未达预期8项分别是" not in text


def test_a_half_reported_period_does_not_contradict_itself(store):
    store.create_period("2025-06")
    for no, status in (("1", "已完成"), ("2", "序时推进"), ("3", "未达预期")):
        store.save_entry(store.task_id(no, "2025-06"), "2025-06", {"status": status, "progress": "已推进。"})
    first = report_text(store, "2025-06").split("\n")[0]
    # 其中 lists only the reported tasks; the unreported ones stand outside it
    assert first.endswith("1-6月份，49项市政府重点工作中，已填报3项，其中：1项已完成（地区生产总值增长6.5%以上），"
                          "1项按序时推进，1项未达预期目标；46项尚未填报进展。")


def test_short_unit_names_as_the_office_chooses(store):
    text = report_text(store, "2025-05", short_names=True)
    assert "市发改委牵头的第1项" in text and "市人社局牵头的第6项" in text
    assert "市生态环境局牵头的第11项" in text  # a short name is the unit's own, not a former name
    store.set_unit_names("市工业和信息化局", "市工业和信息化局", ["市经信局", "市工信局"])
    assert "市工业和信息化局牵头的第3项" in report_text(store, "2025-05", short_names=True)
