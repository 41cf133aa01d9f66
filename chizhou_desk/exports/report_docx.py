"""The office's report as a Word document, laid out after GB/T 9704 (党政机关公文格式).

    write_report(store, period_key, path, short_names=False, office=None, date=None) -> ReportResult

A4 portrait, margins 37/35/28/26 mm (top/bottom/left/right), a type area of 22 lines of 28
characters; title 方正小标宋简体 二号 centred, body 仿宋_GB2312 三号, headings 一、 in 黑体 and
（一） in 楷体, page numbers "— 1 —" in 宋体 四号 at the foot (odd pages right, even pages left).
The 附件 (the summary table) follows in a landscape section whose header row repeats on every page.
Each font is named for East Asian text (w:eastAsia) and has its fallback (宋体, 仿宋, 楷体) in the
font table, so Word and WPS on a PC without the 方正 fonts still print a proper face.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from chizhou_desk import narrative as N
from chizhou_desk.domain import date_text
from chizhou_desk.errors import InputError

TITLE_FONT, BODY_FONT, HEI_FONT, KAI_FONT, SONG_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"
LATIN_FONT = "Times New Roman"
# fallbacks written to the font table (w:altName) and the charset/family Word substitutes by
FALLBACK = {TITLE_FONT: ("宋体", "roman"), BODY_FONT: ("仿宋", "modern"), KAI_FONT: ("楷体", "script"),
            HEI_FONT: ("SimHei", "modern"), SONG_FONT: ("SimSun", "roman")}
ER_HAO, SAN_HAO, SI_HAO, WU_HAO = 22, 16, 14, 10.5  # 二号 三号 四号 五号, in points
LINE_PITCH = 28.95  # 225 mm of type area / 22 lines, a little under so the 22nd line fits
# 156 mm across / 28 = 15.79 pt a character: 三号 (16 pt) condensed by a quarter point (in 1/20 pt)
CHAR_SPACING = -5
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
TABLE_KEYS = ["no", "text", "lead", "status", "progress", "next_steps"]
TABLE_WIDTHS_MM = [13, 50, 27, 23, 67, 45]  # 225 mm: the landscape type area; 评价 holds （未填报） on a line
_CN_DIGITS = "零一二三四五六七八九"


@dataclass
class ReportResult:
    path: str
    tasks: int
    missed: int
    paragraphs: list[str]


def cn_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (headings （一） to （九十九）)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def office_name(plan: dict | None) -> str:
    """The report's sign-off: the list's 署名 (清单信息), else the city's 人民政府办公室."""
    if (plan or {}).get("office"):
        return (plan or {})["office"]
    city = (plan or {}).get("city", "")
    return f"{city}市人民政府办公室" if city else "市人民政府办公室"


def write_report(store, period_key: str, path, *, short_names: bool = False, office: str | None = None,
                 date: Date | None = None) -> ReportResult:
    """Write the period's report to `path` (.docx) atomically; the store is only read."""
    from chizhou_desk.files import atomic_target
    from chizhou_desk.query import select

    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise InputError("报告文件名应以 .docx 结尾", file=str(path))
    period = store.period(period_key)
    plan = store.plan_info(period.year)
    rows = select(store, period.key)
    if not rows:
        raise InputError(f"{period.label} 没有任务，无法生成报告")
    namer = N.unit_namer(store, short_names)
    paragraphs = N.report_paragraphs(rows, period.key, unit_name=namer, words=store.status_words(period.key))
    paragraphs[0] = N.lead_in(plan) + paragraphs[0]
    missed = [r for _word, group in N.behind_groups(rows, store.status_words(period.key)) for r in group]
    doc = _build(period, rows, paragraphs, missed, namer, office or office_name(plan), date or Date.today())
    with atomic_target(path, ".docx") as tmp:
        doc.save(str(tmp))
    return ReportResult(str(path), len(rows), len(missed), paragraphs)


def next_steps_text(row, namer) -> str:
    """One behind task's 下一步 line: its lead units' next steps as they wrote them, or, when they
    wrote none, that they have not (what the data shows)."""
    lead = "、".join(namer(u) for u in row.lead_units) or "牵头单位"
    steps = N.fullwidth(row.next_steps.strip())
    if not steps:
        return f"{lead}尚未报送下步工作安排。"
    return f"{lead}：{steps if steps[-1:] in '。！？）' else steps + '。'}"


def report_title(period_label: str) -> str:
    return f"关于{period_label}市政府重点工作责任清单进展情况的报告"


_TITLE_BREAKS = ("责任清单", "重点工作", "进展情况", "汇总表", "的报告")


