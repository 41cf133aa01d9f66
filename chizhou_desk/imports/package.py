"""Reading a 报送包 (.zip: one 报送表 .xlsx at the top, 佐证材料/… beside it) as a submission whose
files were checked against the checksums its metadata lists (ARCHITECTURE: Attachments).

A hostile zip is refused before anything is extracted: a member whose path leaves the package
(zip-slip: absolute, `..`, a drive), too many members, a member or the whole over the limits
(sizes are counted while reading, not trusted from the header). A file changed, missing or
added on the way is named.
"""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from chizhou_desk import attachments as A
from chizhou_desk.domain import ImportedTable
from chizhou_desk.errors import InputError

MAX_MEMBERS = A.MAX_PERIOD_FILES + 50
MAX_SHEET_BYTES = 100 * 1024 * 1024  # as imports.detect reads any file


def is_package(path: Path) -> bool:
    """A zip whose top holds an .xlsx and which is not itself an Office document."""
    try:
        with open(path, "rb") as f:
            if f.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
    except (OSError, zipfile.BadZipFile, EOFError):
        return False
    if "[Content_Types].xml" in names or "mimetype" in names:
        return False
    return any(n.lower().endswith(".xlsx") and "/" not in n.strip("/") for n in names)


def read_package(path: str | Path) -> ImportedTable:
    path = Path(path)
    file = str(path)
    try:
        with zipfile.ZipFile(path) as z:
            sheet_info, members = _members(z, file)
            sheet_bytes = _read(z, sheet_info, MAX_SHEET_BYTES, file)
            table = _read_sheet(sheet_bytes, sheet_info.filename, file)
            listed = table.attachments or []
            table.attachments = _checked(z, members, listed, file)
    except zipfile.BadZipFile as exc:
        raise InputError(f"报送包无法读取({exc})", file=file) from None
    table.source = file
    table.checksum = _sha_of_file(path)
    return table


def _members(z: zipfile.ZipFile, file: str):
    """The sheet's entry and the files by their path; InputError for a member we refuse."""
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        raise InputError(f"报送包中有 {len(infos)} 个文件，超过 {MAX_MEMBERS} 个的上限，不予读取", file=file)
    sheets, members, total = [], {}, 0
    for info in infos:
        name = info.filename
        _check_path(name, file)
        if name.endswith("/"):
            continue
        if "/" not in name:
            if not name.lower().endswith(".xlsx"):
                raise InputError(f"报送包顶层有不属于报送包的文件：{name}", file=file)
            sheets.append(info)
            continue
        if not name.startswith(A.PACKAGE_FOLDER + "/"):
            raise InputError(f"报送包中的文件不在“{A.PACKAGE_FOLDER}”文件夹中：{name}", file=file)
        if info.file_size > A.MAX_FILE_BYTES:
            raise InputError(f"报送包中的 {name} 有 {info.file_size / 2**20:.1f} MB，超过每个文件 "
                             f"{A.MAX_FILE_BYTES // 2**20} MB 的上限", file=file)
        total += info.file_size
        members[name] = info
    if total > A.MAX_PERIOD_BYTES:
        raise InputError(f"报送包中的佐证材料共 {total / 2**20:.1f} MB，超过 {A.MAX_PERIOD_BYTES // 2**20} MB "
                         "的上限", file=file)
    if len(sheets) != 1:
        raise InputError(f"报送包顶层应有一个报送表 .xlsx，现有 {len(sheets)} 个", file=file)
    return sheets[0], members


def _check_path(name: str, file: str) -> None:
    p = PurePosixPath(name)
    if (name.startswith(("/", "\\")) or "\\" in name or ".." in p.parts or ":" in name
            or any(ord(ch) < 32 for ch in name)):
        raise InputError(f"报送包中的路径“{name}”指向包外，不予读取", file=file)


def _read(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, file: str) -> bytes:
    """The member's bytes, refused once more than `limit` come out (a header may lie)."""
    with z.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"报送包中的 {info.filename} 超过 {limit // 2**20} MB 的上限", file=file)
    return data


def _read_sheet(data: bytes, name: str, file: str) -> ImportedTable:
    from chizhou_desk.file_format import META_SHEET
    from chizhou_desk.imports import grid as G
    from chizhou_desk.imports.submission import read_submission

    with tempfile.TemporaryDirectory(prefix="chizhou-package-") as tmp:
        sheet = Path(tmp) / "submission.xlsx"
        sheet.write_bytes(data)
        workbook = G.open_workbook(sheet)
        if META_SHEET not in workbook.sheet_names:
            raise InputError(f"报送包中的 {name} 不是本程序导出的报送表", file=file)
        try:
            table = read_submission(sheet, workbook)
        except InputError as exc:  # named as the package's member, not the temporary copy
            raise InputError(str(exc).replace(str(sheet), f"{file}:{name}")) from None
    if not isinstance(table, ImportedTable) or table.unit is None:
        raise InputError(f"报送包中的 {name} 不是单位报送表", file=file)
    return table


def _checked(z: zipfile.ZipFile, members: dict, listed: list[A.PackedFile], file: str):
    """Each listed file read and compared with its size and sha256; any difference is named."""
    paths = {f.path for f in listed}
    extra = sorted(set(members) - paths)
    missing = [f.path for f in listed if f.path not in members]
    if missing:
        raise InputError(f"报送包缺少佐证材料：{'、'.join(missing[:10])}", file=file)
    if extra:
        raise InputError(f"报送包中有报送表未列出的文件(导出后被加入？)：{'、'.join(extra[:10])}", file=file)
    bad = []
    for f in listed:
        data = _read(z, members[f.path], A.MAX_FILE_BYTES, file)
        if len(data) != f.size or hashlib.sha256(data).hexdigest() != f.sha256:
            bad.append(f.path)
            continue
        try:
            A.kind_of(f.name, data)
        except InputError as exc:
            raise InputError(f"{f.path}：{exc}", file=file) from None
        f.data = data
    if bad:
        raise InputError(f"佐证材料与报送表记录的校验值不符(导出后被改动或损坏)：{'、'.join(bad[:10])}",
                         file=file)
    return listed


def _sha_of_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
