"""Issue 23's layout classes, each in a file built from published rows (tests/core/import_corpus_layouts.py),
imported without --map and checked task by task."""

import import_corpus_layouts as L
import pytest

from chizhou_desk.imports import read_file
from chizhou_desk.imports.detect import propose_file


def _units(table) -> list[tuple[list[str], list[str]]]:
    return [(t.lead_units, t.coop_units) for t in table.tasks]


def _stored_units(store, table) -> dict[str, tuple[list[str], list[str]]]:
    store.import_table(table)
    return {r.no: (r.lead_units, r.coop_units) for r in store.task_rows(table.period_key)}


# --- prose ---------------------------------------------------------------------------------------

def test_prose_notice_above_and_labelled_lines_under_each_task(tmp_path):
    path = L.luan_2021_labelled_lines(tmp_path)
    prop, _ = propose_file(path)
    assert prop.grid.kind == "prose"  # the notice's comma-separated sentences are not a csv table
    table = read_file(path)
    assert table.plan.year == 2021 and table.period_key is None
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4", "5"]
    assert table.tasks[2].text == "全员劳动生产率46000元/人以上。"
    assert [t.extra.get("leader") for t in table.tasks] == ["束学龙"] * 4 + ["谢忠"]
    assert [t.lead_units for t in table.tasks] == [["市发改委"], ["市经信局"], ["市发改委"], ["市财政局"],
                                                   ["市商务局"]]
    assert table.tasks[3].coop_units == ["市发改委、市税务局、人行六安市中心支行"]  # "……等": the units named
    assert table.tasks[0].deadline == "2021年12月31日"
    assert {t.section for t in table.tasks} == {"一、确保完成全年主要预期目标"}


def test_prose_duty_line_lead_then_co_units_and_leader_line(tmp_path):
    table = read_file(L.guangdong_2021_duty_lines(tmp_path))
    assert table.plan.year == 2021 and table.plan.doc_no == "粤府〔2021〕22号"
    assert [t.text for t in table.tasks] == ["地区生产总值增长6%以上。", "地方一般公共预算收入增长5%左右。",
                                             "固定资产投资增长8%左右。", "社会消费品零售总额增长6%以上。"]
    assert _units(table) == [(["省发展改革委"], ["各地、各部门"]), (["省财政厅"], ["各地、各部门"]),
                             (["省发展改革委"], ["各地、各部门"]), (["省商务厅"], ["各地、各部门"])]
    assert [t.extra.get("leader") for t in table.tasks] == ["林克庆"] * 3 + ["张新"]


def test_prose_cn_numbered_tasks_bracket_naming_leaders_by_title(tmp_path):
    table = read_file(L.hunan_2019_brackets_cn_numbered(tmp_path))
    assert table.plan.year == 2019 and table.plan.doc_no == "湘政发〔2019〕1号"
    assert [t.no for t in table.tasks] == ["1.1", "1.2", "2.1"]
    assert table.tasks[0].text == "经济增长7.5%—8%；规模工业增加值增长7%；城镇调查失业率5%左右。"
    assert _units(table) == [(["省发展改革委"], ["省工业和信息化厅、省统计局"]),
                             (["省财政厅"], ["省税务局、省地方金融监管局"]),
                             (["省发展改革委"], ["省住房城乡建设厅、省交通运输厅"])]
    assert [t.extra.get("leader") for t in table.tasks] == ["分管副省长、协管副秘书长"] * 3
    assert [t.section for t in table.tasks] == ["一、落实2019年经济社会发展总体要求和主要预期目标"] * 2 + \
        ["二、扩大有效投资"]


def test_prose_leader_named_in_the_heading_and_first_responsible_unit_leads(tmp_path, empty_store):
    table = read_file(L.hangzhou_2021_heading_leaders(tmp_path))
    assert [t.extra.get("leader") for t in table.tasks] == ["王宏", "胡伟", "胡伟"]
    assert [t.section for t in table.tasks] == ["（一）王宏副市长牵头重点工作"] + ["（二）胡伟副市长牵头重点工作"] * 2
    assert _units(table)[0] == (["市农业农村局"], ["市规划和自然资源局", "市商务局（市粮食和物资储备局）"])
    assert _units(table)[2] == (["杭州城西科创产业集聚区管委会"], ["市科技局", "市发改委"])


