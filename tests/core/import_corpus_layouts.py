"""Lists of issue 23's layout classes, built by code from rows of published documents.

Each builder names its source (place, document, where it was read). The facts (tasks, figures,
units, leaders, periods) carry over; the sentences are shortened or reworded here.
"""

from __future__ import annotations

from pathlib import Path

from import_corpus import write_docx, write_xlsx


def _text(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines), encoding=encoding)
    return path


# --- prose ---------------------------------------------------------------------------------------

def luan_2021_labelled_lines(tmp: Path) -> Path:
    """六安市人民政府关于2021年重点工作及责任分解的通知, as republished at
    https://fishermanscry.com/p6608561/9612995.html.

    Class: the notice's paragraphs above the list (ASCII commas, as web pages are often copied);
    "1." tasks with 牵头负责领导：/ 牵头责任单位：/ 协同责任单位：/ 完成时限： lines under each."""
    return _text(tmp / "六安2021重点工作.txt", [
        "六安市人民政府关于2021年重点工作及责任分解的通知",
        "各县区人民政府,市开发区管委,市政府各部门、各直属机构:",
        "根据市五届人大四次会议审议通过的《政府工作报告》,市政府研究确定了2021年11个方面173项重点工作,"
        "同时明确各项工作的牵头负责领导、牵头责任单位和协同责任单位,请认真抓好落实。",
        "一、确保完成全年主要预期目标",
        "1.地区生产总值增长8.5%以上。",
        "牵头负责领导：束学龙。",
        "牵头责任单位：市发改委。",
        "协同责任单位：市政府各部门、各直属机构。",
        "完成时限：2021年12月31日",
        "2.规上工业增加值增长9.5%以上。",
        "牵头负责领导：束学龙。",
        "牵头责任单位：市经信局。",
        "协同责任单位：市发改委、市农业农村局、市税务局、六安供电公司等。",
        "3.全员劳动生产率46000元/人以上。",
        "牵头负责领导：束学龙。",
        "牵头责任单位：市发改委。",
        "协同责任单位：市政府各部门、各直属机构。",
        "4.一般公共预算收入增长5.5%以上。",
        "牵头负责领导：束学龙。",
        "牵头责任单位：市财政局。",
        "协同责任单位：市发改委、市税务局、人行六安市中心支行等。",
        "5.社会消费品零售总额增长11%以上。",
        "牵头负责领导：谢忠。",
        "牵头责任单位：市商务局。",
        "协同责任单位：市发改委、市经信局、市财政局、市农业农村局、市文旅局、市市场监管局、市税务局等。",
    ])


def guangdong_2021_duty_lines(tmp: Path) -> Path:
    """广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知 (粤府〔2021〕22号),
    https://dara.gd.gov.cn/ztzx/xczxgzt/xwgk/tzgg/content/post_4379712.html.

    Class: "部门分工：A牵头，各地、各部门配合。" and "分管省领导：…" lines under "1." tasks; the
    document number and the date above."""
    return _text(tmp / "广东2021分工方案.txt", [
        "粤府〔2021〕22号",
        "各地级以上市人民政府，省政府各部门、各直属机构：",
        "《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过，现印发给你们，请认真贯彻执行。",
        "广东省人民政府",
        "2021年3月21日",
        "2021年省《政府工作报告》重点任务分工方案",
        "一、2021年经济社会发展主要预期目标",
        "1.地区生产总值增长6%以上。",
        "分管省领导：林克庆",
        "部门分工：省发展改革委牵头，各地、各部门配合。",
        "2.地方一般公共预算收入增长5%左右。",
        "分管省领导：林克庆",
        "部门分工：省财政厅牵头，各地、各部门配合。",
        "3.固定资产投资增长8%左右。",
        "分管省领导：林克庆",
        "部门分工：省发展改革委牵头，各地、各部门配合。",
        "4.社会消费品零售总额增长6%以上。",
        "分管省领导：张新",
        "部门分工：省商务厅牵头，各地、各部门配合。",
    ])


