"""Never a dead end: a list the engine refuses is corrected in the preview (rows marked, cells
edited) and imported as corrected; tables pasted from the clipboard and saved web pages go to the
same preview. Real widgets by objectName, a real SQLite store, files built here."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from qt_helpers import answer_modals, type_text
from qt_helpers import import_ok as _ok
from qt_helpers import open_import_preview as _import

from chizhou_desk.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from xlsx_builders import list_file  # noqa: E402

# a county's list written as plain lines: the unit on a line of its own, no 牵头单位： label, so
# neither the table readers nor the prose reader settle it (facts shaped like 东至县 2025 要点)
TEXT_LIST = """东至县2025年重点工作任务清单
一、经济发展
1. 地区生产总值增长6%左右。
县发改委负责
2. 新增规上工业企业30户。
县经信局负责
二、民生保障
3. 新建幼儿园2所，新增学位540个。
县教体局负责
"""
PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>某县人民政府</title></head><body>
<div class="title">东至县2025年民生实事项目清单</div><p>发布时间：2025-03-05 来源：县政府办</p>
<table border="1"><tr><th rowspan="2">序号</th><th rowspan="2">项目内容</th><th colspan="2">责任单位</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
<tr><td>1</td><td>新建城区公办幼儿园2所。</td><td rowspan="2">县教体局</td><td>县住建局</td></tr>
<tr><td>2</td><td>改造提升农村公办学校食堂10个。</td><td>县财政局</td></tr>
<tr><td>3</td><td>实施城区老旧小区改造&nbsp;5个。</td><td>县住建局</td><td>&nbsp;</td></tr>
</table></body></html>"""


def _empty_window(open_window, tmp_path):
    db = tmp_path / "county.db"
    Store(db).close()
    return open_window(db)


def _done(window) -> str:
    box = window.findChild(QMessageBox, "importDoneBox")
    assert box is not None
    text = box.text()
    box.close()
    return text


def _cell(preview, row: int, col: int) -> str:
    """The preview sheet's cell for grid row `row` (row 0 of the view holds the role combos)."""
    return preview.ui.previewTable.model().index(row + 1, col).data()


def _active(qtbot, preview) -> None:
    if QApplication.activeWindow() is not preview:
        qtbot.waitExposed(preview)
        preview.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)


def _mark(qtbot, preview, row: int, keys) -> None:
    """Select the grid row and press the mark's keys, as a keyboard user does."""
    _active(qtbot, preview)
    view = preview.ui.previewTable
    view.setFocus()
    view.clearSelection()
    view.setCurrentIndex(view.model().index(row + 1, 1))
    qtbot.keyClick(view, *keys)
    QApplication.processEvents()  # the preview re-reads the table (queued)


def _edit(qtbot, preview, row: int, col: int, text: str) -> None:
    """F2 on the cell, type (as an input method), Enter."""
    _active(qtbot, preview)
    view = preview.ui.previewTable
    view.setFocus()
    view.setCurrentIndex(view.model().index(row + 1, col))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(preview, row, col) == text)  # the view commits the editor queued
    QApplication.processEvents()  # then the preview re-reads the table (queued too)


