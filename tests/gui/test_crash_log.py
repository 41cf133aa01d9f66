"""Unexpected errors are logged and shown; the log lives in the data folder (portable too)."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk.gui.crash_dialog import install_excepthook
from chizhou_desk.logs import LOG_NAME, setup_logging


@pytest.fixture
def own_hook():
    from chizhou_desk.logs import log

    before, handlers = sys.excepthook, list(log.handlers)
    yield
    sys.excepthook = before
    for handler in log.handlers:
        if handler not in handlers:
            log.removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown(qtbot, window, tmp_path, own_hook):
    path = setup_logging(tmp_path / "logs")
    install_excepthook(path)

    def broken_slot():
        raise ZeroDivisionError("boom in a slot")
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "crashBox") is not None
                    or any(w.objectName() == "crashBox" for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() + window.findChildren(QMessageBox)
               if w.objectName() == "crashBox")
    assert "boom in a slot" in box.detailedText() and str(path) in box.text()
    copy = next(b for b in box.buttons() if b.text() == "复制详细信息")
    copy.click()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    box.close()
    from chizhou_desk.logs import log

    for handler in log.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom in a slot" in text and "broken_slot" in text


def test_a_normal_start_in_portable_mode_writes_the_log_in_the_portable_folder(tmp_path):
    app = tmp_path / "app"
    (app / "data").mkdir(parents=True)
    code = ("import sys\n"
            "sys.frozen = True\n"
            f"sys.executable = {str(app / 'chizhou-desk')!r}\n"
            "from chizhou_desk.cli import main\n"
            "sys.exit(main(['--quit-when-ready']))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_DATA_HOME": str(tmp_path / "xdg"), "XDG_CONFIG_HOME": str(tmp_path / "xdgc")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    log = app / "data" / LOG_NAME
    assert log.is_file() and "start" in log.read_text(encoding="utf-8")
    assert not (tmp_path / "xdg").exists() or not any((tmp_path / "xdg").rglob(LOG_NAME))


def test_help_opens_the_log_folder(qtbot, window, monkeypatch):
    from chizhou_desk.gui import dialogs
    from chizhou_desk.logs import log_dir

    opened = []
    monkeypatch.setattr(dialogs, "open_folder", opened.append)
    assert window.ui.actionOpenLogFolder in window.ui.menuHelp.actions()
    window.ui.actionOpenLogFolder.trigger()
    assert opened == [str(log_dir())]
