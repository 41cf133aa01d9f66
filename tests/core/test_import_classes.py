"""Every class of variation of issue 10 in one real-looking file, imported without --map.

Each test names what it reads exactly: the tasks, their units, statuses and the period, so a
misread fails here instead of being imported.
"""

import shutil

import import_corpus as C
import pytest
from xlsx_builders import write_xlsx

from chizhou_desk.cli import main
from chizhou_desk.errors import InputError, PeriodNeeded
from chizhou_desk.imports import read_file
from chizhou_desk.imports.detect import NeedsSettling, propose_file


def roles(prop) -> dict[str, str]:
    return {c.header.replace("\n", ""): c.role for c in prop.columns if c.role not in ("ignore",)}


def entries(table) -> dict[str, tuple]:
    return {no: (e.status, e.progress) for no, e in table.entries.items()}


# --- column words, periods in the title, host office in brackets ------------------------------

def test_wenzhou_two_title_rows_period_in_title_host_office(tmp_path):
    table = read_file(C.wenzhou_2018_6(tmp_path))
    assert table.plan.year == 2018 and table.period_key == "2018-06"
    assert [t.no for t in table.tasks] == [str(i) for i in range(1, 8)]
    assert table.tasks[1].text == "推进下山异地搬迁工程，完成生态搬迁1.5万人。"
    assert [t.lead_units for t in table.tasks] == [[u] for u in C.WENZHOU_LEADS]
    assert all(e.status is None for e in table.entries.values())
    assert table.entries["7"].progress == "完成工程投资7856万元，新增受益人口11.05万人，完成率61.9%。"
    assert len(table.entries) == 7


def test_wenzhou_host_office_in_brackets_is_one_unit_in_the_store(empty_store, tmp_path):
    r = empty_store.import_table(read_file(C.wenzhou_2018_6(tmp_path)))
    rows = {row.no: row for row in empty_store.task_rows("2018-06")}
    assert rows["2"].lead_units == ["市委农办（市农业局）"]
    assert r.unknown_units == []  # no registry for 温州: its first list names its units, none unknown


def test_piped_rows_units_without_prefix_and_completion_as_status(tmp_path):
    path = C.keqiao_2023_q1_rows_text(tmp_path)
    prop, _ = propose_file(path)
    assert roles(prop) == {"序号": "no", "工作任务": "text", "责任单位": "lead", "一季度目标": "target",
                           "进展情况、存在问题及下一步打算": "progress", "目标完成情况": "status"}
    table = read_file(path)
    assert table.plan.year == 2023 and table.period_key == "2023-03"
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4"]
    assert [t.lead_units for t in table.tasks] == [["教体局"]] * 3 + [["人社局"]]
    assert table.tasks[0].target == "室内安装、装修及场外施工"
    assert [table.entries[n].status for n in "1234"] == ["顺利推进", "顺利推进", "已完成", "顺利推进"]
    assert table.entries["3"].progress == "进展情况：3月26日已公布随迁子女入（转）学政策。"


def test_year_without_nian_unit_last_sections_and_empty_row(tmp_path):
    table = read_file(C.xianning_2021_h1_status(tmp_path))
    assert table.plan.year == 2021 and table.period_key == "2021-06"
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4", "5"]
    assert [t.section for t in table.tasks] == ["一、努力完成全年主要预期目标"] * 4 + ["二、推动产业转型升级"]
    assert [t.lead_units for t in table.tasks] == [["市发展改革委"], ["市发展改革委"], ["市经济和信息化局"],
                                                   ["市财政局"], ["市经济和信息化局"]]
    assert [table.entries[n].status for n in "12345"] == ["序时推进", "序时推进", "序时推进", "已完成", "未达预期"]
    assert table.entries["4"].progress == "上半年完成55.29亿元，比上年同期增长39.3%。"


# --- prose -------------------------------------------------------------------------------------

def test_prose_with_labelled_units_on_their_own_lines(tmp_path):
    table = read_file(C.lishan_2023_prose(tmp_path))
    assert table.plan.year == 2023 and table.period_key is None and table.entries == {}
    assert table.plan.doc_no == "鞍立政发〔2023〕2号"
    assert [(t.no, t.text) for t in table.tasks] == [
        ("1", "努力实现地区生产总值增长6.2%左右。"), ("2", "规模以上工业增加值增长5%左右。"),
        ("3", "固定资产投资增长15%左右。"), ("4", "社会消费品零售总额增长9%左右。"),
        ("5", "一般公共预算收入增长8%左右。")]
    assert [t.lead_units for t in table.tasks] == [["区发改局"], ["区工信局"], ["区发改局"], ["区商务局"],
                                                   ["区财政局"]]
    assert table.tasks[2].coop_units == ["立山经济开发区，各街道、区直各部门"]
    assert [t.section for t in table.tasks] == ["一、经济社会发展的主要预期目标"] * 3 + ["二、扩大有效需求"] * 2


