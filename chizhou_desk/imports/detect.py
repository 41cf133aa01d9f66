"""Pick the reader by the file's content, not only its name."""

import hashlib
from pathlib import Path

from chizhou_desk.domain import ImportedTable
from chizhou_desk.errors import InputError

META_SHEET = "chizhou_desk_meta"  # a unit submission made by this app carries this hidden sheet


def read_file(path: str | Path, period_key: str | None = None) -> ImportedTable:
    path = Path(path)
    if not path.is_file():
        raise InputError("文件不存在", file=str(path))
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        from chizhou_desk.imports.xlsx_table import open_workbook, read_xlsx_table

        wb = open_workbook(path)
        if META_SHEET in wb.sheet_names:
            from chizhou_desk.imports.submission import read_submission

            table = read_submission(path, wb)
        else:
            table = read_xlsx_table(path, period_key, wb)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InputError("这是旧版 .xls 文件,请在 Excel/WPS 中另存为 .xlsx 后再导入", file=str(path))
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("无法识别的文件:既不是 .xlsx,也不是 UTF-8 文本", file=str(path)) from None
        from chizhou_desk.imports.report_text import looks_like_report, read_report_text

        if not looks_like_report(text):
            raise InputError("文本中没有找到报告表格(“序号 |”表头)", file=str(path))
        table = read_report_text(path, text)
        if period_key:
            from chizhou_desk import periods as P

            try:
                key = P.parse(period_key, table.plan.year)
            except InputError as exc:
                raise InputError(f"--period: {exc}", file=str(path)) from None
            if P.split_key(key)[0] != table.plan.year:
                raise InputError(f"期间 {key} 与清单年份 {table.plan.year} 不符", file=str(path))
            table.period_key = key
    table.checksum = hashlib.sha256(data).hexdigest()
    return table
