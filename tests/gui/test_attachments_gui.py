"""The editor's 佐证材料 tab driven through its widgets (by objectName): attach by button, drop and
paste; open, rename, remove, each undone and redone on the window's stack; the table's mark."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton, QTableView
from qt_helpers import answer_modals, click_row

from chizhou_desk import store_attachments as SA

KEY = "2025-05"


def _box(window, qtbot):
    click_row(qtbot, window, 0)
    box = window.findChild(QTableView, "attachmentList").parent()
    assert box.objectName() == "attachmentsBox"
    return box


def _names(box) -> list[str]:
    return [box.model.item(r, 0).text() for r in range(box.model.rowCount())]


def _pdf(tmp_path, name="纪要.pdf"):
    p = tmp_path / name
    p.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return p


def test_attach_rename_remove_with_undo(qtbot, window, tmp_path, monkeypatch):
    box = _box(window, qtbot)
    task_id = window.editor.row.id
    pdf = _pdf(tmp_path)
    monkeypatch.setattr("chizhou_desk.gui.dialogs.get_open_paths", lambda *a: [str(pdf)])
    qtbot.mouseClick(window.findChild(QPushButton, "attachButton"), Qt.MouseButton.LeftButton)
    assert _names(box) == ["纪要.pdf"]
    assert box.model.item(0, 2).text() == "PDF" and box.model.item(0, 1).text() == "45 B"
    tabs = window.editor.ui.editorTabs
    assert tabs.tabText(tabs.indexOf(box)) == "佐证材料(1)"
    proxy_row = window.proxy.mapFromSource(window.model.index(window.model.row_of(task_id), 0))
    assert window.proxy.data(proxy_row, Qt.ItemDataRole.ToolTipRole) == "佐证材料 1 个"
    assert window.proxy.data(proxy_row, Qt.ItemDataRole.DecorationRole) is not None

    box.view.selectRow(0)
    box.ask_text = lambda *a: "5月会议纪要"
    qtbot.mouseClick(window.findChild(QPushButton, "renameAttachmentButton"), Qt.MouseButton.LeftButton)
    assert _names(box) == ["5月会议纪要.pdf"]
    box.view.selectRow(0)
    qtbot.mouseClick(window.findChild(QPushButton, "removeAttachmentButton"), Qt.MouseButton.LeftButton)
    assert _names(box) == [] and SA.counts(window.store, KEY) == {}
    assert window.proxy.data(proxy_row, Qt.ItemDataRole.ToolTipRole) != "佐证材料 1 个"

    window.undo.undo()  # remove
    assert _names(box) == ["5月会议纪要.pdf"]
    assert SA.data(window.store, SA.listing(window.store, KEY)[0].id) == pdf.read_bytes()
    window.undo.undo()  # rename
    assert _names(box) == ["纪要.pdf"]
    window.undo.undo()  # attach
    assert _names(box) == []
    window.undo.redo()
    window.undo.redo()
    assert _names(box) == ["5月会议纪要.pdf"]


def test_refused_file_is_named_and_nothing_is_stored(qtbot, window, tmp_path):
    box = _box(window, qtbot)
    bad = tmp_path / "tool.exe"
    bad.write_bytes(b"MZ\x90")
    seen = []
    answer_modals([lambda m: (seen.append(m.text()), m.done(0)) if isinstance(m, QMessageBox) else None])
    assert box.attach_paths([str(bad)]) is False
    qtbot.waitUntil(lambda: bool(seen))
    assert "tool.exe" in seen[0] and "不支持" in seen[0]
    assert SA.listing(window.store, KEY) == [] and window.undo.count() == 0


def test_drop_files_on_the_editor_and_paste_an_image(qtbot, window, tmp_path):
    box = _box(window, qtbot)
    pdf = _pdf(tmp_path, "现场.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    target = window.editor.ui.progressEdit.viewport()
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)  # as a real drag: Qt delivers the drop to the widget entered
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert _names(box) == ["现场.pdf"]
    assert window.editor.ui.progressEdit.toPlainText().find("file:") < 0  # not pasted as text

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    QApplication.clipboard().setImage(image)
    window.editor.ui.progressEdit.setFocus()
    qtbot.keyClick(window.editor.ui.progressEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    names = _names(box)
    assert len(names) == 2 and names[1].startswith("粘贴的图片-") and names[1].endswith(".png")
    got = SA.data(window.store, SA.listing(window.store, KEY)[1].id)
    assert got.startswith(b"\x89PNG") and QImage.fromData(got).size() == image.size()


def test_open_writes_the_stored_bytes(qtbot, window, tmp_path):
    box = _box(window, qtbot)
    pdf = _pdf(tmp_path)
    box.attach_paths([str(pdf)])
    opened = []
    box.opener = opened.append
    box.view.selectRow(0)
    qtbot.mouseClick(window.findChild(QPushButton, "openAttachmentButton"), Qt.MouseButton.LeftButton)
    path = opened[0].toLocalFile()
    assert path.endswith("纪要.pdf")
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == hashlib.sha256(pdf.read_bytes()).hexdigest()


def test_closed_period_cannot_attach(qtbot, window, tmp_path):
    box = _box(window, qtbot)
    assert window.findChild(QPushButton, "attachButton").isEnabled()
    window.store.set_period(KEY, closed=True)
    window.reload()
    box = _box(window, qtbot)
    assert not window.findChild(QPushButton, "attachButton").isEnabled()
    assert box.attach_paths([str(_pdf(tmp_path))]) is False
    assert SA.listing(window.store, KEY) == []


def test_refusals_and_the_tab_in_english(english, qtbot, window, tmp_path):
    from chizhou_desk.gui.core_texts import core_text

    box = _box(window, qtbot)
    tabs = window.editor.ui.editorTabs
    assert tabs.tabText(tabs.indexOf(box)) == "Evidence"
    assert window.findChild(QPushButton, "attachButton").text() == "Attach files…"
    try:
        SA.add(window.store, window.editor.row.id, KEY, [("tool.exe", b"MZ")])
    except Exception as exc:  # noqa: BLE001  (the message is what is tested)
        message = core_text(str(exc))
    assert message.startswith("tool.exe: File type “.exe” is not accepted")


def test_window_exports_the_package_and_the_office_window_imports_it(qtbot, window, open_window, tmp_path,
                                                                     monkeypatch, seed_path):
    from PySide6.QtWidgets import QDialogButtonBox
    from qt_helpers import click_button, type_text

    from chizhou_desk.gui import dialogs
    from chizhou_desk.imports import read_file
    from chizhou_desk.store import Store

    box = _box(window, qtbot)  # task 1, led by 市发展改革委
    pdf = _pdf(tmp_path)
    box.attach_paths([str(pdf)])
    type_text(qtbot, window.ui.unitCombo.lineEdit(), "市发改委")
    qtbot.keyClick(window.ui.unitCombo.lineEdit(), Qt.Key.Key_Return)
    asked = []

    def save_path(parent, title, default, name_filter):
        asked.append((default, name_filter))
        return str(tmp_path / "包.zip")
    monkeypatch.setattr(dialogs, "get_save_path", save_path)
    ok = lambda d: d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()  # noqa: E731
    timer = answer_modals([lambda b: click_button(b, "仍然导出"), ok])  # noqa: F841
    window.ui.actionExport.trigger()
    assert asked[0][0].endswith("市发展改革委_2025年1-5月份_重点工作进展.zip")
    assert asked[0][1].startswith("报送包")  # offered first when the unit has files
    window.findChild(QMessageBox, "exportDoneBox").close()

    office_db = tmp_path / "office.db"
    table = read_file(seed_path)
    table.entries = {}
    with Store(office_db) as s:
        s.import_table(table)
    office = open_window(office_db)
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(tmp_path / "包.zip")])
    office.ui.actionImport.trigger()
    click_button(office.findChild(QMessageBox, "mergeCheckBox"), "导入")
    done = office.findChild(QMessageBox, "importDoneBox")
    assert "佐证材料 1 个，已核对校验值" in done.detailedText() + done.text()
    done.close()
    got = SA.listing(office.store, KEY)
    assert [(a.task_no, a.name, a.unit) for a in got] == [("1", "纪要.pdf", "市发展改革委")]
    assert SA.data(office.store, got[0].id) == pdf.read_bytes()
    click_row(qtbot, office, 0)
    assert office.attachments.count() == 1
    assert office.attachments.model.item(0, 0).text() == "纪要.pdf  (市发展改革委)"


def test_printed_status_sheet_lists_the_files_names(qapp, store, tmp_path):
    import shutil
    import subprocess

    import pytest

    from chizhou_desk.gui import printing

    SA.add(store, store.task_id("2", KEY), KEY, [("开工现场照片.png", _png_bytes())])
    out = tmp_path / "sheet.pdf"
    printing.write_pdf(printing.build_unit_sheet_html(store, "市发改委", KEY), out)
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils")
    text = "".join(subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    assert "佐证材料：开工现场照片.png" in text and text.count("佐证材料") == 1


def _png_bytes() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc3333"))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data().data())


def test_shrink_box_reduces_a_dropped_photo(qtbot, window, tmp_path):
    from PIL import Image

    from chizhou_desk import attachments as A

    box = _box(window, qtbot)
    photo = tmp_path / "photo.png"
    Image.effect_noise((3000, 2000), 50).convert("RGB").save(photo, "PNG")
    box.findChild(QCheckBox, "shrinkImagesBox").setChecked(True)
    assert box.attach_paths([str(photo)])
    stored = SA.data(window.store, SA.listing(window.store, KEY)[0].id)
    assert QImage.fromData(stored).width() == A.SHRINK_MAX_SIDE and len(stored) < photo.stat().st_size
