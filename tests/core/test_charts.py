"""Chart builders on the published report: Chinese labels, bar sizes equal the store's counts, PNGs."""

from collections import Counter

import pytest

from chizhou_desk import charts
from chizhou_desk.domain import UNFILLED

KEY = "2025-05"


def texts(fig) -> str:
    out = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        out += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        out += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels() + ax.texts]
        if ax.get_legend():
            out += [t.get_text() for t in ax.get_legend().get_texts()]
    for legend in fig.legends:  # below the axes, outside the data
        out += [t.get_text() for t in legend.get_texts()]
    return "\n".join(out)


def bars_by_tick(fig) -> dict[str, float]:
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    return dict(zip(labels, (p.get_height() for p in ax.containers[0]), strict=False))


def stacks(fig, horizontal: bool) -> dict[str, list[float]]:
    """Legend label -> bar sizes of that status along the axis."""
    ax = fig.axes[0]
    return {c.get_label(): [p.get_width() if horizontal else p.get_height() for p in c]
            for c in ax.containers}


def test_status_counts_all_units(store, tmp_path):
    fig = charts.status_counts_figure(store, KEY)
    assert bars_by_tick(fig) == {"已完成": 1, "序时推进": 39, "未达预期": 8, UNFILLED: 1}  # the list's words
    assert "1-5月份工作评价统计(全部单位)" in texts(fig) and "任务数(项)" in texts(fig)
    colours = [p.get_facecolor() for p in fig.axes[0].containers[0]]
    from matplotlib.colors import to_rgba
    assert colours[0] == to_rgba(charts.STATUS_COLOURS["已完成"])
    out = tmp_path / "s.png"
    charts.save_png(fig, out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_status_counts_follow_the_unit_and_edits(store):
    fig = charts.status_counts_figure(store, KEY, unit="市发改委")
    assert bars_by_tick(fig)["序时推进"] == 12 and bars_by_tick(fig)["未达预期"] == 2
    assert "市发展改革委" in texts(fig)
    from chizhou_desk.store_plan import set_statuses

    set_statuses(store, KEY, ["已完成", "序时推进", "未达预期", "滞后"])  # the office adds a word
    store.save_entry(store.task_id("49", KEY), KEY, {"status": "滞后", "progress": "正在推进。"})
    assert bars_by_tick(charts.status_counts_figure(store, KEY, "市发改委", fig))["滞后"] == 1


def test_status_by_unit(store):
    fig = charts.status_by_unit_figure(store, KEY, unit="市发改委")
    ax = fig.axes[0]
    units = [t.get_text() for t in ax.get_yticklabels()][::-1]  # top first
    # named as the task table names them, sorted by problems: most 未达预期 on top
    assert units[0] == "市发展改革委" and "市工业和信息化局" in units and "经信局" not in units
    s = stacks(fig, horizontal=True)
    behind = s["未达预期"][::-1]
    assert behind == sorted(behind, reverse=True) and behind[0] == 2
    totals = [sum(x) for x in zip(*s.values(), strict=False)][::-1]
    expected = Counter()
    for r in store.task_rows(KEY):
        for u in r.lead_units:
            expected[u] += 1
    assert dict(zip(units, totals, strict=False)) == dict(expected)
    assert sum(s["未达预期"]) == 8 and sum(s["已完成"]) == 1
    assert ax.get_yticklabels()[-1].get_bbox_patch() is not None  # the chosen unit is highlighted
    assert ax.get_yticklabels()[0].get_bbox_patch() is None
    assert "1-5月份各单位工作评价(按问题多少排序)" in texts(fig)
    # the units with no problem follow, largest first
    clean = [u for u, b in zip(units, behind, strict=False) if b == 0]
    sizes = [expected[u] for u in clean]
    assert sizes == sorted(sizes, reverse=True)


def test_status_over_periods(store):
    store.create_period("2025-06", copy_texts=True)
    store.save_entry(store.task_id("1", "2025-06"), "2025-06", {"status": "已完成"})
    fig = charts.status_over_periods_figure(store, "2025-06")
    s = stacks(fig, horizontal=False)
    assert s["已完成"] == [1, 2] and s["未达预期"] == [8, 7] and s["序时推进"] == [39, 39]
    assert "1-5月份" in texts(fig) and "1-6月份" in texts(fig) and "2025年各期工作评价(全部单位)" in texts(fig)


def test_indicator_over_periods(store):
    store.create_period("2025-06")
    store.save_entry(store.task_id("1", "2025-06"), "2025-06", {"indicator": 6.6})
    fig = charts.indicator_figure(store, "1", "2025-06")
    lines = {line.get_label(): list(line.get_ydata()) for line in fig.axes[0].get_lines()}
    assert lines["实际值"] == [6.4, 6.6]  # 6.4 read from the 1-5月 progress text
    assert lines["目标值 6.5%"] == [6.5, 6.5] and lines["序时目标"] == [6.5, 6.5]
    assert "第1项指标：地区生产总值增长6.5%以上" in texts(fig)
    ax = fig.axes[0]
    assert ax.get_ylabel() == "指标值(%)"
    # the axis starts near the data: 6.4 against 6.5 is visible, not flattened from 0
    low, high = ax.get_ylim()
    assert 5.5 < low < 6.4 and 6.6 < high < 7.5
    assert (6.5 - 6.4) / (high - low) > 0.1
    # it follows the chosen period: at 1-5月 the 1-6月 point is not drawn
    earlier = charts.indicator_figure(store, "1", KEY)
    assert {line.get_label(): list(line.get_ydata()) for line in earlier.axes[0].get_lines()}["实际值"] == [6.4]
    assert [t.get_text() for t in earlier.axes[0].get_xticklabels()] == ["1-5月份"]
    assert [r.no for r in charts.indicator_tasks(store, KEY, "市发改委")][:2] == ["1", "2"]
    assert "没有带数值目标的任务" in texts(charts.indicator_figure(store, None, KEY))


def test_indicator_unit_words():
    from types import SimpleNamespace as Row

    assert charts.indicator_unit(Row(target="", text="产业规模突破1000亿元。")) == "亿元"
    assert charts.indicator_unit(Row(target="", text="城镇新增就业1.3万人。")) == "万人"
    assert charts.indicator_unit(Row(target="", text="增长6.5%以上")) == "%"
    assert charts.value_range([0.0]) == (-0.1, 0.1)


def test_status_unit_table_on_one_a4_page(store, tmp_path):
    import subprocess

    fig = charts.report_figure("unit_table", store, KEY)
    w, h = fig.get_size_inches()
    assert round(w * 25.4) == 210 and round(h * 25.4) == 297
    table = fig.axes[0].tables[0]
    cells = table.get_celld()
    header = [cells[0, c].get_text().get_text() for c in range(6)]
    assert header == ["牵头单位", "已完成", "序时推进", "未达预期", "未填", "合计"]
    rows = max(r for r, _ in cells)
    assert rows == 16 + 1  # a row a lead unit, then 合计
    assert cells[1, 0].get_text().get_text() == "市发展改革委"
    assert [cells[rows, c].get_text().get_text() for c in range(6)] == ["合计(按任务)", "1", "39", "8", "1", "49"]
    # colour by light: a 未达预期 cell red, a 序时推进 cell of a unit on track green
    from matplotlib.colors import to_hex
    assert to_hex(cells[2, 3].get_facecolor()) == "#f6c9c4" and to_hex(cells[2, 2].get_facecolor()) == "#cfead5"
    # every cell inside the page
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig).draw()
    renderer = fig.canvas.get_renderer()
    page = fig.bbox
    for cell in cells.values():
        box = cell.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1
    out = tmp_path / "table.pdf"
    charts.save_pdf(fig, out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info and "A4" in info


def test_saved_image_is_report_width_at_300_dpi(store, tmp_path):
    from PIL import Image

    out = tmp_path / "c.png"
    charts.save_png(charts.report_figure("by_unit", store, KEY), out)
    with Image.open(out) as im:
        assert abs(im.width - 156 / 25.4 * 300) <= 1  # 156 mm at 300 dpi
        assert round(im.info["dpi"][0]) == 300


def test_amount_indicator_has_a_proportional_sequential_target(store):
    store.create_period("2025-06")
    fig = charts.indicator_figure(store, "12", "2025-06")  # 产业规模突破1000亿元
    lines = {line.get_label(): list(line.get_ydata()) for line in fig.axes[0].get_lines()}
    assert lines["序时目标"] == pytest.approx([1000 * 5 / 12, 1000 * 6 / 12])


def test_lights(store):
    from datetime import date

    fig = charts.lights_figure(store, KEY, today=date(2025, 6, 26))
    assert bars_by_tick(fig) == {"绿灯": 39, "黄灯": 1, "红灯": 9, "未评定": 0}
    assert "1-5月份红黄绿灯(全部单位)" in texts(fig)


@pytest.mark.parametrize("kind", list(charts.CHARTS))
def test_every_chart_saves_without_missing_glyphs(store, tmp_path, kind):
    # filterwarnings=error turns matplotlib's "Glyph … missing" into a failure here
    fig = charts.build(kind, store, KEY, "市发改委", task_no="1")
    out = tmp_path / f"{kind}.png"
    charts.save_png(fig, out)
    assert out.stat().st_size > 5000


def test_status_by_unit_in_a_small_pane_keeps_labels_readable(store):
    from matplotlib.figure import Figure

    small = Figure(figsize=(6, 2.4), dpi=100)  # a chart pane on a 1366x768 screen
    fig = charts.status_by_unit_figure(store, KEY, unit="市财政局", fig=small)
    ax = fig.axes[0]
    units = [t.get_text() for t in ax.get_yticklabels()]
    assert len(units) <= 240 / 15
    assert units[0].startswith("其他") and units[0].endswith("个单位")
    assert "市财政局" in units  # the chosen unit is never folded away
    totals = [sum(x) for x in zip(*stacks(fig, horizontal=True).values(), strict=False)]
    assert sum(totals) == sum(len(r.lead_units) for r in store.task_rows(KEY))  # nothing lost
    ticks = [t for t in ax.get_xticks() if t >= 0]
    assert all(float(t).is_integer() for t in ticks)  # counts: no 2.5 项


def english_texts() -> dict[str, str]:
    """The charts' words as the GUI passes them in English: en.json's English for each Chinese text."""
    import json
    from pathlib import Path

    table = json.loads((Path(__file__).resolve().parents[2] / "resources" / "translations" / "en.json")
                       .read_text(encoding="utf-8"))
    return {key: table[chinese] for key, chinese in charts.TEXTS.items()}


def test_charts_speak_english_when_given_english_words(store):
    en = english_texts()
    fig = charts.status_counts_figure(store, KEY, texts=en)
    ax = fig.axes[0]
    assert ax.get_title() == "Status counts, Jan–May (All units)"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Status", "Tasks")
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks[-1] == "Unfilled" and UNFILLED not in ticks
    assert set(ticks[:-1]) == set(store.statuses(KEY))  # the list's own words stay as written
    lights = charts.lights_figure(store, KEY, texts=en).axes[0]
    assert [t.get_text() for t in lights.get_xticklabels()] == ["Green", "Yellow", "Red", "Not rated"]
    assert lights.get_title() == "Lights, Jan–May (All units)"
    small = charts.status_by_unit_figure(store, KEY, texts=en,
                                         fig=__import__("matplotlib.figure").figure.Figure(figsize=(6, 2)))
    assert small.axes[0].get_title().startswith("Status by unit, Jan–May")
    assert any(t.get_text().endswith(" other units") for t in small.axes[0].get_yticklabels())
    over = charts.status_over_periods_figure(store, KEY, texts=en).axes[0]
    assert over.get_xlabel() == "Period" and over.figure.legends[0].get_texts()[-1].get_text() == "Unfilled"
    table = texts(charts.report_figure("unit_table", store, KEY, texts=en))
    assert "Status by unit, Jan–May 2025" in table and "Shading:" in table and "合计" not in table
    assert "No task has a numeric target" in texts(charts.indicator_figure(store, None, KEY, texts=en))
    assert charts.status_counts_figure(store, KEY).axes[0].get_title() == "1-5月份工作评价统计(全部单位)"
