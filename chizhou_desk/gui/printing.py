"""Status sheets (ARCHITECTURE: Outputs): HTML -> QTextDocument -> QPrinter, for preview, printer and PDF.

The HTML builders only read the store; rendering lays the document out on the printer's own
resolution and paints page by page, so the table header (<thead>) repeats on every page and each
page gets "第 n 页 共 m 页" in the footer.
"""

import html
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

from chizhou_desk import periods as P
from chizhou_desk.charts import LIGHT_COLOURS, LIGHT_LABELS, status_colour
from chizhou_desk.domain import date_text, default_plan_title, needs_reason
from chizhou_desk.gui.fonts_qt import cjk_font
from chizhou_desk.lights import light_for
from chizhou_desk.query import select
from chizhou_desk.store_attachments import names_by_task

STATUS_CHOICES_MARK = "□"
# Qt lays out one long table in worse than linear time (10,000 rows: minutes), so long tables are
# cut into documents of CHUNK_ROWS rows, each starting on a new page with its own header.
CHUNK_ROWS = 200
PART_BREAK = "<!--chizhou-desk:part-->"
# Qt's rich text has no page-break-inside: avoid.  Each body row of a grid is marked; render()
# measures the laid-out rows and, before a row that would straddle a page and fits on one, closes
# the table and starts it again on a new page (its header repeated).
ROW_MARK = "<!--chizhou-desk:row-->"
_GRID_HEAD = re.compile(r'<table class="grid"[^>]*><thead>.*?<tbody>', re.S)
_CSS = """
body { font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; margin: 0; }
p.meta { margin: 6px 0 6px 0; }
table.grid { border-collapse: collapse; border-color: #000; }
table.grid th { background-color: #e8e8e8; font-weight: bold; white-space: nowrap; }
table.grid td, table.grid th { padding: 3px; vertical-align: top; }
td.c { text-align: center; }
table.sign td { padding: 10px 4px 0 4px; }
"""


def _e(text) -> str:
    return html.escape(str(text or "")).replace("\n", "<br>")


def _light_html(light) -> str:
    if not LIGHT_LABELS.get(light) or light.value == "none":
        return ""
    return (f'<span style="color:{LIGHT_COLOURS[light]}; font-size:12pt">●</span>'
            f'{_e(LIGHT_LABELS[light])}')


def _status_html(row, words=None) -> str:
    """The period's status; a status carried from the last period without progress is not one."""
    if not row.filled:
        return '<span style="color:#757575">未填报</span>'
    if not row.status:
        return '<span style="color:#757575">未评价</span>'
    return f'<span style="color:{status_colour(row.status, words)}">{_e(row.status)}</span>'


def _progress_html(row, words=None) -> str:
    """The progress, and under it the reason a task behind gives (the office's report needs it)."""
    if row.reason and row.filled and needs_reason(row.status, words):  # not a reason kept after a change
        return f"{_e(row.progress)}<br><b>{_e(row.status)}原因：</b>{_e(row.reason)}"
    return _e(row.progress)


def _files_html(names: list[str] | None) -> str:
    return f'<br><span style="color:#555">佐证材料：{_e("、".join(names))}</span>' if names else ""


def _plan_title(store, period_key: str) -> str:
    plan = store.plan_info(P.split_key(period_key)[0]) or {}
    year = P.split_key(period_key)[0]
    return plan.get("title") or default_plan_title(year)


def _sign_off(signer: dict | None = None) -> str:
    """填报人 / 审核人 / 联系电话 from the settings when known; the date is written at signing."""
    signer = signer or {}

    def slot(key: str) -> str:
        value = (signer.get(key) or "").strip()
        return f"<u>&nbsp;{_e(value)}&nbsp;</u>" if value else "<u>" + "&nbsp;" * 24 + "</u>"
    return ('<table class="sign" width="100%" cellspacing="0"><tr>'
            f'<td>填报人：{slot("name")}</td><td>审核人：{slot("reviewer")}</td>'
            f'<td>联系电话：{slot("phone")}</td><td>日期：{slot("")}</td></tr></table>')


_DOC_START = f"<html><head><style>{_CSS}</style></head><body>"


def _head(title: str, meta: str) -> str:
    return f"{_DOC_START}<h1>{_e(title)}</h1><p class='meta'>{meta}</p>"