def test_prose_each_named_unit_leads_and_two_leads_share_a_prefix(tmp_path, empty_store):
    table = read_file(L.xianyang_2022_each_leads_shared_prefix(tmp_path))
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    assert table.tasks[0].text.endswith("行政许可事项清单。")
    stored = _stored_units(empty_store, table)
    assert stored["1"] == (["市政府办公室", "市审改办"], ["市级各有关部门", "各县市区政府"])
    assert stored["2"] == (["市行政审批服务局"], ["各县市区政府", "市级各有关部门"])
    assert stored["3"] == (["市市场监管局"], ["各地", "各部门"])


@pytest.mark.parametrize(("words", "label"), [("1—3月份", "进展情况："), ("截至3月底", "进展情况："),
                                              ("1—3月份", "工作进展："), ("1—3月份", "1—3月份，")])
def test_newspaper_style_progress_report_period_in_the_title(tmp_path, words, label):
    table = read_file(L.shaoxing_2020_q1_report(tmp_path, words, label))
    assert table.plan.year == 2020 and table.period_key == "2020-03"
    assert [t.lead_units for t in table.tasks] == [["市发改委"]] * 3
    said = "全市固定资产投资同比下降12.7%，高于全省平均水平1.7个百分点，居全省第6位。"
    assert table.entries["2"].progress == (said if label.endswith("：") else label + said)
    assert table.tasks[1].text == "持续推进重大项目攻坚，市县长项目落地率50%以上。"


# --- tables --------------------------------------------------------------------------------------

def test_word_table_task_text_merged_across_two_columns_and_a_merged_unit_header(tmp_path):
    path = L.shaoxing_2020_merged_text_columns(tmp_path)
    table = read_file(path, "2020-03")
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    assert table.tasks[0].text == "加强季度、月度数据监测，确保地区生产总值增长7%左右。"
    assert [t.lead_units for t in table.tasks] == [["市发改委"]] * 3
    assert table.entries["3"].progress == "4家企业承制资质已在办理。"
    assert table.ignored_columns == []


def test_responsible_unit_lists_left_of_the_lead_column_are_co_units(tmp_path, empty_store):
    path = L.luan_2021_duty_lists_before_lead(tmp_path)
    prop, _ = propose_file(path)
    assert [c.role for c in prop.columns] == ["no", "text", "coop", "lead", "deadline"]
    stored = _stored_units(empty_store, read_file(path))
    assert stored == {"1": (["市经信局"], ["市发改委", "市农业农村局", "市税务局"]),
                      "2": (["市财政局"], ["市发改委", "市税务局"]),
                      "3": (["市商务局"], ["市发改委", "市经信局", "市财政局"])}


def test_responsible_units_left_of_the_lead_column_are_co_units(tmp_path, empty_store):
    path = L.luan_2021_duty_before_lead(tmp_path)
    prop, _ = propose_file(path)
    assert {c.header: c.role for c in prop.columns} == {
        "序号": "no", "重点工作": "text", "责任领导": "leader", "责任单位": "coop", "牵头单位": "lead"}
    table = read_file(path)
    stored = _stored_units(empty_store, table)
    assert stored["1"] == (["市发改委"], ["市政府各部门"])
    assert stored["2"] == (["市经信局"], ["市发改委", "市农业农村局", "市税务局"])
    assert stored["4"] == (["市商务局"], ["市发改委", "市文旅局"])
    assert [t.extra["leader"] for t in table.tasks] == ["束学龙"] * 3 + ["束学龙、谢忠"]


@pytest.mark.parametrize(("schedule", "progress"), [
    ("进度安排", "1-6月工作进展"), ("时间安排", "1-6月工作进展"), ("工作计划", "1-6月工作进展"), ("计划", "进展情况"),
    ("时间进度安排", "完成情况"), ("计划进度", "1—6月份进展情况"), ("进度安排", "完成情况")])
