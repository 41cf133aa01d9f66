"""Every class of file in the import corpus (tests/core/import_corpus.py and the sweep's), imported in
the window as a user does it: 文件 → 导入, the preview, then 导入 or 取消, on a fresh database with the
sample list and on one without any list (a user's first import).

A file the engine reads confidently shows its roles and period and stores what read_file gives; an
unsure one is settled in the preview (roles, header row, sheet, year, period) and stores what the
command line gives when settled the same way; a refused one says why and what to do in the window;
a cancel or a refusal leaves the store as it was."""

import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QMessageBox
from qt_helpers import answer_modals, choose
from qt_helpers import import_ok as _ok
from qt_helpers import open_import_preview as _open_preview

from chizhou_desk.errors import OtherList
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.preview_grid import REFUSED_BRUSH
from chizhou_desk.imports import read_file
from chizhou_desk.imports.detect import propose_file
from chizhou_desk.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
import import_corpus as C  # noqa: E402
from conftest import SEED  # noqa: E402

# --- what the user does in the preview ----------------------------------------------------------


def _combo(preview, i: int) -> QComboBox:
    return preview.findChild(QComboBox, f"columnRole{i}")


def choose_data(qtbot, combo, data) -> None:
    choose(qtbot, combo, data, data=True)


def set_roles(**roles: str):
    """Choose roles by column letter in the combos of the first row."""
    def settle(qtbot, preview):
        for letter, role in roles.items():
            choose_data(qtbot, _combo(preview, ord(letter) - ord("A")), role)
    return settle


def set_header_row(row: int):
    def settle(qtbot, preview):
        spin = preview.ui.headerRow
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(row))
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    return settle


def set_sheet(name: str):
    def settle(qtbot, preview):
        choose(qtbot, preview.ui.sheetCombo, name)
    return settle


def set_year_and_period(year: int, key: str | None):
    def settle(qtbot, preview):
        spin = preview.ui.importYear
        assert spin.isEnabled()  # the file names no year: the box settles it
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(year))
        qtbot.keyClick(spin, Qt.Key.Key_Return)  # re-reads; does not import yet
        if key is not None:
            choose_data(qtbot, preview.ui.importPeriod, key)
    return settle


def set_period(key: str):
    def settle(qtbot, preview):
        choose_data(qtbot, preview.ui.importPeriod, key)
    return settle


def steps(*settles):
    def settle(qtbot, preview):
        for s in settles:
            s(qtbot, preview)
    return settle


# --- the corpus, one class a case ---------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    build: Callable[[Path], Path]
    unsure: tuple[str, ...] = ()  # words the preview shows before the user settles it
    marked: str = ""  # the widget marked as the one to settle: sheet | header | roles | year | period
    settle: Callable | None = None  # what the user does in the preview
    cli: dict = field(default_factory=dict)  # read_file's arguments that settle it the same way
    refused: tuple[str, ...] = ()  # words of the refusal; the file is not imported
    row: int = 0  # the row the refusal names, coloured in the preview
    box: bool = False  # refused before any preview: a message box


def _seed(build):
    return lambda tmp: build(tmp, SEED)


def _numbered(kind):
    return lambda tmp: C.numbered_list(tmp, C.NUMBERINGS[kind][0])


def _status_words_wrapped(tmp: Path) -> Path:
    rows = [[C.CHIZHOU_TITLE], C.CHIZHOU_HEADER,
            *[r[:3] + [s] + r[4:] for r, s in zip(C.CHIZHOU_ROWS, ["未达\n预期", "序时 推进", "【未达预期】", "已完成"],
                                                  strict=True)]]
    return C.write_xlsx(tmp / "2025年进展.xlsx", rows)


def _numbers_in_full_width_text(tmp: Path) -> Path:
    rows = [["2025年市政府重点工作责任清单"], ["重点工作任务", "牵头单位"],
            *[[f"{'１２３４'[i]}．{r[1]}", r[2]] for i, r in enumerate(C.CHIZHOU_ROWS)]]
    return C.write_xlsx(tmp / "t.xlsx", rows)