def _grid(headers: list[tuple[str, int]], rows: list[list[str]]) -> str:
    """A bordered table; `headers` are (label, width %); cells are HTML already.

    Past CHUNK_ROWS rows the table is cut into parts (see PART_BREAK), each a whole document."""
    head = ('<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3"><thead><tr>'
            + "".join(f'<th width="{w}%">{_e(h)}</th>' for h, w in headers) + "</tr></thead><tbody>")
    out = [head]
    for i, cells in enumerate(rows):
        if i and i % CHUNK_ROWS == 0:
            out.append(f"</tbody></table></body></html>{PART_BREAK}{_DOC_START}{head}")
        out.append(ROW_MARK + "<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def unit_sheet_columns(period_key: str) -> list[tuple[str, int]]:
    return [("序号", 5), ("重点工作任务", 24), ("牵头责任单位", 10), ("工作评价", 7),
            (f"{P.label(period_key)}进展情况", 27), ("近期工作安排", 20), ("红黄绿灯", 7)]


def build_unit_sheet_html(store, unit: str | None, period_key: str, today: date | None = None,
                          signer: dict | None = None) -> str:
    """A unit's list for a period (all tasks when `unit` is None), as in the submission."""
    canonical = store.resolve_unit(unit) if unit else None
    rows = select(store, period_key, unit=canonical)
    due, words = store.period(period_key).due_date, store.status_words(period_key)
    files = names_by_task(store, period_key)  # 佐证材料 listed under the progress (issue 30)
    who = canonical or "全部单位"
    title = f"{_plan_title(store, period_key)}{P.label(period_key)}进展情况（{who}）"
    meta = (f"填报单位：{_e(who)}&nbsp;&nbsp;&nbsp;&nbsp;期间：{_e(P.long_label(period_key))}"
            f"&nbsp;&nbsp;&nbsp;&nbsp;共 {len(rows)} 项&nbsp;&nbsp;&nbsp;&nbsp;打印日期：{date_text()}")
    body = [[f'<td class="c">{_e(r.no)}</td>', f"<td>{_e(r.text)}</td>",
             f"<td>{_e('、'.join(r.lead_units))}</td>", f'<td class="c">{_status_html(r, words)}</td>',
             f"<td>{_progress_html(r, words)}{_files_html(files.get(r.id))}</td>", f"<td>{_e(r.next_steps)}</td>",
             f'<td class="c">{_light_html(light_for(r, period_key, due, today, words))}</td>'] for r in rows]
    return _head(title, meta) + _grid(unit_sheet_columns(period_key), body) + _sign_off(signer) \
        + "</body></html>"


def build_blank_form_html(store, unit: str, period_key: str, signer: dict | None = None) -> str:
    """The unit's tasks with empty fields, to fill in by hand (status as boxes to tick)."""
    canonical = store.resolve_unit(unit)
    rows = select(store, period_key, unit=canonical)
    statuses = "<br>".join(f"{STATUS_CHOICES_MARK}{_e(s)}" for s in store.statuses(period_key))
    title = f"{_plan_title(store, period_key)}{P.label(period_key)}进展情况填报表（{canonical}）"
    meta = f"填报单位：{_e(canonical)}&nbsp;&nbsp;&nbsp;&nbsp;期间：{_e(P.long_label(period_key))}"
    cols = [(h, w) for h, w in unit_sheet_columns(period_key)[:-1]]
    cols[4], cols[5] = (cols[4][0], 31), (cols[5][0], 23)
    body = [[f'<td class="c">{_e(r.no)}</td>', f"<td>{_e(r.text)}<br><br><br></td>",
             f"<td>{_e('、'.join(r.lead_units))}</td>", f'<td style="font-size:8pt">{statuses}</td>',
             "<td></td>", "<td></td>"] for r in rows]
    return _head(title, meta) + _grid(cols, body) + _sign_off(signer) + "</body></html>"


def build_task_sheet_html(store, task_no: str, period_key: str, today: date | None = None,
                          signer: dict | None = None) -> str:
    """One task: its text, units, target, deadline, and its entries over the year's periods."""
    year = P.split_key(period_key)[0]
    history = [(p, r) for p, r in store.task_history(store.task_id(task_no, period_key))
               if p.year == year and p.key <= period_key]
    row = history[-1][1] if history else store.task_rows(period_key, [store.task_id(task_no, period_key)])[0]
    # U+2060 WORD JOINER: a wrapped title never breaks inside "（第25项）"
    title = f"{_plan_title(store, period_key)}任务进展情况表" + "\u2060".join(f"（第{task_no}项）")
    meta = f"期间：截至{_e(P.long_label(period_key))}&nbsp;&nbsp;&nbsp;&nbsp;打印日期：{date_text()}"
    info = [("序号", row.no), ("重点工作任务", row.text), ("牵头责任单位", "、".join(row.lead_units)),
            ("配合单位", "、".join(row.coop_units) or "—"), ("目标", row.target or "—"),
            ("完成时限", row.deadline or "—")]
    info_html = ('<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
                 + "".join(f'<tr><th width="16%">{_e(k)}</th><td>{_e(v)}</td></tr>' for k, v in info)
                 + "</table><p></p>")
    cols = [("期间", 10), ("工作评价", 9), ("红黄绿灯", 8), ("进展情况", 31), ("近期工作安排", 24),
            ("未达预期原因", 18)]
    words = store.status_words(period_key)
    body = [[f'<td class="c">{_e(p.label)}</td>', f'<td class="c">{_status_html(r, words)}</td>',
             f'<td class="c">{_light_html(light_for(r, p.key, p.due_date, today, words))}</td>',
             f"<td>{_e(r.progress)}</td>", f"<td>{_e(r.next_steps)}</td>", f"<td>{_e(r.reason)}</td>"]
            for p, r in history]
    return _head(title, meta) + info_html + _grid(cols, body) + _sign_off(signer) + "</body></html>"


# --- rendering ------------------------------------------------------------------------------

def _page_layout(landscape: bool) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(12, 12, 12, 10),
                       QPageLayout.Unit.Millimeter)


