"""The window as `python3 -m chizhou_desk` starts it: cli.main → gui.app.run → make_app (its
translators, default language) → the window shown, first run on the embedded sample.

The other window tests build the window without make_app, so they never see what the app's
own translators do to the texts: a translator answering "" for texts it does not know blanked
every Chinese label once, and no test noticed."""

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QTabBar, QWidget

from chizhou_desk.gui import app as app_module
from chizhou_desk.logs import log


@pytest.fixture
def started(qapp, qtbot, monkeypatch, request):
    """Run the real start-up; `exec` is replaced by a wait for the painted window, the editor,
    the first-run unit question and the day's backup. Yields (window, unit dialog)."""
    translators: list = []
    install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator",
                        lambda app, lang: translators.extend(install(app, lang)) or translators)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run installs the crash dialog's
    handlers = list(log.handlers)
    seen: dict = {}

    def fake_exec(self):
        window = next(w for w in QApplication.topLevelWidgets()
                      if w.objectName() == "MainWindow" and w.isVisible())
        qtbot.waitUntil(lambda: window.isVisible() and window.editor_if_built() is not None
                        and window.chart_pane is not None, timeout=10000)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
        # the backup runs 2 s after the first paint: let it, so it cannot reach a closed window
        backups = window.store.path.parent / "backups"
        qtbot.waitUntil(lambda: backups.is_dir() and any(backups.iterdir()), timeout=8000)
        qtbot.wait(50)
        seen.update(window=window, dialog=QApplication.activeModalWidget())
        return 0

    monkeypatch.setattr(type(qapp), "exec", fake_exec)
    from chizhou_desk.cli import main

    try:
        assert main(getattr(request, "param", [])) == 0
        yield seen["window"], seen["dialog"]
    finally:
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w is not seen.get("window"):
                w.close()
        if "window" in seen:
            seen["window"].close()
            seen["window"].deleteLater()
        for t in translators:
            qapp.removeTranslator(t)
        for h in set(log.handlers) - set(handlers):  # the log file lives in this test's folder
            log.removeHandler(h)
            h.close()
        log.setLevel(logging.NOTSET)


def _empty_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons and menu entries that should say something and do not."""
    empty = []
    for label in root.findChildren(QLabel):
        # a label naming a field (its buddy) or a form's row label always has words
        if label.isVisible() and (label.buddy() is not None or label.objectName().endswith("Label")) \
                and label.objectName() not in ("saveStateLabel",) and not label.text().strip():
            empty.append(f"label {label.objectName()}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and not button.text().strip() and button.icon().isNull() \
                and not isinstance(button.parent(), QTabBar):  # a tab bar's scroll arrows
            empty.append(f"button {button.objectName()}")
    return empty


def test_the_real_start_shows_chinese_texts(started):
    window, dialog = started
    assert dialog.objectName() == "unitDialog"  # first run: which unit is 本单位
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "期间(&P)", "帮助(&H)"]
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert all(a.text().strip() for a in menu.actions() if not a.isSeparator()), action.text()
    ui, editor = window.ui, window.editor.ui
    assert (ui.unitLabel.text(), ui.periodLabel.text(), ui.unfilledToggle.text()) == ("单位", "期间", "只看未填")
    assert ui.searchEdit.placeholderText().startswith("搜索")
    assert editor.statusLabel.text() == "工作评价(&W)" and editor.progressLabel.text() == "进展情况(&J)"
    assert editor.planLabel.text() == "近期工作安排(&A)"
    assert editor.editorTabs.tabText(0) == "本期填报(&N)"
    model = ui.taskTable.model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads[:3] == ["序号", "重点工作任务", "牵头单位"] and all(heads), heads
    assert window._status_label.text().startswith("全部单位：共 49 项")
    assert _empty_texts(window) == []
    # the unit question, Qt's own buttons included (they come from Qt's Chinese file)
    assert _empty_texts(dialog) == []
    buttons = sorted(b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible())
    assert buttons == ["取消(&C)", "确定(&O)"] or buttons == ["取消", "确定"], buttons


@pytest.mark.parametrize("started", [["--lang", "en"]], indirect=True)
def test_the_real_start_in_english(started):
    window, dialog = started
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Period", "&Help"]
    assert window.ui.unitLabel.text() == "Unit" and window.editor.ui.progressLabel.text() == "Progress (&J)"
    assert _empty_texts(window) == [] and _empty_texts(dialog) == []
    assert "Cancel" in [b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)]


def test_what_the_start_defers_still_happens_after_the_first_paint(started):
    """The log file, the crash dialog's hook and the collector wait for the first paint
    (issue 28); the lock is taken before it, as the window writes."""
    import gc
    import os

    from chizhou_desk.dblock import holder

    window, _dialog = started
    info = holder(window.store.path)
    assert info is not None and info.pid == os.getpid()  # this window is the database's one writer
    assert window.lock is not None and window.lock.held
    assert gc.isenabled() and gc.get_freeze_count() > 0  # start-up's objects set aside at the paint
    assert sys.excepthook is not app_module._first_error  # the crash dialog's hook replaced it
    assert sys.excepthook.__module__ == "chizhou_desk.gui.crash_dialog"
    files = [h for h in log.handlers if isinstance(h, logging.FileHandler)]
    assert len(files) == 1
    files[0].flush()
    from pathlib import Path

    text = Path(files[0].baseFilename).read_text(encoding="utf-8")
    assert "INFO chizhou_desk: start " in text  # logged before the paint, written after it
    assert not any(type(h).__name__ == "_Held" for h in log.handlers)