def title_lines(title: str, per_line: float = 20) -> list[str]:
    """A title too long for one line of 二号, broken where a word ends and the lines balance
    (GB/T 9704: 回行时词意完整、排列对称)."""
    if _width(title) <= per_line:
        return [title]
    best = None
    for word in _TITLE_BREAKS:
        i = title.find(word)
        while i > 0:
            a, b = _width(title[:i]), _width(title[i:])
            if max(a, b) <= per_line and (best is None or abs(a - b) < best[0]):
                best = (abs(a - b), i)
            i = title.find(word, i + 1)
    if best is None:  # no word to break at: the middle
        return [title[:len(title) // 2], title[len(title) // 2:]]
    return [title[:best[1]], title[best[1]:]]


def table_title(period_label: str) -> str:
    return f"{period_label}市政府重点工作责任清单进展情况汇总表"


# --- the document ------------------------------------------------------------------

def _build(period, rows, paragraphs, missed, namer, office: str, when: Date):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    doc = Document()
    _base_styles(doc)
    _font_table(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side, mm in MARGINS_MM.items():
        setattr(sec, f"{side}_margin", Mm(mm))
    sec.footer_distance = Mm(21)  # the number's line sits ~7 mm under the type area
    sec.header_distance = Mm(15)
    _grid(sec, lines=True)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_numbers(sec)

    title = _para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    for i, line in enumerate(title_lines(report_title(period.label))):
        run = _run(title, "", TITLE_FONT, ER_HAO)
        if i:
            run.add_break()
        run.add_text(line)
    _para(doc, "")
    for text in paragraphs:
        _para(doc, text)
    last = _para(doc, "下一步工作", HEI_FONT)
    for i, r in enumerate(missed, 1):
        last = _para(doc, f"（{cn_number(i)}）{N.short_title(r.text)}。", KAI_FONT)
        _run(last, next_steps_text(r, namer), BODY_FONT, SAN_HAO)
    if not missed:  # what the data shows, never a placeholder
        last = _para(doc, "本期没有进度滞后的任务，各牵头单位继续按序时抓好落实。")
    # the body's last lines, the attachment line, the sign-off and its date stay on one page
    # (GB/T 9704: 成文日期 with 署名, and never a page of the sign-off alone)
    tail = [last, _para(doc, ""), _para(doc, f"附件：{table_title(period.label)}"), _para(doc, "")]
    date_line = date_text(when)
    right = _width(office) - _width(date_line)  # 成文日期首字比署名首字右移二字, 署名右空二字
    tail.append(_para(doc, office, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right_chars=2))
    _para(doc, date_line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right_chars=max(right, 0))
    for p in tail:
        p.paragraph_format.keep_with_next = True

    att = doc.add_section(WD_SECTION.NEW_PAGE)
    att.orientation = WD_ORIENT.LANDSCAPE
    att.page_width, att.page_height = Mm(297), Mm(210)
    # the portrait margins turned with the page, so the bound edge stays the bound edge
    att.top_margin, att.bottom_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    att.left_margin, att.right_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    att.footer_distance = Mm(14)
    _grid(att, lines=False)
    _para(doc, "附件", HEI_FONT, indent=0)
    _para(doc, table_title(period.label), TITLE_FONT, ER_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    _table(doc, period, rows)
    return doc


def _width(text: str) -> float:
    """Width in characters of 三号: hanzi one, digits and Latin half."""
    return sum(0.5 if ord(c) < 0x2E80 else 1 for c in text)


def _base_styles(doc) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = doc.styles["Normal"]
    normal.font.size = Pt(SAN_HAO)
    _set_fonts(normal.element.get_or_add_rPr(), BODY_FONT)
    rpr = normal.element.get_or_add_rPr()
    _child(rpr, "w:lang").set(qn("w:eastAsia"), "zh-CN")
    pf = normal.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(LINE_PITCH)
    pf.space_before = pf.space_after = Pt(0)
    pf.widow_control = False  # 公文 fills every line of the grid
    # Word measures the character grid against the default size: make it 三号 too
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for tag in ("w:sz", "w:szCs"):
        _child(rpr, tag).set(qn("w:val"), str(SAN_HAO * 2))
    _child(normal.element.get_or_add_rPr(), "w:spacing").set(qn("w:val"), str(CHAR_SPACING))


_PPR_TAIL = ("w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
             "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
             "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_RPR_TAIL = ("w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
             "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
             "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _child(parent, tag: str):
    """The child `tag` of a pPr or rPr, created in the place the schema wants (Word is strict)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    found = parent.find(qn(tag))
    if found is not None:
        return found
    seq = _PPR_TAIL if parent.tag == qn("w:pPr") else _RPR_TAIL
    el = OxmlElement(tag)
    parent.insert_element_before(el, *seq[seq.index(tag) + 1:])
    return el


def _set_fonts(rpr, east_asian: str) -> None:
    from docx.oxml.ns import qn

    fonts = rpr.get_or_add_rFonts()
    for attr, name in (("w:ascii", LATIN_FONT), ("w:hAnsi", LATIN_FONT), ("w:eastAsia", east_asian),
                       ("w:cs", LATIN_FONT)):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)  # a theme font would win over the names


def _font_table(doc) -> None:
    """Declare each Chinese font with its fallback (altName) and GB2312 charset."""
    from lxml import etree

    part = next(p for p in doc.part.package.iter_parts() if p.partname.endswith("/fontTable.xml"))
    root = etree.fromstring(part.blob)
    w = root.nsmap.get("w") or "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for name, (alt, family) in FALLBACK.items():
        font = etree.SubElement(root, f"{{{w}}}font", {f"{{{w}}}name": name})
        etree.SubElement(font, f"{{{w}}}altName", {f"{{{w}}}val": alt})
        etree.SubElement(font, f"{{{w}}}charset", {f"{{{w}}}val": "86"})  # GB2312
        etree.SubElement(font, f"{{{w}}}family", {f"{{{w}}}val": family})
        etree.SubElement(font, f"{{{w}}}pitch", {f"{{{w}}}val": "variable"})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _grid(section, lines: bool) -> None:
    """22 lines of 28 characters in the portrait type area; no grid for the table pages."""
    from docx.oxml.ns import qn

    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = sect.makeelement(qn("w:docGrid"), {})
        sect.append(grid)
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    if lines:
        # Word and WPS snap each line to the pitch; the 28 characters come from the body's
        # condensed spacing (CHAR_SPACING), which LibreOffice honours too (it reads a character
        # grid's charSpace differently and would set ~17 a line)
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(round(LINE_PITCH * 20)))
    else:
        grid.set(qn("w:linePitch"), "312")


def _page_numbers(section) -> None:
    """— 1 — in 宋体 四号: odd pages on the right, even on the left, one character in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = footer.paragraphs[0]
        p.alignment = align
        pf = p.paragraph_format
        pf.first_line_indent = Pt(0)
        pf.line_spacing = 1.0
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            pf.right_indent = Pt(SI_HAO)
        else:
            pf.left_indent = Pt(SI_HAO)
        _run(p, "— ", SONG_FONT, SI_HAO)
        _field(p, "PAGE", SONG_FONT)
        _run(p, " —", SONG_FONT, SI_HAO)


def _field(p, code: str, font: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
        run = _run(p, "", font, SI_HAO)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text and text.strip() == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _run(p, text: str, font: str, size: float, bold: bool = False):
    from docx.shared import Pt

    run = p.add_run(text)
    run.font.size = Pt(size)
    run.font.name = LATIN_FONT
    run.bold = bold or None
    _set_fonts(run._r.get_or_add_rPr(), font)
    return run


def _para(doc_or_cell, text: str, font: str = BODY_FONT, size: float = SAN_HAO, *, align=None,
          indent: float = 2, right_chars: float = 0):
    """A paragraph of one font; `indent` characters on the first line (正文 空二字)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc_or_cell.add_paragraph()
    p.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Pt(size * indent) if indent else Pt(0)
    if right_chars:
        p.paragraph_format.right_indent = Pt(size * right_chars)
    if text:
        _run(p, text, font, size)
    return p


def _table(doc, period, rows) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    from chizhou_desk.exports import layout as L

    headers = L.headers(TABLE_KEYS, period.key)
    table = doc.add_table(rows=1 + len(rows), cols=len(TABLE_KEYS))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [Mm(w) for w in TABLE_WIDTHS_MM]
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    centred = {0, 2, 3}  # 序号, 单位, 评价
    for r_i, row in enumerate(table.rows):
        if r_i == 0:
            values, font = headers, HEI_FONT
            tr_pr = row._tr.get_or_add_trPr()
            for tag in ("w:tblHeader", "w:cantSplit"):  # repeated on every page, never split
                tr_pr.append(OxmlElement(tag))
        else:
            values, font = L.sheet_row(rows[r_i - 1], TABLE_KEYS).values, BODY_FONT
        for c_i, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            cell.width = widths[c_i]
            p = cell.paragraphs[0]
            p.alignment = (WD_ALIGN_PARAGRAPH.CENTER if r_i == 0 or c_i in centred
                           else WD_ALIGN_PARAGRAPH.LEFT)
            pf = p.paragraph_format
            pf.first_line_indent = Pt(0)
            pf.line_spacing = 1.0
            _child(p._p.get_or_add_pPr(), "w:snapToGrid").set(qn("w:val"), "0")
            _run(p, N.fullwidth(str(value)) if c_i in (1, 4, 5) else str(value), font, WU_HAO)
