"""Opening a database in the window: one writer per file (dblock.py: a lock file beside it; a second window
opens read-only), the last database reopened at start, a damaged or missing database answered
with its backups, and 文件 → 恢复备份… (ARCHITECTURE: Reliability)."""

import errno
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from chizhou_desk.backups import list_backups, make_private_folder, restore
from chizhou_desk.dblock import DbLock
from chizhou_desk.errors import InputError
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.core_texts import core_text

LOCK_WAIT_MS = 300
# a save waits this long for another writer, then the window keeps the text and retries: the
# window stays responsive instead of blocking for the command line's longer wait
WINDOW_BUSY_TIMEOUT_S = 3.0
# PRAGMA quick_check reads the whole file (~400 ms for 140 MB): a file larger than this is checked
# after the window has painted, before the day's backup (app.backup_now), not before it opens
CHECK_AT_OPEN_MAX_BYTES = 16 * 1024 * 1024
translate = QCoreApplication.translate  # lupdate reads translate("Context", "…") calls



def make_banner(w, reason: str | None) -> QLabel:
    """The bar above the table saying why this window cannot write (hidden when it can)."""
    banner = QLabel(w)
    banner.setObjectName("readOnlyBanner")
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setStyleSheet("background: #fff3cd; color: #7a4d00; padding: 4px; font-weight: bold;")
    w.ui.centralLayout.insertWidget(0, banner)
    banner.setText(reason or "")
    banner.setVisible(bool(reason))
    return banner


def start_path(db_arg, settings) -> str | None:
    """--db, else the database open when the window last closed (if it is still there), else
    None: the default database."""
    from chizhou_desk.paths import default_db_path

    if db_arg:
        return db_arg
    from chizhou_desk.backups import is_inside_backups

    recent = settings.recent_databases()
    if recent and Path(recent[0]).is_file() and Path(recent[0]) != default_db_path() \
            and not is_inside_backups(Path(recent[0])):  # a backup opened by an older version: not again
        return recent[0]
    return None


def open_database(db_path) -> tuple:
    """(store, lock or None, read-only reason or None). The lock is this window's claim to write;
    when another live window holds it, or the file or medium is read-only, the store is read-only."""
    from chizhou_desk.database import open_store
    from chizhou_desk.paths import default_db_path
    from chizhou_desk.store import Store

    path = Path(db_path) if db_path else default_db_path()
    if db_path is None:
        make_private_folder(path.parent)
    lock = DbLock(path)
    reason: str | None = None
    try:
        other = lock.acquire()
    except OSError as exc:
        other, reason = None, translate("DbOpen", "无法在数据库所在文件夹中建立锁文件(只读介质?)，本窗口只读。")
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            reason = translate("DbOpen", "磁盘已满，无法在数据库所在文件夹中建立锁文件，本窗口只读。"
                                         "请腾出空间后重新打开。")
    else:
        reason = None if other is None else held_reason(other)
    if reason is not None:
        if not path.is_file():
            raise InputError(translate("DbOpen", "数据库文件不存在"), file=str(path))
        return Store(path, read_only=True, check=_check_at_open(path)), None, reason
    try:
        store = open_store(db_path, check=_check_at_open(path), busy_timeout=WINDOW_BUSY_TIMEOUT_S)
    except BaseException:
        lock.unlock()
        raise
    if store.read_only:
        lock.unlock()
        return store, None, translate("DbOpen", "数据库文件或其所在位置是只读的，本窗口只读。")
    return store, lock, None


def held_reason(info) -> str:
    """The banner's text for a database another window (or the command line) holds."""
    if info.kind == "cli":
        text = translate("DbOpen", "命令行正在写入此数据库(主机 {0}，进程 {1})，本窗口只读；写完后可改为可编辑。")
    else:
        text = translate("DbOpen", "此数据库正在另一个窗口中编辑(主机 {0}，进程 {1})，本窗口只读。")
    return text.format(info.host, info.pid)


def _check_at_open(path: Path) -> bool:
    try:
        return path.stat().st_size <= CHECK_AT_OPEN_MAX_BYTES
    except OSError:
        return True


