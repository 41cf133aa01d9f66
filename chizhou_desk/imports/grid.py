"""Every list format read into grids of text cells: one grid a sheet or a Word table.

Spreadsheets (.xlsx, .xls, WPS .et, .ods) are read with python-calamine; .csv with the csv
module (UTF-8 with or without BOM, else GB18030, which covers GBK); Word tables with python-docx;
text as the published report (a cell a line, or a row a line with "|") or as a list in prose.
Hostile files are refused before the reader allocates anything: the zip's unpacked size, the
sheet's used range, the row count and the cell length are checked first.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from chizhou_desk.errors import InputError

MAX_ROWS = 100_000
MAX_COLS = 200
MAX_CELL = 32_767  # Excel's own limit for a cell
MAX_UNPACKED = 200 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Grid:
    """A table's cells as text; `above` holds the lines printed before it (titles, a Word heading)."""

    name: str
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 inclusive
    above: list[str] = field(default_factory=list)
    kind: str = "sheet"  # sheet | csv | docx | text | prose
    before: list[str] = field(default_factory=list)  # a document's paragraphs above `above` (its body text)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):  # a 完成时限 typed as a date
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def decode_text(path: Path, data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text": UTF-16, tab separated
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise InputError("无法识别的文件：不是表格、Word 文档或文本", file=str(path))
    for encoding in ("utf-8-sig", "gb18030"):  # Windows Notepad and WPS save GBK
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("无法识别的文件：既不是 .xlsx，也不是 UTF-8 或 GBK 文本", file=str(path))


def zip_names(path: Path) -> list[str]:
    """The zip's member names, after refusing a zip bomb or a damaged archive."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"无法作为 Excel/Word 文件读取(压缩包已损坏：{exc.__class__.__name__})",
                         file=str(path)) from None
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED:
        raise InputError(f"文件解压后 {unpacked // 2**20} MB，超过 {MAX_UNPACKED // 2**20} MB 的上限，不予读取",
                         file=str(path))
    return [i.filename for i in infos]


# a cell past MAX_ROWS (six digits or more) or past MAX_COLS (column GS or later): rare, so one
# regex scan in C finds the candidates and only those are measured
_BIG_REF = re.compile(rb'r="(?:([A-Z]{1,3})(\d{6,})|([A-Z]{3}|G[S-Z]|[H-Z][A-Z])(\d{1,7}))"')  # literal prefix: fast


def check_sheet_sizes(path: Path) -> None:
    """Refuse a sheet whose used range is absurd (calamine would allocate it whole), and formulas
    saved without their values (calamine would read them as empty cells)."""
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if info.filename.endswith(".xml") and _DOCTYPE.search(z.open(info).read(1024)):
                    raise InputError("文件中含有 XML 实体定义(DOCTYPE)，可能是恶意构造的文件，不予读取",
                                     file=str(path), where=info.filename)
                if not re.match(r"xl/worksheets/[^/]+\.xml$", info.filename):
                    continue
                max_row, max_col, formula = _scan_sheet(z, info)
                if max_row > MAX_ROWS:
                    raise InputError(f"工作表有 {max_row} 行，超过 {MAX_ROWS} 行的上限，不予读取", file=str(path))
                if max_col > MAX_COLS:
                    raise InputError(f"工作表的已用区域宽到第 {max_col} 列，超过 {MAX_COLS} 列的上限，不予读取",
                                     file=str(path))
                if formula:
                    raise InputError("单元格是公式，但文件里没有保存公式的结果(文件多半由程序生成，未在 Excel/WPS 中"
                                     "打开保存过)，读出来会是空的；请在 Excel 或 WPS 中打开并保存后再导入",
                                     file=str(path), where=f"{_sheet_name(z, info.filename)}{formula} 单元格")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"无法作为 Excel 文件读取({exc.__class__.__name__})", file=str(path)) from None


# a formula cell without its cached value, as openpyxl and other generators write it
_FORMULA_NO_VALUE = (b"</f><v></v>", b"</f></c>", b"</f><v/></c>")
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3}\d{1,7})"')  # at a cell's start


def _scan_sheet(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int, str]:
    """(last row, last column, the first formula cell saved without its value or "")."""
    max_row = max_col = 0
    formula = ""
    with z.open(info) as f:
        tail = b""
        while chunk := f.read(1 << 20):
            buf = tail + chunk
            for m in _BIG_REF.finditer(buf):
                col, row = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                max_row = max(max_row, int(row))
                max_col = max(max_col, _col_number(col))
            if not formula and b"</f>" in buf:  # most lists have no formulas: one scan
                formula = _formula_without_value(buf)
            tail = buf[-64:]
    return max_row, max_col, formula


def _formula_without_value(buf: bytes) -> str:
    """The first formula cell saved without a value; Excel saves a formula giving "" as t="str"."""
    for pattern in _FORMULA_NO_VALUE:
        start = 0
        while (at := buf.find(pattern, start)) >= 0:
            cell = buf.rfind(b"<c ", 0, at)
            tag = buf[cell:buf.find(b">", cell)] if cell >= 0 else b""
            if b'"str"' not in tag and b"'str'" not in tag:
                m = _CELL_REF.match(buf, cell) if cell >= 0 else None
                return m.group(1).decode() if m else "?"
            start = at + 1
    return ""


def _sheet_name(z: zipfile.ZipFile, member: str) -> str:
    """“汇总表”工作表 for xl/worksheets/sheet3.xml, from the workbook's relationships."""
    try:
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
        book = z.read("xl/workbook.xml").decode("utf-8", "replace")
    except KeyError:
        return ""
    target = member.removeprefix("xl/")
    rid = re.search(r'Id="([^"]+)"[^>]*Target="/?(?:xl/)?' + re.escape(target) + '"', rels) or \
        re.search(r'Target="/?(?:xl/)?' + re.escape(target) + r'"[^>]*Id="([^"]+)"', rels)
    name = rid and re.search(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="' + re.escape(rid.group(1)) + '"', book)
    return f"工作表“{html.unescape(name.group(1))}”" if name else ""


_DOCTYPE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def open_workbook(path: Path, hint: str = ""):
    from python_calamine import CalamineWorkbook

    if zipfile.is_zipfile(path):
        zip_names(path)
        check_sheet_sizes(path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own types for every kind of broken file
        raise InputError(hint or f"无法作为 Excel 文件读取({exc.__class__.__name__})", file=str(path)) from exc


def workbook_grids(path: Path, wb) -> list[Grid]:
    grids = []
    for name in wb.sheet_names:
        try:
            sheet = wb.get_sheet_by_name(name)
        except Exception as exc:  # damaged sheet XML inside a readable zip
            raise InputError(f"工作表无法读取，文件已损坏({exc.__class__.__name__})", file=str(path),
                             where=f"工作表“{name}”") from None
        if sheet.height > MAX_ROWS:
            raise InputError(f"工作表有 {sheet.height} 行，超过 {MAX_ROWS} 行的上限，不予读取",
                             file=str(path), where=f"工作表“{name}”")
        if sheet.width > MAX_COLS:
            raise InputError(f"工作表宽 {sheet.width} 列，超过 {MAX_COLS} 列的上限，不予读取",
                             file=str(path), where=f"工作表“{name}”")
        try:
            raw = sheet.to_python(skip_empty_area=False)
        except Exception as exc:  # a damaged sheet inside a readable zip
            raise InputError(f"工作表无法读取({exc.__class__.__name__})", file=str(path),
                             where=f"工作表“{name}”") from exc
        rows = []
        for r, row in enumerate(raw):
            cells = [v.strip() if type(v) is str else cell_text(v) for v in row]
            # calamine cuts a longer cell to Excel's 32,767 characters without a word: a cell that
            # long was most likely cut, so the file is refused rather than read short
            if cells and max(map(len, cells)) >= MAX_CELL:  # rare: find the cell only then
                c = next(c for c, v in enumerate(cells) if len(v) >= MAX_CELL)
                raise InputError(f"单元格达到 Excel 的 {MAX_CELL} 字符上限(内容可能已被截断)，不予读取",
                                 file=str(path), where=f"工作表“{name}”第 {r + 1} 行第 {c + 1} 列")
            rows.append(cells)
        try:
            merges = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or [])]
        except Exception:  # older calamine or a sheet type without merge info
            merges = []
        grids.append(Grid(name, rows, merges))
    return grids


def docx_grids(path: Path, data: bytes) -> list[Grid]:
    """Each Word table a grid; a merged cell's text once, its span kept as a merge."""
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency
        raise InputError("读取 Word 文件需要 python-docx", file=str(path)) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise InputError(f"无法作为 Word 文件读取({exc.__class__.__name__})", file=str(path)) from None
    grids: list[Grid] = []
    above: list[str] = []
    before: list[str] = []  # the report's text above earlier tables: its year, its list's name
    body = document.element.body
    tables = iter(document.tables)
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")).strip()
            if text:
                above.append(text)
        elif tag == "tbl":
            grid = _docx_table(next(tables), f"表格{len(grids) + 1}", above[-6:])
            grid.before = (before + above[:-6])[-40:]
            if grids and _continues(grids[-1], grid):
                _append(grids[-1], grid, above)
            else:
                grids.append(grid)
            before, above = before + above, []
    if not any(map(_has_header, grids)):  # a list written as numbered paragraphs (a table, if
        from chizhou_desk.imports.prose import read_prose  # any, is not the list)

        prose = read_prose(before + above)
        if prose is not None:
            return [prose]
        if not grids:
            raise InputError("Word 文件中既没有表格，也没有“1．……牵头单位：……”这样逐条书写的任务", file=str(path))
    return grids


def _has_header(grid: Grid) -> bool:
    """A row of column names among the first rows: the task's words and one more role."""
    from chizhou_desk.imports.roles import header_scores

    for row in grid.rows[:30]:
        roles = {r for c in row if c and len(c) <= 24 for r, v in header_scores(c).items() if v >= 0.9}
        if len(roles) >= 2 and roles & {"text", "progress"}:
            return True
    return False


_NUMBER_CELL = re.compile(r"^[（(]?\d{1,5}[)）.、．]?$")


def _norm(row: list[str]) -> list[str]:
    return [re.sub(r"\s+", "", c) for c in row]


def _continues(prev: Grid, grid: Grid) -> bool:
    """A Word list is often cut into one table a section or a page: the next table repeats the
    header, or has the same columns and starts with a numbered row."""
    if not grid.rows or not prev.rows or len(grid.rows[0]) != len(prev.rows[0]):
        return False
    if _norm(grid.rows[0]) == _norm(prev.rows[0]):
        return True
    first = next((c for c in grid.rows[0] if c), "")
    return bool(_NUMBER_CELL.match(first))


def _append(prev: Grid, grid: Grid, between: list[str]) -> None:
    """Add a continuing table's rows (without its repeated header) under the previous one; the
    paragraphs between them (a section heading) become rows of their own."""
    skip = 1 if _norm(grid.rows[0]) == _norm(prev.rows[0]) else 0
    width = len(prev.rows[0])
    for line in between:
        prev.rows.append([line] + [""] * (width - 1))
        r = len(prev.rows) - 1
        prev.merges.append((r, 0, r, width - 1))
    offset = len(prev.rows) - skip
    prev.rows.extend(grid.rows[skip:])
    prev.merges.extend((r0 + offset, c0, r1 + offset, c1) for r0, c0, r1, c1 in grid.merges if r0 >= skip)


def _docx_table(table, name: str, above: list[str]) -> Grid:
    rows: list[list[str]] = []
    seen: dict[int, tuple[int, int]] = {}  # id of a cell element -> where it was first read
    alive = []  # lxml hands out a new proxy per access: keep them so an id is never reused
    spans: dict[tuple[int, int], list[int]] = {}  # first place -> [r1, c1]
    for r, row in enumerate(table.rows):
        cells = []
        for c, cell in enumerate(row.cells):
            alive.append(cell._tc)
            key = id(cell._tc)
            if key in seen:
                r0, c0 = seen[key]
                span = spans.setdefault((r0, c0), [r0, c0])
                span[0], span[1] = max(span[0], r), max(span[1], c)
                cells.append("")
            else:
                seen[key] = (r, c)
                cells.append("\n".join(p.text for p in cell.paragraphs).strip())
        rows.append(cells)
    merges = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in spans.items()]
    return Grid(name, rows, merges, above=list(above), kind="docx")


def read_csv(path: Path, text: str) -> list[Grid]:
    # Excel writes commas (or tabs for "Unicode text"); the sniffer guesses wrong on Chinese text
    sample = text[:8192]
    dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    if len(rows) > MAX_ROWS:
        raise InputError(f"表格有 {len(rows)} 行，超过 {MAX_ROWS} 行的上限，不予读取", file=str(path))
    return [Grid(path.stem, rows, kind="csv")]