def hunan_2019_brackets_cn_numbered(tmp: Path) -> Path:
    """湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见 (湘政发〔2019〕1号),
    http://www.hunan.gov.cn/hnszf/szf/hnzb/2017_106457/2017nd1q_107287/szfwj_98718/201902/t20190220_5277001.html;
    the 2018 version (see its 主要预期目标) at https://600zi.400zi.cn/e/4/622/5mDpxZJlmJ.html.

    Class: tasks numbered （一）（二） under headings 一、; the units in a bracket that first names
    the responsible leaders by title ("分管副省长、协管副秘书长负责，A牵头，B、C按职责分工负责")."""
    return _text(tmp / "湖南2019部门分工.txt", [
        "湘政发〔2019〕1号",
        "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见",
        "省直和中央在湘有关单位：",
        "为认真做好2019年政府工作，实现经济社会发展目标任务，现提出部门分工意见如下：",
        "一、落实2019年经济社会发展总体要求和主要预期目标",
        "（一）经济增长7.5%—8%；规模工业增加值增长7%；城镇调查失业率5%左右。"
        "（分管副省长、协管副秘书长负责，省发展改革委牵头，省工业和信息化厅、省统计局按职责分工负责）",
        "（二）地方一般公共预算收入增长4%左右，金融财政风险有效防控。"
        "（分管副省长、协管副秘书长负责，省财政厅牵头，省税务局、省地方金融监管局按职责分工负责）",
        "二、扩大有效投资",
        "（一）投资增长10%以上，全年实施500个省重点项目。"
        "（分管副省长、协管副秘书长负责，省发展改革委牵头，省住房城乡建设厅、省交通运输厅按职责分工负责）",
    ])


def hangzhou_2021_heading_leaders(tmp: Path) -> Path:
    """杭州市 2021年省政府工作报告重点工作涉杭任务责任分解 (as republished at
    https://ddjlg.com/zhi/gongzuo/xjqwdn.html); the rule that the first 责任单位 leads is 杭州's own
    (杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知:
    "列第一位的责任单位为牵头单位", https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html).

    Class: the leader named in the section heading ("（一）王宏副市长牵头重点工作"); "责任单位：" alone,
    the first listed leading; a host office in brackets inside the closing bracket."""
    return _text(tmp / "杭州2021责任分解.txt", [
        "2021年省政府工作报告重点工作涉杭任务责任分解",
        "（一）王宏副市长牵头重点工作",
        "1.加强粮食和重要农产品保障，确保粮食播种面积稳步提升、产量在120亿斤以上。"
        "（责任单位：市农业农村局、市规划和自然资源局、市商务局（市粮食和物资储备局））",
        "（二）胡伟副市长牵头重点工作",
        "2.深入实施消费新政，加快培育国际消费中心城市，到2025年社会消费品零售总额达到3.5万亿元。"
        "（责任单位：市商务局、市发改委）",
        "3.大力推进杭州城西科创大走廊建设。（责任单位：杭州城西科创产业集聚区管委会、市科技局、市发改委）",
    ])


def xianyang_2022_each_leads_shared_prefix(tmp: Path) -> Path:
    """咸阳市2022年深化“放管服”改革优化营商环境工作要点 (see import_corpus.xianyang_2022_bracket_prose);
    the units of items 1 and 3 written the short way offices write them.

    Class: "A、B分别牵头" (each named unit leads); two leads sharing one prefix ("市政府办公室、审改办");
    "（牵头单位：A；配合单位：B）" in the bracket."""
    return _text(tmp / "咸阳2022要点.txt", [
        "咸阳市2022年深化“放管服”改革优化营商环境工作要点",
        "一、坚持系统集成，推动审批全链条优化",
        "1.全面实施行政许可事项清单管理，2022年10月底前编制并公布市、县两级行政许可事项清单。"
        "（市政府办公室、审改办分别牵头，市级各有关部门及各县市区政府按职责分工负责）",
        "2.持续深化相对集中行政许可权改革。（牵头单位：市行政审批服务局；配合单位：各县市区政府、市级各有关部门）",
        "二、坚持协同高效，推动监管全过程公正",
        "3.推进“双随机、一公开”监管全覆盖。（市市场监管局牵头，各地、各部门配合）",
    ])


