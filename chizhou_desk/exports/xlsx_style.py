"""Writing the office's sheet with openpyxl: styles, row heights, page setup, metadata and a
crash-safe save.  Shared by the submission (报送表) and the summary (汇总表).

Speed: the workbook is written in write-only mode, every style exists once as a NamedStyle,
and a handful of reusable cells carry shared style arrays, so a styled 10,000-row summary
costs about what a plain unstyled openpyxl write of the same values costs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins

from chizhou_desk.errors import InputError
from chizhou_desk.exports import layout as L
from chizhou_desk.exports.layout import (  # noqa: F401  (row heights: layout.py, so the check needs no openpyxl)
    LINE_PT,
    MAX_ROW_PT,
    ROW_PAD_PT,
    TEXT_FACTOR,
    line_count,
    row_height,
    text_units,
)
from chizhou_desk.file_format import META_SHEET

BODY_FONT = "宋体"       # on every Chinese Windows; WPS and LibreOffice substitute on Linux
HEAD_FONT = "黑体"
BODY_SIZE = 11
PROGRESS_EVERY = 500

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LITERAL_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")  # XML 1.0 cannot hold these (\r is lost)


def xml_text(s: str) -> str:
    """Excel's own escape (ECMA-376 ST_Xstring), so CR and control characters survive a round trip."""
    if "_x" not in s and not _CONTROL.search(s):  # the usual case, checked in C
        return s
    s = _LITERAL_ESCAPE.sub(lambda m: "_x005F" + m.group(0), s)
    return _CONTROL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", s)


# --- styles ---------------------------------------------------------------------------------

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LIGHT_FILLS = {"green": "C6EFCE", "yellow": "FFEB9C", "red": "FFC7CE"}