def test_prose_with_units_in_brackets_after_each_item(empty_store, tmp_path):
    table = read_file(C.xianyang_2022_bracket_prose(tmp_path))
    assert table.plan.year == 2022
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    assert table.tasks[0].text.startswith("全面实施行政许可事项清单管理。2022年10月底前")
    assert table.tasks[0].text.endswith("清单之外一律不得违法实施行政许可。")
    assert [t.lead_units for t in table.tasks] == [["市政府办公室、市审改办"],
                                                   ["市政府办公室、市行政审批服务局"], ["市市场监管局"]]
    assert [t.coop_units for t in table.tasks] == [["市级各有关部门、各县市区政府"], ["各县市区政府"],
                                                   ["市级各有关部门"]]
    assert [t.section[:2] for t in table.tasks] == ["一、", "一、", "二、"]


# --- two-row header, merges, leaders, document number -----------------------------------------

def test_two_row_header_year_from_document_number_leaders_and_merged_number(tmp_path):
    path = C.jingxian_2023_two_row_header(tmp_path)
    prop, _ = propose_file(path)
    assert prop.header_rows == 2 and prop.header_row == 3
    assert roles(prop) == {"序号": "no", "目标任务": "text", "牵头县领导": "leader",
                           "责任单位/牵头责任单位": "lead", "责任单位/协同责任单位": "coop", "完成时限": "deadline"}
    table = read_file(path)
    assert table.plan.year == 2023 and table.plan.doc_no == "泾政〔2023〕1号" and prop.year_source == "从文号读取"
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4"]
    assert table.tasks[2].text == "实施亿元以上重点项目120个，\n完成投资150亿元以上。"
    assert [t.extra.get("leader") for t in table.tasks] == ["王军", "王军", "李明、陈静", "李明"]
    assert [t.lead_units for t in table.tasks] == [["县发改委"], ["县经信局"], ["县发改委"], ["县经信局"]]
    assert table.tasks[2].coop_units == ["县财政局、县自然资源局"]
    assert [t.deadline for t in table.tasks] == ["2023年12月底"] * 3 + ["长期坚持"]
    assert [t.section for t in table.tasks] == ["一、主要预期目标"] * 2 + ["（一）扩大有效投资"] * 2


def test_word_table_with_leaders_marked_lead_and_line_broken_units(tmp_path):
    path = C.liaocheng_2020_docx(tmp_path)
    table = read_file(path)
    assert table.plan.year == 2020 and table.plan.doc_no == "聊政发〔2020〕8号"
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4"]
    assert [t.extra.get("leader") for t in table.tasks] == ["赵国栋", "赵国栋、孙丽华", "孙丽华", "孙丽华"]
    assert table.tasks[2].lead_units == ["市科技局"]
    assert table.tasks[2].coop_units == ["市工业和信息化局", "市财政局"]
    assert table.tasks[1].coop_units == ["市税务局\n市发展改革委"]
    assert [t.section for t in table.tasks] == ["一、全力以赴稳增长"] * 2 + ["二、加快新旧动能转换"] * 2


def test_word_table_units_split_in_the_store(empty_store, tmp_path):
    empty_store.import_table(read_file(C.liaocheng_2020_docx(tmp_path)))
    rows = {row.no: row for row in empty_store.task_rows(None)}
    assert rows["1"].coop_units == ["市统计局", "市财政局"]
    assert rows["2"].coop_units == ["市税务局", "市发展改革委"]
    assert rows["3"].lead_units == ["市科技局"] and rows["3"].coop_units == ["市工业和信息化局", "市财政局"]


# --- csv: GBK, BOM; notes under the table -----------------------------------------------------

def test_gbk_csv_with_sections_deadline_note_and_notes_under_the_table(tmp_path):
    table = read_file(C.erlianhaote_2024_gbk_csv(tmp_path))
    assert table.plan.year == 2024 and table.period_key is None
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4"]
    assert [t.lead_units for t in table.tasks] == [["市口岸办"], ["市商务局"], ["市发改委"], ["市政务服务局"]]
    assert table.tasks[0].coop_units == ["市发改委,市交通运输局"]
    assert [t.deadline for t in table.tasks] == ["2024年12月底"] * 3 + ["2024年10月底"]
    assert table.tasks[1].extra == {"备注": "持续推进"}
    assert table.tasks[3].section == "二、聚焦增强发展优势，着力做实项目投资做优营商环境"


def test_bom_csv_year_from_file_name_period_from_title(tmp_path):
    path = C.huichang_2023_bom_csv(tmp_path)
    prop, _ = propose_file(path)
    assert prop.year_source == "从文件名读取" and prop.period_source == "从标题读取"
    assert roles(prop) == {"序号": "no", "项目内容": "text", "牵头单位": "lead", "责任领导": "leader",
                           "当前进度": "progress", "推进状态": "status"}
    table = read_file(path)
    assert table.plan.year == 2023 and table.period_key == "2023-10"
    assert [t.extra.get("leader") for t in table.tasks] == ["刘芳", "陈晓明", "刘芳", "陈晓明"]
    assert [table.entries[n].status for n in "1234"] == ["序时推进", "序时推进", "已完成", "滞后"]


