"""Opening and creating databases, importing several units' submissions, the report paragraph."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox
from qt_helpers import answer_modals, click_button

from chizhou_desk.exports.submission import export_submission
from chizhou_desk.gui import dialogs
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from xlsx_builders import HEADER, list_file  # noqa: E402  (the core tests' fixture workbooks)


def _list_only_db(path, seed):
    """The office's copy: the same list, no progress entered yet."""
    table = read_file(seed)
    table.entries = {}
    with Store(path) as s:
        s.import_table(table)


def test_office_imports_two_units_submissions_at_once(qtbot, open_window, tmp_path, monkeypatch,
                                                       sample_db, seed_path):
    exported = []
    with Store(sample_db) as unit_store:  # two liaisons' files, made from the sample
        for unit in ("市商务局", "市财政局"):
            path = tmp_path / f"{unit}.xlsx"
            export_submission(unit_store, unit, "2025-05", path)
            exported.append(path)
        expected = {r.no: (r.status, r.progress) for r in unit_store.task_rows("2025-05")
                    if set(r.lead_units) & {"市商务局", "市财政局"}}
    office = tmp_path / "office.db"
    _list_only_db(office, seed_path)
    w = open_window(office)
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(p) for p in exported])
    assert sum(r.filled for r in w.model.all_rows()) == 0
    before = w.store.content_checksum()
    w.ui.actionImport.trigger()
    check = w.findChild(QMessageBox, "mergeCheckBox")  # what the merge would do, before it is done
    assert "单位报送表(市商务局，1-5月份)，将更新 4 项" in check.text() and w.store.content_checksum() == before
    click_button(check, "导入")
    box = w.findChild(QMessageBox, "importDoneBox")
    assert box is not None and "市商务局.xlsx" in box.text() and "市财政局.xlsx" in box.text()
    got = {r.no: (r.status, r.progress) for r in w.model.all_rows() if r.filled}
    assert got == expected and len(got) == 6
    box.close()


def test_a_bad_file_among_several_imports_nothing(qtbot, open_window, tmp_path, monkeypatch,
                                                   sample_db, seed_path):
    good = tmp_path / "good.xlsx"
    with Store(sample_db) as s:
        export_submission(s, "市商务局", "2025-05", good)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    office = tmp_path / "office.db"
    _list_only_db(office, seed_path)
    w = open_window(office)
    before = w.store.content_checksum()
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(good), str(bad)])
    messages = []
    timer = answer_modals([lambda box: (messages.append(box.text()), box.close())])  # noqa: F841
    w.ui.actionImport.trigger()
    assert messages and "bad.xlsx" in messages[0] and "未导入任何文件" in messages[0]
    assert w.store.content_checksum() == before


def test_new_database_from_a_list_file_then_open_the_old_one(qtbot, window, tmp_path, monkeypatch,
                                                              seed_path, sample_db):
    target = tmp_path / "new" / "2025.db"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: str(seed_path))
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(target))
    window.ui.actionNewDb.trigger()
    preview = window.findChild(QDialog, "importPreview")  # a list goes through the preview
    assert preview is not None and not target.exists()
    preview.accept()
    assert window.store.path == target and target.exists()
    assert window.model.rowCount() == 49
    assert "2025.db" in window.windowTitle()
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: str(sample_db))
    window.ui.actionOpenDb.trigger()
    assert window.store.path == sample_db
    assert str(target.resolve()) in window.settings.recent_databases()


def test_opening_a_file_that_is_not_a_database_keeps_the_current_one(qtbot, window, tmp_path,
                                                                       monkeypatch, sample_db):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"hello")
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: str(junk))
    messages = []
    timer = answer_modals([lambda box: (messages.append(box.text()), box.close())])  # noqa: F841
    window.ui.actionOpenDb.trigger()
    assert messages and "junk.db" in messages[0]
    assert window.store.path == sample_db and window.model.rowCount() == 49


def test_report_paragraph(qtbot, window):
    window.ui.actionReport.trigger()
    dialog = window.findChild(QDialog, "textDialog")
    text = dialog.textEdit.toPlainText()
    # the seed's opening: plan and document number, then the counts, in 公文 punctuation
    assert text.startswith("今年以来，各地各部门按照《2025年市政府重点工作责任清单》（池政秘〔2025〕9号）要求")
    assert "1-5月份，49项" in text and "39项按序时推进" in text and "8项未达预期" in text
    dialog.close()