def make_pdf_writer(landscape: bool, pdf_path: str) -> QPdfWriter:
    """A PDF without a print system: QPrinter would ask CUPS for the default printer first."""
    writer = QPdfWriter(pdf_path)
    writer.setResolution(1200)  # as QPrinter's HighResolution writes PDF
    writer.setPageLayout(_page_layout(landscape))
    writer.setCreator("chizhou-desk")
    return writer


def _page_rect(device):
    if isinstance(device, QPrinter):
        return device.pageRect(QPrinter.Unit.DevicePixel)
    return device.pageLayout().paintRectPixels(device.resolution())


def make_printer(landscape: bool, pdf_path: str | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if pdf_path:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf_path)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                      QMarginsF(12, 12, 12, 10), QPageLayout.Unit.Millimeter))
    return printer


def render(html_text: str, printer: QPrinter | QPdfWriter, progress=None) -> int:
    """Lay the HTML out for the printer's pages and paint them; returns the page count.

    `progress(done, total)` is called as parts are laid out and painted (for a progress dialog)."""
    page = _page_rect(printer)
    footer = printer.resolution() * 0.3  # 0.3 inch under the body
    body = QSizeF(page.width(), page.height() - footer)
    parts = html_text.split(PART_BREAK)
    docs = []
    for i, part in enumerate(parts):
        docs.append(_keep_rows_together(part, printer, body))
        if progress:
            progress(i + 1, 2 * len(parts))
    total = sum(doc.pageCount() for doc in docs)
    painter = QPainter()
    if not painter.begin(printer):
        name = printer.outputFileName() or printer.printerName() if isinstance(printer, QPrinter) else ""
        raise OSError(f"无法写入打印输出：{name}")
    try:
        font = cjk_font(8)
        n = 0
        for k, doc in enumerate(docs):
            for i in range(doc.pageCount()):
                if n:
                    printer.newPage()
                painter.save()
                painter.translate(0, -i * body.height())
                doc.drawContents(painter, QRectF(0, i * body.height(), body.width(), body.height()))
                painter.restore()
                n += 1
                painter.setFont(font)
                painter.setPen(QColor("#444444"))
                painter.drawText(QRectF(0, body.height(), body.width(), footer),
                                 Qt.AlignmentFlag.AlignCenter, f"第 {n} 页 共 {total} 页")
            if progress:
                progress(len(parts) + k + 1, 2 * len(parts))
    finally:
        painter.end()
    return total


def _layout(part: str, printer, body: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(printer)  # lay out in printer pixels, fonts at true size
    doc.setDefaultFont(cjk_font(10))
    doc.setHtml(part)
    doc.setPageSize(body)
    return doc


def _keep_rows_together(part: str, printer, body: QSizeF, rounds: int = 3) -> QTextDocument:
    """The part laid out so that no row that fits on a page is split across two."""
    doc = _layout(part, printer, body)
    breaks: set[int] = set()
    for _ in range(rounds):
        if ROW_MARK not in part:
            break
        more = _row_breaks(doc, body.height()) - breaks
        if not more:
            break
        breaks |= more
        doc = _layout(_with_breaks(part, breaks), printer, body)
    return doc


def _grid_tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames()
            if isinstance(f, QTextTable) and f.format().headerRowCount() > 0]