# --- .ods, a single unit column where the first leads ------------------------------------------

def test_ods_single_unit_column_first_listed_leads(tmp_path):
    pytest.importorskip("odf", reason="odfpy (the [test] extra) writes the .ods fixture")
    path = C.shouxian_2022_h1_ods(tmp_path)
    prop, _ = propose_file(path)
    assert prop.lead_rule == "first"
    table = read_file(path)
    assert table.plan.year == 2022 and table.period_key == "2022-06"
    assert [(t.lead_units, t.coop_units) for t in table.tasks] == [
        (["县发改委"], ["县统计局"]), (["县农业农村局"], []), (["县交通运输局"], ["县财政局"])]
    assert entries(table)["1"] == (None, "1-6月，地区生产总值增长4.1%，滞后序时。")


# --- 完成情况: status in one file, progress in another ----------------------------------------

def test_completion_column_of_status_words_is_the_status(tmp_path):
    path = C.jinzhai_2025_completion_status(tmp_path)
    prop, _ = propose_file(path)
    assert roles(prop) == {"序号": "no", "具体工作内容": "text", "主办单位": "lead", "分管领导": "leader",
                           "工作进展": "progress", "完成情况": "status"}
    assert prop.lead_rule == "all"
    table = read_file(path)
    assert table.period_key == "2025-06"
    assert entries(table) == {"1": ("欠进度", "上半年地区生产总值增长5.8%。"), "2": ("超进度", "新增规上工业企业12家。"),
                              "3": ("已完成", "已全部竣工并验收。"), "4": ("达进度", "1个已完成主体，1个正在施工。")}
    assert [t.extra.get("leader") for t in table.tasks] == ["周波", "吴晓东", "周波", "郑华"]


def test_completion_column_of_sentences_is_the_progress_with_period_in_broken_header(tmp_path):
    path = C.guanyun_2019_q3_docx(tmp_path)
    prop, _ = propose_file(path)
    assert roles(prop) == {"序号": "no", "督查内容": "text", "责任单位": "lead", "完成情况（1-9月）": "progress"}
    table = read_file(path)
    assert table.plan.year == 2019 and table.period_key == "2019-09"
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4"]
    assert [t.section for t in table.tasks] == ["（一）重点项目"] * 2 + ["（二）社会事业"] * 2
    assert table.tasks[1].lead_units == ["临港产业区"] and table.tasks[1].coop_units == ["县发改委"]
    assert all(e.status is None for e in table.entries.values())
    assert table.entries["3"].progress == "主体完工，配套工程未达序时，计划12月交付。"


def test_both_lead_and_responsible_unit_columns_annual_period_note_and_source(tmp_path):
    path = C.annual_2022_both_unit_columns(tmp_path)
    prop, _ = propose_file(path)
    assert roles(prop) == {"序号": "no", "重点工作目标任务": "text", "牵头责任单位": "lead", "责任单位": "coop",
                           "落实情况(全年)": "progress", "推进状态": "status", "备注": "note", "任务来源": "source"}
    table = read_file(path)
    assert table.plan.year == 2022 and table.period_key == "2022-12"
    assert [(t.lead_units, t.coop_units) for t in table.tasks] == [
        (["市住建局"], ["市公安局、市自然资源局"]), (["市生态环境局"], ["各县（区）政府"]), (["市教育局"], ["市财政局"])]
    assert [table.entries[n].status for n in "123"] == ["提前完成", "推进缓慢", "已完成"]
    assert table.entries["2"].comment == "跨年实施"
    assert [t.extra for t in table.tasks] == [{"source": "政府工作报告"}] * 2 + [{"source": "民生实事"}]


# --- period and year nowhere: --period settles both -------------------------------------------

def test_no_year_anywhere_is_refused_naming_period(tmp_path):
    path = C.no_year_csv(tmp_path)
    with pytest.raises(InputError) as exc:
        read_file(path)
    assert "--period" in str(exc.value) and str(path) in str(exc.value)


def test_period_option_settles_a_file_with_no_year_anywhere(tmp_path):
    table = read_file(C.no_year_csv(tmp_path), "2025-05")
    assert table.plan.year == 2025 and table.period_key == "2025-05"
    assert [t.lead_units for t in table.tasks] == [["市卫计委"], ["市水利局"]]
    assert table.entries["2"].progress == "新增受益人口11.05万人。"


def test_period_option_settles_it_through_the_cli(tmp_path, capsys):
    db = tmp_path / "t.db"
    path = C.no_year_csv(tmp_path)
    assert main(["--db", str(db), "import", str(path)]) == 2
    assert "--period" in capsys.readouterr().err
    assert main(["--db", str(db), "import", str(path), "--period", "2025-05"]) == 0
    out = capsys.readouterr().out
    assert "新增任务 2" in out and "期间 2025-05" in out