def shaoxing_2020_q1_report(tmp: Path, period_words: str, label: str = "进展情况：") -> Path:
    """绍兴市 市政府2020年重点工作(预下达)一季度进展情况表, http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html.

    Class: a newspaper-style progress report in prose, the period in the title as "1—3月份"
    (em dash) or "截至3月底"; what was done under each task, after a label (进展情况：, 工作进展：)
    or straight after the task's units."""
    return _text(tmp / "绍兴重点工作进展.txt", [
        f"市政府2020年重点工作{period_words}进展情况",
        "1.加强季度、月度数据监测，确保地区生产总值增长7%左右。（责任单位：市发改委）",
        f"{label}金融机构存贷款余额、保费收入等错月指标实现正增长，规上工业增加值全省第2。",
        "2.持续推进重大项目攻坚，市县长项目落地率50%以上。（责任单位：市发改委）",
        f"{label}全市固定资产投资同比下降12.7%，高于全省平均水平1.7个百分点，居全省第6位。",
        "3.深入推进省级军民融合示范区建设，取得军工资质8本以上。（责任单位：市发改委）",
        f"{label}已有10家企业提出申办军工资质需求，其中4家企业承制资质已在办理。",
    ])


# --- tables --------------------------------------------------------------------------------------

def shaoxing_2020_merged_text_columns(tmp: Path) -> Path:
    """绍兴市 2020 一季度进展情况表 (see shaoxing_2020_q1_report), as a Word table.

    Class: the task text in a cell merged across two columns (B:C), under a header merged the
    same way; 责任单位 merged over two columns whose second holds the leader."""
    rows = [
        ["序号", "内容与要求", "", "进展情况", "责任单位", ""],
        ["1", "加强季度、月度数据监测，确保地区生产总值增长7%左右。", "",
         "规上工业增加值全省第2，建安投资全省第1。", "市发改委", ""],
        ["2", "持续推进重大项目攻坚，市县长项目落地率50%以上。", "",
         "全市固定资产投资同比下降12.7%，居全省第6位。", "市发改委", ""],
        ["3", "深入推进省级军民融合示范区建设，取得军工资质8本以上。", "",
         "4家企业承制资质已在办理。", "市发改委", ""],
    ]
    merges = tuple((r, 1, r, 2) for r in range(4)) + ((0, 4, 0, 5),)
    return write_docx(tmp / "绍兴2020一季度.docx", ["市政府2020年重点工作一季度进展情况表"], rows, merges)


def luan_2021_duty_lists_before_lead(tmp: Path) -> Path:
    """六安市 2021年重点工作及责任分解 (see luan_2021_labelled_lines), tasks 2, 4 and 5.

    Class: 责任单位 left of 牵头单位 where every 责任单位 cell is a clean list of units (the lead
    listed first in it): still the co-units."""
    rows = [
        ["六安市2021年重点工作及责任分解表"],
        ["序号", "重点工作", "责任单位", "牵头单位", "完成时限"],
        [1, "规上工业增加值增长9.5%以上。", "市经信局、市发改委、市农业农村局、市税务局", "市经信局", "2021年12月31日"],
        [2, "一般公共预算收入增长5.5%以上。", "市财政局、市发改委、市税务局", "市财政局", "2021年12月31日"],
        [3, "社会消费品零售总额增长11%以上。", "市商务局、市发改委、市经信局、市财政局", "市商务局", "2021年12月31日"],
    ]
    return write_xlsx(tmp / "六安2021责任单位在前.xlsx", rows, ("A1:E1",))


def luan_2021_duty_before_lead(tmp: Path) -> Path:
    """六安市 2021年重点工作及责任分解 (see luan_2021_labelled_lines), as a sheet.

    Class: 责任单位 (every unit, the lead among them) left of 牵头单位; leaders padded with spaces
    ("谢  忠") and two leaders in a cell."""
    rows = [
        ["六安市2021年重点工作及责任分解表"],
        ["序号", "重点工作", "责任领导", "责任单位", "牵头单位"],
        [1, "地区生产总值增长8.5%以上。", "束学龙", "市发改委、市政府各部门", "市发改委"],
        [2, "规上工业增加值增长9.5%以上。", "束学龙", "市发改委、市经信局、市农业农村局、市税务局", "市经信局"],
        [3, "一般公共预算收入增长5.5%以上。", "束学龙", "市财政局、市发改委、市税务局", "市财政局"],
        [4, "社会消费品零售总额增长11%以上。", "束学龙\n谢  忠", "市发改委、市商务局、市文旅局", "市商务局"],
    ]
    return write_xlsx(tmp / "六安2021责任分解表.xlsx", rows, ("A1:E1",))


