"""Every chart kind draws in every state a month can be in, at the pane's size and the report's
(issue 25: 各单位工作评价统计表 raised KeyError for tasks without a light yet)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from chart_states import STATES, make_state  # noqa: E402

from chizhou_desk import charts  # noqa: E402


@pytest.mark.parametrize("state", STATES)
def test_every_chart_draws_in_every_state(tmp_path, state):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    store, key, unit = make_state(state, tmp_path)
    try:
        tasks = charts.indicator_tasks(store, key, unit)
        task_no = tasks[0].no if tasks else None
        for kind in charts.CHARTS:
            for chosen in (None, unit):
                pane = Figure(figsize=(5.6, 3.2), dpi=100, layout="constrained")  # a 1366x768 pane
                fig = charts.build(kind, store, key, chosen, task_no, fig=pane)
                FigureCanvasAgg(fig).draw()
            charts.save_png(charts.report_figure(kind, store, key, unit, task_no), tmp_path / f"{kind}.png", dpi=60)
            assert (tmp_path / f"{kind}.png").stat().st_size > 1000
    finally:
        store.close()


def test_a_new_month_before_its_due_date_tables_its_unlit_tasks_grey(tmp_path):
    store, key, _ = make_state("before_due", tmp_path)
    with store:
        table = charts.status_table(store, key)
        unfilled = table.header.index("未填")
        assert table.totals[unfilled] == len(store.task_rows(key))  # carried statuses are not reports
        assert {row[unfilled] for row in table.colours} == {"#eeeeee"}  # no light yet: grey, not a crash
        assert table.cells[0][0] and sum(r[-1] for r in table.cells) >= table.totals[-1]


def test_a_value_label_sits_clear_of_the_markers(store):
    """6.4 under a 序时 target of 6.5 at the same period: its label goes below the point, not onto the square."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = charts.indicator_figure(store, "1", "2025-05", fig=Figure(figsize=(5.5, 2.3), dpi=100, layout="constrained"))  # the pane at 1366x768
    FigureCanvasAgg(fig).draw()
    ax = fig.axes[0]
    (label,) = [t for t in ax.texts if t.get_text() == "6.4%"]
    box = label.get_window_extent()
    assert box.y1 < ax.transData.transform((0, 6.4))[1]  # below its point, away from the 6.5 above it
    for line in ax.get_lines():
        if line.get_linestyle() == "--":  # the target, across the axes: the label does not cross it
            py = ax.transData.transform((0, line.get_ydata()[0]))[1]
            assert not box.y0 < py < box.y1
        for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True):
            if line.get_marker() not in (None, "None", "") and y == y:
                px, py = ax.transData.transform((x, y))
                size = line.get_markersize() * fig.dpi / 72 / 2
                assert not (box.x0 - size < px < box.x1 + size and box.y0 - size < py < box.y1 + size), line.get_label()