def _cell_content_height(cell) -> float:
    block, end = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
    height = 0.0
    while block.isValid():
        lay = block.layout()
        height += sum(lay.lineAt(i).height() for i in range(lay.lineCount()))
        if block == end:
            break
        block = block.next()
    return height


def _row_breaks(doc: QTextDocument, page_h: float) -> set[int]:
    """Indexes (over every grid's body rows, in order) of the rows to start on a new page."""
    lay = doc.documentLayout()
    rows = []  # (top, natural height, header height) per body row
    for table in _grid_tables(doc):
        head, cols = table.format().headerRowCount(), table.columns()

        def top(r, table=table, cols=cols):
            return min(lay.blockBoundingRect(table.cellAt(r, c).firstCursorPosition().block()).top()
                       for c in range(cols))
        tops = [top(r) for r in range(table.rows())] + [lay.frameBoundingRect(table).bottom()]
        header = tops[head] - tops[0]
        pad = None
        for r in range(head, table.rows()):
            t, b = tops[r], tops[r + 1]
            content = max(_cell_content_height(table.cellAt(r, c)) for c in range(cols))
            if int(t // page_h) == int((b - 1) // page_h):
                pad = b - t - content if pad is None else min(pad, b - t - content)
                rows.append([t, b - t, header, False])
            else:
                rows.append([t, content, header, True])  # split: its height without the page gap
        for row in rows:
            if row[3]:
                row[1] += pad if pad is not None else header * 0.3
    breaks: set[int] = set()
    slack, margin = page_h * 0.01, doc.documentMargin()
    y = rows[0][0] if rows else 0.0
    for i, (_top, h, header, _split) in enumerate(rows):
        page_end = (int(y // page_h) + 1) * page_h
        fits_a_page = h + header + 2 * margin < page_h - slack
        first_on_page = y <= page_end - page_h + header + margin + slack
        if y + h > page_end - slack and fits_a_page and not first_on_page:
            breaks.add(i)
            y = page_end + margin + header + 2  # the new table's header on the next page
        y += h
    return breaks


def _with_breaks(part: str, breaks: set[int]) -> str:
    """The part's HTML with the grid closed and reopened on a new page before those rows."""
    pieces = part.split(ROW_MARK)
    out = [pieces[0]]
    head = ""
    for i, piece in enumerate(pieces[1:]):
        found = list(_GRID_HEAD.finditer(out[-1] if i == 0 else ""))
        if i == 0:
            head = found[-1].group(0) if found else ""
        if i in breaks and head:
            out.append("</tbody></table>" + head.replace('<table class="grid"',
                                                         '<table class="grid" style="page-break-before: always"', 1))
        out.append(piece)
    return "".join(out)


def write_pdf(html_text: str, path, landscape: bool = True, progress=None) -> int:
    """Write the sheet as an A4 PDF through a temporary name (no half file after a crash)."""
    from chizhou_desk.files import atomic_target

    with atomic_target(path, ".pdf") as tmp:  # verified before the rename (a full disk: Qt says nothing)
        writer = make_pdf_writer(landscape, str(tmp))
        pages = render(html_text, writer, progress)
        del writer  # the file is complete once the writer is gone
    return pages


def print_preview(parent, html_text: str, landscape: bool = True, title: str = "") -> int:
    """QPrintPreviewDialog on the sheet (named in its title); printing from it goes to the chosen printer."""
    printer = make_printer(landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    heading = QCoreApplication.translate("printing", "打印预览")
    dialog.setWindowTitle(f"{heading} — {title}" if title else heading)
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:  # Qt's 640×480 shows an A4 page at half size: take most of the screen
        room = screen.availableGeometry().size()
        dialog.resize(room.width() * 9 // 10, room.height() * 9 // 10)
    dialog.paintRequested.connect(lambda p: render(html_text, p))
    return dialog.exec()


def print_dialog(parent, html_text: str, landscape: bool = True, progress=None) -> bool:
    """QPrintDialog, then print; False when the user cancelled."""
    printer = make_printer(landscape)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render(html_text, printer, progress)
    return True