JINZHAI_2025 = [  # 金寨 2025 上半年, see import_corpus.jinzhai_2025_completion_status
    (1, "地区生产总值增长6%以上。", "县发改委", "周  波", "上半年地区生产总值增长5.8%。", "欠进度"),
    (2, "新增规上工业企业20家。", "县经信局", "吴晓东", "新增规上工业企业12家。", "超进度"),
    (3, "完成农村危房改造200户。", "县住建局", "周  波", "已全部竣工并验收。", "已完成"),
    (4, "新建城市公园2个。", "县住建局", "郑  华", "1个已完成主体，1个正在施工。", "达进度"),
]
JINZHAI_SCHEDULE = ["按季度调度，全年增长6%以上。", "6月底前新增10家，年底新增20家。", "9月底前全部完工。",
                    "年底前建成开放。"]  # the office's schedule, written here


def jinzhai_2025_schedule_beside_progress(tmp: Path, schedule: str, progress: str = "1-6月工作进展") -> Path:
    """金寨县 2025年《政府工作报告》主要目标任务上半年落实情况 (see import_corpus.jinzhai_2025_completion_status),
    with the schedule the office planned for each task left of what was done.

    Class: a schedule column (进度安排, 时间安排, 工作计划, 计划 …) beside 1-6月工作进展; the status
    words kept in 备注; leaders padded with spaces ("周  波")."""
    rows: list[list] = [["2025年《政府工作报告》主要目标任务落实情况"],
                        ["序号", "具体工作内容", "主办单位", "分管领导", schedule, progress, "备注"]]
    for (no, text, unit, leader, progress, status), plan in zip(JINZHAI_2025, JINZHAI_SCHEDULE, strict=True):
        rows.append([no, text, unit, leader, plan, progress, status])
    return write_xlsx(tmp / "金寨进度安排.xlsx", rows, ("A1:G1",))


def jinzhai_2025_status_under_merged_progress(tmp: Path) -> Path:
    """金寨县 2025 上半年 (see JINZHAI_2025).

    Class: columns under a merged header: 上半年进展情况 merged over two columns, the first of
    status words, the second of what was done."""
    rows: list[list] = [["2025年《政府工作报告》主要目标任务落实情况"],
                        ["序号", "具体工作内容", "主办单位", "分管领导", "上半年进展情况", None]]
    for no, text, unit, leader, progress, status in JINZHAI_2025:
        rows.append([no, text, unit, leader, status, progress])
    return write_xlsx(tmp / "金寨合并表头.xlsx", rows, ("A1:F1", "E2:F2"))


def hangzhou_2021_unnumbered_sections(tmp: Path) -> Path:
    """杭州市 2021年省政府工作报告重点工作涉杭任务责任分解 (see hangzhou_2021_heading_leaders), as
    the sheet the page was made from.

    Class: unnumbered section rows inside the table (the heading in the task column, no unit, no
    number); a task number with a mark ("1*"); 责任单位 alone, the first listed leading."""
    rows = [
        ["2021年省政府工作报告重点工作涉杭任务责任分解"],
        ["序号", "重点工作任务", "责任单位"],
        [None, "常务副市长牵头重点工作", None],
        ["1*", "大力推进杭州城西科创大走廊建设。", "杭州城西科创产业集聚区管委会、市科技局、市发改委"],
        [None, "副市长牵头重点工作，抓好粮食安全和消费", None],
        ["2", "加强粮食和重要农产品保障，粮食产量在120亿斤以上。",
         "市农业农村局、市规划和自然资源局、市商务局（市粮食和物资储备局）"],
        ["3", "深入实施消费新政，加快培育国际消费中心城市。", "市商务局、市发改委"],
    ]
    return write_xlsx(tmp / "杭州2021涉杭任务.xlsx", rows, ("A1:C1",))


def hunan_2019_cn_numbers_in_number_column(tmp: Path) -> Path:
    """湖南省 湘政发〔2019〕1号 (see hunan_2019_brackets_cn_numbered), as a table.

    Class: "一、" in the 序号 column is a section; "（一）" numbers the tasks under it; leaders are
    titles ("分管副省长、协管副秘书长")."""
    rows = [
        ["湖南省落实《政府工作报告》重点工作部门分工(2019年)"],
        ["序号", "重点工作", "责任领导", "牵头单位", "配合单位"],
        ["一、", "落实主要预期目标", None, None, None],
        ["（一）", "经济增长7.5%—8%。", "分管副省长、协管副秘书长", "省发展改革委", "省统计局"],
        ["（二）", "地方一般公共预算收入增长4%左右。", "分管副省长、协管副秘书长", "省财政厅", "省税务局"],
        ["二、", "扩大有效投资", None, None, None],
        ["（一）", "全年实施500个省重点项目。", "分管副省长、协管副秘书长", "省发展改革委", "省交通运输厅"],
    ]
    return write_xlsx(tmp / "湖南2019部门分工.xlsx", rows, ("A1:E1",))


