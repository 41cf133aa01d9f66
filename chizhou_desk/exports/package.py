"""The submission as a package (报送包, .zip): the unit's 报送表 .xlsx at the top and its 佐证材料 in
佐证材料/序号-任务简称/文件名, each file's size and sha256 in the 报送表's hidden metadata sheet, so
the office's import names a file changed or lost on the way (ARCHITECTURE: Attachments)."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from chizhou_desk import attachments as A
from chizhou_desk.errors import InputError
from chizhou_desk.exports.layout import ExportOptions, ExportResult
from chizhou_desk.logs import log

_DEFLATED = {"txt", "csv", "md", "bmp", "tif", "tiff", "doc", "xls", "ppt", "wps", "et", "dps"}


def default_package_name(unit: str, period_key: str) -> str:
    from chizhou_desk.exports.layout import default_file_name

    return str(Path(default_file_name(unit, period_key)).with_suffix(".zip"))


def packed_files(store, unit: str, period_key: str) -> list[tuple[A.PackedFile, int]]:
    """The files of the tasks the unit leads with their places in the package (no bytes yet),
    each with its attachment id."""
    from chizhou_desk.query import select
    from chizhou_desk.store_attachments import listing

    canonical = store.resolve_unit(unit)
    rows = {r.id: r for r in select(store, period_key, unit=canonical)}
    out: list[tuple[A.PackedFile, int]] = []
    taken: set[str] = set()
    for a in listing(store, period_key):
        if a.task_id in rows and a.unit in ("", canonical):
            r = rows[a.task_id]
            place = A.free_name(f"{A.task_folder(r.no, _short(store, r))}/{a.name}", taken)
            taken.add(place)  # two units' files of one task under one name
            out.append((A.PackedFile(r.no, a.name, place, a.size, a.sha256), a.id))
    return out


def _short(store, row) -> str:
    got = store.conn.execute("SELECT short_title FROM tasks WHERE id = ?", (row.id,)).fetchone()
    return (got[0] if got and got[0] else row.text)[:16]


def export_package(store, unit: str, period_key: str, path, *, filler: dict | None = None,
                   options: ExportOptions | None = None, progress=None) -> ExportResult:
    """Write the 报送包 to `path` (.zip) atomically; the ExportResult's path is the .zip."""
    from chizhou_desk.exports.submission import default_file_name, export_submission
    from chizhou_desk.files import atomic_target
    from chizhou_desk.store_attachments import data

    path = Path(path)
    if path.suffix.lower() != ".zip":
        raise InputError("报送包的文件名应以 .zip 结尾", file=str(path))
    canonical = store.resolve_unit(unit)
    packed = packed_files(store, canonical, period_key)
    files = [f for f, _ in packed]
    xlsx_name = default_file_name(canonical, period_key)
    with tempfile.TemporaryDirectory(prefix="chizhou-package-") as tmp:
        sheet = Path(tmp) / xlsx_name
        result = export_submission(store, canonical, period_key, sheet, filler=filler, options=options,
                                   progress=progress, meta_extra=A.meta_entries(files))
        with atomic_target(path, ".zip") as target:
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
                z.write(sheet, xlsx_name)
                for f, aid in packed:
                    blob = data(store, aid)
                    kind = f.name.rsplit(".", 1)[-1].lower()
                    # compressed already (JPEG, PNG, PDF streams, Office zips): stored, not squeezed again
                    method = zipfile.ZIP_DEFLATED if kind in _DEFLATED else zipfile.ZIP_STORED
                    z.writestr(f.path, blob, compress_type=method)
            _verify(target)
    log.info("export package %s: %d rows, %d attachments", path, result.rows, len(files))
    return ExportResult(str(path), result.rows, result.sha256, result.problems)


def _verify(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"写出的报送包无法读回({exc})", file=str(path)) from exc
    if bad is not None:
        raise InputError(f"写出的报送包已损坏：{bad}", file=str(path))
