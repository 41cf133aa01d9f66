"""The English translation: complete, compiled, current with the sources, and shown by the window."""

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from chizhou_desk.domain import DEFAULT_STATUSES
from chizhou_desk.gui import create_main_window
from chizhou_desk.gui.app import install_translator
from chizhou_desk.gui.task_model import COL_LEAD, COL_LIGHT, COL_STATUS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "ui"))
from update_translations import QM, TS, lrelease, lupdate, messages, problem  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
REFRESH = "run: python ui/update_translations.py (English goes into resources/translations/en.json)"


def test_every_text_has_finished_english():
    found = list(messages(TS))
    assert len(found) > 150
    # a context-less text comes from a bare tr("…") helper that lupdate cannot tie to its context
    bad = [f"{context}: {source!r}" for context, source, t in found
           if not context or not (t.text or "").strip() or t.get("type") or problem(source, t.text)]
    assert not bad, f"{REFRESH}\n" + "\n".join(bad)


def test_ts_is_current_with_the_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate(fresh)
    current = {(c, s) for c, s, _t in messages(fresh)}
    committed = {(c, s) for c, s, _t in messages(TS)}
    assert current == committed, f"{REFRESH}\nnew: {sorted(current - committed)}\n" \
                                 f"gone: {sorted(committed - current)}"


def test_qm_is_compiled_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    lrelease(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), REFRESH


def _menu_texts(menu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def test_window_in_english(qtbot, english, sample_db, settings_dir):
    w = create_main_window(sample_db, settings_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    ui = w.ui
    assert [a.text() for a in ui.menubar.actions()] == ["&File", "&Edit", "&Period", "&Help"]
    menu_texts = [t for t in _menu_texts(ui.menubar) if t]
    assert "Export submission…" in menu_texts and "Undo" in menu_texts
    assert not [t for t in menu_texts if CJK.search(t)], menu_texts
    header = [w.model.headerData(c, Qt.Orientation.Horizontal) for c in range(w.model.columnCount())]
    assert header[COL_STATUS] == "Status" and header[COL_LEAD] == "Lead unit"
    assert not [h for h in header if CJK.search(h)], header
    assert ui.searchEdit.placeholderText() == "Search tasks or progress (Ctrl+F)"
    assert ui.unitCombo.itemText(0) == "All units" and ui.statusFilter.itemText(0) == "All statuses"
    assert ui.unfilledToggle.text() == "Unfilled only"
    assert w.editor.ui.copyPrevButton.text() == "Copy last period (&L)"  # the same Alt letters in both languages
    assert "49 tasks" in w._status_label.text()
    # the statuses and lights: data stays as written, our labels turn English
    statuses = {w.proxy.index(r, COL_STATUS).data() for r in range(w.proxy.rowCount())}
    assert statuses & set(DEFAULT_STATUSES)
    lights = {w.proxy.index(r, COL_LIGHT).data() for r in range(w.proxy.rowCount())}
    assert lights & {"Red", "Yellow", "Green"} and not [x for x in lights if x and CJK.search(x)]
    w.close()


def test_window_stays_chinese_without_translator(qtbot, sample_db, settings_dir):
    w = create_main_window(sample_db, settings_dir)
    qtbot.addWidget(w)
    assert w.ui.menuFile.title() == "文件(&F)"
    assert QApplication.translate("MainWindow", "文件(&F)") == "文件(&F)"
    w.close()


def test_the_chinese_loader_keeps_our_texts(qtbot, qapp, sample_db, settings_dir):
    """The app's own loader for Chinese: Qt's file-dialog gaps filled, every other text untouched
    (a translator answering "" for "not mine" blanked the whole window)."""
    translators = install_translator(qapp, "zh_CN")
    try:
        assert QApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
        assert QApplication.translate("MainWindow", "文件(&F)") == "文件(&F)"
        w = create_main_window(sample_db, settings_dir)
        qtbot.addWidget(w)
        assert w.ui.menuFile.title() == "文件(&F)" and w.ui.unitCombo.itemText(0) == "全部单位"
        w.close()
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_cli_lang_en_is_remembered(sample_db, tmp_path):
    settings = tmp_path / "cfg"
    proc = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(sample_db),
                           "--settings-dir", str(settings), "--lang", "en", "--quit-when-ready"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0 and re.search(r"^ready \d+$", proc.stdout, re.M), \
        proc.stdout + proc.stderr
    inis = list(settings.glob("*.ini"))
    assert len(inis) == 1, inis
    assert QSettings(str(inis[0]), QSettings.Format.IniFormat).value("ui/lang") == "en"


def test_chart_words_in_chinese_are_the_charts_own(qapp):
    from chizhou_desk import charts
    from chizhou_desk.gui.chart_texts import chart_texts

    assert chart_texts() == charts.TEXTS  # no translator: the GUI's literals are the core's words


def test_chart_pane_in_english(qtbot, english, store):
    from chizhou_desk.gui.chart_pane import ChartPane

    pane = ChartPane(store)
    qtbot.addWidget(pane)
    pane.resize(560, 400)
    pane.set_context(None, "2025-05")
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.figure is not None
    ax = pane.figure.axes[0]
    assert ax.get_title() == "Status counts, Jan–May (All units)"
    assert ax.get_ylabel() == "Tasks" and [t.get_text() for t in ax.get_xticklabels()][-1] == "Unfilled"
    pane.set_chart("lights")
    assert [t.get_text() for t in pane.figure.axes[0].get_xticklabels()][-1] == "Not rated"
    assert pane.report_figure().axes[0].get_title() == "Lights, Jan–May (All units)"


def test_export_check_messages_in_english(english, store):
    from chizhou_desk.exports.layout import ExportOptions, Problem, check_ready
    from chizhou_desk.gui.check_texts import problem_text

    period = "2025-05"
    long = ("围绕服务业十大攻坚行动，推进现代物流、科技服务等重点领域项目建设，新增规上服务业企业12家。" * 16)[:792]
    store.save_entry(store.task_id("25", period), period, {"progress": long, "status": "未达预期", "reason": "x"})
    store.save_entry(store.task_id("3", period), period, {"progress": "", "status": "已完成"})
    store.save_entry(store.task_id("4", period), period, {"progress": "已开工。", "status": ""})
    problems = check_ready(store, None, period, ExportOptions(light=True, reason=True))
    assert {"unfilled", "no_reason", "no_status", "too_long"} <= {p.kind for p in problems}
    shown = {p.no: problem_text(p) for p in problems}
    for p in problems:
        fixed = CJK.sub("", re.sub(r"（.*?）|“.*?”", "", shown[p.no].split(": ", 1)[1]))  # data removed
        assert shown[p.no].startswith(f"Task {p.no} (") and fixed == CJK.sub("", fixed), shown[p.no]
        assert not re.search(r"未填报|未选择|未说明|行高|精简|沿用", shown[p.no]), shown[p.no]
    assert shown["3"].endswith("“已完成” chosen, but no progress written: not reported yet")
    assert "“进展情况” is about" in shown["25"] and "409 pt" in shown["25"]
    same = Problem("7", "same_as_previous", "第 7 项：进展情况与上期完全相同（沿用后未更新？）")
    assert problem_text(same) == "Task 7: progress is the same as last period's (copied and not updated?)"
    odd = Problem("8", "unfilled", "something new")
    assert problem_text(odd) == "something new"  # unknown: shown as the core wrote it