def test_a_text_list_the_engine_refuses_is_imported_after_marking_rows(qtbot, open_window, tmp_path,
                                                                       monkeypatch):
    window = _empty_window(open_window, tmp_path)
    path = tmp_path / "东至要点.txt"
    path.write_text(TEXT_LIST, encoding="gb18030")
    before = window.store.content_checksum()
    preview = _import(window, monkeypatch, path)
    assert preview is not None and preview.isVisible()  # a preview, not an error box
    assert _cell(preview, 3, 1) == "县发改委负责" and _cell(preview, 2, 0) == "1"
    assert not _ok(preview).isEnabled() and "没有序号" in preview.ui.messageLabel.text()
    view = preview.ui.previewTable
    assert view.currentIndex().row() == 3 + 1  # the refused row is selected, ready for a key
    assert {a.objectName() for a in view.actions()} >= {"markRow_task", "markRow_section", "markRow_continue",
                                                        "markRow_skip"}  # the context menu
    for row in (3, 5, 8):  # the unit lines are not tasks
        _mark(qtbot, preview, row, (Qt.Key.Key_Delete,))
    for row, unit in ((2, "县发改委"), (4, "县经信局"), (7, "县教体局")):
        _edit(qtbot, preview, row, 2, unit)
    assert _cell(preview, 2, 2) == "县发改委"
    assert view.model().headerData(4, Qt.Orientation.Vertical) == "4 不导入"
    assert _ok(preview).isEnabled(), preview.ui.messageLabel.text()
    assert "逐行列出" in preview.ui.messageLabel.text()  # still says the lines are the user's to check
    assert preview.table.tasks[2].lead_units == ["县教体局"]
    assert window.store.content_checksum() == before  # nothing written before 导入
    _ok(preview).click()
    assert "新增任务 3" in _done(window)
    rows = {r.no: r for r in window.store.task_rows(None)}
    assert rows["1"].lead_units == ["县发改委"] and rows["3"].text == "新建幼儿园2所，新增学位540个。"
    assert rows["3"].section == "二、民生保障" and rows["2"].lead_units == ["县经信局"]
    assert window.store.plan_info(2025) is not None


def test_rows_marked_section_and_continue(qtbot, open_window, tmp_path, monkeypatch):
    window = _empty_window(open_window, tmp_path)
    path = tmp_path / "lines.txt"
    # "数字经济：" ends like a lead-in, so the engine does not take it for a heading by itself
    path.write_text("2025年重点工作\n1. 建设产业园。\n二期同步开工。\n数字经济：\n2. 新建5G基站300个。\n", encoding="utf-8")
    preview = _import(window, monkeypatch, path)
    assert not _ok(preview).isEnabled()
    _mark(qtbot, preview, 2, (Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier))  # continues task 1
    _mark(qtbot, preview, 3, (Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier))  # a section heading
    assert _ok(preview).isEnabled(), preview.ui.messageLabel.text()
    tasks = preview.table.tasks
    assert [t.text for t in tasks] == ["建设产业园。\n二期同步开工。", "新建5G基站300个。"]
    assert tasks[1].section == "数字经济："
    _mark(qtbot, preview, 3, (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))  # back to the engine's reading
    assert not _ok(preview).isEnabled()
    view = preview.ui.previewTable
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo that
    QApplication.processEvents()
    assert _ok(preview).isEnabled() and preview.fixes.marks == {2: "continue", 3: "section"}
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert preview.fixes.marks == {} and not _ok(preview).isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert preview.fixes.marks == {2: "continue"}
    preview.reject()
    assert window.store.task_rows(None) == []


def test_a_cell_edited_in_the_preview_is_what_is_stored(qtbot, window, tmp_path, monkeypatch):
    header = ["序号", "重点工作任务", "牵头责任单位", "进展情况"]
    tasks = [{"序号": 1, "重点工作任务": "任务一。", "牵头责任单位": "市发改委", "进展情况": "有进展。"},
             {"序号": 2, "重点工作任务": "任务二。", "牵头责任单位": "市财政局", "进展情况": "开工。"}]
    path = list_file(tmp_path, "edit.xlsx", header=header, tasks=tasks,
                     title="2025年市政府重点工作责任清单1-6月份进展情况")
    preview = _import(window, monkeypatch, path)
    assert _ok(preview).isEnabled()
    body = preview.proposal.first_body_row
    _edit(qtbot, preview, body + 1, 3, "已完成主体工程。")
    _edit(qtbot, preview, body + 1, 2, "市商务局")
    assert preview.table.entries["2"].progress == "已完成主体工程。"
    _ok(preview).click()
    _done(window)
    row = {r.no: r for r in window.store.task_rows("2025-06")}["2"]
    assert row.progress == "已完成主体工程。" and row.lead_units == ["市商务局"]
    assert {r.no: r for r in window.store.task_rows("2025-06")}["1"].progress == "有进展。"