def national_2023_year_report(tmp: Path, title: str = "2023年度《政府工作报告》主要预期目标完成情况") -> Path:
    """The 2023 targets of the national 《政府工作报告》 (国内生产总值增长5%左右, 城镇新增就业1200万人左右,
    城镇调查失业率5.5%左右) and what the 2024 report says of them (增长5.2%, 1244万人, 平均5.2%),
    e.g. https://askai.glarity.app/zh-CN/search/政府工作报告全文 and https://scholarmate.com/S/qBW3H0.

    Class: a 完成情况 report whose title names only the year ("2023年度……完成情况") is the whole year."""
    rows = [
        [title],
        ["序号", "目标任务", "牵头单位", "完成情况"],
        [1, "国内生产总值增长5%左右。", "国家发展改革委", "国内生产总值超过126万亿元，增长5.2%。"],
        [2, "城镇新增就业1200万人左右。", "人力资源社会保障部", "城镇新增就业1244万人。"],
        [3, "城镇调查失业率5.5%左右。", "人力资源社会保障部", "城镇调查失业率平均为5.2%。"],
    ]
    return write_xlsx(tmp / "目标表.xlsx", rows, ("A1:D1",))


def hangzhou_2021_leader_in_heading_rows(tmp: Path) -> Path:
    """杭州市 省政府工作报告重点工作涉杭任务责任分解 (see hangzhou_2021_heading_leaders): the
    十四五 part's 王宏 and 胡伟 headings and the 2021 part's 戴建平 heading with its task 1*.

    Class: heading rows naming the leader of their tasks ("（一）王宏副市长牵头重点工作") in a table
    without a leader column; a marked task number; 责任单位 alone, the first listed leading."""
    rows = [
        ["2021年省政府工作报告重点工作涉杭任务责任分解"],
        ["序号", "重点工作任务", "责任单位"],
        ["（一）王宏副市长牵头重点工作"],
        ["1", "加强粮食和重要农产品保障，粮食产量在120亿斤以上。", "市农业农村局、市规划和自然资源局"],
        ["（二）胡伟副市长牵头重点工作"],
        ["2", "深入实施消费新政，加快培育国际消费中心城市。", "市商务局、市发改委"],
        ["（三）戴建平常务副市长牵头重点工作"],
        ["3*", "大力推进杭州城西科创大走廊建设。", "杭州城西科创产业集聚区管委会、市科技局"],
    ]
    return write_xlsx(tmp / "杭州涉杭任务.xlsx", rows, ("A1:C1",))


def hunan_2019_numeral_heading_with_leader(tmp: Path) -> Path:
    """湖南省 湘政发〔2019〕1号 (see hunan_2019_brackets_cn_numbered), as a table whose heading rows
    carry the leaders of their tasks.

    Class: "一" in 序号 on a row with the heading and its leaders but no unit: a section over tasks
    numbered 1, 2, 3, whose leader it names."""
    rows = [
        ["湖南省落实《政府工作报告》重点工作部门分工(2019年)"],
        ["序号", "重点工作", "责任领导", "牵头单位", "配合单位"],
        ["一", "落实主要预期目标", "分管副省长、协管副秘书长", None, None],
        [1, "经济增长7.5%—8%。", None, "省发展改革委", "省统计局"],
        [2, "地方一般公共预算收入增长4%左右。", None, "省财政厅", "省税务局"],
        ["二", "扩大有效投资", "分管副省长、协管副秘书长", None, None],
        [3, "全年实施500个省重点项目。", None, "省发展改革委", "省交通运输厅"],
    ]
    return write_xlsx(tmp / "湖南2019分组领导.xlsx", rows, ("A1:E1",))


