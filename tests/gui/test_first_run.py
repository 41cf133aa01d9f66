"""First run: the embedded sample and the 本单位 question."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from qt_helpers import choose

from chizhou_desk.gui import actions, create_main_window
from chizhou_desk.gui.settings import AppSettings
from chizhou_desk.paths import default_db_path


def test_default_database_starts_as_the_sample(qtbot, settings_dir):
    assert not default_db_path().exists()  # XDG dirs point into tmp_path
    w = create_main_window(None, settings_dir)
    qtbot.addWidget(w)
    assert default_db_path().exists()
    assert w.model.rowCount() == 49
    assert w.period_key == "2025-05"
    w.close()


def test_choosing_own_unit_filters_and_is_remembered(qtbot, window, settings_dir, open_window, sample_db):
    dialog = actions.choose_unit(window, first_run=True)
    choose(qtbot, dialog.unitCombo, "市商务局")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.ui.unitCombo.currentText() == "本单位(市商务局)"
    assert window.model.rowCount() == 4  # the seed lists 市商务局 as lead four times
    window.close()
    assert AppSettings(settings_dir).own_unit == "市商务局"
    again = open_window(sample_db)
    assert again.ui.unitCombo.currentData() == "市商务局" and again.model.rowCount() == 4
    assert again.findChild(QDialog, "unitDialog") is None


def test_unknown_unit_typed_is_refused_with_a_message(qtbot, window):
    from qt_helpers import type_text

    type_text(qtbot, window.ui.unitCombo.lineEdit(), "市不存在局")
    qtbot.keyClick(window.ui.unitCombo.lineEdit(), Qt.Key.Key_Return)
    assert window.ui.unitCombo.currentData() is None
    assert "未知单位" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 49


def test_backup_after_start_is_reported(qtbot, window):
    from chizhou_desk.backups import backup_folder
    from chizhou_desk.gui.app import backup_now

    backup_now(window)
    copies = list(backup_folder(window.store.path).iterdir())
    assert len(copies) == 1 and "已备份到" in window.statusBar().currentMessage()


def test_a_new_empty_database_says_how_to_get_a_list(qtbot, open_window, tmp_path):
    """--db on a file that does not exist: no list at all, so no talk of periods."""
    w = open_window(tmp_path / "new.db")
    message = w.statusBar().currentMessage()
    assert "本数据库还没有清单" in message and "文件 → 导入" in message, message
    assert "新建期间" not in message
    assert w.model.rowCount() == 0


def test_a_list_without_periods_says_how_to_start_reporting(qtbot, open_window, db_path):
    from chizhou_desk.domain import ImportedTable, Plan, Task
    from chizhou_desk.store import Store

    with Store(db_path) as s:
        s.import_table(ImportedTable(source="t", plan=Plan(2026, "2026年市政府重点工作责任清单", city="池州"),
                                     tasks=[Task(no="1", text="推进产业项目建设。", lead_units=["市发展改革委"])]))
    w = open_window(db_path)
    assert w.model.rowCount() == 1
    assert w.statusBar().currentMessage() == "本清单还没有期间：请用 期间 → 新建期间 开始填报"


def test_the_empty_database_message_in_english(qtbot, english, open_window, tmp_path):
    message = open_window(tmp_path / "new.db").statusBar().currentMessage()
    assert message.startswith("This database has no list yet: import a responsibility list with File → Import"), message