def _paste(qtbot, window, mime: QMimeData):
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.clipboard().setMimeData(mime)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.ui.taskTable.setFocus()  # not a text box: Ctrl+V imports
    qtbot.keyClick(window.ui.taskTable, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return window.findChild(QDialog, "importPreview")


def test_a_pasted_html_table_imports(qtbot, open_window, tmp_path):
    window = _empty_window(open_window, tmp_path)
    mime = QMimeData()
    mime.setHtml(PAGE.format(charset="utf-8"))
    mime.setText("序号\t项目内容\n1\t新建城区公办幼儿园2所。")
    preview = _paste(qtbot, window, mime)
    assert preview is not None, "Ctrl+V opened no preview"
    assert _ok(preview).isEnabled(), preview.ui.messageLabel.text()
    assert preview.table.tasks[1].lead_units == ["县教体局"]  # rowspan spread like a merged cell
    _ok(preview).click()
    assert "新增任务 3" in _done(window)
    rows = {r.no: r for r in window.store.task_rows(None)}
    assert rows["3"].text == "实施城区老旧小区改造 5个。" and rows["2"].coop_units == ["县财政局"]


def test_a_pasted_tab_separated_table_imports_from_the_file_menu(qtbot, open_window, tmp_path):
    window = _empty_window(open_window, tmp_path)
    text = ("序号\t重点工作任务\t牵头单位\t1-5月份进展情况\n"
            "1\t地区生产总值增长6.5%左右。\t县发改委\t一季度增长6.1%。\n"
            "2\t新增规上工业企业30户。\t县经信局\t新增12户。\n")
    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    window.actionPasteImport.trigger()
    preview = window.findChild(QDialog, "importPreview")
    assert preview is not None and preview.ui.importYear.isEnabled()  # no year on the clipboard
    preview.ui.importYear.setValue(2025)
    preview.ui.importPeriod.setCurrentIndex(preview.ui.importPeriod.findData("2025-05"))
    assert _ok(preview).isEnabled(), preview.ui.messageLabel.text()
    _ok(preview).click()
    assert "剪贴板：新增任务 2" in _done(window)
    rows = {r.no: r for r in window.store.task_rows("2025-05")}
    assert rows["2"].progress == "新增12户。" and rows["1"].lead_units == ["县发改委"]


def test_files_copied_in_the_file_manager_import_like_dropped_files(qtbot, open_window, tmp_path):
    from PySide6.QtCore import QUrl

    window = _empty_window(open_window, tmp_path)
    path = tmp_path / "copied.html"
    path.write_bytes(PAGE.format(charset="utf-8").encode("utf-8"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    preview = _paste(qtbot, window, mime)
    assert preview is not None and "copied.html" in preview.ui.fileLabel.text()
    preview.reject()


def test_ctrl_v_in_a_text_box_pastes_text_and_imports_nothing(qtbot, window):
    mime = QMimeData()
    mime.setText("序号\t任务\n1\t任务一")
    QApplication.clipboard().setMimeData(mime)
    edit = window.ui.searchEdit
    edit.setFocus()
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "任务一" in edit.text()
    assert window.findChild(QDialog, "importPreview") is None


def test_a_clipboard_without_a_table_is_refused_and_nothing_changes(qtbot, window):
    before = window.store.content_checksum()
    mime = QMimeData()
    mime.setText("请于6月底前报送。")
    QApplication.clipboard().setMimeData(mime)
    messages = []
    timer = answer_modals([lambda box: (messages.append(box.text()), box.close())])  # noqa: F841
    window.actionPasteImport.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert "剪贴板" in messages[0]
    assert window.findChild(QDialog, "importPreview") is None
    assert window.store.content_checksum() == before


@pytest.mark.parametrize(("name", "charset", "encoding"), [("page.htm", "gb2312", "gbk"), ("page.html", "utf-8", "utf-8")])
def test_a_saved_web_page_imports_in_the_window(qtbot, open_window, tmp_path, monkeypatch, name, charset, encoding):
    window = _empty_window(open_window, tmp_path)
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset).encode(encoding))
    preview = _import(window, monkeypatch, path)
    assert _ok(preview).isEnabled(), preview.ui.messageLabel.text()
    assert preview.ui.headerRow.value() == 1 and _cell(preview, 2, 1) == "新建城区公办幼儿园2所。"
    _ok(preview).click()
    _done(window)
    assert window.store.plan_info(2025)["title"] == "东至县2025年民生实事项目清单"
    assert len(window.store.task_rows(None)) == 3
