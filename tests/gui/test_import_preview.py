"""The import preview: a list is shown as read before anything is written; roles, header row and
period can be changed; settled layouts are remembered; submissions skip it; files can be dropped."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QMessageBox, QPushButton

from chizhou_desk.gui.import_preview import ROLE_LABELS
from chizhou_desk.imports.roles import ROLES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from qt_helpers import import_ok as _ok
from qt_helpers import open_import_preview as _import
from xlsx_builders import list_file, write_xlsx  # noqa: E402


def _odd_header_file(tmp_path, name="odd.xlsx", tasks=(("新建学校3所", "市教体局", "已开工2所"),
                                                       ("改造老旧小区", "市住建局", "完成40%"))):
    """The task column is headed 条目, and its cells are too short to guess from."""
    rows = [["2025年民生实事项目清单"], ["序号", "条目", "牵头单位", "1-6月份进展情况"]]
    rows += [[i, t, u, p] for i, (t, u, p) in enumerate(tasks, start=1)]
    return write_xlsx(tmp_path / name, rows)


def _role(preview, i) -> str:
    return preview.findChild(QComboBox, f"columnRole{i}").currentData()


def _close_done(window):
    box = window.findChild(QMessageBox, "importDoneBox")
    assert box is not None
    text = box.text()
    box.close()
    return text


def test_role_labels_cover_the_engines_roles():
    assert list(ROLE_LABELS) == list(ROLES)


def test_user_names_the_task_column_and_the_preview_follows(qtbot, window, tmp_path, monkeypatch):
    before = window.store.content_checksum()
    preview = _import(window, monkeypatch, _odd_header_file(tmp_path))
    assert preview is not None and window.store.content_checksum() == before
    assert _role(preview, 1) != "text" and not _ok(preview).isEnabled()
    assert "任务内容" in preview.ui.messageLabel.text()  # says what it could not find
    assert (_role(preview, 0), _role(preview, 2), _role(preview, 3)) == ("no", "lead", "progress")
    combo = preview.findChild(QComboBox, "columnRole1")
    combo.setCurrentIndex(combo.findData("text"))
    assert _ok(preview).isEnabled()
    tasks = preview.ui.tasksPreview
    assert tasks.rowCount() == 2 and tasks.item(0, 1).text() == "新建学校3所"
    assert tasks.item(1, 2).text() == "市住房城乡建设局"  # canonical name, as it will be stored
    assert window.store.content_checksum() == before  # still nothing written
    _ok(preview).click()
    assert "期间 2025年1-6月份" in _close_done(window)
    june = {r.no: r for r in window.store.task_rows("2025-06")}
    assert june["1"].text == "新建学校3所" and june["1"].progress == "已开工2所"
    assert window.ui.periodCombo.currentData() == "2025-06"  # the window shows what was imported


def test_a_settled_layout_is_proposed_next_time_in_the_window_and_the_cli(qtbot, window, tmp_path,
                                                                         monkeypatch, capsys):
    preview = _import(window, monkeypatch, _odd_header_file(tmp_path))
    combo = preview.findChild(QComboBox, "columnRole1")
    combo.setCurrentIndex(combo.findData("text"))
    _ok(preview).click()
    _close_done(window)
    july = _odd_header_file(tmp_path, "july.xlsx", tasks=(("建设口袋公园10个", "市住建局", "建成6个"),))
    preview = _import(window, monkeypatch, july)
    assert _role(preview, 1) == "text" and _ok(preview).isEnabled()
    assert "上次导入" in preview.findChild(QComboBox, "columnRole1").toolTip()
    preview.reject()
    from chizhou_desk.cli import main

    assert main(["--db", str(window.store.path), "import", "--dry-run", str(july)]) == 0
    out = capsys.readouterr().out
    assert "B 列“条目” → 任务内容(text)" in out and "建设口袋公园10个" in out


def test_a_header_over_two_rows(qtbot, window, tmp_path, monkeypatch):
    rows = [["2025年重点工作推进情况表"],
            ["序号", "重点工作任务", "责任单位", None, "1-6月份进展情况"],
            [None, None, "牵头单位", "配合单位", None],
            [1, "地区生产总值增长6.5%以上。", "市发改委", "市统计局", "上半年增长6.6%。"],
            [2, "新增规上工业企业100户。", "市经信局", "市财政局、市税务局", "新增58户。"]]
    path = write_xlsx(tmp_path / "two.xlsx", rows, ("A2:A3", "B2:B3", "C2:D2", "E2:E3"))
    preview = _import(window, monkeypatch, path)
    assert preview.ui.headerRow.value() == 2
    assert [_role(preview, i) for i in range(5)] == ["no", "text", "lead", "coop", "progress"]
    assert preview.ui.importPeriod.currentData() == "2025-06"
    assert preview.ui.tasksPreview.item(1, 3).text() == "市财政局、市税务局"
    _ok(preview).click()
    _close_done(window)
    row = {r.no: r for r in window.store.task_rows("2025-06")}["2"]
    assert row.coop_units == ["市财政局", "市税务局"] and row.progress == "新增58户。"


def test_the_period_from_the_title_is_shown_with_its_source(qtbot, window, tmp_path, monkeypatch):
    header = ["序号", "重点工作任务", "牵头责任单位", "进展情况"]
    tasks = [{"序号": 1, "重点工作任务": "任务一。", "牵头责任单位": "市发改委", "进展情况": "有进展。"}]
    path = list_file(tmp_path, "titled.xlsx", header=header, tasks=tasks,
                     title="2025年市政府重点工作责任清单1-8月份进展情况")
    preview = _import(window, monkeypatch, path)
    assert preview.ui.importPeriod.currentData() == "2025-08"
    assert "从标题读取" in preview.ui.sourceLabel.text()
    # the user can say otherwise; the preview follows
    preview.ui.importPeriod.setCurrentIndex(preview.ui.importPeriod.findData("2025-07"))
    assert preview.table.period_key == "2025-07"
    _ok(preview).click()
    _close_done(window)
    assert "2025-07" in [p.key for p in window.store.periods()]


def test_an_unlabelled_progress_table_is_offered_the_next_period(qtbot, window, tmp_path, monkeypatch):
    header = ["序号", "重点工作任务", "牵头责任单位", "工作评价", "进展情况"]
    tasks = [{"序号": 1, "重点工作任务": "地区生产总值增长6.5%左右。", "牵头责任单位": "市发改委",
              "工作评价": "序时推进", "进展情况": "上半年增长6.2%,六月份数据。"}]
    path = list_file(tmp_path, "no_period.xlsx", header=header, tasks=tasks, title="2025年重点工作责任清单")
    preview = _import(window, monkeypatch, path)
    assert preview.ui.importPeriod.currentData() == "2025-06"  # the one after the latest, 1-5月
    assert "请核对" in preview.ui.sourceLabel.text()
    _ok(preview).click()
    _close_done(window)
    assert [p.key for p in window.store.periods()] == ["2025-05", "2025-06"]
    tid = window.store.task_id("1", "2025-06")
    assert window.store.task_rows("2025-06", [tid])[0].progress == "上半年增长6.2%,六月份数据。"


def test_cancel_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    before = window.store.content_checksum()
    preview = _import(window, monkeypatch, list_file(tmp_path))
    assert _ok(preview).isEnabled()
    preview.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.store.content_checksum() == before
    assert window.findChild(QMessageBox, "importDoneBox") is None
    assert window.findChild(QDialog, "importPreview") is None or not preview.isVisible()


def test_keyboard_reaches_the_roles_and_arrows_change_them(qtbot, window, tmp_path, monkeypatch):
    preview = _import(window, monkeypatch, list_file(tmp_path))
    qtbot.waitExposed(preview)
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    preview.ui.importPeriod.setFocus()
    for _ in range(3):  # 期间 → (年份, disabled: read from the title) → the preview → first role
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget().objectName().startswith("columnRole"):
            break
    first = QApplication.focusWidget()
    assert first.objectName() == "columnRole0"
    assert _role(preview, 0) == "text"  # xlsx_builders.HEADER starts with 重点工作任务
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert _role(preview, 0) == "lead" and _role(preview, 1) == "no"
    assert not _ok(preview).isEnabled()  # no task column now: the preview says so
    qtbot.keyClick(first, Qt.Key.Key_Up)
    assert _role(preview, 0) == "text" and _ok(preview).isEnabled()
    preview.reject()


def test_a_file_that_cannot_be_read_names_itself_and_nothing_opens(qtbot, window, tmp_path, monkeypatch):
    from qt_helpers import answer_modals

    bad = tmp_path / "notes.txt"
    bad.write_text("2025年工作要点\n没有表格。\n", encoding="utf-8")
    messages = []
    timer = answer_modals([lambda box: (messages.append(box.text()), box.close())])  # noqa: F841
    _import(window, monkeypatch, bad)
    qtbot.waitUntil(lambda: bool(messages))
    assert "notes.txt" in messages[0] and "未导入任何文件" in messages[0]
    assert QApplication.overrideCursor() is None


@pytest.mark.parametrize("submission", [False, True])
def test_dropped_files_import_lists_through_the_preview_and_submissions_straight(
        qtbot, window, tmp_path, submission, sample_db):
    from chizhou_desk.exports.submission import export_submission

    if submission:
        path = tmp_path / "unit.xlsx"
        export_submission(window.store, "市商务局", "2025-05", path)
    else:
        path = list_file(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    preview = window.findChild(QDialog, "importPreview")
    if submission:
        assert preview is None
        check = window.findChild(QMessageBox, "mergeCheckBox")
        assert "unit.xlsx: 单位报送表(市商务局，1-5月份)" in check.text()
        next(b for b in check.buttons() if b.text() == "导入").click()
        assert "unit.xlsx" in _close_done(window)
    else:
        assert preview is not None and preview.isVisible()
        preview.reject()


def test_a_new_years_list_without_periods_is_shown_and_offers_the_first_period(qtbot, open_window,
                                                                              tmp_path, monkeypatch):
    from chizhou_desk.store import Store

    db = tmp_path / "new.db"
    Store(db).close()
    window = open_window(db)
    header = ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限"]
    tasks = [{"序号": 1, "重点工作任务": "任务一。", "牵头单位": "市财政局", "配合单位": "市商务局", "完成时限": "年底"},
             {"序号": 2, "重点工作任务": "任务二。", "牵头单位": "市商务局", "完成时限": "6月底"}]
    preview = _import(window, monkeypatch, list_file(tmp_path, header=header, tasks=tasks,
                                                     title="2026年池州市政府重点工作责任清单"))
    assert preview.ui.importPeriod.currentData() is None
    _ok(preview).click()
    box = window.findChild(QMessageBox, "importDoneBox")
    assert window.store.periods() == [] and window.model.rowCount() == 2
    assert "新建期间" in window.statusBar().currentMessage()
    assert box.findChild(QPushButton, "newPeriodButton") is not None
    box.close()


def test_a_workbook_with_several_sheets_offers_the_sheet_chooser(qtbot, window, tmp_path, monkeypatch):
    other = [["说明"], ["本表为2025年重点工作任务,第二个工作表为进展"]]
    path = list_file(tmp_path, "sheets.xlsx", more_sheets={"说明": other})
    preview = _import(window, monkeypatch, path)
    combo = preview.ui.sheetCombo
    assert combo.isVisibleTo(preview) and [combo.itemText(i) for i in range(combo.count())] == ["清单", "说明"]
    assert combo.currentIndex() == 0 and _ok(preview).isEnabled()  # the sheet with the table
    combo.setCurrentIndex(1)
    assert not _ok(preview).isEnabled() and preview.ui.previewTable.model().index(1, 0).data() == "说明"
    combo.setCurrentIndex(0)
    assert _ok(preview).isEnabled() and preview.table.tasks[0].no == "1"
    preview.reject()


def test_a_file_without_a_year_is_settled_by_the_year_box(qtbot, window, tmp_path, monkeypatch):
    rows = [["民生实事项目清单"], ["序号", "重点工作任务", "牵头单位"], [1, "新建学校3所。", "市教体局"]]
    preview = _import(window, monkeypatch, write_xlsx(tmp_path / "noyear.xlsx", rows))
    year = preview.ui.importYear
    assert year.isEnabled() and _ok(preview).isEnabled()
    assert "年份" in preview.ui.sourceLabel.text()
    year.setValue(2024)
    assert preview.table.plan.year == 2024
    _ok(preview).click()
    _close_done(window)
    assert window.store.plan_info(2024) is not None


def test_the_office_sees_a_refused_submission_and_imports_the_rest(qtbot, window, tmp_path, monkeypatch):
    from chizhou_desk.exports.submission import export_submission
    from chizhou_desk.store import Store

    good, foreign = tmp_path / "commerce.xlsx", tmp_path / "other_db.xlsx"
    export_submission(window.store, "市商务局", "2025-05", good)
    other = tmp_path / "other.db"  # another office's database: a period this office never made
    with Store(other) as s:
        from conftest import SEED

        from chizhou_desk.imports import read_file

        s.import_table(read_file(SEED))
        s.create_period("2025-06")
        export_submission(s, "市财政局", "2025-06", foreign)
    before = window.store.content_checksum()
    _import(window, monkeypatch, good, foreign)
    check = window.findChild(QMessageBox, "mergeCheckBox")
    assert "other_db.xlsx: 将不导入" in check.text() and "commerce.xlsx: 单位报送表(市商务局" in check.text()
    assert window.store.content_checksum() == before
    next(b for b in check.buttons() if b.text() == "导入其余文件").click()
    text = _close_done(window)
    assert "commerce.xlsx" in text and "other_db.xlsx" not in text
    assert "2025-06" not in [p.key for p in window.store.periods()]