def test_period_label_settles_with_the_year_of_the_file(tmp_path):
    table = read_file(C.lishan_2023_prose(tmp_path), "上半年")
    assert table.period_key == "2023-06" and table.plan.year == 2023


# --- units --------------------------------------------------------------------------------------

def test_unit_cells_of_every_kind_with_the_chizhou_registry(empty_store, tmp_path):
    table = read_file(C.chizhou_units_variants(tmp_path))
    assert table.plan.year == 2025 and table.plan.city == ""
    r = empty_store.import_table(table)
    rows = sorted(empty_store.task_rows(None), key=lambda row: int(row.no))
    got = [(row.lead_units, row.coop_units) for row in rows]
    assert got == C.UNIT_VARIANTS_EXPECTED
    assert r.unknown_units == ["市政府办公室（市政务服务管理局）"]


def test_unit_cells_of_every_kind_read_from_the_file(tmp_path):
    table = read_file(C.chizhou_units_variants(tmp_path))
    got = [(t.lead_units, t.coop_units) for t in table.tasks]
    assert got[:9] == [(["市发改委"], ["市财政局"])] * 9
    assert got[9:] == [(["市发改委"], ["市财政局"]), (["市发改委"], ["市财政局"]),
                       (["市发改委"], ["市经信局", "市商务局"]),  # the prefix written once serves both
                       (["市政府办公室（市政务服务管理局）"], ["市财政局"]), (["发改委"], ["财政局"])]


# --- misreads refused, ambiguity explained ------------------------------------------------------

def test_sub_rows_numbered_under_a_task_with_a_unit_are_refused(tmp_path):
    path = C.sub_rows_parent_with_unit(tmp_path)
    with pytest.raises(InputError) as exc:
        read_file(path)
    msg = str(exc.value)
    assert str(path) in msg and "第 4 行" in msg and "（1）" in msg and "A 列" in msg


def test_sub_rows_without_numbers_are_refused_not_swallowed(tmp_path):
    path = C.sub_rows_in_text_column(tmp_path)
    with pytest.raises(InputError) as exc:
        read_file(path)
    msg = str(exc.value)
    assert str(path) in msg and "第 4 行" in msg and "2 行有内容却没有序号" in msg


def test_numbered_sub_heading_rows_are_headings_not_tasks(tmp_path):
    table = read_file(C.sub_heading_rows(tmp_path))
    assert [t.no for t in table.tasks] == ["1.1", "1.2", "2.1"]
    assert [t.section for t in table.tasks] == ["1、稳定工业经济"] * 2 + ["2、扩大消费"]
    assert table.tasks[2].text == "社会消费品零售总额增长10%。"
    assert table.entries["1.2"].progress == "已建成620个。"


def test_unknown_header_is_refused_with_what_was_found_and_what_to_do(tmp_path):
    path = C.unknown_header(tmp_path)
    with pytest.raises(NeedsSettling) as exc:
        read_file(path)
    msg = str(exc.value)
    assert str(path) in msg
    assert "第 2 行为表头" in msg
    assert "B 列“甲项”" in msg and "D 列“丙项”" in msg
    assert "--map" in msg and "--header-row" in msg
    prop = exc.value.proposal
    assert prop.header_row == 1 and not prop.confident


def test_unknown_header_settled_by_map(tmp_path):
    table = read_file(C.unknown_header(tmp_path), mapping="B=task,C=leader,D=status", period_key="2025-06")
    assert [t.text for t in table.tasks] == ["推进项目", "扩大投资"]
    assert table.entries["1"].status == "好"


# --- the seed, as text and as a spreadsheet ------------------------------------------------------

def _same_tables(a, b):
    assert [(t.no, t.text, t.section) for t in a.tasks] == [(t.no, t.text, t.section) for t in b.tasks]
    assert [[u.replace(" ", "").replace("\n", "") for u in t.lead_units] for t in a.tasks] == \
        [[u.replace(" ", "").replace("\n", "") for u in t.lead_units] for t in b.tasks]
    assert {n: (e.status, e.progress, e.next_steps) for n, e in a.entries.items()} == \
        {n: (e.status, e.progress, e.next_steps) for n, e in b.entries.items()}
    assert (a.plan.year, a.period_key) == (b.plan.year, b.period_key)


def test_seed_text_and_its_table_saved_as_xlsx_give_the_same_49_tasks(tmp_path, seed_path):
    text = read_file(seed_path)
    sheet = read_file(C.seed_as_wps_xlsx(tmp_path, seed_path))
    assert len(text.tasks) == 49 and text.period_key == "2025-05"
    _same_tables(text, sheet)
    assert sheet.plan.title == "2025年市政府重点工作责任清单"


def test_seed_xlsx_in_the_store_matches_the_seed(tmp_path, seed_path, empty_store):
    from chizhou_desk.store import Store

    empty_store.import_table(read_file(C.seed_as_wps_xlsx(tmp_path, seed_path)))
    with Store(tmp_path / "text.db") as s:
        s.import_table(read_file(seed_path))
        want = [(r.no, r.lead_units, r.status) for r in s.task_rows("2025-05")]
    got = [(r.no, r.lead_units, r.status) for r in empty_store.task_rows("2025-05")]
    assert got == want and len(got) == 49