def _chinese_numeral_among_arabic(tmp: Path) -> Path:
    rows = [["2025年市政府重点工作责任清单"], ["序号", "重点工作任务", "牵头单位"],
            ["一", "稳定经济增长", "市发展改革委"], [1, "地区生产总值增长6.5%以上。", "市发展改革委"],
            [2, "固定资产投资增长8%以上。", "市发展改革委"]]
    return C.write_xlsx(tmp / "t.xlsx", rows)


def _unknown_words_csv(tmp: Path) -> Path:
    return C.write_csv(tmp / "x.csv", [["编码", "甲项", "乙项"], ["1", "推进项目建设", "市发改委"],
                                      ["2", "扩大有效投资", "市财政局"]])


def _unnumbered_rows(tmp: Path) -> Path:
    rows = [["2025年重点工作清单"], ["序号", "重点工作任务", "牵头单位"],
            [1, "地区生产总值增长6.5%以上。", "市发改委"], [2, "固定资产投资增长8%以上。", "市发改委"],
            [None, "1.新建5G基站1000个。", "市经信局"], ["填报人：王五", "联系电话：0566-1234567"]]
    return C.write_xlsx(tmp / "t.xlsx", rows)


def _table_under_a_long_list(tmp: Path) -> Path:
    """The seed's 49 tasks and a 附表 under them: the second table's header is far below row 30."""
    seed = read_file(SEED)
    rows = [[C.CHIZHOU_TITLE], C.CHIZHOU_HEADER]
    for t in seed.tasks:
        e = seed.entries.get(t.no)  # task 49 is cut off mid-row in the report
        rows.append([int(t.no), t.text, " ".join(t.lead_units), *((e.status, e.progress, e.next_steps) if e else ())])
    rows += [[], ["附表：2025年民生实事进展情况"], ["序号", "实事内容", "牵头单位", "进展情况"],
             [1, "新建城区公办幼儿园2所。", "市教育体育局", "1所已完工，1所完成主体工程。"]]
    return C.write_xlsx(tmp / "清单和附表.xlsx", rows)


