"""Real-looking lists and progress reports of other cities and counties, built by code.

Each builder writes one file showing one class of variation from issue 10 (column words, unit
cells, shapes, periods, formats). The rows carry the facts of the published document named in the
builder's docstring; the wording is shortened or paraphrased, and people's names are invented.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

# --- writers ---------------------------------------------------------------------------------


def write_xlsx(path: Path, rows: list[list], merges: tuple[str, ...] = (), sheet: str = "Sheet1",
               styled_tail: int = 0) -> Path:
    """An xlsx as an office saves it: wrapped cells, a bold header, merged titles; `styled_tail`
    formatted empty rows under the table (WPS keeps the used range of a template)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    wrap = Alignment(wrap_text=True, vertical="center")
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                cell.alignment = wrap
    for i in range(styled_tail):
        ws.cell(len(rows) + 1 + i, 1).font = Font(name="宋体")
    wb.save(path)
    return path


def write_docx(path: Path, above: list[str], rows: list[list], merges: tuple[tuple[int, int, int, int], ...] = (),
               below: list[str] = ()) -> Path:
    """A Word document: paragraphs, then one table (merges as (r0, c0, r1, c1)), then paragraphs."""
    import docx

    document = docx.Document()
    for line in above:
        document.add_paragraph(line)
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c in range(width):
            value = row[c] if c < len(row) else None
            if value not in (None, ""):
                table.cell(r, c).text = str(value)
    for r0, c0, r1, c1 in merges:
        keep = table.cell(r0, c0).text
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        merged.text = keep
    for line in below:
        document.add_paragraph(line)
    document.save(path)
    return path


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([["" if v is None else v for v in r] for r in rows])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_ods(path: Path, rows: list[list], merges: tuple[tuple[int, int, int, int], ...] = ()) -> Path:
    """An OpenDocument spreadsheet (odfpy); merges as (r0, c0, r1, c1)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in merges}
    covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}
    width = max(len(r) for r in rows)
    for r, row in enumerate(rows):
        tr = TableRow()
        for c in range(width):
            if (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            value = row[c] if c < len(row) else None
            attrs = {}
            if (r, c) in spans:
                attrs = {"numberrowsspanned": spans[r, c][0], "numbercolumnsspanned": spans[r, c][1]}
            if isinstance(value, int):
                cell = TableCell(valuetype="float", value=value, **attrs)
            else:
                cell = TableCell(valuetype="string", **attrs) if value else TableCell(**attrs)
            if value not in (None, ""):
                for line in str(value).split("\n"):
                    cell.addElement(P(text=line))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def convert(path: Path, fmt: str, out_dir: Path) -> Path:
    """A copy saved by LibreOffice (headless) as `fmt` (xls, xlsx, ods)."""
    import subprocess

    out_dir.mkdir(parents=True, exist_ok=True)
    infilter = ["--infilter=CSV:44,34,76,1"] if path.suffix == ".csv" else []  # comma, quote, UTF-8
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out_dir}/lo_profile", *infilter,
                    "--convert-to", fmt, "--outdir", str(out_dir), str(path)],
                   check=True, capture_output=True, timeout=180)
    return out_dir / f"{path.stem}.{fmt}"


# --- the files -------------------------------------------------------------------------------


def wenzhou_2018_6(tmp: Path) -> Path:
    """温州市人民政府办公室, “2018年6月民生实事进展情况” (2018-06-27),
    http://www.wenzhou.gov.cn/art/2018/6/27/art_1229610_18940731.html

    Class: two title rows, the period only in the title ("2018年6月", "截至6月20日"); 实事内容;
    牵头单位 with a host office in brackets (市委农办（市农业局）); no status column; a note under
    the table.
    """
    rows = [
        ["2018年6月民生实事进展情况"],
        ["2018年省、市民生实事按时序推进的项目（截至6月20日）"],
        ["序号", "实事内容", "牵头单位", "进展情况"],
        [1, "市区公交车实现移动支付全覆盖。", "市交运集团", "已完成。"],
        [2, "推进下山异地搬迁工程，完成生态搬迁1.5万人。", "市委农办（市农业局）",
         "已完成搬迁20612人，完成率137%。"],
        [3, "全市新增（优化）城乡公交线路35条。", "市交通运输局", "已新增（优化）线路37条，完成率106%。"],
        [4, "全市城镇生活垃圾资源化利用率达到92%以上，无害化处理率达到100%。", "市综合行政执法局",
         "资源化利用率已达92%以上，无害化处理率达100%。"],
        [5, "新增屋顶光伏装机5万千瓦，家庭屋顶光伏1.2万户。", "市发改委",
         "已新增屋顶光伏装机5.009万千瓦，家庭屋顶光伏6232户。"],
        [6, "为7万名学龄儿童实施免费窝沟封闭。", "市卫计委", "已完成67290名，完成率96.13%。"],
        [7, "农村饮水安全提升工程新增受益人口17.85万人。", "市水利局",
         "完成工程投资7856万元，新增受益人口11.05万人，完成率61.9%。"],
        [],
        ["注：进展情况由各牵头单位报送，截至6月20日。"],
    ]
    return write_xlsx(tmp / "温州民生实事进展.xlsx", rows, ("A1:D1", "A2:D2", "A13:D13"))


WENZHOU_LEADS = ["市交运集团", "市委农办（市农业局）", "市交通运输局", "市综合行政执法局", "市发改委",
                 "市卫计委", "市水利局"]


def keqiao_2023_q1_rows_text(tmp: Path) -> Path:
    """绍兴市柯桥区政府办, “2023年度省政府民生实事涉我区工作任务一季度进展情况” (2023-11-16),
    https://www.kq.gov.cn/art/2023/11/16/art_1229760972_59195505.html

    Class: text with a row a line and "|" between cells; units without the 区 prefix (教体局);
    "一季度目标" beside the task; a progress header that lists three things
    (进展情况、存在问题及下一步打算); 目标完成情况 holding status words.
    """
    text = "\n".join([
        "发布时间:2023-11-16 16:38",
        "信息来源:区政府办(外事办)",
        "2023年度省政府民生实事涉我区工作任务一季度进展情况",
        "序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况、存在问题及下一步打算 | 目标完成情况 |",
        "1 | 新改扩建公办中小学校1所，新增学位810个 | 教体局 | 室内安装、装修及场外施工 | "
        "进展情况：轻纺城第二小学新建工程室内装修及安装完成80%，场外工程完成70%。下步打算：增加施工人员，加快场外工程进度。 | 顺利推进 |",
        "2 | 完成“县中崛起”一对一结对帮扶学校2所 | 教体局 | 互派人员到位，集体备课，集中教研 | "
        "进展情况：3月10日柯桥中学管理团队赴江山中学交流，9个学科组开展教研。下步打算：按既定方案继续研讨交流。 | 顺利推进 |",
        "3 | 符合条件的义务教育段随迁子女在家长常住地100%保障入学 | 教体局 | 公布随迁子女入（转）学政策 | "
        "进展情况：3月26日已公布随迁子女入（转）学政策。 | 已完成 |",
        "4 | 新增城镇就业1.2万人 | 人社局 | 完成年度目标25% | "
        "进展情况：一季度新增城镇就业3360人，完成年度目标28%。存在问题：企业用工需求偏弱。 | 顺利推进 |",
    ])
    path = tmp / "柯桥民生实事一季度.txt"
    path.write_text(text, encoding="utf-8")
    return path


def xianning_2021_h1_status(tmp: Path) -> Path:
    """Facts: 咸宁市人民政府政务督查室, 《政府工作报告》确定的2021年重点工作上半年完成情况通报,
    http://xianning.gov.cn/xxgk/xxgkml/qtzdgknr/zwdc/202201/t20220110_2498525.shtml
    Layout: “2022上半年重点工作进展情况统计表” (https://www.gongwk.com/doc/489008.jhtml):
    序号 | 承担的重点工作 | 完成状态 | 工作进展情况 | 牵头责任单位 (the unit last).

    Class: the year written without 年 ("2021上半年"), the period 上半年 in the title; a section
    row merged across; 完成状态 as status; an empty row inside the table.
    """
    rows = [
        ["2021上半年重点工作进展情况统计表"],
        ["序号", "承担的重点工作", "完成状态", "工作进展情况", "牵头责任单位"],
        ["一、努力完成全年主要预期目标"],
        [1, "全市生产总值增长10%以上。", "序时推进",
         "上半年全市完成地区生产总值802.81亿元，按可比价格计算增长28.6%，增幅全省第7位。", "市发展改革委"],
        [2, "社会固定资产投资增长12%。", "序时推进", "上半年社会固定资产投资增长86.1%，增幅全省第9位。",
         "市发展改革委"],
        [],
        [3, "规模以上工业增加值增长11%。", "序时推进", "上半年规模以上工业增加值可比增长39.1%，增幅全省第10位。",
         "市经济和信息化局"],
        [4, "地方一般公共预算收入增长8%。", "已完成", "上半年完成55.29亿元，比上年同期增长39.3%。", "市财政局"],
        ["二、推动产业转型升级"],
        [5, "培育互联网融合发展平台2家。", "未达预期", "支持企业实施数字化、智能化改造，1家平台进入培育库。",
         "市经济和信息化局"],
    ]
    return write_xlsx(tmp / "咸宁重点工作进展.xlsx", rows, ("A1:E1", "A3:E3", "A9:E9"))


def lishan_2023_prose(tmp: Path) -> Path:
    """鞍山市立山区人民政府, 《立山区政府2023年重点工作任务分解和责任分工方案》(鞍立政发〔2023〕2号),
    http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html

    Class: a list written as prose: "1.……。" then 牵头单位：/责任单位： on their own lines;
    section headings 一、……; names with the 区 prefix.
    """
    text = "\n".join([
        "鞍立政发〔2023〕2号",
        "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知",
        "立山区政府2023年重点工作任务分解和责任分工方案",
        "一、经济社会发展的主要预期目标",
        "1.努力实现地区生产总值增长6.2%左右。",
        "牵头单位：区发改局",
        "责任单位：立山经济开发区，全区经济运行各专班",
        "2.规模以上工业增加值增长5%左右。",
        "牵头单位：区工信局",
        "责任单位：立山经济开发区",
        "3.固定资产投资增长15%左右。",
        "牵头单位：区发改局",
        "责任单位：立山经济开发区，各街道、区直各部门",
        "二、扩大有效需求",
        "4.社会消费品零售总额增长9%左右。",
        "牵头单位：区商务局",
        "责任单位：各街道，区市场局",
        "5.一般公共预算收入增长8%左右。",
        "牵头单位：区财政局",
        "责任单位：立山经济开发区，各街道，税务局",
    ])
    path = tmp / "立山区分工方案.txt"
    path.write_text(text, encoding="utf-8")
    return path


def xianyang_2022_bracket_prose(tmp: Path) -> Path:
    """咸阳市《2022年深化“放管服”改革优化营商环境工作要点》,
    https://newton.com.tw/wiki/鹹陽市2022年深化“放管服”改革最佳化營商環境工作要點/61994341

    Class: prose items that end with the units in brackets: "（A、B牵头，C按职责分工负责）" —
    the units before 牵头 lead, the rest cooperate.
    """
    text = "\n".join([
        "咸阳市2022年深化“放管服”改革优化营商环境工作要点",
        "一、坚持系统集成，推动审批全链条优化",
        "1.全面实施行政许可事项清单管理。2022年10月底前编制并公布市、县两级行政许可事项清单，"
        "清单之外一律不得违法实施行政许可。（市政府办公室、市审改办牵头，市级各有关部门及各县市区政府按职责分工负责）",
        "2.持续深化相对集中行政许可权改革。全面梳理规范相对集中行政许可权改革事项划转目录。"
        "（市政府办公室、市行政审批服务局牵头，各县市区政府按职责分工负责）",
        "二、坚持协同高效，推动监管全过程公正",
        "3.推进“双随机、一公开”监管全覆盖。（市市场监管局牵头，市级各有关部门配合）",
    ])
    path = tmp / "咸阳放管服要点.txt"
    path.write_text(text, encoding="utf-8")
    return path


def jingxian_2023_two_row_header(tmp: Path) -> Path:
    """泾县人民政府关于分解落实政府工作报告目标任务的通知 (泾政〔2023〕1号),
    http://ahjx.gov.cn/OpennessContent/show/2668526.html (牵头县领导, 牵头责任单位, 协同责任单位).

    Class: three title rows with the year only in the document number; a header over two rows
    (责任单位 merged over 牵头责任单位 | 协同责任单位, the others merged down); leaders' names
    padded with a space (王  军) and two leaders in a cell; a 序号 merged over two rows of one
    task; 完成时限; sub-sections （一）…; a note under the table.
    """
    rows = [
        ["附件"],
        ["泾政〔2023〕1号"],
        ["《政府工作报告》目标任务分解表"],
        ["序号", "目标任务", "牵头县领导", "责任单位", None, "完成时限"],
        [None, None, None, "牵头责任单位", "协同责任单位", None],
        ["一、主要预期目标"],
        [1, "地区生产总值增长7%左右。", "王  军", "县发改委", "县统计局、各乡镇", "2023年12月底"],
        [2, "规模以上工业增加值增长9%。", "王  军", "县经信局", "县经开区管委会", "2023年12月底"],
        ["二、重点工作任务"],
        ["（一）扩大有效投资"],
        [3, "实施亿元以上重点项目120个，", "李  明、陈  静", "县发改委", "县财政局", "2023年12月底"],
        [None, "完成投资150亿元以上。", None, None, "县自然资源局", None],
        [4, "新开工亿元以上工业项目30个。", "李  明", "县经信局", "县招商中心", "长期坚持"],
        ["注：各牵头单位每月25日前报送进展情况。"],
    ]
    merges = ("A1:F1", "A2:F2", "A3:F3", "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "A6:F6",
              "A9:F9", "A10:F10", "A11:A12", "C11:C12", "D11:D12", "F11:F12", "A14:F14")
    return write_xlsx(tmp / "泾县目标任务分解表.xlsx", rows, merges)


def liaocheng_2020_docx(tmp: Path) -> Path:
    """聊城市人民政府, 2020年市政府工作报告重点工作任务部门分工方案 (聊政发〔2020〕8号),
    http://www.liaocheng.gov.cn/site_lcszfxxgk/channel_l_lcszfxxgkchannel201911221748279719716330/doc_6449788186c922f698a35860.html
    (each task names 牵头领导, 牵头单位 and 配合单位).

    Class: a Word table with the title above it; section rows merged across; 重点工作;
    牵头领导 with two names separated by a space; 配合单位 cells separated by ；and line breaks;
    a lead marked "（牵头）" inside the 牵头单位 cell of a joint task.
    """
    above = ["聊政发〔2020〕8号", "2020年市政府工作报告重点工作任务部门分工方案"]
    rows = [
        ["序号", "重点工作", "牵头领导", "牵头单位", "配合单位"],
        ["一、全力以赴稳增长"],
        ["1", "全市生产总值增长6.5%左右。", "赵国栋", "市发展改革委", "市统计局；市财政局"],
        ["2", "一般公共预算收入增长3%。", "赵国栋 孙丽华", "市财政局", "市税务局\n市发展改革委"],
        ["二、加快新旧动能转换"],
        ["3", "新增高新技术企业100家。", "孙丽华", "市科技局（牵头）、市工业和信息化局", "市财政局"],
        ["4", "实施技术改造项目300个以上。", "孙丽华", "市工业和信息化局", "市发展改革委、市财政局"],
    ]
    merges = ((1, 0, 1, 4), (4, 0, 4, 4))
    return write_docx(tmp / "聊城分工方案.docx", above, rows, merges,
                      below=["说明：各牵头单位每季度末报送进展情况。"])


def erlianhaote_2024_gbk_csv(tmp: Path) -> Path:
    """二连浩特市人民政府办公室, 《〈政府工作报告〉2024年重点工作任务分工方案》 (2024-04-02),
    http://www.elht.gov.cn/mobile/c/2024-04-02/97683.shtml (79 tasks in five 方面; each lists
    牵头单位, 配合单位 and 完成时限).

    Class: a csv saved by Excel in GBK; a title row; section rows; 完成时限; 备注; units
    separated by commas inside the cell; notes under the table.
    """
    rows = [
        ["《政府工作报告》2024年重点工作任务分工方案"],
        ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限", "备注"],
        ["一、聚焦深化对外开放，着力打造国家向北开放重要桥头堡"],
        ["1", "推动二连浩特口岸扩能改造，提升口岸通关能力。", "市口岸办", "市发改委,市交通运输局", "2024年12月底", ""],
        ["2", "加快中蒙跨境经济合作区建设。", "市商务局", "市口岸办,市自然资源局", "2024年12月底", "持续推进"],
        ["二、聚焦增强发展优势，着力做实项目投资做优营商环境"],
        ["3", "全年实施重点项目60个以上。", "市发改委", "各有关部门", "2024年12月底", ""],
        ["4", "深化“放管服”改革，政务服务事项全程网办率达到90%。", "市政务服务局", "市直各部门", "2024年10月底", ""],
        [],
        ["注：1.完成时限为最迟时限。"],
        ["2.配合单位按职责分工负责。"],
    ]
    return write_csv(tmp / "二连浩特分工方案.csv", rows, encoding="gbk")


def shouxian_2022_h1_ods(tmp: Path) -> Path:
    """寿县人民政府督查室, 关于印发2022年《政府工作报告》主要任务上半年落实情况的通报 (2022-08-19),
    https://www.shouxian.gov.cn/public/118322644/1259257664.html

    Class: .ods; a single 责任单位 column listing several units, where the first listed leads;
    上半年落实情况 (the period in the header); no status column.
    """
    rows = [
        ["2022年《政府工作报告》主要任务上半年落实情况"],
        ["序号", "目标任务", "责任单位", "上半年落实情况"],
        [1, "地区生产总值增长8%。", "县发改委、县统计局", "1-6月，地区生产总值增长4.1%，滞后序时。"],
        [2, "粮食总产稳定在130万吨以上。", "县农业农村局", "夏粮收获面积151万亩，总产62.3万吨。"],
        [3, "新改建农村公路100公里。", "县交通运输局 县财政局", "已开工68公里，完成路基45公里。"],
    ]
    return write_ods(tmp / "寿县上半年落实情况.ods", rows, ((0, 0, 0, 3),))


def jinzhai_2025_completion_status(tmp: Path) -> Path:
    """金寨县委督查办, 2025年《政府工作报告》主要目标任务上半年工作落实情况的督查报告,
    https://www.ahjinzhai.gov.cn/public/6596281/38062166.html (欠进度 17, 超进度 10, 已完成 24,
    达进度 162; 主办单位; 分管领导).

    Class: "完成情况" holding status words (达进度/欠进度/超进度/已完成) and 工作进展 holding the
    text; 主办单位; 分管领导; the period in the title only (上半年).
    """
    rows = [
        ["2025年《政府工作报告》主要目标任务上半年落实情况"],
        ["序号", "具体工作内容", "主办单位", "分管领导", "工作进展", "完成情况"],
        [1, "地区生产总值增长6%以上。", "县发改委", "周  波", "上半年地区生产总值增长5.8%。", "欠进度"],
        [2, "新增规上工业企业20家。", "县经信局", "吴晓东", "新增规上工业企业12家。", "超进度"],
        [3, "完成农村危房改造200户。", "县住建局", "周  波", "已全部竣工并验收。", "已完成"],
        [4, "新建城市公园2个。", "县住建局", "郑  华", "1个已完成主体，1个正在施工。", "达进度"],
    ]
    return write_xlsx(tmp / "金寨上半年督查.xlsx", rows, ("A1:F1",))


def guanyun_2019_q3_docx(tmp: Path) -> Path:
    """灌云县人民政府, 2019年县政府工作报告三季度完成情况通报 (2019-10-16; the tasks of
    灌政发〔2019〕28号), http://www.guanyun.gov.cn/gyxzf/gsgg/content/1bbcd6da-4ff8-4724-b7ae-54239c220f9a.html

    Class: .docx; "完成情况" holding sentences (progress, not status); the period in the header
    with a line break and brackets ("完成情况\\n（1-9月）"); 督查内容; 责任单位 as the single unit
    column; numbered sub-heading rows (（一）…) that are not tasks.
    """
    above = ["2019年县政府工作报告目标任务完成情况"]
    rows = [
        ["序号", "督查内容", "责任单位", "完成情况\n（1-9月）"],
        ["（一）重点项目"],
        ["1", "骏达环保项目年内建成投产。", "临港产业区", "项目已提前完成，9月投产。"],
        ["2", "临海新材料项目竣工投产。", "临港产业区、县发改委", "已建成并投入生产，正在办理竣工验收。"],
        ["（二）社会事业"],
        ["3", "山前安置小区一期建成交付。", "县住建局", "主体完工，配套工程未达序时，计划12月交付。"],
        ["4", "妇幼保健院建设项目主体封顶。", "县卫健委", "完成基础施工，主体施工滞后约两个月。"],
    ]
    return write_docx(tmp / "灌云2019三季度.docx", above, rows, ((1, 0, 1, 3), (4, 0, 4, 3)))


def huichang_2023_bom_csv(tmp: Path) -> Path:
    """会昌县人民政府, 关于2023年10月份民生实事项目进展情况的通报 (65 件民生实事; 截至10月31日
    已完成26件), http://www.huichang.gov.cn/hcxxxgk/hc1373/202403/ac532136c88e40c999782114a0b6a02f.shtml

    Class: a csv with a BOM; the year only in the file name; the period in the title
    ("截至10月31日"); 项目内容; 当前进度; 推进状态; 责任领导 (a name with a space inside).
    """
    rows = [
        ["民生实事项目进展情况（截至10月31日）"],
        ["序号", "项目内容", "牵头单位", "责任领导", "当前进度", "推进状态"],
        ["1", "新建城区公办幼儿园2所。", "县教育体育局", "刘  芳", "1所已完工，1所完成主体工程。", "序时推进"],
        ["2", "改造城镇老旧小区12个。", "县住建局", "陈晓明", "12个小区全部开工，已完工7个。", "序时推进"],
        ["3", "为65岁以上老年人免费体检。", "县卫健委", "刘  芳", "已完成年度任务。", "已完成"],
        ["4", "新建农村公路40公里。", "县交通运输局", "陈晓明", "完成路基28公里，受雨季影响进度偏慢。", "滞后"],
    ]
    return write_csv(tmp / "会昌县2023年民生实事.csv", rows, encoding="utf-8-sig")


def annual_2022_both_unit_columns(tmp: Path) -> Path:
    """Facts: 泾县 2023 任务分解 (牵头责任单位 and 协同责任单位, http://ahjx.gov.cn/OpennessContent/show/2668526.html)
    and 巴中市2017年“十件民生实事”进度公示 (提前完成/正常推进/推进缓慢,
    https://sthjj.cnbz.gov.cn/ztzl/msgc/14460961.html).

    Class: both 牵头责任单位 and 责任单位 in one table (then 责任单位 are co-units); the period
    "2022年度" in the title; 落实情况(全年) as progress; 推进状态; 备注 and 任务来源 kept.
    """
    rows = [
        ["2022年度重点工作完成情况"],
        ["序号", "重点工作目标任务", "牵头责任单位", "责任单位", "落实情况(全年)", "推进状态", "备注", "任务来源"],
        [1, "城区新增停车泊位2000个。", "市住建局", "市公安局、市自然资源局", "全年新增停车泊位2150个。",
         "提前完成", "", "政府工作报告"],
        [2, "新建乡镇污水处理站10座。", "市生态环境局", "各县（区）政府", "建成7座，3座在建。", "推进缓慢",
         "跨年实施", "政府工作报告"],
        [3, "新建城区公办幼儿园3所。", "市教育局", "市财政局", "3所全部建成招生。", "已完成", "",
         "民生实事"],
    ]
    return write_xlsx(tmp / "重点工作全年.xlsx", rows, ("A1:H1",))


def no_year_csv(tmp: Path) -> Path:
    """Facts: 温州 2018年6月民生实事进展情况 (see wenzhou_2018_6).

    Class: no year and no period anywhere (no title; a plain file name): --period settles both.
    """
    rows = [
        ["序号", "实事内容", "牵头单位", "进展情况"],
        ["1", "为7万名学龄儿童实施免费窝沟封闭。", "市卫计委", "已完成67290名。"],
        ["2", "农村饮水安全提升工程新增受益人口17.85万人。", "市水利局", "新增受益人口11.05万人。"],
    ]
    return write_csv(tmp / "民生实事进展.csv", rows)


def chizhou_units_variants(tmp: Path) -> Path:
    """Facts: 池州市 2025年市政府重点工作责任清单 (池政秘〔2025〕9号, the seed's tasks and units).

    Class: every way a unit cell is written: 、，,；; / spaces and line breaks; names run
    together; a lead marked with ★ or "（牵头）"; a prefix written once for several units; a host
    office in brackets; names without 市; a single 责任单位 column where the first listed leads.
    """
    cells = [
        "市发改委、市财政局",
        "市发改委，市财政局",
        "市发改委,市财政局",
        "市发改委；市财政局",
        "市发改委;市财政局",
        "市发改委/市财政局",
        "市发改委 市财政局",
        "市发改委\n市财政局",
        "市发改委市财政局",
        "市财政局、★市发改委",
        "市财政局、市发改委（牵头）",
        "市发改委、经信局、商务局",
        "市政府办公室（市政务服务管理局）、市财政局",
        "发改委、财政局",
    ]
    rows = [["池政秘〔2025〕9号"], ["市政府重点工作责任清单"],
            ["序号", "重点工作任务", "责任单位", "完成时限"]]
    for i, cell in enumerate(cells, start=1):
        rows.append([i, f"第{i}项重点工作：推进重点项目建设。", cell, "2025年12月底"])
    return write_xlsx(tmp / "责任清单单位写法.xlsx", rows, ("A1:D1", "A2:D2"))


UNIT_VARIANTS_EXPECTED = [  # (lead units, co-units) after the store splits with Chizhou's registry
    *[(["市发展改革委"], ["市财政局"])] * 9,
    (["市发展改革委"], ["市财政局"]),
    (["市发展改革委"], ["市财政局"]),
    (["市发展改革委"], ["市工业和信息化局", "市商务局"]),
    (["市政府办公室（市政务服务管理局）"], ["市财政局"]),
    (["市发展改革委"], ["市财政局"]),
]


def sub_rows_parent_with_unit(tmp: Path) -> Path:
    """Facts: 咸宁 2021 上半年 (see xianning_2021_h1_status).

    Class (misread): a numbered task that has a unit, followed by rows numbered "（1）" "（2）"
    in the 序号 column: sub-items or tasks? Swallowing them into task 1 or reading them as
    tasks 1 and 2 would both be guesses; the file is refused.
    """
    rows = [
        ["2021年重点工作责任清单"],
        ["序号", "重点工作任务", "牵头单位", "完成时限"],
        [1, "加快数字经济发展。", "市经信局", "2021年12月底"],
        ["（1）", "新建5G基站1000个。", "市经信局", "2021年12月底"],
        ["（2）", "培育互联网融合发展平台2家。", "市经信局", "2021年12月底"],
        [2, "社会消费品零售总额增长10%。", "市商务局", "2021年12月底"],
    ]
    return write_xlsx(tmp / "子项清单.xlsx", rows)


def sub_rows_in_text_column(tmp: Path) -> Path:
    """Class (misread): rows whose 序号 is empty but whose task text starts with "（1）" — sub-items
    written under task 1 without a number of their own. Folding them into task 1 silently would
    be a misread; the file is refused naming the rows."""
    rows = [
        ["2021年重点工作责任清单"],
        ["序号", "重点工作任务", "牵头单位", "完成时限"],
        [1, "加快数字经济发展。", "市经信局", "2021年12月底"],
        [None, "（1）新建5G基站1000个。", "市经信局", "2021年12月底"],
        [None, "（2）培育互联网融合发展平台2家。", "市经信局", "2021年12月底"],
        [2, "社会消费品零售总额增长10%。", "市商务局", "2021年12月底"],
    ]
    return write_xlsx(tmp / "子项无序号.xlsx", rows)


def sub_heading_rows(tmp: Path) -> Path:
    """Facts: 咸宁 2021 上半年 (see xianning_2021_h1_status).

    Class: numbered sub-heading rows that are not tasks: "1 | 稳定工业经济" with no unit and no
    progress, its tasks numbered （1）（2） under it; read as tasks 1.1, 1.2 under a heading.
    """
    rows = [
        ["2021年重点工作责任清单1-6月份进展情况"],
        ["序号", "重点工作任务", "牵头单位", "1-6月份进展情况"],
        [1, "稳定工业经济", None, None],
        ["（1）", "规模以上工业增加值增长11%。", "市经信局", "上半年可比增长39.1%。"],
        ["（2）", "新建5G基站1000个。", "市经信局", "已建成620个。"],
        [2, "扩大消费", None, None],
        ["（1）", "社会消费品零售总额增长10%。", "市商务局", "上半年完成329.24亿元，增长38.0%。"],
    ]
    return write_xlsx(tmp / "分级序号.xlsx", rows)


def unknown_header(tmp: Path) -> Path:
    """Class (truly ambiguous): a header whose words name nothing and short cells: refused with
    the header row found, the columns not understood and how to settle it."""
    rows = [
        ["2025年重点工作"],
        ["编码", "甲项", "乙项", "丙项"],
        ["A01", "推进项目", "张", "好"],
        ["A02", "扩大投资", "李", "中"],
    ]
    return write_xlsx(tmp / "看不懂的表.xlsx", rows)


# --- the seed ---------------------------------------------------------------------------------


def seed_as_wps_xlsx(tmp: Path, seed: Path) -> Path:
    """The seed report's table as the office keeps it in a spreadsheet (池州市人民政府办公室,
    关于1-5月份市政府重点工作责任清单进展情况的报告, 2025-07-07): the attachment's title without a
    year, the year in the file name; unit names wrapped with line breaks where the report
    wrapped them with spaces; a merged title; formatted empty rows under the table."""
    from chizhou_desk.imports import read_file

    table = read_file(seed)
    rows = [["1-5月份市政府重点工作责任清单进展情况汇总表"],
            ["序号", "重点工作任务", "牵头责任单位", "工作评价", "1-5月份进展情况", "近期工作安排"]]
    for t in table.tasks:
        e = table.entries.get(t.no)
        rows.append([int(t.no), t.text, "\n".join(t.lead_units).replace(" ", "\n"),
                     e.status if e else None, e.progress if e else None, e.next_steps if e else None])
    return write_xlsx(tmp / "2025年1-5月份重点工作进展情况.xlsx", rows, ("A1:F1",), sheet="汇总表",
                      styled_tail=30)


def seed_as_csv(tmp: Path, seed: Path) -> Path:
    """The same table as a csv, for LibreOffice to save as .xlsx/.xls/.ods."""
    from chizhou_desk.imports import read_file

    table = read_file(seed)
    rows = [["1-5月份市政府重点工作责任清单进展情况汇总表"],
            ["序号", "重点工作任务", "牵头责任单位", "工作评价", "1-5月份进展情况", "近期工作安排"]]
    for t in table.tasks:
        e = table.entries.get(t.no)
        rows.append([t.no, t.text, " ".join(t.lead_units), e.status if e else "", e.progress if e else "",
                     e.next_steps if e else ""])
    return write_csv(tmp / "2025年1-5月份重点工作进展情况.csv", rows)


def dawa_2021_split_word_tables(tmp: Path) -> Path:
    """盘锦市大洼区人民政府办公室, 《政府工作报告》任务分解表 (2021-01-25; 牵头单位, 责任（配合）单位,
    完成时限), http://www.dawa.gov.cn/2021_02/01_16/content-307974.html; facts from 盘锦市
    2021年市《政府工作报告》任务分解 (盘政办发〔2021〕1号, 146 tasks),
    http://xyexam.com/html/2509/2021-05-25/content-93597.html

    Class: a Word list cut into one table a section, a heading paragraph between the tables, the
    second table repeating the header and the third not; 责任（配合）单位.
    """
    import docx

    document = docx.Document()
    document.add_paragraph("大洼区2021年《政府工作报告》任务分解表")
    header = ["序号", "工作任务", "牵头单位", "责任（配合）单位", "完成时限"]
    parts = [
        ("一、主要预期目标", True, [["1", "地区生产总值增长6%左右。", "区发展改革局", "区统计局", "2021年12月"],
                              ["2", "一般公共预算收入增长5%。", "区财政局", "区税务局", "2021年12月"]]),
        ("二、项目建设", True, [["3", "实施亿元以上项目30个。", "区发展改革局", "各镇（街道）", "2021年12月"]]),
        ("三、民生保障", False, [["4", "新增城镇就业1500人。", "区人社局", "各镇（街道）", "2021年12月"],
                             ["5", "改造老旧小区5个。", "区住建局", "区财政局", "2021年10月"]]),
    ]
    for heading, with_header, rows in parts:
        document.add_paragraph(heading)
        body = ([header] if with_header else []) + rows
        table = document.add_table(rows=len(body), cols=len(header))
        for r, row in enumerate(body):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    path = tmp / "大洼区任务分解表.docx"
    document.save(path)
    return path


def split_over_sheets(tmp: Path) -> Path:
    """Facts: 立山区 2023 (see lishan_2023_prose). Class (truly ambiguous): the list split over
    two sheets with the same header; importing one sheet alone would silently drop the other."""
    wb = openpyxl.Workbook()
    for name, rows in (("经济发展", [[1, "地区生产总值增长6.2%左右。", "区发改局"]]),
                       ("民生保障", [[1, "新增城镇就业2000人。", "区人社局"]])):
        ws = wb.active if name == "经济发展" else wb.create_sheet(name)
        ws.title = name
        ws.append(["2023年重点工作任务分解"])
        ws.append(["序号", "重点工作", "牵头单位"])
        for row in rows:
            ws.append(row)
    path = tmp / "分表清单.xlsx"
    wb.save(path)
    return path


def group_column_xlsx(tmp: Path) -> Path:
    """Facts: 泾县 2023 目标任务 (泾政〔2023〕1号, http://ahjx.gov.cn/OpennessContent/show/2668526.html).

    Class: two columns named like task text: 重点工作 merged down over the rows of its 具体任务;
    a group row merged across without a numeral; a totals row and a signature under the table.
    """
    rows = [
        ["2023年县政府重点工作任务清单"],
        ["序号", "重点工作", "具体任务", "责任单位", "完成时限"],
        ["产业发展类"],
        [1, "扩大有效投资", "实施亿元以上重点项目120个。", "县发改委", "2023年12月底"],
        [2, None, "新开工亿元以上工业项目30个。", "县经信局", "2023年12月底"],
        [3, "优化营商环境", "政务服务事项全程网办率达到90%。", "县数据资源局", "2023年10月底"],
        ["民生保障类"],
        [4, "办好民生实事", "新建城区公办幼儿园2所。", "县教体局", "2023年9月底"],
        ["合计", "", "4项", "", ""],
        ["填报人：", "", "联系电话：", "", ""],
    ]
    merges = ("A1:E1", "A3:E3", "B4:B5", "A7:E7")
    return write_xlsx(tmp / "县重点工作任务清单.xlsx", rows, merges)


def report_text_other_city(tmp: Path) -> Path:
    """Facts: 温州 2018年6月民生实事进展情况 (see wenzhou_2018_6), pasted from the web page as a
    cell a line ending " |", with a header that starts with 编号 rather than 序号."""
    lines = ["2018年6月民生实事进展情况", "编号 |", "实事内容 |", "牵头单位 |", "进展情况 |",
             "1 |", "市区公交车实现移动支付全覆盖。 |", "市交运集团 |", "已完成。 |",
             "2 |", "为7万名学龄儿童实施免费窝沟封闭。 |", "市卫计委 |", "已完成67290名， |",
             "3 |", "全市新增（优化）城乡公交线路35条。 |", "市交通运输局 |", "已新增线路37条。 |"]
    path = tmp / "温州民生实事.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def liaocheng_2020_inline_prose(tmp: Path) -> Path:
    """聊城市 2020年市政府工作报告重点工作任务部门分工方案 (聊政发〔2020〕8号), see liaocheng_2020_docx.

    Class: prose with the units inline after each item ("1．……。牵头单位：……；责任单位：……。"),
    items numbered with the full-width point, a lead marked （牵头） inside 责任单位 of another form.
    """
    text = "\n".join([
        "聊政发〔2020〕8号",
        "2020年市政府工作报告重点工作任务部门分工方案",
        "一、全力以赴稳增长",
        "1．全市生产总值增长6.5%左右。牵头单位：市发展改革委；责任单位：市统计局、市财政局。",
        "2．一般公共预算收入增长3%。牵头单位：市财政局；责任单位：市税务局。",
        "二、加快新旧动能转换",
        "3．新增高新技术企业100家。牵头单位：市科技局；责任单位：市工业和信息化局。",
    ])
    path = tmp / "聊城分工方案.txt"
    path.write_text(text, encoding="gb18030")
    return path


def cn_numbered_prose(tmp: Path) -> Path:
    """Facts: 咸阳市2022年深化“放管服”改革工作要点 (see xianyang_2022_bracket_prose).

    Class: items numbered （一）（二） only, with 牵头单位：/配合单位： after each."""
    text = "\n".join([
        "2022年优化营商环境重点任务",
        "（一）全面实施行政许可事项清单管理。牵头单位：市政府办公室；配合单位：市级各有关部门。",
        "（二）推进“双随机、一公开”监管全覆盖。牵头单位：市市场监管局；配合单位：市级各有关部门。",
    ])
    path = tmp / "营商环境任务.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- the robustness sweep: shapes a person gives a list when saving or retyping it -------------

CHIZHOU_TITLE = "2025年市政府重点工作责任清单1-5月份进展情况汇总表"
CHIZHOU_HEADER = ["序号", "重点工作任务", "牵头责任单位", "工作评价", "1-5月份进展情况", "近期工作安排"]
# the first tasks of the seed report (池州市人民政府办公室, 关于1-5月份市政府重点工作责任清单进展情况的报告,
# 2025-07-07), units wrapped as the report prints them
CHIZHOU_ROWS = [
    [1, "地区生产总值增长6.5%以上。", "市发展改革委", "未达预期", "一季度，增长6.4%，增速居全省第6位。",
     "加强研判分析，及时发现苗头性问题，采取针对性措施。"],
    [2, "固定资产投资增长8%以上。", "市发展改革委", "未达预期", "1-5月，增长5.1%。",
     "加强重点项目调度推进，为固定资产投资提供有力支撑。"],
    [3, "规模以上工业增加值增长9%以上。", "市工业和\n信息化局", "未达预期", "1-5月，增长7.7%。",
     "加强监测分析，贯彻“五大行动”，协调解决企业生产经营遇到的困难问题。"],
    [4, "城镇居民人均可支配收入增长5.5%。", "市人力资源\n社会保障局", "未达预期", "一季度，增长5.2%，增速居全省第7位。",
     "印发《2025年促进全市城镇居民增收工作要点》，落实各项增收措施。"],
]


def chizhou_retyped_header(tmp: Path) -> Path:
    """Facts: the seed report's table. Class: the office's own table saved as .xlsx by a person
    who retyped the header: line breaks inside header cells (牵头\\n责任单位), full-width and
    ASCII spaces (序 号, 工作　评价), an 附件 line and a 填报 line above, the unit cells wrapped."""
    header = ["序 号", "重点工作\n任务", "牵头\n责任单位", "工作　评价", "1-5月份\n进展情况", "近期工作\n安排"]
    rows = [["附件"], [CHIZHOU_TITLE], ["填报单位：市政府办公室", None, None, None, "填报日期：2025年6月5日"],
            header, *CHIZHOU_ROWS]
    return write_xlsx(tmp / "重点工作进展汇总.xlsx", rows, ("A2:F2",))


def chizhou_cover_sheet_hidden_and_blank_columns(tmp: Path) -> Path:
    """Facts: the seed report's table. Class: the list on the third sheet, after an empty sheet
    and a cover sheet of notes; sheet names in Chinese; the header on row 7 under the title and
    numbered notes; a blank column between 序号 and the task; a hidden helper column and a
    hidden task row (a filter left on)."""
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"  # left empty
    cover = wb.create_sheet("填表说明")
    for line in ("填表说明", "1.序号、重点工作任务、牵头责任单位不得修改。", "2.工作评价填写已完成、序时推进或未达预期。",
                 "3.进展情况不超过200字。", "4.请于6月5日前报送市政府办公室。"):
        cover.append([line])
    ws = wb.create_sheet("汇总表")
    ws.append([CHIZHOU_TITLE])
    ws.append(["池政秘〔2025〕9号"])
    ws.append(["说明：1.工作评价分为已完成、序时推进、未达预期三类；"])
    ws.append(["2.进展情况截至5月31日；"])
    ws.append(["3.近期工作安排指6—7月工作。"])
    ws.append([])
    ws.append([CHIZHOU_HEADER[0], None, *CHIZHOU_HEADER[1:], "核对"])
    for row in CHIZHOU_ROWS:
        ws.append([row[0], None, *row[1:], "已核"])
    ws.merge_cells("A1:H1")
    ws.row_dimensions[9].hidden = True
    ws.column_dimensions["H"].hidden = True
    path = tmp / "重点工作进展.xlsx"
    wb.save(path)
    return path


def two_tables_one_sheet(tmp: Path) -> Path:
    """Facts: the seed report's table, and 会昌县 2023年10月份民生实事 (see huichang_2023_bom_csv).
    Class (truly ambiguous): two tables in one sheet, the list and a 附表 of 民生实事 under it
    after a blank row and its own title: which one to import is the user's choice."""
    rows = [[CHIZHOU_TITLE], CHIZHOU_HEADER, *CHIZHOU_ROWS[:2], [], ["附表：2025年民生实事进展情况"],
            ["序号", "实事内容", "牵头单位", "进展情况"],
            [1, "新建城区公办幼儿园2所。", "市教育体育局", "1所已完工，1所完成主体工程。"],
            [2, "改造城镇老旧小区12个。", "市住房城乡建设局", "12个小区全部开工，已完工7个。"]]
    return write_xlsx(tmp / "两张表.xlsx", rows, ("A1:F1", "A6:D6"))


NUMBERINGS = {  # how a 序号 column is written -> the numbers read
    "full-width": (["１", "２", "３", "４"], ["1", "2", "3", "4"]),
    "leading zeros": (["01", "02", "03", "04"], ["1", "2", "3", "4"]),
    "chinese numerals": (["一", "二", "三", "四"], ["1", "2", "3", "4"]),
    "chinese numerals with 、": (["一、", "二、", "三、", "四、"], ["1", "2", "3", "4"]),
    "part and number": (["（一）1", "（一）2", "（二）3", "（二）4"], ["1", "2", "3", "4"]),
    "part and restarting number": (["（一）1", "（一）2", "（二）1", "（二）2"], ["1.1", "1.2", "2.1", "2.2"]),
    "full-width dotted": (["１．１", "１．２", "２．１", "２．２"], ["1.1", "1.2", "2.1", "2.2"]),
}


def numbered_list(tmp: Path, numbers: list) -> Path:
    """Facts: 2025年市政府重点工作责任清单 (池政秘〔2025〕9号). Class: one 序号 column written another way."""
    rows = [["2025年市政府重点工作责任清单"], ["序号", "重点工作任务", "牵头单位", "完成时限"]]
    for no, row in zip(numbers, CHIZHOU_ROWS, strict=False):
        rows.append([no, row[1], row[2], "2025年12月底"])
    return write_xlsx(tmp / "序号写法.xlsx", rows, ("A1:D1",))


def labelled_unit_cells(tmp: Path) -> Path:
    """Facts: 聊城市 2020 分工方案 (聊政发〔2020〕8号, see liaocheng_2020_docx: 牵头单位 and 配合单位 per
    task). Class: one 责任单位 column whose cells name both, labelled ("牵头单位：…；配合单位：…",
    on one line or two, 牵头：/配合： without 单位), and a lead marked 【牵头】."""
    rows = [["2020年市政府工作报告重点工作任务分工"], ["序号", "重点工作任务", "责任单位", "完成时限"],
            [1, "全市生产总值增长6.5%左右。", "牵头单位：市发展改革委；配合单位：市统计局、市财政局", "2020年12月底"],
            [2, "一般公共预算收入增长3%。", "牵头单位：市财政局\n配合单位：市税务局", "2020年12月底"],
            [3, "新增高新技术企业100家。", "牵头：市科技局；配合：市工业和信息化局", "2020年12月底"],
            [4, "实施技术改造项目300个以上。", "市工业和信息化局【牵头】、市发展改革委", "2020年12月底"],
            [5, "新增城镇就业5万人。", "牵头单位：市人力资源社会保障局", "2020年12月底"]]
    return write_xlsx(tmp / "分工方案.xlsx", rows, ("A1:D1",))


LABELLED_UNITS_EXPECTED = [(["市发展改革委"], ["市统计局、市财政局"]), (["市财政局"], ["市税务局"]),
                           (["市科技局"], ["市工业和信息化局"]), (["市工业和信息化局"], ["市发展改革委"]),
                           (["市人力资源社会保障局"], [])]


def months_under_progress(tmp: Path) -> Path:
    """Facts: 池州 2025 (the seed's tasks); 金寨县 2025 上半年 (超进度/欠进度, see
    jinzhai_2025_completion_status). Class: 进展情况 merged over one column a period (1-3月 | 1-6月)
    in a two-row header; status words 超序时/欠进度/正常推进/已完成."""
    rows = [["2025年市政府重点工作推进情况"], ["序号", "重点工作任务", "牵头单位", "进展情况", None, "工作评价"],
            [None, None, None, "1-3月", "1-6月", None],
            [1, "地区生产总值增长6.5%以上。", "市发展改革委", "一季度，增长6.4%。", "上半年，增长6.6%，增速居全省第5位。", "超序时"],
            [2, "固定资产投资增长8%以上。", "市发展改革委", "一季度，增长5.0%。", "1-6月，增长5.1%。", "欠进度"],
            [3, "规模以上工业增加值增长9%以上。", "市工业和信息化局", "一季度，增长7.2%。", "1-6月，增长8.1%。", "正常推进"],
            [4, "建成省级创新型城市。", "市科技局", "已提交验收申请。", "已通过省级验收。", "已完成"]]
    return write_xlsx(tmp / "推进情况.xlsx", rows, ("A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"))


def cached_formulas(path: Path, values: dict[str, str] | None) -> Path:
    """The workbook as Excel saves it: each formula cell keeps its last value (`values`, by cell
    reference; a formula giving "" is saved as t="str" with an empty value). None: as a program
    writes it, formulas without values."""
    import re
    import zipfile

    src = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if values is not None and info.filename.startswith("xl/worksheets/"):
                def fill(m: re.Match) -> bytes:
                    value = values[m.group(1).decode()]
                    kind = b' t="str"' if not value.replace(".", "").isdigit() else b""
                    return b'<c r="' + m.group(1) + b'"' + kind + m.group(2) + b"<v>" + value.encode() + b"</v></c>"
                data = re.sub(rb'<c r="([A-Z]+\d+)"[^>]*?(>\s*<f>[^<]*</f>)<v\s*/?>(?:</v>)?</c>', fill, data)
            zout.writestr(info, data)
    return path


def formulas_dates_rich_text(tmp: Path, cached: bool = True) -> Path:
    """Facts: the seed's tasks. Class: cells as Excel keeps them: 序号 as formulas (=A3+1) with
    their values, the first number a float (1.0), 完成时限 as real dates, a task in rich text
    (a bold run), a 备注 formula giving "" (=IF(…)); `cached=False`: the formulas saved without
    values, as a program writes them."""
    import datetime

    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    rows = [["2025年市政府重点工作责任清单"], ["序号", "重点工作任务", "牵头单位", "完成时限", "备注"],
            [1.0, CHIZHOU_ROWS[0][1], "市发展改革委", datetime.datetime(2025, 12, 31), '=IF(D3="","未定","")'],
            ["=A3+1", CHIZHOU_ROWS[1][1], "市发展改革委", datetime.date(2025, 6, 30), None],
            ["=A4+1", CellRichText([TextBlock(InlineFont(b=True), "规模以上工业增加值"), "增长9%以上。"]),
             "市工业和信息化局", "2025年底", None]]
    path = write_xlsx(tmp / "公式与日期.xlsx", rows, ("A1:E1",))
    return cached_formulas(path, {"E3": "", "A4": "2", "A5": "3"} if cached else None)


def chizhou_report_docx(tmp: Path) -> Path:
    """Facts: the seed report (池州市人民政府办公室, 关于1-5月份市政府重点工作责任清单进展情况的报告,
    2025-07-07). Class: the report as a Word file: its text names the list (《2025年…清单》,
    池政秘〔2025〕9号) far above the table; a small table of counts first, the list under an
    附件 heading with no year, a table of contacts after it; the file name has no year."""
    import docx

    document = docx.Document()
    for line in ("关于1-5月份市政府重点工作责任清单进展情况的报告",
                 "今年以来，各地各部门按照《2025年市政府重点工作责任清单》（池政秘〔2025〕9号）要求，压实工作责任，"
                 "细化工作举措，认真抓好落实。1-5月份，147项市政府重点工作总体进展顺利。"):
        document.add_paragraph(line)
    counts = document.add_table(rows=2, cols=3)
    for c, (a, b) in enumerate(zip(("已完成", "序时推进", "未达预期"), ("2", "137", "8"), strict=True)):
        counts.cell(0, c).text, counts.cell(1, c).text = a, b
    document.add_paragraph("池州市人民政府办公室")
    document.add_paragraph("附件")
    document.add_paragraph("1-5月份市政府重点工作责任清单进展情况汇总表")
    table = document.add_table(rows=1 + len(CHIZHOU_ROWS), cols=len(CHIZHOU_HEADER))
    for r, row in enumerate([CHIZHOU_HEADER, *CHIZHOU_ROWS]):
        for c, value in enumerate(row):
            table.cell(r, c).text = str(value)
    document.add_paragraph("联系人及电话")
    contacts = document.add_table(rows=2, cols=2)
    contacts.cell(0, 0).text, contacts.cell(0, 1).text = "联系人", "联系电话"
    contacts.cell(1, 0).text, contacts.cell(1, 1).text = "王  五", "0566-2021234"
    path = tmp / "进展情况报告.docx"
    document.save(path)
    return path


def two_lists_two_sheets(tmp: Path) -> Path:
    """Facts: the seed's tasks and 会昌县 2023 民生实事 (see huichang_2023_bom_csv). Class (truly
    ambiguous): a workbook with two lists of different headers on two sheets (重点工作, 民生实事):
    reading the better one alone would drop the other without a word."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点工作"
    for row in ([CHIZHOU_TITLE], CHIZHOU_HEADER, *CHIZHOU_ROWS):
        ws.append(row)
    other = wb.create_sheet("民生实事")
    for row in (["2025年民生实事进展情况（1-5月）"], ["序号", "实事内容", "牵头单位", "进展情况"],
                [1, "新建城区公办幼儿园2所。", "市教育体育局", "1所已完工，1所完成主体工程。"]):
        other.append(row)
    path = tmp / "2025年重点工作和民生实事.xlsx"
    wb.save(path)
    return path


def report_text_wrapped(tmp: Path, width: int = 11) -> Path:
    """Facts: the seed report. Class: the report's table pasted from a PDF or a narrow page: a
    cell a line ending " |" as the seed, but every cell broken into lines of `width` characters
    where the column ended (units too: "市发展\\n改革委"); one progress cell holding a real list
    ("1.…。\\n2.…。")."""
    def wrap(value: str) -> str:
        return "\n".join(value[i:i + width] for i in range(0, len(value), width))

    lines = ["关于1-5月份市政府重点工作责任清单进展情况的报告", "附件", "2025年1-5月份市政府重点工作责任清单进展情况汇总表"]
    lines += [f"{h} |" for h in CHIZHOU_HEADER]
    for row in CHIZHOU_ROWS:
        cells = [str(row[0]), row[1], row[2].replace("\n", ""), row[3], row[4], row[5]]
        if row[0] == 2:
            cells[4] = "1.固定资产投资增长5.1%。\n2.重点项目开工率达到65%。"
        lines += [f"{wrap(c) if i != 4 or row[0] != 2 else c} |" for i, c in enumerate(cells)]
    path = tmp / "进展情况报告.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