def erlianhaote_2024_numbered_notice_then_brackets(tmp: Path) -> Path:
    """二连浩特市 《〈政府工作报告〉2024年重点工作任务分工方案》 and its 政策解读 (2024-04-02),
    http://www.elht.gov.cn/mobile/c/2024-04-02/97683.shtml (see import_corpus.erlianhaote_2024_gbk_csv).

    Class: the notice's own numbered paragraphs ("1.在……方面(分解任务15项)。") above a list numbered
    1. again; "（牵头单位：A；配合单位：B、C；完成时限：…）" closing each task."""
    return _text(tmp / "二连浩特分工方案.txt", [
        "《〈政府工作报告〉2024年重点工作任务分工方案》",
        "《分工方案》将《政府工作报告》分解为五个方面79项重点工作任务，每项工作均列出牵头单位、配合单位及完成时限：",
        "1.在“聚焦深化对外开放，着力打造国家向北开放重要桥头堡”方面(分解任务15项)。",
        "2.在“聚焦增强发展优势，着力做实项目投资做优营商环境”方面(分解任务9项)。",
        "一、聚焦深化对外开放，着力打造国家向北开放重要桥头堡",
        "1.推动二连浩特口岸扩能改造，提升口岸通关能力。（牵头单位：市口岸办；配合单位：市发改委、市交通运输局；"
        "完成时限：2024年12月底）",
        "2.加快中蒙跨境经济合作区建设。（牵头单位：市商务局；配合单位：市口岸办、市自然资源局；完成时限：2024年12月底）",
        "二、聚焦增强发展优势，着力做实项目投资做优营商环境",
        "3.全年实施重点项目60个以上。（牵头单位：市发改委；配合单位：各有关部门；完成时限：2024年12月底）",
    ], encoding="gb18030")


def anhui_2022_small_full_stop(tmp: Path) -> Path:
    """安徽省人民政府关于2022年重点工作及责任分解的通知, as republished at
    http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx (tasks 1-5).

    Class: tasks numbered with the small full stop "1﹒"; 牵头负责领导：/牵头责任单位：/协同责任单位：
    lines ending in "。"; saved as GBK."""
    rows = [
        ("全省生产总值增长7%以上，在实际工作中力争更好结果。", "刘惠", "省发展改革委", "省政府各部门、各直属机构"),
        ("固定资产投资力争增长10%以上。", "刘惠", "省发展改革委", "省经济和信息化厅、省财政厅、省自然资源厅等"),
        ("社会消费品零售总额增长9%左右。", "周喜安", "省商务厅", "省发展改革委、省财政厅、省市场监管局等"),
        ("进出口总额增长9%左右、增速高于全国平均水平。", "周喜安", "省商务厅", "省发展改革委、合肥海关、省税务局等"),
        ("一般公共预算收入增长7%左右。", "刘惠", "省财政厅", "省发展改革委、省税务局、人行合肥中心支行等"),
    ]
    lines = ["安徽省人民政府关于2022年重点工作及责任分解的通知", "一、确保完成全年主要预期目标"]
    for no, (text, leader, lead, coop) in enumerate(rows, start=1):
        lines += [f"{no}﹒{text}", f"牵头负责领导：{leader}。", f"牵头责任单位：{lead}。", f"协同责任单位：{coop}。"]
    return _text(tmp / "安徽2022重点工作.txt", lines, encoding="gb18030")


GUANGDONG_2021 = [  # 粤府〔2021〕22号, see guangdong_2021_duty_lines
    ("地区生产总值增长6%以上。", "林克庆", "省发展改革委"),
    ("地方一般公共预算收入增长5%左右。", "林克庆", "省财政厅"),
    ("固定资产投资增长8%左右。", "林克庆", "省发展改革委"),
    ("社会消费品零售总额增长6%以上。", "张新", "省商务厅"),
]


def guangdong_2021_word_paragraphs(tmp: Path, contacts: bool = False) -> Path:
    """粤府〔2021〕22号 (see guangdong_2021_duty_lines) as the Word document is published: numbered
    paragraphs, no table.

    Class: a Word list written as prose; with `contacts`, a small table of contacts (not the
    list) under it."""
    import docx

    document = docx.Document()
    for line in ["粤府〔2021〕22号", "2021年省《政府工作报告》重点任务分工方案", "一、2021年经济社会发展主要预期目标"]:
        document.add_paragraph(line)
    for no, (text, leader, lead) in enumerate(GUANGDONG_2021, start=1):
        document.add_paragraph(f"{no}.{text}")
        document.add_paragraph(f"分管省领导：{leader}")
        document.add_paragraph(f"部门分工：{lead}牵头，各地、各部门配合。")
    if contacts:
        table = document.add_table(rows=2, cols=2)
        for c, text in enumerate(("联系人", "联系电话")):
            table.cell(0, c).text = text
    path = tmp / "广东2021分工方案.docx"
    document.save(path)
    return path