# --- formats through LibreOffice (slow) ----------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_seed_saved_by_libreoffice_gives_the_same_49_tasks(tmp_path, seed_path, fmt):
    csv_path = C.seed_as_csv(tmp_path, seed_path)
    converted = C.convert(csv_path, fmt, tmp_path / "out")
    _same_tables(read_file(seed_path), read_file(converted))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_xls_and_wps_et_of_a_real_list(tmp_path):
    xls = C.convert(C.annual_2022_both_unit_columns(tmp_path), "xls", tmp_path / "out")
    et = xls.with_suffix(".et")
    shutil.copy(xls, et)
    for path in (xls, et):
        table = read_file(path)
        assert table.period_key == "2022-12"
        assert [t.lead_units for t in table.tasks] == [["市住建局"], ["市生态环境局"], ["市教育局"]]
        assert [table.entries[n].status for n in "123"] == ["提前完成", "推进缓慢", "已完成"]


# --- header words, one column at a time -----------------------------------------------------------

TASK_WORDS = ["重点工作任务", "重点工作", "工作任务", "目标任务", "重点工作目标任务", "目标与任务", "督查内容",
              "内容与要求", "项目内容", "实事内容", "任务内容", "具体任务", "主要任务"]
PROGRESS_WORDS = ["进展情况", "工作进展", "推进情况", "落实情况", "完成情况", "当前进度", "1-5月份进展情况",
                  "一季度工作进展", "上半年落实情况", "落实情况(全年)", "落实情况（1-9月）", "工作进展情况\n（截至6月底）",
                  "1—9月进展情况"]
STATUS_WORDS = ["工作评价", "完成状态", "进展评价", "推进状态", "完成情况"]
LEAD_WORDS = ["牵头责任单位", "牵头单位", "主办单位", "责任单位", "牵头部门"]
COOP_WORDS = ["配合单位", "协同责任单位", "协办单位", "责任单位"]
LEADER_WORDS = ["责任领导", "牵头领导", "牵头负责领导", "分管市领导", "分管领导", "牵头县领导"]


def _vocab_file(tmp_path, header, rows):
    return write_xlsx(tmp_path / "vocab.xlsx", [["2025年重点工作责任清单"], header, *rows])


@pytest.mark.parametrize("word", TASK_WORDS)
def test_task_words(tmp_path, word):
    path = _vocab_file(tmp_path, ["序号", word, "牵头单位"],
                       [[1, "地区生产总值增长6.5%以上。", "市发改委"], [2, "固定资产投资增长8%以上。", "市发改委"]])
    table = read_file(path)
    assert [t.text for t in table.tasks] == ["地区生产总值增长6.5%以上。", "固定资产投资增长8%以上。"]


@pytest.mark.parametrize("word", PROGRESS_WORDS)
def test_progress_words(tmp_path, word):
    path = _vocab_file(tmp_path, ["序号", "重点工作任务", "牵头单位", word],
                       [[1, "地区生产总值增长6.5%以上。", "市发改委", "一季度增长6.4%，增速居全省第6位。"],
                        [2, "固定资产投资增长8%以上。", "市发改委", "1-5月增长5.1%，重点项目加快推进。"]])
    table = read_file(path, "2025-06")
    assert table.entries["1"].progress == "一季度增长6.4%，增速居全省第6位。"
    assert table.entries["2"].status is None


@pytest.mark.parametrize("word, key", [("1-5月份进展情况", "2025-05"), ("一季度工作进展", "2025-03"),
                                       ("上半年落实情况", "2025-06"), ("落实情况(全年)", "2025-12"),
                                       ("落实情况（1-9月）", "2025-09"), ("工作进展情况\n（截至6月底）", "2025-06"),
                                       ("1—9月进展情况", "2025-09")])
def test_period_named_in_the_progress_header(tmp_path, word, key):
    path = _vocab_file(tmp_path, ["序号", "重点工作任务", "牵头单位", word],
                       [[1, "地区生产总值增长6.5%以上。", "市发改委", "一季度增长6.4%，增速居全省第6位。"]])
    assert read_file(path).period_key == key


@pytest.mark.parametrize("word", STATUS_WORDS)
def test_status_words(tmp_path, word):
    path = _vocab_file(tmp_path, ["序号", "重点工作任务", "牵头单位", word, "1-5月份进展情况"],
                       [[1, "地区生产总值增长6.5%以上。", "市发改委", "未达预期", "一季度增长6.4%。"],
                        [2, "固定资产投资增长8%以上。", "市发改委", "序时推进", "1-5月增长5.1%。"],
                        [3, "规上工业增加值增长9%以上。", "市经信局", "序时推进", "1-5月增长9.7%。"]])
    table = read_file(path)
    assert [table.entries[n].status for n in "123"] == ["未达预期", "序时推进", "序时推进"]
    assert table.entries["1"].progress == "一季度增长6.4%。"


