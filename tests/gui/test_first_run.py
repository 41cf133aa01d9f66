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
