"""Starting the window: QApplication, translation, settings, store, first run."""

import sqlite3
import sys
import time

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk import APP_NAME, __version__
from chizhou_desk.errors import InputError
from chizhou_desk.gui.fonts_qt import register_fonts
from chizhou_desk.resources import resource_path


def install_translator(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Our strings are written in Simplified Chinese; English comes from resources/translations.
    Qt's own buttons (确定/取消) come from Qt's qtbase translation for the same language."""
    lang = lang or "zh_CN"
    files = [(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}.qm")]
    if lang == "en":
        files.append((str(resource_path("translations")), "chizhou_desk_en.qm"))
    installed = []
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def make_app(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
    QLocale.setDefault(QLocale("zh_CN"))  # by name: the enum classes cost start-up time
    register_fonts()  # a PC without a Chinese font still draws the window's text (~5 ms)
    install_translator(app, lang)
    return app


def build_window(db_path, settings_dir=None, defer_editor: bool = False, settings=None):
    from chizhou_desk.gui.main_window import MainWindow
    from chizhou_desk.gui.settings import AppSettings
    from chizhou_desk.paths import open_store

    settings = settings or AppSettings(settings_dir)
    store = open_store(db_path)
    settings.add_recent_database(str(store.path.resolve()))
    window = MainWindow(store, settings, defer_editor=defer_editor)
    window.restore_layout()
    return window


def backup_now(window) -> None:
    """Today's copy of the database (backups/ beside it), after start-up; a failure is only said."""

    from chizhou_desk.backups import daily_backup

    try:
        made = daily_backup(window.store)
    except (OSError, sqlite3.Error) as exc:
        window.statusBar().showMessage(QCoreApplication.translate("app", "今日备份未能完成:{0}").format(exc), 10000)
        return
    if made is not None:
        window.statusBar().showMessage(QCoreApplication.translate("app", "已备份到 {0}").format(made), 5000)


def run(args) -> int:
    from chizhou_desk.cli import START
    from chizhou_desk.gui.settings import AppSettings
    from chizhou_desk.paths import settings_dir

    settings = AppSettings(args.settings_dir or settings_dir())
    if args.lang:
        settings.set_text("ui/lang", args.lang)  # --lang is remembered, like the menu choice
    app = make_app(settings.text("ui/lang") or None)
    try:
        window = build_window(args.db, settings=settings, defer_editor=True)
    except (InputError, sqlite3.DatabaseError, OSError) as exc:
        # a damaged or unreachable database: a message, never a traceback (the Windows build
        # has no console, so an uncaught error would just close the program)
        text = str(exc) if isinstance(exc, InputError) else \
            QCoreApplication.translate("app", "无法打开数据库 {0}:{1}").format(args.db or "", exc)
        if args.quit_when_ready:
            print(f"chizhou-desk: {text}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, text)
        return 2
    if args.quit_when_ready:
        def ready():
            print(f"ready {(time.perf_counter() - START) * 1000:.0f}", flush=True)
            app.quit()
        window.dataPainted.connect(ready)
        if window.model.rowCount() == 0:
            QTimer.singleShot(0, ready)
    else:
        window.dataPainted.connect(lambda: QTimer.singleShot(300, lambda: window.store.db))
        window.dataPainted.connect(lambda: QTimer.singleShot(2000, lambda: backup_now(window)))
        if window.settings.text("unit/asked") != "1":
            from chizhou_desk.gui import actions

            window.dataPainted.connect(lambda: actions.choose_unit(window, first_run=True))
    window.show()
    return app.exec()
