"""Starting the window: QApplication, translation, settings, store, first run."""

import gc
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk import APP_NAME, __version__
from chizhou_desk.errors import InputError
from chizhou_desk.gui.fonts_qt import apply_window_font, register_fonts
from chizhou_desk.resources import resource_path


class QtGaps(QTranslator):
    """Texts Qt 6 uses that the qtbase_zh_CN.qm it ships lacks (its file dialog's labels gained
    accelerators): without these the Chinese file dialog says "Look in:" and "Files of type:"."""

    TEXTS = {("QFileDialog", "&Look in:"): "查找范围(&L)：", ("QFileDialog", "Files of &type:"): "文件类型(&T)："}

    def translate(self, context, source, disambiguation=None, n=-1):
        # None (a null QString) means "not mine"; "" would blank every other text of the window
        return self.TEXTS.get((context, source))

    def isEmpty(self) -> bool:
        return False


def install_translator(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Our strings are written in Simplified Chinese; English comes from resources/translations.
    Qt's own buttons (确定/取消) come from Qt's qtbase translation for the same language."""
    lang = lang or "zh_CN"
    files = [(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}.qm")]
    if lang == "en":
        files.append((str(resource_path("translations")), "chizhou_desk_en.qm"))
    installed: list[QTranslator] = []
    if lang == "zh_CN":  # asked last, after Qt's own file
        gaps = QtGaps(app)
        app.installTranslator(gaps)
        installed.append(gaps)
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def make_app(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # a widgets app: any instance already made is one (the tests' too)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
    QLocale.setDefault(QLocale("zh_CN"))  # by name: the enum classes cost start-up time
    register_fonts()  # a PC without a Chinese font still draws the window's text (~5 ms)
    apply_window_font(app)  # Windows: 微软雅黑/宋体, then the shipped font
    install_translator(app, lang)
    return app


def build_window(db_path, settings_dir=None, defer_editor: bool = False, settings=None):
    """The window on `db_path` (None: the default database). It holds the database's lock file
    (one writer); when another window holds it, or the file is read-only, it opens read-only."""
    from chizhou_desk.gui.db_open import open_database
    from chizhou_desk.gui.main_window import MainWindow
    from chizhou_desk.gui.settings import AppSettings

    settings = settings or AppSettings(settings_dir)
    from chizhou_desk.store import DamagedDatabase

    store, lock, reason = open_database(db_path)
    try:
        settings.add_recent_database(str(store.path.resolve()))
        window = MainWindow(store, settings, defer_editor=defer_editor, lock=lock,
                            read_only_reason=reason)
    except BaseException as exc:
        store.close()
        if lock is not None:
            lock.unlock()
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
            # a large file is checked after start; reading it found the damage first
            raise DamagedDatabase(f"数据库文件已损坏({exc})", file=str(store.path)) from exc
        raise
    from chizhou_desk.gui.lock_watch import LockWatch

    window.lock_watch = LockWatch(window)  # heartbeat; a read-only window's way back to writing
    window.restore_layout()
    return window


def backup_now(window) -> None:
    """Today's copy of the database (backups/ beside it), after start-up; a failure is only said."""

    from chizhou_desk.backups import daily_backup, remove_stale_parts
    from chizhou_desk.files import remove_stale_openpyxl_temps, remove_stale_temps

    if window.lock is None or window.store.read_only:
        return  # the window that writes the file backs it up
    remove_stale_temps(window.store.path.parent)  # left by a run that was killed
    if window.settings.text("export/folder"):  # where the last exports went
        remove_stale_temps(Path(window.settings.text("export/folder")))
    remove_stale_parts(window.store.path.parent)  # a migration's or a restore's unfinished copy
    remove_stale_openpyxl_temps()
    from chizhou_desk.store import DamagedDatabase

    try:
        made = daily_backup(window.store, protect=tuple(window.settings.recent_databases()))
    except DamagedDatabase as exc:  # reported, never backed up; a good backup is offered
        from chizhou_desk.gui.db_open import offer_restore_when_damaged

        offer_restore_when_damaged(window, exc)
        return
    except (InputError, OSError, sqlite3.Error) as exc:
        QMessageBox.warning(window, APP_NAME, QCoreApplication.translate("app", "今日备份未能完成：{0}").format(exc))
        return
    if made is not None:
        window.statusBar().showMessage(QCoreApplication.translate("app", "已备份到 {0}").format(made), 5000)


def run(args) -> int:
    from chizhou_desk import START
    from chizhou_desk.gui.settings import AppSettings
    from chizhou_desk.logs import hold, log
    from chizhou_desk.paths import settings_dir

    phases = [("python and the command line", time.perf_counter())]  # logged at DEBUG after the paint
    hold()  # the log file is attached after the first paint; until then lines wait in memory
    settings = AppSettings(args.settings_dir or settings_dir())
    if args.lang:
        settings.set_text("ui/lang", args.lang)  # --lang is remembered, like the menu choice
    app = make_app(settings.text("ui/lang") or None)
    sys.excepthook = _first_error  # the crash dialog and the log file load when they are needed
    phases.append(("QApplication", time.perf_counter()))
    log.info("start %s, database %s", __version__, args.db or "default")
    from chizhou_desk.gui.db_open import offer_restore_at_start, start_path

    db = start_path(args.db, settings)  # --db, else the database open last time
    try:
        try:
            window = build_window(db, settings=settings, defer_editor=True)
        except InputError as exc:  # a damaged or missing database: offer its backups
            from chizhou_desk.database import MissingDatabase
            from chizhou_desk.paths import default_db_path
            from chizhou_desk.store import DamagedDatabase

            if args.quit_when_ready or not isinstance(exc, (MissingDatabase, DamagedDatabase)) or \
                    not offer_restore_at_start(exc, Path(db) if db else default_db_path()):
                raise
            window = build_window(db, settings=settings, defer_editor=True)
    except (InputError, sqlite3.DatabaseError, OSError) as exc:
        # a damaged or unreachable database: a message, never a traceback (the Windows build
        # has no console, so an uncaught error would just close the program)
        text = str(exc) if isinstance(exc, InputError) else \
            QCoreApplication.translate("app", "无法打开数据库 {0}：{1}").format(args.db or "", exc)
        gc.enable()
        _start_log()
        log.error("start failed: %s", text)
        if args.quit_when_ready:
            print(f"chizhou-desk: {text}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, text)
        return 2
    phases.append(("window built", time.perf_counter()))

    def painted():
        if phases[-1][0] == "first paint":
            return
        phases.append(("first paint", time.perf_counter()))
        # what start-up made (modules, classes, Qt's enums, the window) lives as long as the
        # program: later collections, and the one at exit, need not walk it again (~30 ms; the
        # ~240 objects of cyclic garbage a start leaves stay, a few kB)
        gc.freeze()
        gc.enable()
        if args.quit_when_ready:
            print(f"ready {(phases[-1][1] - START) * 1000:.0f}", flush=True)
            after_first_paint(phases, START)  # what a start does after the paint, then quit
            app.quit()
        else:
            QTimer.singleShot(0, lambda: after_first_paint(phases, START))
    window.dataPainted.connect(painted)
    if window.model.rowCount() == 0:  # no rows to paint: no dataPainted
        QTimer.singleShot(0, painted)
    if not args.quit_when_ready:
        window.dataPainted.connect(lambda: QTimer.singleShot(2000, window, lambda: backup_now(window)))
        if window.settings.text("unit/asked") != "1":
            from chizhou_desk.gui import actions

            window.dataPainted.connect(lambda: actions.choose_unit(window, first_run=True))
    window.show()
    return app.exec()


def after_first_paint(phases: list, start: float) -> None:
    """What the first screen does not need: the log file and the crash dialog's hook; the
    start-up's phases go to the log at DEBUG."""
    from chizhou_desk.logs import log

    _start_log()
    last = start
    steps = []
    for name, at in phases:
        steps.append(f"{name} {(at - last) * 1000:.0f} ms")
        last = at
    log.debug("start-up: %s; ready %.0f ms", ", ".join(steps), (last - start) * 1000)


def _start_log():
    from chizhou_desk.gui.crash_dialog import install_excepthook
    from chizhou_desk.logs import setup_logging

    path = setup_logging()
    install_excepthook(path)
    return path


def _first_error(kind, value, tb) -> None:
    """An error before the first paint: attach the log and the crash dialog now, then report it."""
    _start_log()
    sys.excepthook(kind, value, tb)