def offer_restore_when_damaged(w, exc) -> None:
    """The check after start (or before the day's backup) found the file damaged."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("DbOpen", "数据库已损坏"),
                      translate("DbOpen", "{0}\n\n今天没有备份这个已损坏的文件。要现在用一份备份恢复吗?").format(exc),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, w)
    box.setObjectName("damagedBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if box.exec() == QMessageBox.StandardButton.Yes:
        restore_into_window(w)


def choose_backup(parent, db_path: Path, intro: str):
    """The backups of `db_path` (newest first, with counts) to choose one from, or None."""
    found = [b for b in list_backups(db_path) if b.good]
    if not found:
        QMessageBox.information(parent, translate("DbOpen", "恢复备份"),
                                translate("DbOpen", "{0}\n\n没有可用的备份。").format(intro))
        return None
    items = [core_text(b.describe()) for b in found]  # in the window's language
    chosen = dialogs.get_item(parent, translate("DbOpen", "恢复备份"), intro, items, 0)
    return None if chosen is None else found[items.index(chosen)]


def offer_restore_at_start(exc: InputError, db_path: Path) -> bool:
    """A missing default database with backups, or a damaged one: offer its backups; True once
    one was restored (then open again)."""
    from chizhou_desk.database import MissingDatabase

    if isinstance(exc, MissingDatabase):
        intro = translate("DbOpen", "数据库 {0} 不见了(被移动或删除?)，但备份文件夹中有它的备份。\n"
                                    "请选择用哪一份恢复：")
        intro = intro.format(db_path)
    else:
        intro = translate(
            "DbOpen", "数据库已损坏：{0}\n\n可以用一份备份恢复(损坏的文件会另存到 backups 文件夹)。"
                      "请选择：").format(exc)
    backup = choose_backup(None, db_path, intro)
    if backup is None:
        return False
    try:
        restore(backup.path, db_path)
    except (InputError, OSError, sqlite3.Error) as err:
        QMessageBox.critical(None, translate("DbOpen", "恢复备份"), str(err))
        return False
    return True


def restore_into_window(w) -> bool:
    """文件 → 恢复备份…: back up the current file, copy the chosen backup into it, reopen."""
    path = w.store.path
    if not _may_restore(w):
        return False
    backup = choose_backup(
        w, path, translate("DbOpen", "用备份替换当前数据库 {0}(当前文件会先备份)。请选择：").format(path.name))
    return backup is not None and _replace_with(w, backup.path)


def open_backup_instead(w, path: Path) -> bool:
    """A file inside backups/ is never worked in: offer to restore it into the current database."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("DbOpen", "这是一份备份"),
                      translate("DbOpen", "{0} 是备份文件。直接在备份中修改，下次清理备份时可能丢失。\n\n"
                                "要用它恢复当前数据库({1})吗?当前文件会先备份。").format(path, w.store.path),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, w)
    box.setObjectName("backupOpenBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if box.exec() != QMessageBox.StandardButton.Yes or not _may_restore(w):
        return False
    return _replace_with(w, path)


def _may_restore(w) -> bool:
    w.flush_edits()
    if w.guard.pending:
        QMessageBox.warning(w, translate("DbOpen", "恢复备份"),
                            translate("DbOpen", "还有未保存的输入，请先保存或处理后再恢复备份。"))
        return False
    if w.store.read_only:
        QMessageBox.warning(w, translate("DbOpen", "恢复备份"), translate("DbOpen", "本窗口只读，不能恢复备份。"))
        return False
    return True


def _replace_with(w, backup: Path) -> bool:
    """Close the store, restore (the current file backed up first), open it again. The window
    keeps its lock throughout: no other process may write meanwhile."""
    from chizhou_desk.store import Store

    path = w.store.path
    w.store.close()
    saved: Path | None = None
    try:
        saved = restore(backup, path)
        restored = True
    except (InputError, OSError, sqlite3.Error) as exc:
        QMessageBox.warning(w, translate("DbOpen", "恢复备份"), core_text(str(exc)))
        restored = False
    w.store = Store(path, check=True, busy_timeout=WINDOW_BUSY_TIMEOUT_S)
    if w.chart_pane is not None:
        w.chart_pane.store = w.store
    w.undo.clear()
    w.reload()
    if not restored:
        return False
    w.statusBar().showMessage(translate("DbOpen", "已用 {0} 恢复；恢复前的数据库已备份到 {1}").format(
        backup.name, saved or translate("DbOpen", "(无)")), 10000)
    return True


def switch_store(w, path: str | Path) -> bool:
    """Open another database file in the window; the current one stays open if that fails."""
    from chizhou_desk.backups import is_inside_backups
    from chizhou_desk.gui.popups import show_error

    if not Path(path).exists():  # a moved file in 最近打开 must not become a new empty database
        show_error(w, InputError(QCoreApplication.translate("actions", "文件不存在"), file=str(path)))
        return False
    if is_inside_backups(Path(path)):  # a backup is never worked in: restore it instead
        return open_backup_instead(w, Path(path))
    if Path(path).resolve() == w.store.path.resolve():  # already open here (and locked by this window)
        w.reload()
        return True
    if not w.guard.may_close():  # typed text waiting to be saved goes nowhere silently
        return False
    try:
        store, lock, reason = open_database(path)
    except InputError as exc:
        show_error(w, exc)
        return False
    except (OSError, sqlite3.Error) as exc:
        show_error(w, InputError(str(exc), file=str(path)))
        return False
    w.flush_edits()
    w.store.close()
    if w.lock is not None:
        w.lock.unlock()
    w.store, w.lock = store, lock
    w.banner.deleteLater()
    w.banner = make_banner(w, reason)
    w.undo.clear()
    if w.chart_pane is not None:
        w.chart_pane.store = store
    w.settings.add_recent_database(str(Path(path).resolve()))
    w.reload()
    return True
