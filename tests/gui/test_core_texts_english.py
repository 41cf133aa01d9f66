"""What the English window shows of the core's messages: the fixed words in English; data (file,
unit and task names, status words, the office's own words) as written. Each group is made by the
core as the window gets it, then shown through the window's helpers."""

import re

import pytest
from PySide6.QtWidgets import QApplication

from chizhou_desk import backups
from chizhou_desk.domain import StatusWord
from chizhou_desk.errors import InputError
from chizhou_desk.gui.core_texts import core_text, review_text

CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")


def fixed_part(text: str, *data: str) -> str:
    """`text` without the data it quotes: what is left must be English."""
    for d in sorted(data, key=len, reverse=True):
        text = text.replace(d, "")
    return re.sub(r"“[^”]*”", "", text)


def assert_english(text: str, *data: str) -> None:
    assert not CJK.search(fixed_part(text, *data)), text


def _message(call) -> str:
    with pytest.raises(InputError) as exc:
        call()
    return str(exc.value)


def test_backup_lines_in_english(english, store, tmp_path):
    made = backups.daily_backup(store)
    assert made is not None
    broken = made.parent / f"{store.path.stem}-20200101.db"
    broken.write_bytes(b"not a database")
    lines = [core_text(b.describe()) for b in backups.list_backups(store.path)]
    assert len(lines) == 2
    for line in lines:
        assert_english(line)
    good = next(line for line in lines if made.name in line)
    assert re.search(r"49 tasks, \d+ progress entries, periods Jan–May$", good), good
    assert "cannot be used" in next(line for line in lines if broken.name in line)


def test_import_sources_in_english(english, seed_path):
    from chizhou_desk.imports.detect import propose_file

    found, _ = propose_file(seed_path, None)
    assert found.period_source and found.year_source
    assert core_text(found.period_source) == "from the progress column's header"
    assert_english(core_text(found.year_source))


def test_status_word_and_review_errors_in_english(english, store):
    from chizhou_desk.store_plan import set_status_words

    period = "2025-05"
    words = [StatusWord("已完成"), StatusWord("已完成")]
    assert_english(core_text(_message(lambda: set_status_words(store, period, words))), "已完成")
    assert_english(core_text(_message(lambda: set_status_words(store, period, []))))
    odd = [StatusWord("已完成", colour="green")]
    assert_english(core_text(_message(lambda: set_status_words(store, period, odd))), "已完成")
    unit = "市发展改革委"
    assert_english(core_text(_message(lambda: store.review(unit, period, "returned", "", None))))
    assert_english(core_text(_message(lambda: store.review(unit, period, "accepted", "", "1"))))
    not_yet = core_text(_message(lambda: store.review(unit, period, "accepted", "", None)))
    assert not_yet == f"{unit} has not submitted for Jan–May yet: there is nothing to accept or return"


def test_unit_name_errors_in_english(english, store):
    taken = _message(lambda: store.set_unit_names("市财政局", "", ["市发改委"]))
    assert core_text(taken) == "the short name “市发改委” already belongs to 市发展改革委"
    assert_english(core_text(_message(lambda: store.merge_unit("市财政局", "市财政局"))), "市财政局")
    assert_english(core_text(_message(lambda: store.merge_unit("某某局", "市财政局"))), "市财政局")


def test_file_write_errors_in_english(english, tmp_path):
    from chizhou_desk.files import atomic_target

    def write(target, data: bytes) -> None:
        with atomic_target(target, ".xlsx") as tmp:
            tmp.write_bytes(data)

    for target, data in ((tmp_path / "missing" / "x.xlsx", b"PK"), (tmp_path, b"PK"), (tmp_path / "x.xlsx", b"no")):
        message = core_text(_message(lambda t=target, d=data: write(t, d)))
        assert message.startswith(f"{target}: "), message
        assert_english(message, str(target))
    assert message.endswith("the written file is incomplete (no zip header; disk full?); the original file is unchanged")


def test_search_filter_error_in_english(english, window, qtbot):
    window.period_key = "2031-05"  # a period the database lacks, as after another window removed it
    window.ui.searchEdit.setText("镁基")
    window.apply_filter()
    shown = window.statusBar().currentMessage()
    assert shown.startswith("there is no period 2031-05"), shown
    assert_english(shown, "2031-05", "2025-05")


def test_review_lines_show_the_verdict_in_english(english):
    note = "(2025-06-02 退回)请补充原因。\n(2025-06-02 退回，整份报送表)数据有误。\n(2025-06-03 已采纳)"
    shown = review_text(note)
    assert shown == ("(2025-06-02 Returned) 请补充原因。\n(2025-06-02 Returned, whole submission) 数据有误。\n"
                     "(2025-06-03 Accepted)")
    assert core_text("整份报送表：数据有误。") == "whole submission: 数据有误。"  # 报送情况's 审核意见 column
    assert core_text("第12项：请补充原因。") == "task 12: 请补充原因。"


@pytest.mark.parametrize("screen_width", [1366, None])  # None: the test platform's own (800)
def test_submissions_dialog_shows_every_column(english, store, qtbot, monkeypatch, screen_width):
    from PySide6.QtCore import QRect

    from chizhou_desk.gui import window_fit
    from chizhou_desk.gui.submissions_dialog import COL_NO_REASON, SubmissionsDialog

    if screen_width:
        monkeypatch.setattr(window_fit, "available", lambda _w: QRect(0, 0, screen_width, 728))
    dialog = SubmissionsDialog(store, "2025-05")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    limit = window_fit.available(dialog).width() - window_fit.FRAME_ALLOWANCE[0]
    header = dialog.table.horizontalHeader()
    last = header.count() - 1
    assert header.model().headerData(COL_NO_REASON, header.orientation()) == "Behind without reason"
    if screen_width:  # room enough at 1366: every column whole, no sideways scrolling
        assert 1000 < dialog.width() <= limit
        assert dialog.table.horizontalScrollBar().maximum() == 0
        assert header.sectionViewportPosition(last) + header.sectionSize(last) <= dialog.table.viewport().width()
    else:  # a narrow screen: as wide as it allows, never past its edge
        assert dialog.width() == limit


def test_another_list_refused_in_english(english, store, seed_path, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
    import import_corpus as C

    from chizhou_desk.imports import read_file

    other = read_file(C.jinzhai_2025_completion_status(tmp_path))
    text = core_text(_message(lambda: store.import_table(other)))
    assert "not this database's 2025 list" in text and "tasks 2, 3, 4" in text and "new database" in text and "--db" not in text
    assert_english(text, str(tmp_path), "金寨上半年督查.xlsx")
    city = read_file(seed_path)
    city.plan.city = "合肥"
    assert_english(core_text(_message(lambda: store.import_table(city))), str(seed_path), "池州", "合肥")