def test_schedule_beside_progress_is_kept_and_status_words_in_the_note_column(tmp_path, schedule, progress):
    path = L.jinzhai_2025_schedule_beside_progress(tmp_path, schedule, progress)
    prop, _ = propose_file(path)
    roles = {c.header: c.role for c in prop.columns}
    assert roles[progress] == "progress" and roles[schedule] == "extra" and roles["备注"] == "status"
    table = read_file(path, None if "6月" in progress else "2025-06")
    assert table.period_key == "2025-06"
    assert [table.entries[t.no].progress for t in table.tasks] == [r[4] for r in L.JINZHAI_2025]
    assert [table.entries[t.no].status for t in table.tasks] == [r[5] for r in L.JINZHAI_2025]
    assert [t.extra[schedule] for t in table.tasks] == L.JINZHAI_SCHEDULE
    assert [t.extra["leader"] for t in table.tasks] == ["周波", "吴晓东", "周波", "郑华"]


def test_status_words_under_a_merged_progress_header(tmp_path):
    table = read_file(L.jinzhai_2025_status_under_merged_progress(tmp_path))
    assert table.period_key == "2025-06"
    assert [(table.entries[t.no].status, table.entries[t.no].progress) for t in table.tasks] == \
        [(r[5], r[4]) for r in L.JINZHAI_2025]


def test_unnumbered_section_rows_and_a_marked_task_number(tmp_path):
    table = read_file(L.hangzhou_2021_unnumbered_sections(tmp_path))
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    assert [t.section for t in table.tasks] == ["常务副市长牵头重点工作"] + ["副市长牵头重点工作，抓好粮食安全和消费"] * 2
    assert _units(table)[0] == (["杭州城西科创产业集聚区管委会"], ["市科技局", "市发改委"])


def test_numeral_sections_in_the_number_column_over_tasks_numbered_the_same_way(tmp_path):
    table = read_file(L.hunan_2019_cn_numbers_in_number_column(tmp_path))
    assert [t.no for t in table.tasks] == ["1.1", "1.2", "2.1"]
    assert [t.section for t in table.tasks] == ["一、落实主要预期目标"] * 2 + ["二、扩大有效投资"]
    assert [t.extra["leader"] for t in table.tasks] == ["分管副省长、协管副秘书长"] * 3
    assert table.tasks[2].lead_units == ["省发展改革委"]


@pytest.mark.parametrize("title", ["2023年度《政府工作报告》主要预期目标完成情况", "2023年《政府工作报告》主要预期目标完成情况",
                                   "关于2023年主要预期目标完成情况的通报", "2023年度工作总结"])
def test_completion_report_whose_title_names_only_the_year_is_the_whole_year(tmp_path, title):
    table = read_file(L.national_2023_year_report(tmp_path, title))
    assert table.plan.year == 2023 and table.period_key == "2023-12"
    assert table.entries["2"].progress == "城镇新增就业1244万人。"
    assert all(e.status is None for e in table.entries.values())


def test_heading_rows_name_the_leader_of_their_tasks(tmp_path):
    table = read_file(L.hangzhou_2021_leader_in_heading_rows(tmp_path))
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    assert [t.extra.get("leader") for t in table.tasks] == ["王宏", "胡伟", "戴建平"]
    assert [t.section for t in table.tasks] == ["（一）王宏副市长牵头重点工作", "（二）胡伟副市长牵头重点工作",
                                                "（三）戴建平常务副市长牵头重点工作"]
    assert _units(table)[2] == (["杭州城西科创产业集聚区管委会"], ["市科技局"])


def test_numeral_heading_row_with_its_leaders_over_arabic_numbered_tasks(tmp_path):
    table = read_file(L.hunan_2019_numeral_heading_with_leader(tmp_path))
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    assert [t.section for t in table.tasks] == ["一、落实主要预期目标"] * 2 + ["二、扩大有效投资"]
    assert [t.extra.get("leader") for t in table.tasks] == ["分管副省长、协管副秘书长"] * 3
    assert _units(table) == [(["省发展改革委"], ["省统计局"]), (["省财政厅"], ["省税务局"]),
                             (["省发展改革委"], ["省交通运输厅"])]


