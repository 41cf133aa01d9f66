"""The window in English beyond its own labels: period names, the core's messages, the layout."""

import re

from chizhou_desk import periods as P
from chizhou_desk.gui import period_texts

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def test_period_names_in_chinese_are_the_stored_labels(qapp):
    for m in range(1, 13):
        key = P.make_key(2025, m)
        assert period_texts.long_label(key) == P.long_label(key)  # no translator: byte for byte
        assert period_texts.short_label(key) == P.label(key)


def test_period_names_in_english(english, qtbot, sample_db, settings_dir, open_window):
    assert period_texts.long_label("2025-05") == "Jan–May 2025"
    assert period_texts.long_label("2026-01") == "January 2026"
    assert period_texts.short_label("2025-12") == "Jan–Dec"
    from chizhou_desk.store import Store

    with Store(sample_db) as s:
        s.create_period("2025-06")
    w = open_window(sample_db)
    combo = w.ui.periodCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Jan–May 2025", "Jan–Jun 2025"]
    w.set_period("2025-06")
    assert combo.currentText() == "Jan–Jun 2025"
    tab = w.editor.ui.editorTabs.tabText(1)
    assert tab == "Last: Jan–May (&K)", tab
    w.close()


def _no_cjk_but(text: str, data: list[str]) -> str:
    """`text` with the data removed (longest first); what is left must be the window's words."""
    for d in sorted(data, key=len, reverse=True):
        text = text.replace(d, "")
    return "".join(CJK.findall(text))


def test_merging_submissions_in_english(english, qtbot, open_window, tmp_path, monkeypatch,
                                        sample_db, seed_path):
    from PySide6.QtWidgets import QMessageBox

    from chizhou_desk.exports.submission import export_submission
    from chizhou_desk.gui import dialogs
    from chizhou_desk.imports import read_file
    from chizhou_desk.store import Store

    good, late = tmp_path / "市商务局.xlsx", tmp_path / "市财政局.xlsx"
    with Store(sample_db) as unit_store:
        export_submission(unit_store, "市商务局", "2025-05", good)
        unit_store.create_period("2025-06", copy_texts=True)
        export_submission(unit_store, "市财政局", "2025-06", late)  # the office has no 1-6月份 yet
    office = tmp_path / "office.db"
    table = read_file(seed_path)
    table.entries = {}
    with Store(office) as s:
        s.import_table(table)
    w = open_window(office)
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(good), str(late)])
    w.ui.actionImport.trigger()
    check = w.findChild(QMessageBox, "mergeCheckBox")
    text = check.text()
    assert "submission (市商务局, Jan–May), 4 tasks to update" in text, text
    assert "will not be imported — this database has no period Jan–Jun (the office creates periods)" in text
    assert _no_cjk_but(text, [good.name, late.name, "市商务局"]) == "", text
    buttons = [b for b in check.buttons() if check.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    assert [b.text() for b in buttons] == ["Import the other files", "Open period “Jan–Jun” and import"]
    assert "you can open it and import these files with it" in text
    buttons[0].click()
    done = w.findChild(QMessageBox, "importDoneBox")
    assert "市商务局: 4 tasks reported, 0 not reported" in done.text(), done.text()
    assert "period Jan–May 2025" in done.text()
    assert _no_cjk_but(done.text(), [good.name, "市商务局"]) == "", done.text()
    done.close()
    w.close()


def test_core_messages_in_english(english):
    from chizhou_desk.gui.core_texts import core_text, listed

    assert core_text("/x/a.xlsx: 期间 1-5月份 已关闭，不能导入") == \
        "/x/a.xlsx: period Jan–May is closed: nothing can be imported into it"
    assert core_text("期间 1-6月份 已存在") == "period Jan–Jun already exists"
    assert core_text("第12项进展情况：与市财政局的报送表不同，已按市商务局的报送表更新") == \
        "task 12, Progress: differs from 市财政局's submission; updated from 市商务局's"
    assert listed(["第3项近期工作安排", "第4项工作评价"]) == "task 3, Next steps, task 4, Status"
    assert core_text("/b/backups/x.db: 这就是当前数据库，不能用它恢复自身") == \
        "/b/backups/x.db: this is the current database: it cannot restore itself"
    assert core_text("/f.xlsx: 工作表“Sheet1”第 3 行第 2 列：未知单位：市某局") == \
        "/f.xlsx: sheet “Sheet1”, row 3, column 2: unknown unit: 市某局"
    assert core_text("报送表中有 市商务局 不牵头的任务：第1、2项，未导入") == \
        "the submission holds tasks 市商务局 does not lead: 1, 2; not imported"
    assert core_text("a message not known yet") == "a message not known yet"  # shown as written


def test_core_messages_in_chinese_are_the_cores(qapp):
    from chizhou_desk.domain import FIELD_LABELS
    from chizhou_desk.gui import core_texts

    assert set(FIELD_LABELS.values()) <= set(core_texts._FIELD_NAMES)
    for template, _kinds in core_texts._TEMPLATES:
        message = template.format(*(["1-5月份"] * 5)).replace("第1-5月份项1-5月份", "第3项进展情况")
        assert core_texts.core_text(message) == message  # no translator: not a byte changed


def _at_1366(qtbot, w) -> None:
    """The window as a 1366×768 screen gives it (the frame and a panel taken off)."""
    w.resize(1280, 728)
    qtbot.waitUntil(lambda: w.width() == 1280)
    qtbot.wait(50)


def test_editor_hints_are_whole_in_english_at_1366(english, qtbot, window):
    from chizhou_desk.gui.editor_fit import hint_width

    _at_1366(qtbot, window)
    ui = window.editor.ui
    for edit in (ui.indicatorEdit, ui.rankEdit, ui.targetEdit):
        assert edit.isVisible() and hint_width(edit) <= edit.width(), (edit.placeholderText(), edit.width())
    assert ui.rankEdit.placeholderText() == "Rank in the province, e.g. 6th"
    window.resize(900, 728)  # narrower still: the boxes flow onto more lines, hints still whole
    qtbot.waitUntil(lambda: window.width() == 900)
    qtbot.wait(50)
    for edit in (ui.indicatorEdit, ui.rankEdit, ui.targetEdit):
        assert hint_width(edit) <= edit.width() or edit.toolTip(), edit.placeholderText()


def test_unit_box_shows_a_long_name_whole(english, qtbot, open_window, sample_db, settings_dir):
    from chizhou_desk.gui.settings import AppSettings

    AppSettings(settings_dir).own_unit = "市人力资源社会保障局"
    w = open_window(sample_db)
    _at_1366(qtbot, w)
    combo = w.ui.unitCombo
    assert combo.currentText() == "My unit (市人力资源社会保障局)"
    edit = combo.lineEdit()
    assert edit.fontMetrics().horizontalAdvance(combo.currentText()) <= edit.width(), edit.width()
    assert combo.toolTip() == combo.currentText()
    period = w.ui.periodCombo
    assert period.fontMetrics().horizontalAdvance(period.currentText()) < period.width() - 20
    w.close()