def _named_styles() -> list[NamedStyle]:
    body = Font(name=BODY_FONT, size=BODY_SIZE)
    gap = Font(name=BODY_FONT, size=BODY_SIZE, italic=True, color="808080")
    top_left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    top_center = Alignment(horizontal="center", vertical="top", wrap_text=True)
    return [
        NamedStyle("清单-标题", font=Font(name=HEAD_FONT, size=18),
                   alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
        NamedStyle("清单-填报信息", font=Font(name=BODY_FONT, size=BODY_SIZE),
                   alignment=Alignment(horizontal="left", vertical="center", wrap_text=True)),
        NamedStyle("清单-表头", font=Font(name=HEAD_FONT, size=BODY_SIZE), border=_BORDER,
                   fill=PatternFill("solid", fgColor="E7E6E6"),
                   alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
        NamedStyle("清单-正文", font=body, border=_BORDER, alignment=top_left),
        NamedStyle("清单-居中", font=body, border=_BORDER, alignment=top_center),
        NamedStyle("清单-数值", font=body, border=_BORDER, number_format="General",
                   alignment=Alignment(horizontal="right", vertical="top")),
        NamedStyle("清单-缺项", font=gap, border=_BORDER, alignment=top_left),
        NamedStyle("清单-缺项居中", font=gap, border=_BORDER, alignment=top_center),
        NamedStyle("清单-办公室意见", font=Font(name=BODY_FONT, size=BODY_SIZE, color="C00000"),
                   border=_BORDER, fill=PatternFill("solid", fgColor="FDECEA"), alignment=top_left),
    ]


class _SharedStyle(StyleArray):
    """A style array shared by many cells and never changed: hash it once, not per cell."""

    def __new__(cls, arr):
        self = StyleArray.__new__(cls, arr)
        self._hash = hash(tuple(self))
        return self

    def __hash__(self):
        return self._hash


class Styles:
    """Style arrays shared by every cell that looks the same (no per-cell Font or Border objects)."""

    def __init__(self, wb, ws):
        named = {}
        for ns in _named_styles():
            wb.add_named_style(ns)
            proto = Cell(ws, row=1, column=1)
            proto.style = ns.name
            named[ns.name] = _SharedStyle(proto._style)
        self.title = named["清单-标题"]
        self.info = named["清单-填报信息"]
        self.header = named["清单-表头"]
        self.note = named["清单-办公室意见"]
        self.kind = {"text": named["清单-正文"], "center": named["清单-居中"],
                     "number": named["清单-数值"], "light": named["清单-居中"]}
        self.gap = {"text": named["清单-缺项"], "center": named["清单-缺项居中"],
                    "number": named["清单-缺项"], "light": named["清单-缺项居中"]}
        # quotePrefix keeps "=…" text as text when someone edits the cell in Excel/WPS later
        self.quoted = {k: _with(ws, v, quotePrefix=True) for k, v in self.kind.items()}
        self.light = {}
        for name, rgb in _LIGHT_FILLS.items():
            proto = Cell(ws, row=1, column=1)
            proto._style = StyleArray(named["清单-居中"])
            proto.fill = PatternFill("solid", fgColor=rgb)
            self.light[name] = _SharedStyle(proto._style)


def _with(ws, arr, **attrs):
    proto = Cell(ws, row=1, column=1)
    proto._style = StyleArray(arr)
    for k, v in attrs.items():
        setattr(proto, k, v)
    return _SharedStyle(proto._style)


class _CellPool:
    """One reusable cell per column: write-only mode serialises each cell as soon as it is yielded."""

    def __init__(self, ws, n, quoted=None):
        self.cells = [Cell(ws, row=1, column=1) for _ in range(n)]
        self.quoted = quoted or {}  # id(style) -> the same style with quotePrefix
        # openpyxl's write-only append tries `cell.value = value` first and only accepts a Cell
        # after that raises (formatting the repr each time): a third of the save time for
        # 10,000 rows.  Our rows are always Cells, so place them directly; if openpyxl renames
        # this hook the default (slower, same output) path is used.
        if callable(getattr(ws, "_values_to_row", None)):
            ws._values_to_row = _place_cells

    def row(self, items):
        return self.fill([v for v, _ in items], [s for _, s in items])

    def fill(self, values, styles):
        cells = self.cells
        for c, value, style in zip(cells, values, styles, strict=False):
            c._style = style
            if value.__class__ is str:
                c._value = xml_text(value)
                c.data_type = "s"  # always text, never a formula
                if value.startswith(_FORMULA_START):
                    c._style = self.quoted.get(id(style), style)
            else:
                c._value = value
                c.data_type = "n"
        return cells[:len(values)]


def _place_cells(cells, row_idx):
    for col, cell in enumerate(cells, start=1):
        cell.row = row_idx
        cell.column = col
        yield cell


# --- the sheet ------------------------------------------------------------------------------

@dataclass
class SheetSpec:
    sheet_name: str
    title: str
    info: str
    keys: list[str]
    headers: list[str]
    statuses: list[str]
    rows: list  # layout.SheetRow
    meta: dict  # key -> value written to the hidden metadata sheet
    progress: Callable[[int, int], object] | None = None  # called every PROGRESS_EVERY rows
    note: str = ""  # the office's comments, in a row between the info line and the header

    @property
    def header_row(self) -> int:
        return L.HEADER_ROW + (1 if self.note else 0)


def check_lengths(rows, keys) -> None:
    for r in rows:
        for k, v in zip(keys, r.values, strict=False):
            if isinstance(v, str) and len(v) > L.MAX_CELL_CHARS:
                raise InputError(f"第 {r.no} 项的“{L.COLUMNS[k].header.format(label='')}”有 {len(v)} 个字符，"
                                 f"超过 Excel 单元格上限 {L.MAX_CELL_CHARS}，请精简后再导出")


def build_workbook(spec: SheetSpec):
    """The workbook for a spec, written into memory-light write-only sheets."""
    check_lengths(spec.rows, spec.keys)
    wb = Workbook(write_only=True)
    wb.properties.creator = "chizhou-desk"
    wb.properties.title = spec.title
    try:
        _fill(wb, spec)
    except BaseException:
        discard(wb)
        raise
    return wb


def _fill(wb, spec: SheetSpec) -> None:
    ws = wb.create_sheet(spec.sheet_name)
    st = Styles(wb, ws)
    keys, n = spec.keys, len(spec.keys)
    col_widths = L.fitted_widths(keys, [r.values for r in spec.rows])  # tall rows widen their column
    last_col = _col_letter(n)
    header_row = spec.header_row
    first, last = header_row + 1, header_row + len(spec.rows)

    for i, w in enumerate(col_widths, start=1):
        ws.column_dimensions[_col_letter(i)].width = w
    ws.merged_cells.add(f"A{L.TITLE_ROW}:{last_col}{L.TITLE_ROW}")
    ws.merged_cells.add(f"A{L.INFO_ROW}:{last_col}{L.INFO_ROW}")
    if spec.note:
        ws.merged_cells.add(f"A{L.NOTE_ROW}:{last_col}{L.NOTE_ROW}")
    ws.freeze_panes = f"A{first}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.sheet_view.showGridLines = False
    _page_setup(ws)
    if spec.rows and "status" in keys:
        ws.data_validations.append(_status_list(spec.statuses, keys.index("status") + 1, first, last))

    pool = _CellPool(ws, n, quoted={id(st.kind[k]): st.quoted[k] for k in st.kind})
    ws.row_dimensions[L.TITLE_ROW].height = 24 + 22 * max(0, line_count(spec.title, sum(col_widths) / 1.6) - 1)
    ws.append(pool.row([(spec.title, st.title)] + [(None, st.title)] * (n - 1)))
    ws.row_dimensions[L.INFO_ROW].height = 22
    ws.append(pool.row([(spec.info, st.info)] + [(None, st.info)] * (n - 1)))
    if spec.note:  # the office's comments when it returned the last submission (issue 15)
        ws.row_dimensions[L.NOTE_ROW].height = row_height([spec.note], [sum(col_widths)])
        ws.append(pool.row([(spec.note, st.note)] + [(None, st.note)] * (n - 1)))
    ws.row_dimensions[header_row].height = row_height(spec.headers, col_widths) + 4
    ws.append(pool.row([(h, st.header) for h in spec.headers]))

    kinds = [L.COLUMNS[k].kind for k in keys]
    light_i = keys.index("light") if "light" in keys else -1
    set_height = _height_setter(ws)
    report = spec.progress
    plain = [st.kind[kind] for kind in kinds]  # the usual style of each column
    for idx, r in enumerate(spec.rows, start=first):
        values = r.values
        styles = plain
        if r.gaps or r.light:
            styles = [_style_of(st, k, kind, r, i == light_i)
                      for i, (k, kind) in enumerate(zip(keys, kinds, strict=False))]
        set_height(idx, row_height(values, col_widths))
        ws.append(pool.fill(values, styles))
        if report and (idx - first + 1) % PROGRESS_EVERY == 0:
            report(idx - first + 1, len(spec.rows))
    if report:
        report(len(spec.rows), len(spec.rows))

    _meta_sheet(wb, spec.meta)


def _style_of(st: Styles, key, kind, row, is_light):
    if key in row.gaps:
        return st.gap[kind]
    if is_light and row.light:
        return st.light[row.light]
    return st.kind[kind]


def _height_setter(ws):
    """Row heights for 10,000 rows: a RowDimension costs ~10 descriptor checks each, and the
    write-only writer only merges the row's attributes into <row>, so a plain dict of them does.
    (The tests read every height back, so an openpyxl that stops honouring this is caught.)"""
    dims = ws.row_dimensions

    def set_height(idx, h):
        dict.__setitem__(dims, idx, {"ht": f"{h:g}", "customHeight": "1"})
    return set_height


def _col_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i)


def _page_setup(ws) -> None:
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.55, bottom=0.65, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.size = 10


def _status_list(statuses, col: int, first: int, last: int) -> DataValidation:
    words = [s for s in statuses if s and "," not in s and '"' not in s]
    formula = '"' + ",".join(words) + '"'
    if len(formula) > 255:  # Excel's limit for an inline list: point at the metadata sheet instead
        formula = f"'{META_SHEET}'!$D$1:$D${len(words)}"
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False,
                        showErrorMessage=True, errorTitle="工作评价",
                        error="请从下拉列表中选择工作评价：" + "、".join(words),
                        showInputMessage=True, promptTitle="工作评价", prompt="请从下拉列表中选择")
    col_l = _col_letter(col)
    dv.add(f"{col_l}{first}:{col_l}{last}")
    return dv