CASES: dict[str, Case] = {
    # read confidently: the preview shows the engine's reading, 导入 stores what read_file gives
    "two title rows, period in the title": Case(C.wenzhou_2018_6),
    "piped text rows, completion as status": Case(C.keqiao_2023_q1_rows_text),
    "year without 年, unit last, sections": Case(C.xianning_2021_h1_status),
    "prose, units on their own lines": Case(C.lishan_2023_prose),
    "prose, units in brackets": Case(C.xianyang_2022_bracket_prose),
    "prose, units inline (GBK)": Case(C.liaocheng_2020_inline_prose),
    "prose numbered （一）": Case(C.cn_numbered_prose),
    "two-row header, year in the document number": Case(C.jingxian_2023_two_row_header),
    "Word table, leaders, marked lead": Case(C.liaocheng_2020_docx),
    "Word list cut into tables": Case(C.dawa_2021_split_word_tables),
    "Word report naming its list": Case(C.chizhou_report_docx),
    "Word table, completion as progress": Case(C.guanyun_2019_q3_docx),
    "GBK csv, notes under the table": Case(C.erlianhaote_2024_gbk_csv),
    "BOM csv, year in the file name": Case(C.huichang_2023_bom_csv),
    "ods, the first unit leads": Case(C.shouxian_2022_h1_ods),
    "completion of status words": Case(C.jinzhai_2025_completion_status),
    "lead and responsible unit columns": Case(C.annual_2022_both_unit_columns),
    "unit cells of every kind": Case(C.chizhou_units_variants),
    "numbered sub-heading rows": Case(C.sub_heading_rows),
    "group column merged down": Case(C.group_column_xlsx),
    "report text, another header word": Case(C.report_text_other_city),
    "report text wrapped from a PDF": Case(C.report_text_wrapped),
    "the seed report text": Case(lambda tmp: SEED),
    "the seed as a WPS xlsx": Case(_seed(C.seed_as_wps_xlsx)),
    "the seed as a csv": Case(_seed(C.seed_as_csv)),
    "retyped header": Case(C.chizhou_retyped_header),
    "cover sheet, hidden and blank columns": Case(C.chizhou_cover_sheet_hidden_and_blank_columns),
    "labelled unit cells": Case(C.labelled_unit_cells),
    "periods under a merged progress header": Case(C.months_under_progress),
    "formulas with values, dates, rich text": Case(C.formulas_dates_rich_text),
    "status words wrapped or bracketed": Case(_status_words_wrapped),
    "numbers inside full-width task text": Case(_numbers_in_full_width_text),
    **{f"序号 {kind}": Case(_numbered(kind)) for kind in C.NUMBERINGS},
    # unsure: the preview marks what to settle; settled, it stores what the CLI stores settled alike
    "no year, no period": Case(C.no_year_csv, unsure=("期间",), marked="year",
                               settle=set_year_and_period(2025, "2025-05"), cli={"period_key": "2025-05"}),
    "unknown header words": Case(C.unknown_header, unsure=("任务内容",), marked="roles",
                                 settle=steps(set_roles(B="text", C="leader", D="status"), set_period("2025-06")),
                                 cli={"mapping": "B=task,C=leader,D=status", "period_key": "2025-06"}),
    "unknown header words in a csv without a year": Case(
        _unknown_words_csv, unsure=("任务内容",), marked="roles",
        settle=steps(set_roles(A="no", B="text", C="lead"), set_year_and_period(2025, "2025-05")),
        cli={"mapping": "A=no,B=task,C=lead", "period_key": "2025-05"}),
    "a list split over two sheets": Case(C.split_over_sheets, unsure=("经济发展", "民生保障", "工作表"),
                                         marked="sheet", settle=set_sheet("民生保障"),
                                         cli={"sheet": 1, "settled": True}),
    "two lists on two sheets": Case(C.two_lists_two_sheets, unsure=("重点工作", "民生实事", "工作表"),
                                    marked="sheet", settle=set_sheet("民生实事"), cli={"sheet": 1}),
    "two tables in one sheet, the first": Case(C.two_tables_one_sheet, unsure=("第 2 行", "第 7 行", "表头行"),
                                               marked="header", settle=set_header_row(2), cli={"header_row": 1}),
    "two tables in one sheet, the second": Case(C.two_tables_one_sheet, unsure=("第 2 行", "第 7 行", "表头行"),
                                                marked="header", settle=set_header_row(7),
                                                cli={"header_row": 6, "period_key": "2025-05"}),
    "a second table under a long list": Case(_table_under_a_long_list, unsure=("第 2 行", "第 54 行", "表头行"),
                                             marked="header", settle=set_header_row(54), cli={"header_row": 53}),
    # refused: a misread the engine will not guess; the window says why and what to do
    "sub-rows under a task with a unit": Case(C.sub_rows_parent_with_unit, refused=("第 4 行", "（1）"), row=4),
    "sub-rows without numbers": Case(C.sub_rows_in_text_column, refused=("第 4 行", "没有序号"), row=4),
    "a Chinese numeral among Arabic numbers": Case(_chinese_numeral_among_arabic, refused=("第 3 行", "中文数字"),
                                                   row=3),
    "unnumbered rows after the last number": Case(_unnumbered_rows, refused=("第 5 行", "没有序号"), row=5),
    "formulas without values": Case(lambda tmp: C.formulas_dates_rich_text(tmp, cached=False),
                                    refused=("E3", "没有保存公式的结果", "Excel 或 WPS"), box=True),
}