def guangdong_2021_duty_cells(tmp: Path) -> Path:
    """粤府〔2021〕22号 (see guangdong_2021_duty_lines) as a sheet.

    Class: a unit column written as the document words it ("省财政厅牵头，各地、各部门配合"), under
    部门分工; the leaders by name."""
    rows: list[list] = [["2021年省《政府工作报告》重点任务分工方案"], ["序号", "重点任务", "分管省领导", "部门分工"]]
    for no, (text, leader, lead) in enumerate(GUANGDONG_2021, start=1):
        rows.append([no, text, leader, f"{lead}牵头，各地、各部门配合"])
    return write_xlsx(tmp / "广东2021分工表.xlsx", rows, ("A1:D1",))


def erlianhaote_2024_notice_above_csv(tmp: Path) -> Path:
    """二连浩特市 2024年重点工作任务分工方案 (see import_corpus.erlianhaote_2024_gbk_csv), copied from
    the web page with its notice: a document number, paragraphs with ASCII commas, a date, then
    the table as comma-separated values.

    Class: notice text before the list is neither its header nor a table of its own."""
    from import_corpus import write_csv

    rows = [
        ["二政办发〔2024〕12号"],
        ["各苏木镇、街道，市直各部门："],
        ["各牵头单位要发挥组织协调作用", "制定工作推进方案", "明确完成时限", "按季度报送进展情况。"],
        ["现将《〈政府工作报告〉2024年重点工作任务分工方案》印发给你们", "每项工作均列出牵头单位、配合单位及完成时限",
         "请各责任单位认真抓好落实。"],
        ["2024年4月2日"],
        ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推动二连浩特口岸扩能改造，提升口岸通关能力。", "市口岸办", "市发改委,市交通运输局", "2024年12月底"],
        ["2", "加快中蒙跨境经济合作区建设。", "市商务局", "市口岸办,市自然资源局", "2024年12月底"],
        ["3", "全年实施重点项目60个以上。", "市发改委", "各有关部门", "2024年12月底"],
    ]
    return write_csv(tmp / "二连浩特通知.csv", rows)


def hunan_2019_tasks_numbered_yi(tmp: Path) -> Path:
    """湖南省 湘政发〔2019〕1号 (see hunan_2019_brackets_cn_numbered), its three tasks numbered 一、二、三、
    with no headings.

    Class: prose tasks numbered 一、 (the level naming units is the task level)."""
    return _text(tmp / "湖南2019一二三.txt", [
        "湘政发〔2019〕1号",
        "湖南省落实《政府工作报告》重点工作部门分工",
        "一、经济增长7.5%—8%；规模工业增加值增长7%。（分管副省长、协管副秘书长负责，省发展改革委牵头，"
        "省工业和信息化厅、省统计局按职责分工负责）",
        "二、地方一般公共预算收入增长4%左右。（分管副省长、协管副秘书长负责，省财政厅牵头，省税务局按职责分工负责）",
        "三、投资增长10%以上，全年实施500个省重点项目。（分管副省长、协管副秘书长负责，省发展改革委牵头，"
        "省交通运输厅按职责分工负责）",
    ])


QUZHOU_2021 = [  # 衢政办发〔2021〕3号, 政府工作报告“十四五”时期重点工作责任分解, items 1 and 2
    ("聚焦不平衡不充分问题，实施提高居民收入富民行动，加快构建以共同富裕为导向的发展格局。", "汤飞帆",
     "市发改委、市农业农村局、市文旅局"),
    ("实施做大产业扩大税源行动，加快构建现代产业体系。", "汤飞帆", "市发改委、市经信局、市财政局、市住建局、市税务局"),
]


