"""Pick the reader by the file's content, not its name; lists go through the import engine."""

from __future__ import annotations

import hashlib
from pathlib import Path

from chizhou_desk.domain import ImportedTable
from chizhou_desk.errors import InputError
from chizhou_desk.file_format import META_SHEET
from chizhou_desk.imports import grid as G

MAX_FILE_BYTES = 100 * 1024 * 1024


class NeedsSettling(InputError):
    """The engine is not sure how to read a list: the proposal says what it found."""

    def __init__(self, message: str, proposal, *, file: str | None = None):
        super().__init__(message, file=file)
        self.proposal = proposal


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError("文件不存在", file=str(path))
    if not path.is_file():
        raise InputError("不是普通文件(是文件夹或设备)", file=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"文件有 {size // 2**20} MB，超过 {MAX_FILE_BYTES // 2**20} MB 的上限，不予读取",
                         file=str(path))
    return path.read_bytes()


def propose_file(path: str | Path, period_key: str | None = None, *, mapping: str | dict | None = None,
                 header_row: int | None = None, sheet: int | None = None,
                 remembered: dict | None = None):
    """(proposal, checksum) for a list or progress table, or (ImportedTable, checksum) for one of
    our own submissions, which needs no proposal (imports.feedback.Feedback for the office's
    审核意见单, recognised by the same metadata sheet)."""
    path = Path(path)
    from chizhou_desk.imports.package import is_package, read_package

    if path.is_file() and is_package(path):  # a 报送包 (.zip) with its 佐证材料 (issue 30)
        package = read_package(path)
        return package, package.checksum
    data = _read_bytes(path)
    checksum = hashlib.sha256(data).hexdigest()
    workbook = None
    if data[:4] == b"PK\x03\x04":
        if "word/document.xml" not in G.zip_names(path):
            workbook = G.open_workbook(path)
            if META_SHEET in workbook.sheet_names:
                from chizhou_desk.imports.submission import read_submission

                table = read_submission(path, workbook)
                table.checksum = checksum
                return table, checksum
    grids = read_grids(path, data, workbook)
    proposal = propose_grids(grids, path, period_key, mapping=mapping, header_row=header_row, sheet=sheet,
                             remembered=remembered)
    return proposal, checksum


def propose_grids(grids: list[G.Grid], path: Path, period_key: str | None = None, *,
                  mapping: str | dict | None = None, header_row: int | None = None, sheet: int | None = None,
                  remembered: dict | None = None):
    """The engine's proposal for grids read from a file or pasted (`path` names them)."""
    from chizhou_desk.imports import engine

    filled = [g for g in grids if any(any(c for c in row) for row in g.rows)]
    if not filled:
        names = "、".join(f"“{g.name}”" for g in grids) or "工作簿"
        raise InputError(f"工作表{names}为空", file=str(path))
    if isinstance(mapping, str):
        width = max(g.width for g in grids)
        mapping = engine.parse_map(mapping, width)
    try:
        proposal = engine.propose(grids, path, sheet=sheet, header_row=header_row, mapping=mapping,
                                  period=period_key, remembered=remembered)
    except InputError as exc:
        if exc.file is None:
            raise InputError(str(exc), file=str(path)) from None
        raise
    if proposal.grid.kind == "lines":  # not understood: the user settles it in the preview
        from chizhou_desk.imports.line_grid import PROBLEM

        proposal.problems.append(PROBLEM)
    return proposal