# --- the databases ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_template(tmp_path_factory) -> Path:
    """The sample database, made once and copied for each test."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with Store(path) as s:
        s.import_table(read_file(SEED))
    return path


def _fresh_db(kind: str, folder: Path, template: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "test.db"
    if kind == "sample":
        shutil.copy(template, path)
    else:
        Store(path).close()
    return path


def stored(store, year: int, period: str | None) -> dict:
    """What the store holds for a year's list: the plan, its periods, every task with its units and
    its entry for the period (tests may read SQL; the window may not)."""
    conn = store.conn
    plan = conn.execute("SELECT id, title, doc_no FROM plans WHERE year = ?", (year,)).fetchone()
    if plan is None:
        return {}
    units = "(SELECT group_concat(name, '|') FROM (SELECT u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id " \
            "WHERE tu.task_id = t.id AND tu.role = ? ORDER BY tu.pos))"
    rows = conn.execute(
        f"SELECT t.no, t.section, t.text, t.target, t.deadline, t.extra, {units}, {units}, e.status, e.progress, "
        "e.next_steps, e.comment FROM tasks t LEFT JOIN entries e ON e.task_id = t.id AND e.period_id = "
        "(SELECT id FROM periods WHERE plan_id = t.plan_id AND key = ?) WHERE t.plan_id = ? ORDER BY t.seq, t.no",
        ("lead", "coop", period, plan[0])).fetchall()
    periods = [r[0] for r in conn.execute("SELECT key FROM periods WHERE plan_id = ? ORDER BY key", (plan[0],))]
    return {"plan": tuple(plan[1:]), "periods": periods, "tasks": rows}


# --- the window -----------------------------------------------------------------------------------


def _roles(preview, width: int) -> list:
    return [_combo(preview, i).currentData() for i in range(width)]


def _marked(preview) -> set[str]:
    """The widgets the preview marks as needing the user's choice."""
    ui = preview.ui
    out = {name for name, widget in (("sheet", ui.sheetCombo), ("header", ui.headerRow), ("year", ui.importYear),
                                     ("period", ui.importPeriod)) if widget.property("unsure")}
    if any(c.property("unsure") for c in preview.findChildren(QComboBox) if c.objectName().startswith("columnRole")):
        out.add("roles")
    return out


# on the sample database too: every file the engine does not simply read, and one confident file a
# format (each import takes a window; the whole corpus twice would double the run for little)
ON_THE_SAMPLE = ["two title rows, period in the title", "prose, units on their own lines", "Word report naming its list",
                 "GBK csv, notes under the table", "ods, the first unit leads", "completion of status words",
                 "report text wrapped from a PDF", "the seed as a WPS xlsx"]
RUNS = [(name, "empty") for name in CASES] + [(name, "sample") for name, case in CASES.items()
                                             if name in ON_THE_SAMPLE or case.settle or case.refused]


@pytest.mark.parametrize("name, db", RUNS)
def test_every_class_of_file_in_the_window(qtbot, open_window, tmp_path, monkeypatch, sample_template, name, db):
    case = CASES[name]
    (tmp_path / "files").mkdir()
    path = case.build(tmp_path / "files")
    ref_db = _fresh_db(db, tmp_path / "ref", sample_template)
    window = open_window(_fresh_db(db, tmp_path / "win", sample_template))
    before = window.store.content_checksum()

    if case.box:  # refused before any preview: one message naming the file and what to do
        messages: list[str] = []
        timer = answer_modals([lambda box: (messages.append(box.text()), box.close())])  # noqa: F841
        assert _open_preview(window, monkeypatch, path) is None
        qtbot.waitUntil(lambda: bool(messages))
        assert path.name in messages[0] and all(w in messages[0] for w in case.refused), messages[0]
        assert window.store.content_checksum() == before and QApplication.overrideCursor() is None
        return

    preview = _open_preview(window, monkeypatch, path)
    assert preview is not None and preview.isVisible()
    message = preview.ui.messageLabel.text()
    if case.refused:  # the preview says why, in the window's words, and 导入 stays off
        assert not _ok(preview).isEnabled()
        assert all(w in message for w in case.refused), message
        assert "--" not in message, message  # no command-line options in the window
        grid = preview.ui.previewTable  # the row named is coloured; the others are not
        assert [grid.model().index(r, 1).data(Qt.ItemDataRole.BackgroundRole) == REFUSED_BRUSH
                for r in range(1, case.row + 2)] == \
            [r == case.row for r in range(1, case.row + 2)]
        preview.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert window.store.content_checksum() == before
        return

    if case.settle is None:  # confident: the engine's reading, as read_file reads it
        prop, _ = propose_file(path)
        table = read_file(path)
        assert _roles(preview, len(prop.columns)) == [c.role for c in prop.columns]
        assert preview.ui.importPeriod.currentData() == table.period_key
        assert preview.ui.headerRow.value() == prop.header_row + 1
        assert _marked(preview) <= {"roles"}, _marked(preview)
        assert [bool(_combo(preview, c.index).property("unsure")) for c in prop.columns] == \
            [not c.sure for c in prop.columns]  # the columns the engine guessed are marked "?"
        assert _ok(preview).isEnabled(), message
    else:  # unsure: the preview says what to settle, marks where, and will not import before
        assert not _ok(preview).isEnabled(), message
        assert all(w in message for w in case.unsure), message
        assert "--" not in message, message
        assert case.marked in _marked(preview), _marked(preview)
        case.settle(qtbot, preview)
        table = read_file(path, **case.cli)
        assert _ok(preview).isEnabled(), preview.ui.messageLabel.text()
        assert not _marked(preview) - {"roles"}, _marked(preview)
        assert preview.ui.importPeriod.currentData() == table.period_key
    shown = preview.ui.messageLabel.text()
    assert f"共 {len(table.tasks)} 项任务" in shown, shown
    for note in table.notes:  # the engine's notes ("the other table was not imported") are shown
        assert note in shown, (note, shown)
    assert window.store.content_checksum() == before  # nothing written before 导入

    with Store(ref_db) as ref:
        try:
            ref.import_tables([table])
        except OtherList:  # another city's list over the sample: offered a database of its own
            other = True
        else:
            other = False
            want = stored(ref, table.plan.year, table.period_key)
    if other:
        assert db == "sample"
        _import_into_a_new_database(qtbot, window, monkeypatch, tmp_path, before)
        with Store(_fresh_db("empty", tmp_path / "ref2", sample_template)) as ref:
            ref.import_tables([table])
            want = stored(ref, table.plan.year, table.period_key)
    else:
        _ok(preview).click()
    box = window.findChild(QMessageBox, "importDoneBox")
    assert box is not None and path.name in box.text()
    box.close()
    got = stored(window.store, table.plan.year, table.period_key)
    assert got == want and len(got["tasks"]) >= len(table.tasks)


