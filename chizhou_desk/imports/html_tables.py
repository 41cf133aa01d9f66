"""Saved web pages and HTML on the clipboard (a government page, WPS, Word) as grids: each <table>
a grid, rowspan/colspan spread like merged cells, the page's text above a table kept as its title.
The stdlib parser is used (no network, no entities beyond HTML's own); rows, columns, spans and
cell lengths are capped like the other readers' so a hostile page cannot make us allocate."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from chizhou_desk.errors import InputError
from chizhou_desk.imports.grid import MAX_CELL, MAX_COLS, MAX_ROWS, Grid

MAX_CELLS = 2_000_000  # rows × columns of one table, spans included
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title"}
_SKIP = {"script", "style", "noscript", "template"}


def looks_like_html(data: bytes) -> bool:
    """A web page (also an .xls a site serves that is a page): it starts with a tag and has a table."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head", b"<!--")) or \
        head.startswith(b"<") and b"<table" in data[:1 << 20].lower()


def decode_html(data: bytes) -> str:
    """The page's text: its BOM, else the charset its <meta> names, else UTF-8, else GB18030 (GBK)."""
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8", "replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", "replace")
    m = _CHARSET.search(data[:8192])
    names = [m.group(1).decode("ascii").lower()] if m else []
    names = ["gb18030" if n in ("gbk", "gb2312", "gb_2312-80", "x-gbk") else n for n in names]
    for name in [*names, "utf-8", "gb18030"]:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace")


class _Table:
    def __init__(self, above: list[str]):
        self.rows: list[list[str]] = []
        self.merges: list[tuple[int, int, int, int]] = []
        self.taken: set[tuple[int, int]] = set()  # slots a span above covers
        self.above = above
        self.cell: list[str] | None = None
        self.at = (0, 0)  # where the open cell's text goes
        self.col = 0

    def new_row(self) -> None:
        if len(self.rows) >= MAX_ROWS:
            raise InputError(f"网页中的表格超过 {MAX_ROWS} 行的上限，不予读取")
        self.rows.append([])
        self.col = 0

    def new_cell(self, rowspan: int, colspan: int) -> None:
        if not self.rows:
            self.new_row()
        self.end_cell()
        r = len(self.rows) - 1
        while (r, self.col) in self.taken:
            self.col += 1
        c = self.col
        if c + colspan > MAX_COLS:
            raise InputError(f"网页中的表格宽过 {MAX_COLS} 列的上限，不予读取")
        rowspan = min(rowspan, MAX_ROWS - r)
        if len(self.taken) + rowspan * colspan > MAX_CELLS:
            raise InputError("网页中的表格单元格过多，不予读取")
        for dr in range(rowspan):
            for dc in range(colspan):
                if dr or dc:
                    self.taken.add((r + dr, c + dc))
        if rowspan > 1 or colspan > 1:
            self.merges.append((r, c, r + rowspan - 1, c + colspan - 1))
        self.cell = []
        self.at = (r, c)
        self.col = c + colspan

    def end_cell(self) -> None:
        if self.cell is None:
            return
        text = _clean("".join(self.cell))
        if len(text) >= MAX_CELL:
            raise InputError(f"网页中的单元格超过 {MAX_CELL} 字符的上限，不予读取")
        r, c = self.at
        row = self.rows[r]
        row += [""] * (c + 1 - len(row))
        row[c] = text
        self.cell = None

    def grid(self, name: str) -> Grid:
        self.end_cell()
        width = max([len(r) for r in self.rows] + [c1 + 1 for _r0, _c0, _r1, c1 in self.merges], default=0)
        height = max([len(self.rows)] + [r1 + 1 for _r0, _c0, r1, _c1 in self.merges])
        rows = [r + [""] * (width - len(r)) for r in self.rows] + [[""] * width] * (height - len(self.rows))
        return Grid(name, rows, self.merges, above=self.above[-6:], kind="html", before=self.above[-40:-6])


def _clean(text: str) -> str:
    lines = [re.sub(r"[ \t\r\f\v\u3000\xa0]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []  # open tables, innermost last
        self.done: list[_Table] = []
        self.text: list[str] = []  # the page's text outside tables, line by line
        self.line: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
            return
        table = self.tables[-1] if self.tables else None
        if tag == "table":
            self._break()
            self.tables.append(_Table([ln for ln in self.text if ln]))
        elif table is not None and tag == "tr":
            table.end_cell()
            table.new_row()
        elif table is not None and tag in ("td", "th"):
            a = dict(attrs)
            table.new_cell(_span(a.get("rowspan")), _span(a.get("colspan"), MAX_COLS))
        elif tag in _BLOCKS:
            self._newline()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        table = self.tables[-1] if self.tables else None
        if tag == "table" and table is not None:
            self.done.append(self.tables.pop())
            table.end_cell()
        elif table is not None and tag in ("td", "th"):
            table.end_cell()
        elif tag in _BLOCKS:
            self._newline()

    def handle_data(self, data):
        if self.skip:
            return
        data = data.replace("\r", "").replace("\n", " ")
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.cell.append(data)
        elif table is None:
            self.line.append(data)

    def _newline(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.cell.append("\n")
        else:
            self._break()

    def _break(self) -> None:
        line = _clean("".join(self.line))
        if line:
            self.text.append(line)
        self.line = []


def _span(value: str | None, cap: int = 65534) -> int:  # HTML's own caps
    try:
        return max(1, min(int(str(value).strip()), cap))
    except ValueError:
        return 1


def html_grids(text: str, file: str | None = None) -> list[Grid]:
    """The page's tables that hold at least two rows of two cells; an error when there are none."""
    reader = _Reader()
    try:
        reader.feed(text)
        reader.close()
        while reader.tables:  # tags left open at the end of the page
            reader.done.append(reader.tables.pop())
    except InputError as exc:
        raise InputError(str(exc), file=file) from None
    grids: list[Grid] = []
    for table in reader.done:
        g = table.grid(f"表格{len(grids) + 1}")
        if sum(1 for row in g.rows if sum(1 for c in row if c) >= 2) >= 2:
            grids.append(g)
    if not grids:
        raise InputError("网页中没有表格(清单应是一个表格)", file=file)
    return grids
