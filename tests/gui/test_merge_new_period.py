"""The merge confirmation's 新建期间“1-6月份”并导入 (issue 24): units' files for a period the office has
not opened are no dead end; a liaison's database is never offered it."""

from PySide6.QtWidgets import QMessageBox, QPushButton

from chizhou_desk.exports.submission import export_submission
from chizhou_desk.gui import dialogs
from chizhou_desk.store import Store


def _june_files(tmp_path, sample_db, units=("市商务局", "市财政局")):
    """The liaisons' 1-6月 files: made in a copy of the sample that has opened 2025-06."""
    import shutil

    unit_db = tmp_path / "unit.db"
    shutil.copy(sample_db, unit_db)
    out, expected = [], {}
    with Store(unit_db) as s:
        s.create_period("2025-06", copy_texts=True)
        for unit in units:
            path = tmp_path / f"{unit}.xlsx"
            export_submission(s, unit, "2025-06", path)
            out.append(path)
        expected = {r.no: r.progress for r in s.task_rows("2025-06") if set(r.lead_units) & set(units)}
    return out, expected


def test_new_period_and_merge_in_one_step(qtbot, open_window, tmp_path, monkeypatch, sample_db, db_path):
    files, expected = _june_files(tmp_path, sample_db)
    w = open_window(sample_db)
    before = w.store.content_checksum()
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(p) for p in files])
    w.ui.actionImport.trigger()
    check = w.findChild(QMessageBox, "mergeCheckBox")
    assert "本库没有期间 1-6月份" in check.text() and "可以新建该期间" in check.text()
    assert w.store.content_checksum() == before  # nothing written before the office chooses
    button = check.findChild(QPushButton, "newPeriodMergeButton")
    assert button.text() == "新建期间“1-6月份”并导入" and check.defaultButton() is button
    button.click()
    done = w.findChild(QMessageBox, "importDoneBox")
    assert done is not None and "市商务局.xlsx" in done.text() and "市财政局.xlsx" in done.text()
    done.close()
    assert [p.key for p in w.store.periods()] == ["2025-05", "2025-06"]
    assert w.period_key == "2025-06"
    got = {r.no: r.progress for r in w.store.task_rows("2025-06") if r.no in expected}
    assert got == expected and len(got) >= 2
    with Store(db_path, read_only=True) as s:  # the file on disk, read by a second connection
        assert s.period("2025-06").label == "1-6月份"


def test_a_liaisons_database_is_not_offered_a_new_period(qtbot, open_window, tmp_path, monkeypatch, sample_db):
    files, _ = _june_files(tmp_path, sample_db, units=("市商务局",))
    w = open_window(sample_db)
    w.settings.own_unit = "市商务局"
    before = w.store.content_checksum()
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(p) for p in files])
    w.ui.actionImport.trigger()
    check = w.findChild(QMessageBox, "mergeCheckBox")
    assert "本库没有期间 1-6月份" in check.text()
    assert check.findChild(QPushButton, "newPeriodMergeButton") is None
    check.reject()
    assert w.store.content_checksum() == before and [p.key for p in w.store.periods()] == ["2025-05"]


def test_only_files_for_the_new_period_say_no_more_than_needed(qtbot, open_window, tmp_path, monkeypatch, sample_db):
    files, _ = _june_files(tmp_path, sample_db, units=("市商务局",))
    w = open_window(sample_db)
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(p) for p in files])
    w.ui.actionImport.trigger()
    check = w.findChild(QMessageBox, "mergeCheckBox")
    assert "其余文件可以一起导入" not in check.text() and check.text().endswith("并把这些文件一起导入。")
    check.reject()