def _import_into_a_new_database(qtbot, window, monkeypatch, tmp_path, before):
    """导入 says the list is not the sample's; 新建数据库并导入 makes one and the window opens it."""
    sample, target = window.store.path, tmp_path / "own.db"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(target))
    preview = window.findChild(QDialog, "importPreview")
    _ok(preview).click()
    box = window.findChild(QMessageBox, "otherListBox")
    assert box is not None and ("不是同一份" in box.text() or "不能合并" in box.text())
    assert window.store.content_checksum() == before  # the sample is left as it was
    box.defaultButton().click()
    qtbot.waitUntil(lambda: window.store.path == target)
    with Store(sample) as s:
        assert s.content_checksum() == before


def test_cancel_after_settling_writes_nothing(qtbot, open_window, tmp_path, monkeypatch, sample_template):
    window = open_window(_fresh_db("empty", tmp_path / "win", sample_template))
    before = window.store.content_checksum()
    preview = _open_preview(window, monkeypatch, C.two_lists_two_sheets(tmp_path))
    set_sheet("民生实事")(qtbot, preview)
    assert _ok(preview).isEnabled()
    preview.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.store.content_checksum() == before
    assert window.findChild(QMessageBox, "importDoneBox") is None


@pytest.mark.parametrize("cancel", [False, True])
def test_a_new_database_from_a_list_the_engine_is_unsure_of(qtbot, window, tmp_path, monkeypatch, cancel):
    """文件 → 新建数据库 from a workbook with two lists: the same preview asks which sheet."""
    source, target = C.two_lists_two_sheets(tmp_path), tmp_path / "新库.db"
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: str(source))
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(target))
    before = window.store.content_checksum()
    window.ui.actionNewDb.trigger()
    preview = window.findChild(QDialog, "importPreview")
    assert preview is not None and not _ok(preview).isEnabled() and preview.ui.sheetCombo.property("unsure")
    set_sheet("民生实事")(qtbot, preview)
    if cancel:
        preview.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert not target.exists() and window.store.content_checksum() == before
        return
    _ok(preview).click()
    qtbot.waitUntil(lambda: window.store.path == target)
    assert [r.text for r in window.store.task_rows("2025-05")] == ["新建城区公办幼儿园2所。"]
