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


def shaoxing_2020_q1_report(tmp: Path, period_words: str) -> Path:
    """绍兴市 市政府2020年重点工作(预下达)一季度进展情况表, http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html.

    Class: a newspaper-style progress report in prose, the period in the title as "1—3月份"
    (em dash) or "截至3月底"; 进展情况： under each task."""
    return _text(tmp / "绍兴重点工作进展.txt", [
        f"市政府2020年重点工作{period_words}进展情况",
        "1.加强季度、月度数据监测，确保地区生产总值增长7%左右。（责任单位：市发改委）",
        "进展情况：金融机构存贷款余额、保费收入等错月指标实现正增长，规上工业增加值全省第2。",
        "2.持续推进重大项目攻坚，市县长项目落地率50%以上。（责任单位：市发改委）",
        "进展情况：全市固定资产投资同比下降12.7%，高于全省平均水平1.7个百分点，居全省第6位。",
        "3.深入推进省级军民融合示范区建设，取得军工资质8本以上。（责任单位：市发改委）",
        "进展情况：已有10家企业提出申办军工资质需求，其中4家企业承制资质已在办理。",
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


def shaoxing_2020_schedule_beside_progress(tmp: Path) -> Path:
    """绍兴市 2020 一季度进展情况表 (see shaoxing_2020_q1_report), with the year's schedule the
    office planned for each task (written here) left of what was done.

    Class: 进度安排 beside 1-3月进展情况; status words kept in 备注."""
    rows = [
        ["市政府2020年重点工作一季度进展情况表"],
        ["序号", "重点工作", "责任单位", "进度安排", "1-3月进展情况", "备注"],
        [1, "确保地区生产总值增长7%左右。", "市发改委", "按季度监测分析，全年增长7%左右。",
         "规上工业增加值全省第2，建安投资全省第1。", "序时推进"],
        [2, "市县长项目落地率50%以上。", "市发改委", "6月底前落地率达到30%，年底达到50%。",
         "全市固定资产投资同比下降12.7%，居全省第6位。", "滞后"],
        [3, "取得军工资质8本以上。", "市发改委", "年底前取得军工资质8本。",
         "4家企业承制资质已在办理。", "序时推进"],
    ]
    return write_xlsx(tmp / "绍兴2020一季度进展.xlsx", rows, ("A1:F1",))


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
        [None, "副市长牵头重点工作", None],
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


def national_2023_year_report(tmp: Path) -> Path:
    """The 2023 targets of the national 《政府工作报告》 (国内生产总值增长5%左右, 城镇新增就业1200万人左右,
    城镇调查失业率5.5%左右) and what the 2024 report says of them (增长5.2%, 1244万人, 平均5.2%),
    e.g. https://askai.glarity.app/zh-CN/search/政府工作报告全文 and https://scholarmate.com/S/qBW3H0.

    Class: a 完成情况 report whose title names only the year ("2023年度……完成情况") is the whole year."""
    rows = [
        ["2023年度《政府工作报告》主要预期目标完成情况"],
        ["序号", "目标任务", "牵头单位", "完成情况"],
        [1, "国内生产总值增长5%左右。", "国家发展改革委", "国内生产总值超过126万亿元，增长5.2%。"],
        [2, "城镇新增就业1200万人左右。", "人力资源社会保障部", "城镇新增就业1244万人。"],
        [3, "城镇调查失业率5.5%左右。", "人力资源社会保障部", "城镇调查失业率平均为5.2%。"],
    ]
    return write_xlsx(tmp / "2023年度目标完成情况.xlsx", rows, ("A1:D1",))
