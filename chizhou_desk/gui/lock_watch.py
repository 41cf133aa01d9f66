"""The window's side of the lock (dblock.py, ARCHITECTURE: Reliability). A writing window
refreshes its lock's heartbeat and turns read-only when someone took the lock over. A read-only
window (another window or the command line holds the lock) refreshes its table when the file
changes, offers 改为可编辑 once the lock is released and 接管编辑 (after a question naming the
holder's host, user and last activity) while it is held."""

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from chizhou_desk import dblock
from chizhou_desk.errors import InputError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…") calls
TICK_MS = 2000


class LockWatch(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.button = QPushButton(window, objectName="lockButton")
        self.button.clicked.connect(self.clicked)
        self.button.setVisible(False)
        window.ui.centralLayout.insertWidget(1, self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.last_beat = 0.0
        self.saw_holder = False  # read-only because of a lock (not a full disk or read-only medium)
        self.version = self._data_version()
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.tick()

    # --- each tick ------------------------------------------------------------------------

    def tick(self) -> None:
        w = self.w
        if getattr(w, "_closed", False):
            self.timer.stop()
            return
        if w.lock is not None:
            self.button.setVisible(False)
            import time

            if time.monotonic() - self.last_beat >= dblock.HEARTBEAT_S:
                self.last_beat = time.monotonic()
                if not w.lock.heartbeat():
                    self._lost()
            return
        if not self._lock_is_why():
            self.button.setVisible(False)
            return
        version = self._data_version()
        if version != self.version:  # the writer saved: show it
            self.version = version
            w.reload()
        info = dblock.holder(w.store.path)
        if info is None:
            self.button.setText(translate("LockWatch", "改为可编辑"))
            w.banner.setText(translate("LockWatch", "另一个窗口已关闭(或命令行已写完)，可以改为可编辑。"))
        else:
            self.button.setText(translate("LockWatch", "接管编辑…"))
        self.button.setVisible(True)

    def _lock_is_why(self) -> bool:
        """Read-only because of the lock, not because the file or medium is read-only."""
        import os

        store = self.w.store
        if not (store.read_only and os.access(store.path, os.W_OK) and os.access(store.path.parent, os.W_OK)):
            return False
        self.saw_holder = self.saw_holder or dblock.read_lock(dblock.lock_path(store.path)) is not None
        return self.saw_holder

    def _data_version(self):
        try:
            return self.w.store.data_version()
        except Exception:  # noqa: BLE001 - a closed or replaced connection
            return None

    # --- becoming the writer --------------------------------------------------------------

    def clicked(self) -> None:
        info = dblock.holder(self.w.store.path)
        if info is not None and not self._confirm(info):
            return
        self.become_writer(take_over=info is not None)

    def _confirm(self, info) -> bool:
        from datetime import datetime

        beat = datetime.fromtimestamp(info.beat).strftime("%Y-%m-%d %H:%M:%S") if info.beat else "?"
        text = translate("LockWatch", "此数据库正在编辑：主机 {0}，用户 {1}，进程 {2}，最近活动 {3}。\n\n"
                                      "如果那台电脑已关机、断电或程序已崩溃，可以接管编辑。若对方仍在编辑，"
                                      "对方之后的输入将不能保存(对方会看到提示)。\n\n要接管编辑吗?").format(
            info.host or "?", info.user or "?", info.pid, beat)
        box = QMessageBox(QMessageBox.Icon.Question, translate("LockWatch", "接管编辑"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.w)
        box.setObjectName("takeOverBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def become_writer(self, take_over: bool = False) -> bool:
        from chizhou_desk.gui.core_texts import core_text
        from chizhou_desk.gui.db_open import WINDOW_BUSY_TIMEOUT_S, held_reason
        from chizhou_desk.store import Store

        w = self.w
        lock = dblock.DbLock(w.store.path)
        try:
            other = lock.acquire(take_over=take_over)
            if other is not None:
                w.banner.setText(held_reason(other))
                return False
            store = Store(w.store.path, busy_timeout=WINDOW_BUSY_TIMEOUT_S)
        except (InputError, OSError) as exc:
            lock.release()
            QMessageBox.warning(w, translate("LockWatch", "改为可编辑"), core_text(str(exc)))
            return False
        old, w.store, w.lock = w.store, store, lock
        old.close()
        self.saw_holder = False
        if w.chart_pane is not None:
            w.chart_pane.store = store
        w.undo.clear()
        w.banner.setVisible(False)
        self.button.setVisible(False)
        w.reload()
        w.guard.retry()  # text typed before the lock was lost
        w.statusBar().showMessage(translate("LockWatch", "本窗口现在可以编辑"), 8000)
        return True

    def _lost(self) -> None:
        """Someone took the lock over: stop writing, keep what waits, say so."""
        from chizhou_desk.store import Store

        w = self.w
        info = dblock.read_lock(dblock.lock_path(w.store.path))
        w.lock.held = False
        w.lock = None
        old, w.store = w.store, Store(w.store.path, read_only=True)
        old.close()
        if w.chart_pane is not None:
            w.chart_pane.store = w.store
        w.undo.clear()
        host = info.host if info is not None else "?"
        text = translate("LockWatch", "编辑已被接管(主机 {0})，本窗口只读；未保存的输入仍保留。")
        w.banner.setText(text.format(host))
        w.banner.setVisible(True)
        self.saw_holder = True
        self.version = self._data_version()
        w.reload()