@pytest.mark.parametrize("word", LEAD_WORDS)
def test_lead_words(tmp_path, word):
    path = _vocab_file(tmp_path, ["序号", "重点工作任务", word],
                       [[1, "地区生产总值增长6.5%以上。", "市发改委"], [2, "固定资产投资增长8%以上。", "市发改委"]])
    assert [t.lead_units for t in read_file(path).tasks] == [["市发改委"], ["市发改委"]]


@pytest.mark.parametrize("word", COOP_WORDS)
def test_coop_words_beside_a_lead_column(tmp_path, word):
    path = _vocab_file(tmp_path, ["序号", "重点工作任务", "牵头单位", word],
                       [[1, "地区生产总值增长6.5%以上。", "市发改委", "市统计局"],
                        [2, "固定资产投资增长8%以上。", "市发改委", "市财政局"]])
    table = read_file(path)
    assert [(t.lead_units, t.coop_units) for t in table.tasks] == [(["市发改委"], ["市统计局"]),
                                                                   (["市发改委"], ["市财政局"])]


@pytest.mark.parametrize("word", LEADER_WORDS)
def test_leader_words(tmp_path, word):
    path = _vocab_file(tmp_path, ["序号", "重点工作任务", word, "牵头单位"],
                       [[1, "地区生产总值增长6.5%以上。", "张  伟", "市发改委"],
                        [2, "固定资产投资增长8%以上。", "张  伟 李晓明", "市发改委"]])
    table = read_file(path)
    assert [t.extra.get("leader") for t in table.tasks] == ["张伟", "张伟、李晓明"]
    assert [t.lead_units for t in table.tasks] == [["市发改委"], ["市发改委"]]


@pytest.mark.parametrize("title, key", [("2018年6月民生实事进展情况", "2018-06"),
                                        ("2023年民生实事进展情况（截至10月31日）", "2023-10"),
                                        ("2019年重点工作前三季度完成情况", "2019-09"),
                                        ("2022年重点工作上半年落实情况", "2022-06"),
                                        ("2022年度重点工作完成情况", "2022-12"),
                                        ("2024年一季度重点工作推进情况", "2024-03")])
def test_period_in_the_title(tmp_path, title, key):
    path = write_xlsx(tmp_path / "t.xlsx", [[title], ["序号", "重点工作任务", "牵头单位", "进展情况"],
                                             [1, "地区生产总值增长6.5%以上。", "市发改委", "一季度增长6.4%。"]])
    assert read_file(path).period_key == key


@pytest.mark.parametrize("name, key", [("2025年1-5月份进展.xlsx", "2025-05"), ("2025上半年.xlsx", "2025-06"),
                                       ("重点工作2025年三季度.xlsx", "2025-09")])
def test_period_and_year_in_the_file_name(tmp_path, name, key):
    path = write_xlsx(tmp_path / name, [["重点工作进展情况"], ["序号", "重点工作任务", "牵头单位", "进展情况"],
                                         [1, "地区生产总值增长6.5%以上。", "市发改委", "一季度增长6.4%。"]])
    assert read_file(path).period_key == key


def test_period_option_wins_over_nothing_and_agrees_with_title(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [["2025年重点工作"], ["序号", "重点工作任务", "牵头单位", "进展情况"],
                                             [1, "地区生产总值增长6.5%以上。", "市发改委", "一季度增长6.4%。"]])
    with pytest.raises(PeriodNeeded):
        read_file(path)
    assert read_file(path, "1-5月").period_key == "2025-05"


# --- Word lists cut into tables, lists over several sheets, group columns ---------------------

def test_word_list_cut_into_one_table_a_section_is_read_whole(tmp_path):
    table = read_file(C.dawa_2021_split_word_tables(tmp_path))
    assert table.plan.year == 2021
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4", "5"]
    assert [t.section for t in table.tasks] == ["一、主要预期目标"] * 2 + ["二、项目建设", "三、民生保障", "三、民生保障"]
    assert [(t.lead_units, t.coop_units) for t in table.tasks][2] == (["区发展改革局"], ["各镇（街道）"])
    assert [t.deadline for t in table.tasks][-1] == "2021年10月"


def test_list_split_over_sheets_with_one_header_is_not_read_in_part(tmp_path):
    path = C.split_over_sheets(tmp_path)
    with pytest.raises(NeedsSettling) as exc:
        read_file(path)
    assert "“经济发展”、“民生保障”" in str(exc.value) and "--sheet" in str(exc.value)
    table = read_file(path, sheet=1, mapping=None, settled=True)
    assert [t.text for t in table.tasks] == ["新增城镇就业2000人。"]


