"""Charts in the window in a new month with unfilled tasks (issue 25): every chart draws, none
shows a failure, and the chart follows each save (it lagged one edit behind the table)."""

from datetime import date, timedelta

from qt_helpers import choose, type_text

from chizhou_desk import charts
from chizhou_desk.store import Store

NEW = "2025-06"


def status_bars(pane) -> dict[str, float]:
    ax = pane.figure.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    return dict(zip(labels, (p.get_height() for p in ax.containers[0]), strict=False))


def test_each_chart_in_a_new_month_before_its_due_date(qtbot, open_window, sample_db):
    with Store(sample_db) as store:  # statuses carried over, no progress yet, no light before the due date
        store.create_period(NEW, due_date=(date.today() + timedelta(days=10)).isoformat())
    w = open_window(sample_db)
    w.set_period(NEW)
    pane = w.chart_pane
    assert pane.isVisible() and pane.kind() == "status"
    for kind in [*charts.CHARTS][1:]:
        with qtbot.waitSignal(pane.redrawn, timeout=10000):
            pane.set_chart(kind)
        assert pane.failure == "", kind
    assert pane.table.isVisible() and pane.table.rowCount() > 10  # the 统计表, as a table


def test_the_chart_follows_each_save(qtbot, window):
    pane = window.chart_pane
    pane.set_chart("status")
    unfilled_before = status_bars(pane)["未填"]
    window.ui.unfilledToggle.setChecked(True)  # the one unfilled task
    editor = window.editor.ui
    type_text(qtbot, editor.progressEdit, "已开工建设。")
    editor.progressEdit.clearFocus()  # leaving the box saves it
    window.flush_edits()
    qtbot.waitUntil(lambda: status_bars(pane)["未填"] == unfilled_before - 1, timeout=5000)
    counts = window._status_label.text()
    assert f"未填 {int(unfilled_before - 1)}" in counts  # the status bar and the chart agree
    done_before = status_bars(pane)["已完成"]
    choose(qtbot, editor.statusCombo, "已完成")  # the next edit: the chart follows it too, not one behind
    editor.statusCombo.activated.emit(editor.statusCombo.currentIndex())
    qtbot.waitUntil(lambda: status_bars(pane)["已完成"] == done_before + 1, timeout=5000)
    assert f"已完成 {int(done_before + 1)}" in window._status_label.text()
