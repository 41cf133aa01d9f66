"""The database file was moved, renamed or deleted while the window had it open (ARCHITECTURE:
Reliability): the save that noticed it wrote nothing, the text waits in the editor (SaveGuard), and
the user is told and offered to put the file back or save it elsewhere (relocate.py)."""

import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from chizhou_desk.dblock import DbLock
from chizhou_desk.errors import InputError
from chizhou_desk.gui.core_texts import core_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…") calls
LATER_S = 60.0


def offer(w) -> None:
    """Ask once while the file is gone (further failed saves only wait): put back, save as, later."""
    if getattr(w, "moved_box", None) is not None or time.monotonic() < getattr(w, "moved_later_until", 0.0):
        return
    from chizhou_desk.relocate import find_moved

    moved = find_moved(w.store)
    text = translate("DbMoved", "数据库文件 {0} 已被移动、改名或删除。\n\n之后输入的内容没有写入(写入会丢失)，"
                                "仍保留在窗口中。").format(w.store.path)
    if moved is not None:
        text += "\n" + translate("DbMoved", "它现在在：{0}").format(moved)
    text += "\n\n" + translate("DbMoved", "请选择：放回原处，或另存为一个新文件(包括所有内容)。")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("DbMoved", "数据库文件不见了"), text, parent=w)
    box.setObjectName("databaseMovedBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    back = box.addButton(translate("DbMoved", "放回原处"), QMessageBox.ButtonRole.AcceptRole)
    back.setObjectName("putBackButton")
    save_as = box.addButton(translate("DbMoved", "另存为…"), QMessageBox.ButtonRole.ActionRole)
    save_as.setObjectName("saveAsButton")
    box.addButton(translate("DbMoved", "稍后"), QMessageBox.ButtonRole.RejectRole)
    w.moved_box = box

    def done(_r) -> None:
        w.moved_box = None
        if box.clickedButton() is back:
            put_back(w)
        elif box.clickedButton() is save_as:
            save_elsewhere(w)
        else:  # 稍后: the retries go on quietly; asked again in a minute, and on closing
            w.moved_later_until = time.monotonic() + LATER_S
    box.finished.connect(done)
    box.open()


def put_back(w) -> bool:
    """A moved file renamed back; a deleted one written again from the open connection."""
    from chizhou_desk.gui.db_open import WINDOW_BUSY_TIMEOUT_S
    from chizhou_desk.relocate import put_back as rename_back
    from chizhou_desk.relocate import save_open_database

    try:
        if not rename_back(w.store):
            _switch(w, save_open_database(w.store, w.store.path, busy_timeout=WINDOW_BUSY_TIMEOUT_S), None)
    except (InputError, OSError, sqlite3.Error) as exc:
        QMessageBox.warning(w, translate("DbMoved", "放回原处"), core_text(str(exc)))
        return False
    _done(w, translate("DbMoved", "数据库文件已放回原处：{0}").format(w.store.path))
    return True


def save_elsewhere(w) -> bool:
    from chizhou_desk.gui import dialogs
    from chizhou_desk.gui.db_open import WINDOW_BUSY_TIMEOUT_S
    from chizhou_desk.relocate import save_open_database

    path = dialogs.get_save_path(w, translate("DbMoved", "数据库另存为"), str(w.store.path),
                                 translate("DbMoved", "数据库文件 (*.db)"))
    if not path:
        return False
    lock = DbLock(path)
    try:
        held = lock.acquire() is not None
    except OSError:
        held = True
    if held:
        QMessageBox.warning(w, translate("DbMoved", "数据库另存为"),
                            translate("DbMoved", "{0} 正被另一个窗口使用，请另选文件名。").format(path))
        return False
    try:
        store = save_open_database(w.store, path, busy_timeout=WINDOW_BUSY_TIMEOUT_S)
    except (InputError, OSError, sqlite3.Error) as exc:
        lock.unlock()
        QMessageBox.warning(w, translate("DbMoved", "数据库另存为"), core_text(str(exc)))
        return False
    _switch(w, store, lock)
    w.settings.add_recent_database(str(Path(path).resolve()))
    _done(w, translate("DbMoved", "数据库已另存为 {0}").format(path))
    return True


def _switch(w, store, lock) -> None:
    """Work on in `store` (the old one is closed); a new place brings its own lock."""
    if lock is not None:
        if w.lock is not None:
            w.lock.unlock()
        w.lock = lock
    w.store = store
    if w.chart_pane is not None:
        w.chart_pane.store = store
    w.undo.clear()  # its commands hold the closed store


def _done(w, message: str) -> None:
    for item in w.guard.pending.values():
        item.moved = False
    w.guard.retry()  # what was typed meanwhile is saved now
    w.statusBar().showMessage(message, 10000)


def may_close(w) -> bool:
    """Closing a window whose file is gone would lose everything since (a deleted file) or leave it
    in an orphaned -wal (a moved one): ask first. True when the window may close."""
    if w.store.read_only:
        return True
    try:
        w.store.check_identity()
        return True
    except InputError:
        pass
    while True:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("DbMoved", "数据库文件不见了"),
                          translate("DbMoved", "数据库文件 {0} 已被移动、改名或删除。直接关闭会丢失最近保存的内容。\n\n"
                                    "关闭前请选择：").format(w.store.path), parent=w)
        box.setObjectName("movedCloseBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        back = box.addButton(translate("DbMoved", "放回原处"), QMessageBox.ButtonRole.AcceptRole)
        save_as = box.addButton(translate("DbMoved", "另存为…"), QMessageBox.ButtonRole.ActionRole)
        drop = box.addButton(translate("DbMoved", "不保存，关闭"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(translate("DbMoved", "取消关闭"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is back and put_back(w) or clicked is save_as and save_elsewhere(w):
            return True
        if clicked is drop:
            return True
        if clicked is cancel:
            return False