def test_group_column_merged_down_reads_as_section_and_totals_are_not_tasks(tmp_path):
    path = C.group_column_xlsx(tmp_path)
    prop, _ = propose_file(path)
    assert roles(prop)["具体任务"] == "text" and roles(prop)["重点工作"] == "extra" and prop.group == 1
    table = read_file(path)
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4"]
    assert [t.text for t in table.tasks][1] == "新开工亿元以上工业项目30个。"
    assert [t.section for t in table.tasks] == ["扩大有效投资", "扩大有效投资", "优化营商环境", "办好民生实事"]
    assert all("重点工作" not in t.extra for t in table.tasks)
    assert table.ignored_columns == []


def test_report_text_with_another_first_header_word(tmp_path):
    table = read_file(C.report_text_other_city(tmp_path))
    assert table.period_key == "2018-06"
    assert [t.lead_units for t in table.tasks] == [["市交运集团"], ["市卫计委"], ["市交通运输局"]]
    assert table.entries["2"].progress == "已完成67290名，"


# --- more shapes: period over two header rows, no 序号 column, UTF-16 text ---------------------

def test_period_merged_over_status_and_progress_in_a_two_row_header(tmp_path):
    rows = [["2025年重点工作推进情况"], ["序号", "重点工作任务", "牵头单位", "2025年1-6月", None],
            [None, None, None, "工作评价", "进展情况"],
            [1, "地区生产总值增长6.5%以上。", "市发改委", "序时推进", "上半年增长6.6%。"],
            [2, "固定资产投资增长8%以上。", "市发改委", "未达预期", "上半年增长5.1%。"]]
    table = read_file(write_xlsx(tmp_path / "t.xlsx", rows, ("A2:A3", "B2:B3", "C2:C3", "D2:E2")))
    assert table.period_key == "2025-06"
    assert entries(table) == {"1": ("序时推进", "上半年增长6.6%。"), "2": ("未达预期", "上半年增长5.1%。")}


def test_completion_of_unlisted_short_words_beside_a_progress_column_is_the_status(tmp_path):
    rows = [["2025年1-6月重点工作"], ["序号", "工作任务", "责任单位", "完成情况", "工作进展"],
            [1, "地区生产总值增长6.5%以上。", "市发改委", "较好", "上半年增长6.6%。"],
            [2, "固定资产投资增长8%以上。", "市发改委", "一般", "上半年增长5.1%，低于预期。"]]
    table = read_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert entries(table) == {"1": ("较好", "上半年增长6.6%。"), "2": ("一般", "上半年增长5.1%，低于预期。")}


def test_list_without_a_number_column_numbers_its_rows_and_skips_the_note(tmp_path):
    rows = [["2025年重点工作清单"], ["重点工作任务", "牵头单位", "完成时限"],
            ["地区生产总值增长6.5%以上。", "市发改委", "2025年底"], ["固定资产投资增长8%以上。", "市发改委", "2025年底"],
            ["注：本表由市政府办公室编制。"]]
    table = read_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert [(t.no, t.text) for t in table.tasks] == [("1", "地区生产总值增长6.5%以上。"), ("2", "固定资产投资增长8%以上。")]


def test_unicode_text_saved_by_excel_utf16_tabs(tmp_path):
    lines = ["2018年6月民生实事进展情况", "序号\t实事内容\t牵头单位\t进展情况",
             "1\t市区公交车实现移动支付全覆盖。\t市交运集团\t已完成。",
             "2\t为7万名学龄儿童实施免费窝沟封闭。\t市卫计委\t已完成67290名。"]
    path = tmp_path / "民生实事.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    table = read_file(path)
    assert table.period_key == "2018-06" and [t.lead_units for t in table.tasks] == [["市交运集团"], ["市卫计委"]]


def test_a_person_or_host_office_in_brackets_after_a_known_office_resolves_to_it(tmp_path):
    from chizhou_desk.units import UnitRegistry, load_city_registry

    reg = UnitRegistry(load_city_registry("池州")[1])
    assert reg.split("市发改委（张三）、市财政局") == (["市发展改革委", "市财政局"], [])
    assert reg.split("市不存在办（市不存在局）") == (["市不存在办（市不存在局）"], ["市不存在办（市不存在局）"])


@pytest.mark.parametrize("word, key", [("1月—6月进展情况", "2025-06"), ("1月至9月落实情况", "2025-09"),
                                       ("一至三月工作进展", "2025-03")])
def test_period_ranges_written_with_months_on_both_ends(tmp_path, word, key):
    path = _vocab_file(tmp_path, ["序号", "重点工作任务", "牵头单位", word],
                       [[1, "地区生产总值增长6.5%以上。", "市发改委", "一季度增长6.4%，增速居全省第6位。"]])
    assert read_file(path).period_key == key


def test_dashed_sub_numbers_and_a_unit_header_saying_the_first_leads(tmp_path):
    rows = [["2025年重点工作清单"], ["序号", "具体任务", "责任单位（排首位的为牵头单位）"],
            ["1-1", "新建5G基站1000个。", "市经信局、市数据资源局"], ["1-2", "培育工业互联网平台2家。", "市经信局"],
            ["2-1", "社会消费品零售总额增长6%。", "市商务局、市统计局"]]
    prop, _ = propose_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert prop.lead_rule == "first"
    table = read_file(tmp_path / "t.xlsx")
    assert [(t.no, t.lead_units, t.coop_units) for t in table.tasks] == [
        ("1.1", ["市经信局"], ["市数据资源局"]), ("1.2", ["市经信局"], []), ("2.1", ["市商务局"], ["市统计局"])]