def test_prose_numbered_notice_paragraphs_then_labelled_brackets(tmp_path):
    table = read_file(L.erlianhaote_2024_numbered_notice_then_brackets(tmp_path))
    assert table.plan.year == 2024
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    assert table.tasks[0].text == "推动二连浩特口岸扩能改造，提升口岸通关能力。"
    assert _units(table) == [(["市口岸办"], ["市发改委、市交通运输局"]), (["市商务局"], ["市口岸办、市自然资源局"]),
                             (["市发改委"], ["各有关部门"])]
    assert [t.deadline for t in table.tasks] == ["2024年12月底"] * 3
    assert [t.section[:2] for t in table.tasks] == ["一、", "一、", "二、"]


def test_prose_tasks_numbered_with_the_small_full_stop_in_gbk(tmp_path):
    table = read_file(L.anhui_2022_small_full_stop(tmp_path))
    assert table.plan.year == 2022
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4", "5"]
    assert table.tasks[1].text == "固定资产投资力争增长10%以上。"
    assert [t.extra["leader"] for t in table.tasks] == ["刘惠", "刘惠", "周喜安", "周喜安", "刘惠"]
    assert [t.lead_units for t in table.tasks] == [["省发展改革委"], ["省发展改革委"], ["省商务厅"], ["省商务厅"],
                                                   ["省财政厅"]]
    assert table.tasks[3].coop_units == ["省发展改革委、合肥海关、省税务局"]


def _guangdong_read_right(table) -> None:
    assert table.plan.year == 2021
    assert [t.text for t in table.tasks] == [r[0] for r in L.GUANGDONG_2021]
    assert [t.extra["leader"] for t in table.tasks] == [r[1] for r in L.GUANGDONG_2021]
    assert _units(table) == [([r[2]], ["各地、各部门"]) for r in L.GUANGDONG_2021]


@pytest.mark.parametrize("contacts", [False, True])
def test_word_document_written_as_numbered_paragraphs(tmp_path, contacts):
    table = read_file(L.guangdong_2021_word_paragraphs(tmp_path, contacts))
    _guangdong_read_right(table)
    assert table.plan.doc_no == "粤府〔2021〕22号"


def test_unit_cells_worded_lead_then_co_units(tmp_path):
    path = L.guangdong_2021_duty_cells(tmp_path)
    prop, _ = propose_file(path)
    assert [c.role for c in prop.columns] == ["no", "text", "leader", "lead"]
    _guangdong_read_right(read_file(path))


def test_notice_paragraphs_above_a_comma_separated_table(tmp_path):
    path = L.erlianhaote_2024_notice_above_csv(tmp_path)
    prop, _ = propose_file(path)
    assert prop.header_row == 5 and prop.confident and prop.table_choice == []
    table = read_file(path)
    assert table.plan.year == 2024 and table.plan.doc_no == "二政办发〔2024〕12号"
    assert [t.lead_units for t in table.tasks] == [["市口岸办"], ["市商务局"], ["市发改委"]]


def test_prose_tasks_numbered_with_chinese_numerals_and_a_comma(tmp_path):
    table = read_file(L.hunan_2019_tasks_numbered_yi(tmp_path))
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    assert table.tasks[1].text == "地方一般公共预算收入增长4%左右。"
    assert [t.lead_units for t in table.tasks] == [["省发展改革委"], ["省财政厅"], ["省发展改革委"]]
    assert table.tasks[2].coop_units == ["省交通运输厅"]


def test_tasks_numbered_with_bracketed_numerals_and_nothing_but_their_words(tmp_path):
    """湖南 湘政发〔2019〕1号 (see import_corpus_layouts.hunan_2019_brackets_cn_numbered): a list of
    （一）（二）（三） with no other column is three tasks, not three headings."""
    rows = [["2019年重点工作"], ["序号", "重点工作"], ["（一）", "经济增长7.5%—8%。"],
            ["（二）", "地方一般公共预算收入增长4%左右。"], ["（三）", "全年实施500个省重点项目。"]]
    table = read_file(L.write_xlsx(tmp_path / "t.xlsx", rows))
    assert [(t.no, t.section) for t in table.tasks] == [("1", ""), ("2", ""), ("3", "")]