def propose_pasted(html: str = "", text: str = "", remembered: dict | None = None):
    """(proposal, checksum) for a table on the clipboard: HTML (a web page, WPS, Word) or text
    with tabs (a spreadsheet's cells), read like a file of that kind."""
    from chizhou_desk.imports import html_tables, text_tables

    path = Path("剪贴板")
    source = html or text
    if not source.strip():
        raise InputError("剪贴板中没有表格")
    if len(source) > MAX_FILE_BYTES // 4:
        raise InputError(f"剪贴板中的内容超过 {MAX_FILE_BYTES // 4 // 2**20} MB 的上限，不予读取")
    checksum = hashlib.sha256(source.encode("utf-8", "replace")).hexdigest()
    if html:
        try:
            grids = html_tables.html_grids(html, file=str(path))
        except InputError:
            if not text:
                raise
            html = ""
    if not html:
        try:
            grids = text_tables.read_text(path, text)
        except InputError as exc:
            grids = _lines_or_raise(text, exc)
    return propose_grids(grids, path, remembered=remembered), checksum


def _lines_or_raise(text: str, refusal: InputError) -> list[G.Grid]:
    """A text list no reader settled, line by line for the preview; the readers' refusal when it
    is not a list at all."""
    from chizhou_desk.imports.line_grid import line_grid

    grid = line_grid(text)
    if grid is None:
        raise refusal
    return [grid]


def read_file(path: str | Path, period_key: str | None = None, *, mapping: str | dict | None = None,
              header_row: int | None = None, sheet: int | None = None,
              remembered: dict | None = None, settled: bool = False) -> ImportedTable:
    """The file as a table to merge; an unsure proposal is refused with what was found
    (`settled`: the user has seen and accepted the proposal, as in the window's preview)."""
    from chizhou_desk.imports import engine

    found, checksum = propose_file(path, period_key, mapping=mapping, header_row=header_row,
                                   sheet=sheet, remembered=remembered)
    if isinstance(found, ImportedTable) or hasattr(found, "verdict"):  # or the office's 审核意见单
        if period_key:
            _check_submission_period(found, period_key)
        return found
    if not found.confident and not settled:
        refusal = NeedsSettling(engine.unsure_message(found), found, file=str(path))
        refusal.fixable = True  # the window's preview can settle it
        raise refusal
    try:
        table = engine.build(found, Path(path))
    except InputError as exc:
        exc.fixable = True
        raise
    table.checksum = checksum
    table.layout = found  # kept so a settled mapping can be remembered with the import
    return table


def _check_submission_period(table: ImportedTable, period_key: str) -> None:
    from chizhou_desk import periods as P

    try:
        key = P.parse(period_key, table.plan.year)
    except InputError as exc:
        raise InputError(f"--period: {exc}", file=table.source) from None
    if key != table.period_key:
        raise InputError(f"报送表的期间是 {P.label(table.period_key or key)}，与 --period {period_key} 不符",
                         file=table.source)


def read_grids(path: Path, data: bytes, workbook=None) -> list[G.Grid]:
    """The grids of a file that is not one of our own submissions: a workbook's sheets, a Word
    document's tables, or a text file's tables (text_tables)."""
    if workbook is not None:
        return G.workbook_grids(path, workbook)
    if data[:4] == b"PK\x03\x04":
        names = G.zip_names(path)
        if "word/document.xml" in names:
            return G.docx_grids(path, data)
        return G.workbook_grids(path, G.open_workbook(path))
    if data[:8] == G.OLE_MAGIC:  # .xls, WPS .et; a .doc is refused with a hint
        if b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t" in data[:65536]:
            raise InputError("这是旧版 Word .doc 文件，请在 Word/WPS 中另存为 .docx 后再导入", file=str(path))
        hint = "旧版 .xls/.et 文件无法读取，请在 Excel/WPS 中另存为 .xlsx 后再导入"
        return G.workbook_grids(path, G.open_workbook(path, hint=hint))
    from chizhou_desk.imports import html_tables, text_tables

    if html_tables.looks_like_html(data):  # a saved web page (or an .xls a site serves as one)
        return html_tables.html_grids(html_tables.decode_html(data), file=str(path))
    text = G.decode_text(path, data)
    try:
        return text_tables.read_text(path, text)
    except InputError as exc:
        return _lines_or_raise(text, exc)