def _meta_sheet(wb, meta: dict) -> None:
    """Key/value pairs in A:B, then one line per data row; the status words in column D."""
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    meta = dict(meta)
    statuses = list(meta.pop("_statuses", []))
    table = meta.pop("_rows", [])
    grid = [[k, str(v), None] for k, v in meta.items()]
    while len(grid) < len(statuses):
        grid.append([None, None, None])
    grid.append([None, None, None])
    grid.append(list(L.META_ROW_FIELDS))
    grid += [[str(v) for v in line] for line in table]
    pool = _CellPool(ws, len(L.META_ROW_FIELDS))
    plain = StyleArray()
    for i, line in enumerate(grid):
        if len(line) == 3:
            line = line + [statuses[i] if i < len(statuses) else None]
        ws.append(pool.row([(v, plain) for v in line]))


# --- the crash-safe save ----------------------------------------------------------------

def check_target(path: str | Path) -> Path:
    """Refuse a target we cannot write before any work is done."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError("导出文件名应以 .xlsx 结尾", file=str(path))
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise InputError("目标文件夹不存在", file=str(path))
    if path.is_dir():
        raise InputError("目标是一个文件夹", file=str(path))
    return path


def atomic_save(wb, path: str | Path) -> Path:
    """Save through chizhou_desk.files.atomic_target: a failure leaves an existing file untouched."""
    from chizhou_desk.files import atomic_target

    try:
        path = check_target(path)
        with atomic_target(path, ".xlsx") as tmp:
            _save(wb, tmp)
    except BaseException:
        discard(wb)
        raise
    return path


def _save(wb, filename) -> None:
    """openpyxl's save, with fast deflate: level 1 costs a third of the default level's time on
    a 10,000-row sheet for a file about a quarter larger (the 15-row submission is ~20 KB)."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    with ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1) as archive:
        ExcelWriter(wb, archive).save()


def discard(wb) -> None:
    """Close a write-only workbook that will not be saved, removing openpyxl's temporary files."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # already half-closed by the failure we are cleaning up after
            pass
        if writer is not None:
            try:
                writer.cleanup()
            except OSError:
                pass