def test_a_progress_column_a_month_reads_the_latest_and_keeps_the_others(tmp_path):
    path = _vocab_file(tmp_path, ["序号", "重点工作任务", "牵头单位", "1月进展", "3月进展", "2月进展"],
                       [[1, "地区生产总值增长6.5%以上。", "市发改委", "1月份全市经济开局平稳，重点项目陆续复工。",
                         "一季度增长6.4%，增速居全省第6位，重点项目加快推进。", "1-2月增长6.1%，持续推进重点项目建设。"]])
    table = read_file(path)
    assert table.period_key == "2025-03" and table.entries["1"].progress.startswith("一季度增长6.4%")
    assert sorted(table.tasks[0].extra) == ["1月进展", "2月进展"]


def test_csv_with_unknown_header_words_is_settled_by_map(tmp_path):
    path = C.write_csv(tmp_path / "x.csv", [["编码", "甲项", "乙项"], ["1", "推进项目建设", "市发改委"],
                                           ["2", "扩大有效投资", "市财政局"]])
    with pytest.raises(NeedsSettling) as exc:
        read_file(path)
    assert "--map" in str(exc.value)
    table = read_file(path, "2025-05", mapping="A=no,B=task,C=lead")
    assert [(t.no, t.text, t.lead_units) for t in table.tasks] == [("1", "推进项目建设", ["市发改委"]),
                                                                  ("2", "扩大有效投资", ["市财政局"])]


def test_prose_with_units_inline_after_each_item_in_gbk(tmp_path):
    table = read_file(C.liaocheng_2020_inline_prose(tmp_path))
    assert table.plan.year == 2020 and table.plan.doc_no == "聊政发〔2020〕8号"
    assert [(t.no, t.text, t.lead_units, t.coop_units) for t in table.tasks] == [
        ("1", "全市生产总值增长6.5%左右。", ["市发展改革委"], ["市统计局、市财政局"]),
        ("2", "一般公共预算收入增长3%。", ["市财政局"], ["市税务局"]),
        ("3", "新增高新技术企业100家。", ["市科技局"], ["市工业和信息化局"])]
    assert [t.section for t in table.tasks] == ["一、全力以赴稳增长"] * 2 + ["二、加快新旧动能转换"]


def test_prose_numbered_with_chinese_numerals_in_brackets(tmp_path):
    table = read_file(C.cn_numbered_prose(tmp_path))
    assert [(t.no, t.lead_units, t.coop_units) for t in table.tasks] == [
        ("1", ["市政府办公室"], ["市级各有关部门"]), ("2", ["市市场监管局"], ["市级各有关部门"])]
    assert table.tasks[1].text == "推进“双随机、一公开”监管全覆盖。"


def test_key_work_merged_over_its_target_tasks(tmp_path):
    rows = [["2023年重点工作任务清单"], ["序号", "重点工作", "目标任务", "牵头单位"],
            [1, "扩大有效投资", "实施亿元以上重点项目120个。", "县发改委"],
            [2, None, "新开工亿元以上工业项目30个。", "县经信局"],
            [3, "优化营商环境", "政务服务事项全程网办率达到90%。", "县数据资源局"]]
    table = read_file(write_xlsx(tmp_path / "t.xlsx", rows, ("B3:B4",)))
    assert [(t.no, t.text, t.section) for t in table.tasks] == [
        ("1", "实施亿元以上重点项目120个。", "扩大有效投资"), ("2", "新开工亿元以上工业项目30个。", "扩大有效投资"),
        ("3", "政务服务事项全程网办率达到90%。", "优化营商环境")]


def test_unnumbered_task_rows_after_the_last_number_are_refused_not_skipped(tmp_path):
    rows = [["2025年重点工作清单"], ["序号", "重点工作任务", "牵头单位"],
            [1, "地区生产总值增长6.5%以上。", "市发改委"], [2, "固定资产投资增长8%以上。", "市发改委"],
            [None, "1.新建5G基站1000个。", "市经信局"], ["填报人：王五", "联系电话：0566-1234567"]]
    with pytest.raises(InputError) as exc:
        read_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert "第 5 行" in str(exc.value) and "没有序号" in str(exc.value)


def test_a_lone_task_text_under_the_last_number_is_refused(tmp_path):
    rows = [["2025年重点工作清单"], ["序号", "重点工作任务", "牵头单位"],
            [1, "地区生产总值增长6.5%以上。", "市发改委"], [2, "固定资产投资增长8%以上。", "市发改委"],
            [None, "其中工业投资增长10%。", None]]
    with pytest.raises(InputError) as exc:
        read_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert "第 5 行" in str(exc.value)
