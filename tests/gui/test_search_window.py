"""What the window's speed work (issue 28) must not change: the search box searches the rows the
window holds (a 2-character needle shows the tasks a plain substring scan finds, text saved in
the editor is found at once), the status bar's kept counts follow edits, and a start that changes
no setting writes none."""

from qt_helpers import click_row, type_text, visible_nos

from chizhou_desk.store import Store


def _scan(rows, needle: str) -> list[str]:
    return sorted((r.no for r in rows if any(needle.lower() in f.lower()
                                             for f in (r.text, r.progress, r.next_steps, r.reason))), key=int)


def test_two_characters_typed_show_what_a_scan_finds(qtbot, window, sample_db):
    with Store(sample_db, read_only=True) as s:
        rows = s.task_rows("2025-05")
    ui = window.ui
    for needle in ("镁基", "项目", "完成", "增长", "亿元", "全省"):
        type_text(qtbot, ui.searchEdit, needle)
        expected = _scan(rows, needle)
        assert expected, needle  # the sample holds each of them
        assert sorted(visible_nos(window), key=int) == expected, needle
        assert f"显示 {len(expected)} 项" in window._status_label.text()
    ui.searchEdit.clear()
    assert window.model.rowCount() == len(rows)


def test_text_saved_in_the_editor_is_found_by_a_two_character_search(qtbot, window):
    from PySide6.QtCore import Qt

    click_row(qtbot, window, 3)
    editor = window.editor.ui
    no = window.current_row().no
    type_text(qtbot, editor.progressEdit, "已建成鑫淼产业园一期。")
    editor.statusCombo.setFocus()  # leaving the text field saves it
    qtbot.waitUntil(lambda: "鑫淼" in window.current_row().progress)
    type_text(qtbot, window.ui.searchEdit, "鑫淼")
    assert visible_nos(window) == [no]
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert window.model.rowCount() > 1


def test_the_status_bar_counts_follow_edits_and_undo_without_recounting(qtbot, window):
    """The counts are kept between keystrokes and moved by each saved edit (issue 28); they
    must equal a fresh count of the rows after edits, undo and a search."""
    from chizhou_desk.query import status_counts

    def fresh() -> str:
        rows = window.model.all_rows()
        counts = status_counts(rows, window.store.statuses(window.period_key))
        return " · ".join(f"{k} {v}" for k, v in counts.items() if v or k == "未填")

    unfilled = next(i for i, r in enumerate(window.model.visible_rows()) if not r.filled)
    click_row(qtbot, window, unfilled)
    before = fresh()
    assert before in window._status_label.text()
    type_text(qtbot, window.editor.ui.progressEdit, "已完成招标。")
    window.editor.ui.statusCombo.setFocus()  # leaving the text field saves it
    qtbot.waitUntil(lambda: window.current_row().filled)
    after = fresh()
    assert after != before and after in window._status_label.text()
    type_text(qtbot, window.ui.searchEdit, "招标")
    assert after in window._status_label.text()
    window.undo.undo()
    assert fresh() == before and before in window._status_label.text()


def test_reopening_the_same_file_and_period_writes_no_settings(settings_dir, sample_db):
    """A start that changes nothing writes nothing (each settings write is two fsyncs before
    the first paint, issue 28); a change is still written."""
    import os

    from chizhou_desk.gui.settings import AppSettings

    first = AppSettings(settings_dir)
    first.add_recent_database(str(sample_db))
    first.set_last_period(str(sample_db), "2025-05")
    first.sync()
    ini = settings_dir / "chizhou-desk.ini"

    def written() -> tuple:  # QSettings saves a new file over the old one
        st = os.stat(ini)
        return st.st_ino, st.st_mtime_ns

    before = written()
    again = AppSettings(settings_dir)
    again.add_recent_database(str(sample_db))
    again.set_last_period(str(sample_db), "2025-05")
    again.sync()
    assert written() == before
    again.set_last_period(str(sample_db), "2025-04")
    again.sync()
    assert written() != before
    assert AppSettings(settings_dir).last_period(str(sample_db)) == "2025-04"
