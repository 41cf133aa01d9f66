"""The attachments table (schema 11): add, list, read, rename, remove and the files a unit's
package brings (ARCHITECTURE: Attachments). Every write is one transaction; a refused file
leaves the store as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

from chizhou_desk import attachments as A
from chizhou_desk.attachments import Attachment
from chizhou_desk.domain import now
from chizhou_desk.errors import InputError

_COLS = "a.id, a.task_id, t.no, a.name, a.kind, a.size, a.sha256, a.unit, a.added_at"


def _open_period(store, period_key: str):
    p = store.period(period_key)
    if p.closed:
        raise InputError(f"期间 {p.label} 已关闭，不能修改")
    return p


def read_files(paths, shrink: bool = False) -> list[tuple[str, bytes]]:
    """(name, bytes) of files to attach; a file over the limit is refused before it is read
    (`shrink`: photos are reduced first, so a large one may still be attached)."""
    out = []
    for path in map(Path, paths):
        if not path.is_file():
            raise InputError("文件不存在或不是普通文件", file=str(path))
        limit = A.SHRINK_READ_BYTES if shrink else A.MAX_FILE_BYTES
        if path.stat().st_size > limit:
            A.check_size(str(path), path.stat().st_size)
        name, data = path.name, path.read_bytes()
        if shrink:
            name, data = A.shrink_image(name, data)
        A.check_size(str(path), len(data))
        out.append((name, data))
    return out


def add(store, task_id: int, period_key: str, files: list[tuple[str, bytes]],
        unit: str = "") -> list[Attachment]:
    """Attach files to the task's entry for the period, all or none; a name the task already has
    gets (2), (3) … Returns what was stored."""
    p = _open_period(store, period_key)
    checked = []
    for name, data in files:
        A.check_size(name, len(data))
        checked.append((A.clean_name(name), A.kind_of(name, data), data))
    with store.transaction() as c:
        if c.execute("SELECT 1 FROM tasks WHERE id = ?", (task_id,)).fetchone() is None:
            raise InputError(f"没有 id 为 {task_id} 的任务")
        total, count = c.execute("SELECT coalesce(sum(size), 0), count(*) FROM attachments "
                                 "WHERE period_id = ? AND unit = ?", (p.id, unit)).fetchone()
        A.check_period_total(total, count, [len(d) for _, _, d in checked])
        taken = {r[0] for r in c.execute("SELECT name FROM attachments WHERE task_id = ? AND "
                                          "period_id = ? AND unit = ?", (task_id, p.id, unit))}
        ids = []
        for name, kind, data in checked:
            name = A.free_name(name, taken)
            taken.add(name)
            ids.append(_insert(c, None, task_id, p.id, unit, name, kind, data, now()))
    return [a for a in listing(store, period_key) if a.id in ids]


def _insert(c, aid, task_id, period_id, unit, name, kind, data, at) -> int:
    return c.execute(
        "INSERT INTO attachments (id, task_id, period_id, unit, name, kind, size, sha256, data, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (aid, task_id, period_id, unit, name, kind, len(data), hashlib.sha256(data).hexdigest(),
         data, at)).lastrowid


def listing(store, period_key: str, task_id: int | None = None,
            unit: str | None = None) -> list[Attachment]:
    """The period's files (of one task, of one unit's package), in task order then as added."""
    pid = store.period(period_key).id
    sql = (f"SELECT {_COLS} FROM attachments a JOIN tasks t ON t.id = a.task_id "
           "WHERE a.period_id = ?")
    args: list = [pid]
    if task_id is not None:
        sql += " AND a.task_id = ?"
        args.append(task_id)
    if unit is not None:
        sql += " AND a.unit = ?"
        args.append(unit)
    return [Attachment(*r) for r in store.conn.execute(sql + " ORDER BY t.seq, t.no, a.id", args)]


def counts(store, period_key: str | None) -> dict[int, int]:
    """task id -> how many files its entry for the period has (the task table's mark)."""
    if period_key is None:
        return {}
    pid = store.period(period_key).id
    return dict(store.conn.execute(
        "SELECT task_id, count(*) FROM attachments WHERE period_id = ? GROUP BY task_id", (pid,)))


def names_by_task(store, period_key: str) -> dict[int, list[str]]:
    """task id -> its files' names for the period (the printed status sheet lists them)."""
    out: dict[int, list[str]] = {}
    for a in listing(store, period_key):
        out.setdefault(a.task_id, []).append(a.name)
    return out


def data(store, attachment_id: int) -> bytes:
    row = store.conn.execute("SELECT data FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise InputError("佐证材料已不存在(已删除？)")
    return bytes(row[0])


def rename(store, attachment_id: int, name: str) -> str:
    """Give a file another name (its extension kept); the old name back, for undo."""
    row = store.conn.execute("SELECT a.name, a.task_id, a.period_id, a.unit, p.key FROM attachments a "
                             "JOIN periods p ON p.id = a.period_id WHERE a.id = ?",
                             (attachment_id,)).fetchone()
    if row is None:
        raise InputError("佐证材料已不存在(已删除？)")
    old, task_id, period_id, unit, key = row
    _open_period(store, key)
    ext = old.rsplit(".", 1)[-1] if "." in old else ""
    new = A.clean_name(name.strip())
    if ext and not new.lower().endswith("." + ext.lower()):
        new = f"{new}.{ext}"
    if new == old:
        return old
    with store.transaction() as c:
        if c.execute("SELECT 1 FROM attachments WHERE task_id = ? AND period_id = ? AND unit = ? "
                     "AND name = ?", (task_id, period_id, unit, new)).fetchone():
            raise InputError(f"本任务已有名为“{new}”的佐证材料")
        c.execute("UPDATE attachments SET name = ? WHERE id = ?", (new, attachment_id))
    return old


def remove(store, attachment_id: int) -> dict:
    """Delete a file; the whole row back (for undo: put_back)."""
    row = store.conn.execute(
        "SELECT a.id, a.task_id, a.period_id, a.unit, a.name, a.kind, a.data, a.added_at, p.key "
        "FROM attachments a JOIN periods p ON p.id = a.period_id WHERE a.id = ?",
        (attachment_id,)).fetchone()
    if row is None:
        raise InputError("佐证材料已不存在(已删除？)")
    _open_period(store, row[8])
    with store.transaction() as c:
        c.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
    keys = ("id", "task_id", "period_id", "unit", "name", "kind", "data", "added_at")
    return dict(zip(keys, row[:8], strict=True))


def put_back(store, row: dict) -> None:
    """Undo of remove: the same row, same id."""
    with store.transaction() as c:
        _insert(c, row["id"], row["task_id"], row["period_id"], row["unit"], row["name"], row["kind"],
                bytes(row["data"]), row["added_at"])


def merge_imported(c, table, result) -> None:
    """Inside the import's transaction: the files a unit's package brought replace that unit's
    earlier ones for the period's tasks (a resubmission replaces). An .xlsx taken out of its
    package lists files it does not bring: the stored ones stay and a note says so."""
    files = table.attachments
    missing = [f.path for f in files if f.data is None]
    if missing:
        result.notes.append(f"报送表列出的 {len(missing)} 个佐证材料未随附(请导入报送包 .zip)："
                            + "、".join(missing[:10]))
        return
    pid = c.execute("SELECT p.id FROM periods p JOIN plans pl ON pl.id = p.plan_id "
                    "WHERE pl.year = ? AND p.key = ?", (table.plan.year, table.period_key)).fetchone()[0]
    ids = dict(c.execute("SELECT t.no, t.id FROM tasks t JOIN plans pl ON pl.id = t.plan_id "
                         "WHERE pl.year = ?", (table.plan.year,)))
    unit = table.unit or ""
    task_ids = [ids[t.no] for t in table.tasks if t.no in ids]
    c.execute(f"DELETE FROM attachments WHERE period_id = ? AND unit = ? AND task_id IN "
              f"({','.join('?' * len(task_ids))})", (pid, unit, *task_ids))
    at = now()
    nos = {t.no for t in table.tasks}
    for f in files:
        if f.no not in nos or f.no not in ids:
            raise InputError(f"佐证材料 {f.path} 所属的任务 {f.no} 在本库清单中不存在", file=table.source)
        _insert(c, None, ids[f.no], pid, unit, A.clean_name(f.name), A.kind_of(f.name, f.data),
                f.data, at)
    if files:
        result.notes.append(f"佐证材料 {len(files)} 个，已核对校验值")