@pytest.mark.parametrize("style", ["bracket", "label"])
def test_prose_responsible_units_alone_in_a_bracket_or_under_a_bracketed_label(tmp_path, style):
    table = read_file(L.quzhou_2021_units_written(tmp_path, style))
    assert table.plan.year == 2021
    assert [t.text for t in table.tasks] == [r[0] for r in L.QUZHOU_2021]
    assert _units(table) == [(["市发改委"], ["市农业农村局", "市文旅局"]),
                             (["市发改委"], ["市经信局", "市财政局", "市住建局", "市税务局"])]
    if style == "label":
        assert [t.extra["leader"] for t in table.tasks] == ["汤飞帆"] * 2


@pytest.mark.parametrize(("cell", "stored"), [
    ("周  波", "周波"), ("吕  乐 王  强", "吕乐、王强"), ("束学龙\n谢  忠", "束学龙、谢忠"),
    ("市长、副市长", "市长、副市长"), ("市长 副市长", "市长、副市长"), ("常务副市长 王  宏", "常务副市长王宏"),
    ("分管副省长、协管副秘书长", "分管副省长、协管副秘书长"), ("李 晓明", "李晓明")])
def test_leader_cells_as_offices_write_them(tmp_path, cell, stored):
    """Leaders of 金寨 2025 (see import_corpus_layouts.JINZHAI_2025) written the ways a cell holds them."""
    rows = [["2025年重点工作清单"], ["序号", "具体工作内容", "主办单位", "分管领导"],
            [1, "地区生产总值增长6%以上。", "县发改委", cell], [2, "新增规上工业企业20家。", "县经信局", "吴晓东"]]
    table = read_file(L.write_xlsx(tmp_path / "t.xlsx", rows))
    assert [t.extra["leader"] for t in table.tasks] == [stored, "吴晓东"]


def test_sheet_task_text_merged_across_two_columns_and_units_under_a_merged_header(tmp_path, empty_store):
    path = L.luan_2021_merged_columns_xlsx(tmp_path)
    prop, _ = propose_file(path)
    assert [c.role for c in prop.columns] == ["no", "extra", "text", "ignore", "lead", "coop"]
    table = read_file(path)
    assert [t.text for t in table.tasks] == ["规上工业增加值增长9.5%以上。", "一般公共预算收入增长5.5%以上。",
                                             "社会消费品零售总额增长11%以上。"]
    assert table.ignored_columns == [] and {t.section for t in table.tasks} == {"主要预期目标"}
    assert _stored_units(empty_store, table)["2"] == (["市财政局"], ["市发改委", "市税务局"])


def test_web_page_table_copied_as_one_cell_a_line(tmp_path):
    path = L.shaoxing_2020_page_copied_as_text(tmp_path)
    prop, _ = propose_file(path)
    assert [c.role for c in prop.columns] == ["no", "text", "progress", "lead"]
    table = read_file(path)
    assert table.plan.year == 2020 and table.period_key == "2020-03"
    assert [t.lead_units for t in table.tasks] == [["市发改委"]] * 3
    assert table.entries["2"].progress == "1-2月，全市固定资产投资同比下降12.7%，居全省第6位。"
    # a sentence wrapped over two lines is one cell
    assert table.entries["3"].progress == "目前已有10家企业提出申办军工资质需求，其中4家企业承制资质已在办理。"


def test_web_page_list_copied_as_text_with_a_heading_a_marked_number_and_a_note_in_the_header(tmp_path):
    table = read_file(L.hangzhou_2021_page_copied_as_text(tmp_path))
    assert table.plan.year == 2021
    assert [t.no for t in table.tasks] == ["1", "2"]
    assert [t.extra.get("leader") for t in table.tasks] == ["戴建平"] * 2
    assert table.tasks[0].lead_units == ["杭州城西科创产业集聚区管委会"]
    assert table.tasks[1].lead_units == ["市住保房管局"]  # the province's lead is not this list's
    assert "省牵头单位:省住房城乡建设厅" in "、".join(table.tasks[1].coop_units)  # kept where the user sees it