def quzhou_2021_units_written(tmp: Path, style: str) -> Path:
    """衢州市人民政府办公室 关于印发2021年政府工作报告重点工作责任分解的通知 (衢政办发〔2021〕3号),
    http://www.qz.gov.cn/art/2021/3/26/art_1229563913_2265193.html.

    Class: "责任单位" alone, the first listed leading, written as a bracket of names only after the
    task ("bracket", items numbered "1）") or under 【】 labels ("label")."""
    lines = ["衢州市政府工作报告“十四五”时期重点工作责任分解（2021年）"]
    for no, (text, leader, units) in enumerate(QUZHOU_2021, start=1):
        if style == "bracket":
            lines.append(f"{no}）{text}（{units}）")
        else:
            lines += [f"{no}.{text}", f"【牵头市领导】{leader}", f"【责任单位】{units}"]
    return _text(tmp / f"衢州2021{style}.txt", lines)


def luan_2021_merged_columns_xlsx(tmp: Path) -> Path:
    """六安市 2021年重点工作及责任分解 (see luan_2021_labelled_lines), tasks 2, 4 and 5, as a sheet.

    Class: the task text merged across C:D under a header merged the same way; 责任单位 merged over
    E:F in a one-row header, the lead in E and the co-units in F."""
    rows = [
        ["六安市2021年重点工作及责任分解表"],
        ["序号", "类别", "重点工作", None, "责任单位", None],
        [1, "主要预期目标", "规上工业增加值增长9.5%以上。", None, "市经信局", "市发改委、市农业农村局、市税务局"],
        [2, "主要预期目标", "一般公共预算收入增长5.5%以上。", None, "市财政局", "市发改委、市税务局"],
        [3, "主要预期目标", "社会消费品零售总额增长11%以上。", None, "市商务局", "市发改委、市经信局、市财政局"],
    ]
    merges = ("A1:F1", "C2:D2", "E2:F2", "C3:D3", "C4:D4", "C5:D5")
    return write_xlsx(tmp / "六安2021合并列.xlsx", rows, merges)


def shaoxing_2020_page_copied_as_text(tmp: Path) -> Path:
    """绍兴市 市政府2020年重点工作(预下达)一季度进展情况表 (see shaoxing_2020_q1_report), copied from the
    web page into a text file as the browser gives it: one cell a line, blank lines between, the
    page's own lines above and under the table.

    Class: a text list with no separators at all (a table's cells one a line)."""
    cells = ["市政府2020年重点工作(预下达)一季度进展情况表", "发布日期:2020-05-14 09:44 浏览次数: 字体:[ ]",
             "序号", "内容与要求", "进展情况", "责任单位",
             "1", "加强季度、月度数据监测，确保地区生产总值增长7%左右。",
             "金融机构存贷款余额、保费收入等错月指标实现正增长，规上工业增加值全省第2。", "市发改委",
             "2", "持续推进重大项目攻坚，市县长项目落地率50%以上。",
             "1-2月，全市固定资产投资同比下降12.7%，居全省第6位。", "市发改委",
             "3", "深入推进省级军民融合示范区建设，取得军工资质8本以上。",
             "目前已有10家企业提出申办军工资质需求，", "其中4家企业承制资质已在办理。", "市发改委",
             "来源：市政府办公室", "打印本页 关闭窗口"]
    return _text(tmp / "绍兴一季度网页.txt", [line for c in cells for line in (c, "")])


def hangzhou_2021_page_copied_as_text(tmp: Path) -> Path:
    """杭州市 2021年省政府工作报告重点工作涉杭任务责任分解, the page at https://ddjlg.com/zhi/gongzuo/xjqwdn.html
    copied into a text file: one cell a line; the task header with a note in brackets; a heading
    line naming the leader; a marked number (1*); the province's lead unit written under a task's
    units ("省牵头单位:…"), which is not this list's lead."""
    return _text(tmp / "杭州涉杭任务网页.txt", [
        "二、省政府工作报告2021年重点工作涉杭任务责任分解", "",
        "序号", "", "重点工作任务(杭州市2项牵头工作、19项配合工作)", "", "责任单位", "",
        "(一)戴建平常务副市长牵头重点工作", "",
        "1*", "", "大力推进杭州城西科创大走廊建设。", "", "杭州城西科创产业集聚区管委会,市科技局、市发改委", "",
        "2", "", "坚持“房子是用来住的、不是用来炒的”定位。", "", "市住保房管局、市规划和自然资源局", "",
        "省牵头单位:省住房城乡建设厅",
    ])