def test_units_dialog_edits_aliases_and_merges_a_name(qtbot, window):
    from chizhou_desk.gui.units_dialog import COL_ALIASES, COL_NAME

    window.ui.actionUnits.trigger()
    dialog = window.findChild(QDialog, "unitsDialog")
    table = dialog.table
    row = next(i for i in range(table.rowCount()) if table.item(i, COL_NAME).text() == "市商务局")
    table.item(row, COL_ALIASES).setText("池州商务局、商务局")
    assert dialog.save()
    assert window.store.registry().resolve("池州商务局") == "市商务局"
    # an alias another unit holds is refused with a message, nothing written
    row = next(i for i in range(table.rowCount()) if table.item(i, COL_NAME).text() == "市财政局")
    table.item(row, COL_ALIASES).setText("市发改委")
    messages = []
    timer = answer_modals([lambda box: (messages.append(box.text()), box.close())])  # noqa: F841
    assert not dialog.save()
    assert "市发展改革委" in messages[0]
    assert window.store.registry().resolve("市发改委") == "市发展改革委"
    # merge 贵池区政府 into 市财政局 (as a user would merge an unknown name)
    row = next(i for i in range(table.rowCount()) if table.item(i, COL_NAME).text() == "贵池区政府")
    table.setCurrentCell(row, COL_NAME)
    assert dialog.targetCombo.currentIndex() == -1  # no target until the user picks one
    dialog.targetCombo.setCurrentText("市财政局")
    asked = []
    # the refused alias is still typed in: the merge (which reloads the table) asks about it first
    timer = answer_modals([lambda box: box.button(QMessageBox.StandardButton.Discard).click(),  # noqa: F841
                           lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.Cancel).click())])
    assert not dialog.merge_selected()
    assert "贵池区政府" in asked[0] and "市财政局" in asked[0] and "不能撤销" in asked[0]
    assert window.store.registry().resolve("贵池区政府") == "贵池区政府"
    row = next(i for i in range(table.rowCount()) if table.item(i, COL_NAME).text() == "贵池区政府")
    table.setCurrentCell(row, COL_NAME)  # discarding reloaded the table
    dialog.targetCombo.setCurrentText("市财政局")
    timer = answer_modals([lambda box: click_button(box, "并入")])  # noqa: F841
    assert dialog.merge_selected()
    assert "贵池区政府" not in [table.item(i, COL_NAME).text() for i in range(table.rowCount())]
    assert window.store.registry().resolve("贵池区政府") == "市财政局"
    dialog.close()
    assert len(window.store.task_ids_for(unit="市财政局")) == 2 + 2


def test_closing_the_units_dialog_with_unsaved_aliases_asks(qtbot, window):
    from chizhou_desk.gui.units_dialog import COL_ALIASES, COL_NAME

    window.ui.actionUnits.trigger()
    dialog = window.findChild(QDialog, "unitsDialog")
    table = dialog.table
    row = next(i for i in range(table.rowCount()) if table.item(i, COL_NAME).text() == "市商务局")
    table.item(row, COL_ALIASES).setText("池州商务局")
    timer = answer_modals([lambda box: box.button(QMessageBox.StandardButton.Save).click()])  # noqa: F841
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.store.registry().resolve("池州商务局") == "市商务局"


def test_a_list_without_progress_gets_its_first_period_from_the_menu(qtbot, open_window, tmp_path,
                                                                       seed_path):
    office = tmp_path / "list.db"
    table = read_file(seed_path)
    table.entries, table.period_key = {}, None
    with Store(office) as s:
        s.import_table(table)
    w = open_window(office)
    assert w.period_key is None and not w.ui.actionExport.isEnabled()
    assert not w.ui.actionReport.isEnabled()
    w.ui.actionNewPeriod.trigger()
    dialog = w.findChild(QDialog, "newPeriodDialog")
    assert dialog.keyCombo.count() == 12
    dialog.keyCombo.setCurrentIndex(dialog.keyCombo.findData("2025-03"))
    dialog.accept()
    assert w.period_key == "2025-03" and w.ui.actionExport.isEnabled()
    assert w.model.rowCount() == 49 and "未填 49" in w._status_label.text()
    w.ui.actionNewPeriod.trigger()  # 1-6月 may follow 1-3月 (quarterly lists)
    dialog = w.findChildren(QDialog, "newPeriodDialog")[-1]  # the first one is deleted later
    assert dialog.keyCombo.currentData() == "2025-04" and dialog.keyCombo.findData("2025-03") < 0
    dialog.keyCombo.setCurrentIndex(dialog.keyCombo.findData("2025-06"))
    dialog.hasDueDate.setChecked(False)  # no due date known yet
    dialog.accept()
    assert w.store.previous_period("2025-06") == "2025-03"
    assert w.store.period("2025-06").due_date is None and w.store.period("2025-03").due_date


def test_a_closed_period_can_be_reopened(qtbot, window):
    window.store.set_period("2025-05", closed=True)
    window.reload()
    assert window.ui.actionClosePeriod.text() == "重新开放本期间"
    window.ui.actionClosePeriod.trigger()
    assert not window.store.period("2025-05").closed
    assert not window.editor.ui.progressEdit.isReadOnly()


def test_a_moved_recent_database_is_not_recreated(qtbot, window, tmp_path):
    from chizhou_desk.gui import db_open

    gone = tmp_path / "moved.db"
    messages = []
    timer = answer_modals([lambda box: (messages.append(box.text()), box.close())])  # noqa: F841
    assert not db_open.switch_store(window, gone)
    assert not gone.exists() and messages and "moved.db" in messages[0]


def test_the_editor_shows_a_lists_extra_columns(qtbot, open_window, tmp_path):
    header = [*HEADER, "责任科室"]
    tasks = [{"序号": 1, "重点工作任务": "任务一。", "牵头责任单位": "市发改委", "工作评价": "序时推进",
              "1-6月份进展情况": "进展。", "责任领导": "张三", "责任科室": "综合科"}]
    db = tmp_path / "extra.db"
    with Store(db) as s:
        s.import_table(read_file(list_file(tmp_path, tasks=tasks, header=header)))
    w = open_window(db)
    w.ui.taskTable.selectRow(0)
    qtbot.waitUntil(lambda: w.editor.row is not None)
    label = w.editor.ui.targetLabel.text()
    assert "责任领导:张三" in label and "责任科室:综合科" in label
