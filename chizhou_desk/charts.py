"""matplotlib Figure builders for the chart pane and saved PNGs (ARCHITECTURE: Outputs). No widgets, no pyplot.

Every builder takes the store and the context, and optionally a Figure to draw into (the pane
reuses its canvas's figure: cheaper than a new one). matplotlib is imported on first use only,
so the GUI table can import STATUS_COLOURS without paying for it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from chizhou_desk import periods as P
from chizhou_desk.domain import (  # noqa: F401
    BEHIND,
    LIGHT_COLOURS,
    NOT_STARTED,
    STATUS_COLOURS,
    UNFILLED,
    Light,
    StatusWords,
    state_of,
    word_colour,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

LIGHT_LABELS = {light: light.chart_label for light in Light}
ALL_UNITS = "全部单位"

CHARTS = {  # key -> Chinese name, in the order the pane offers them
    "status": "工作评价统计",
    "by_unit": "各单位工作评价",
    "over_periods": "各期工作评价",
    "lights": "红黄绿灯",
    "indicator": "指标完成情况",
    "unit_table": "各单位工作评价统计表",
}
REPORT_WIDTH_IN = 156 / 25.4  # the 公文 type area's width: a saved chart drops into the report as is
REPORT_DPI = 300
A4_PORTRAIT_IN = (210 / 25.4, 297 / 25.4)

# The charts' own words, in Chinese; a builder's `texts` replaces any of them (the GUI passes them
# translated into the window's language). Status words are the list's data and are never replaced;
# {0}, {1} are filled in as the comments say.
TEXTS = {
    "status_title": "{0}工作评价统计({1})",  # period, unit
    "status_axis": "工作评价",
    "tasks_axis": "任务数(项)",
    "all_units": ALL_UNITS,
    "no_unit": "未明确单位",
    "other_units": "其他{0}个单位",  # how many
    "by_unit_title": "{0}各单位工作评价(按问题多少排序)",  # period
    "over_periods_title": "{0}年各期工作评价({1})",  # year, unit
    "period_axis": "期间",
    "lights_title": "{0}红黄绿灯({1})",  # period, unit
    "green": "绿灯",
    "yellow": "黄灯",
    "red": "红灯",
    "no_light": "未评定",
    "unfilled": UNFILLED,
    "no_indicator": "没有带数值目标的任务",
    "target": "目标值 {0}",  # the value
    "sequential_target": "序时目标",
    "actual": "实际值",
    "no_value": "尚未填报指标值",
    "indicator_title": "第{0}项指标：{1}",  # task number, task text
    "value_axis": "指标值",
    "value_axis_unit": "指标值({0})",  # 亿元, % …
    "table_title": "{0}各单位工作评价统计表",  # long period
    "lead_unit": "牵头单位",
    "total": "合计",
    "total_by_task": "合计(按任务)",
    "table_note": "底色：该格任务中最严重的灯(红、黄、绿)；单位按未达预期和滞后的项数排序；"
                  "联合牵头的任务在每个牵头单位各计一次，合计按任务计。",
    # the period ending in month N, "months_1" … "months_12": periods.label's words
    **{f"months_{m}": P.label(P.make_key(2000, m)) for m in range(1, 13)},
    "long_period": "{0}年{1}",  # year, period
}


def words(texts: dict[str, str] | None) -> dict[str, str]:
    """The charts' words: TEXTS with `texts` (the GUI's translation) over them."""
    return {**TEXTS, **(texts or {})}


def _period(key: str, t: dict[str, str]) -> str:
    return t[f"months_{P.split_key(key)[1]}"]


def _long_period(key: str, t: dict[str, str]) -> str:
    return t["long_period"].format(P.split_key(key)[0], _period(key, t))


def _shown(word: str, t: dict[str, str]) -> str:
    """A status or unit as the chart names it: only the charts' own words are translated."""
    return {UNFILLED: t["unfilled"], "未明确单位": t["no_unit"]}.get(word, word)


def light_labels(t: dict[str, str]) -> dict[Light, str]:
    return {Light.GREEN: t["green"], Light.YELLOW: t["yellow"], Light.RED: t["red"], Light.NONE: t["no_light"]}


def status_colour(status: str | None, plan_words: StatusWords | None = None) -> str:
    """The word's colour in the plan (the office may have set it), else its default."""
    return plan_words.colour(status) if plan_words is not None else word_colour(status)


def status_of(row) -> str:
    return state_of(row.status, row.progress)


def status_order(store, period_key: str, counts=()) -> list[str]:
    """The plan's status words, any others found, then 未填: the order bars and legends use."""
    order = list(store.statuses(period_key))
    order += sorted(s for s in counts if s not in order and s != UNFILLED)
    return order + [UNFILLED]


def _rows(store, period_key, unit=None):
    from chizhou_desk.query import select

    return select(store, period_key, unit=unit)


def _figure(fig: Figure | None, layout: Literal["constrained", "none"] = "constrained") -> Figure:
    from chizhou_desk.fonts import apply_matplotlib_fonts

    apply_matplotlib_fonts()
    if fig is None:
        from matplotlib.figure import Figure

        return Figure(figsize=(7.2, 4.5), dpi=100, layout=None if layout == "none" else layout)
    fig.clear()
    fig.set_layout_engine(layout)  # the pane's one figure shows the table (placed by hand) too
    return fig


def _unit_label(store, unit: str | None, t: dict[str, str]) -> str:
    return store.resolve_unit(unit) if unit else t["all_units"]


def _style(ax, title: str, xlabel: str = "", ylabel: str = "") -> None:
    ax.set_title(title, fontsize=12)
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)


def status_counts_figure(store, period_key: str, unit: str | None = None, fig: Figure | None = None,
                         texts: dict[str, str] | None = None) -> Figure:
    """Bars: how many tasks (of the unit, or all) have each status in the period."""
    t = words(texts)
    counts = Counter(status_of(r) for r in _rows(store, period_key, unit))
    order = status_order(store, period_key, counts)
    sw = store.status_words(period_key)
    fig = _figure(fig)
    ax = fig.add_subplot()
    xs = range(len(order))
    bars = ax.bar(xs, [counts.get(s, 0) for s in order], color=[status_colour(s, sw) for s in order])
    ax.bar_label(bars, padding=2)
    ax.set_xticks(list(xs), [_shown(s, t) for s in order])
    ax.margins(y=0.12)
    ax.yaxis.set_major_locator(_whole_numbers())
    _style(ax, t["status_title"].format(_period(period_key, t), _unit_label(store, unit, t)), t["status_axis"],
           t["tasks_axis"])
    return fig


def _whole_numbers():
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=5, integer=True)  # task counts: no 2.5 项


def short_names(store) -> dict[str, str]:
    return {u.name: u.short or u.name for u in store.registry().units()}


def problem_key(counts: Counter, plan_words: StatusWords | None = None):
    """Sort key of a unit: most tasks behind (未达预期 and the plan's other words meaning it) first,
    then not started, then unreported, then size."""
    sw = plan_words or StatusWords()
    by_meaning: Counter = Counter()
    for word, n in counts.items():
        by_meaning[sw.meaning(word) if word != UNFILLED else None] += n
    return (-by_meaning[BEHIND], -by_meaning[NOT_STARTED], -counts.get(UNFILLED, 0), -sum(counts.values()))


def unit_counts(rows, plan_words: StatusWords | None = None) -> dict[str, Counter]:
    """Each lead unit's tasks by status (joint leads count for each), by problems."""
    per_unit: dict[str, Counter] = {}
    for r in rows:
        for u in r.lead_units or ["未明确单位"]:
            per_unit.setdefault(u, Counter())[status_of(r)] += 1
    return dict(sorted(per_unit.items(), key=lambda item: (*problem_key(item[1], plan_words), item[0])))


def status_by_unit_figure(store, period_key: str, unit: str | None = None,
                          fig: Figure | None = None, texts: dict[str, str] | None = None) -> Figure:
    """Stacked horizontal bars: each lead unit's tasks by status (joint leads count for each).

    Units are named as the task table names them and sorted by problems, the most on top;
    `unit` is highlighted."""
    t = words(texts)
    sw = store.status_words(period_key)
    per_unit = unit_counts(_rows(store, period_key), sw)
    order = status_order(store, period_key, {s for c in per_unit.values() for s in c})
    units = list(per_unit)
    store_units = set(units)  # not the "其他N个单位" bar: its label is ours, never cut
    fig = _figure(fig)
    fit = unit_rows_that_fit(fig)  # as many labels as the height holds readably; the rest in one bar
    chosen = store.resolve_unit(unit) if unit else None
    if len(units) > fit:
        shown = units[:fit - 1]
        if chosen in per_unit and chosen not in shown:
            shown[-1] = chosen
        rest = [u for u in units if u not in shown]
        other = t["other_units"].format(len(rest))
        per_unit[other] = sum((per_unit[u] for u in rest), Counter())
        units = shown + [other]
    units.reverse()  # barh draws the first at the bottom
    ax = fig.add_subplot()
    left = [0] * len(units)
    for status in order:
        widths = [per_unit[u].get(status, 0) for u in units]
        if not any(widths):
            continue
        ax.barh(range(len(units)), widths, left=left, color=status_colour(status, sw), label=_shown(status, t),
                height=0.7)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(range(len(units)), [u if u not in store_units else chart_unit_name(_shown(u, t)) for u in units],
                  fontsize=UNIT_FONT_PT)
    ax.xaxis.set_major_locator(_whole_numbers())
    for label, u in zip(ax.get_yticklabels(), units, strict=True):
        if u == chosen:  # highlighted, not bold: the shipped font has one weight
            label.set_bbox({"facecolor": "#fff2b3", "edgecolor": "none", "pad": 1.5})
    _legend_below(fig, ax)
    _style(ax, t["by_unit_title"].format(_period(period_key, t)), t["tasks_axis"])
    return fig


UNIT_FONT_PT = 9
UNIT_NAME_MAX = 12  # characters of a unit's name on a chart's axis; the table keeps full names


def unit_rows_that_fit(fig: Figure) -> int:
    """How many unit labels the figure's height holds without overlap: each needs 1.6 times its font
    height; the title, the axis and the legend below take ~1.1 inch."""
    height_px = (fig.get_size_inches()[1] - 1.1) * fig.dpi
    return max(3, int(height_px / (UNIT_FONT_PT * fig.dpi / 72 * 1.6)))


def chart_unit_name(name: str) -> str:
    """A unit as a chart's axis names it: as the table does when it fits, else with the usual
    reductions (委员会→委, no 和), at most UNIT_NAME_MAX characters: 市人力资源和社会保障局 ->
    市人力资源社会保障局."""
    from chizhou_desk.unit_match import reduced

    if len(name) <= UNIT_NAME_MAX:
        return name
    short = reduced(name)
    return short if len(short) <= UNIT_NAME_MAX else short[:UNIT_NAME_MAX - 1] + "…"


def _legend_below(fig: Figure, ax) -> None:
    """The legend under the axes, outside the data: never over a bar at any size."""
    handles, labels = ax.get_legend_handles_labels()
    if fig.get_layout_engine() is not None:
        fig.legend(handles, labels, loc="outside lower center", ncols=min(len(labels), 4), fontsize=8,
                   frameon=False)
    else:
        ax.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=min(len(labels), 4),
                  fontsize=8, frameon=False)


def status_over_periods_figure(store, period_key: str, unit: str | None = None,
                               fig: Figure | None = None, texts: dict[str, str] | None = None) -> Figure:
    """Stacked bars: the status counts of every period of the year up to `period_key`."""
    t = words(texts)
    year = P.split_key(period_key)[0]
    periods = [p for p in store.periods() if p.year == year and p.key <= period_key]
    counts = {p.key: Counter(status_of(r) for r in _rows(store, p.key, unit)) for p in periods}
    order = status_order(store, period_key, {s for c in counts.values() for s in c})
    sw = store.status_words(period_key)
    fig = _figure(fig)
    ax = fig.add_subplot()
    bottom = [0] * len(periods)
    for status in order:
        heights = [counts[p.key].get(status, 0) for p in periods]
        if not any(heights):
            continue
        ax.bar(range(len(periods)), heights, bottom=bottom, color=status_colour(status, sw), label=_shown(status, t),
               width=0.6)
        bottom = [a + b for a, b in zip(bottom, heights, strict=True)]
    ax.set_xticks(range(len(periods)), [_period(p.key, t) for p in periods])
    ax.yaxis.set_major_locator(_whole_numbers())
    _legend_below(fig, ax)
    _style(ax, t["over_periods_title"].format(year, _unit_label(store, unit, t)), t["period_axis"], t["tasks_axis"])
    return fig


def indicator_tasks(store, period_key: str, unit: str | None = None) -> list:
    """The unit's tasks that have a numeric target, for the indicator chart's choice."""
    from chizhou_desk.lights import indicator_target_of

    return [r for r in _rows(store, period_key, unit) if indicator_target_of(r) is not None]


def indicator_figure(store, task_no: str | None, period_key: str, fig: Figure | None = None,
                     texts: dict[str, str] | None = None) -> Figure:
    """Lines over the year's periods: the indicator's value, its target and its 序时 target."""
    from chizhou_desk.lights import indicator_target_of, indicator_value_of, sequential_target

    t = words(texts)
    fig = _figure(fig)
    ax = fig.add_subplot()
    if task_no is None:
        ax.axis("off")
        ax.text(0.5, 0.5, t["no_indicator"], ha="center", va="center", fontsize=12)
        return fig
    year = P.split_key(period_key)[0]
    history = [(p, r) for p, r in store.task_history(store.task_id(task_no, period_key))
               if p.year == year and p.key <= period_key]  # the chosen period is the last point
    labels = [_period(p.key, t) for p, _ in history]
    xs = list(range(len(history)))
    values = [indicator_value_of(r) for _, r in history]
    target = indicator_target_of(history[-1][1]) if history else None
    seq = [sequential_target(r, p.key) for p, r in history]
    text = history[-1][1].text.strip().rstrip("。") if history else ""
    unit_text = indicator_unit(history[-1][1]) if history else ""
    suffix = "%" if unit_text == "%" else ""
    if target is not None:  # across the whole axis: visible with a single period too
        ax.axhline(target, color="#555555", linestyle="--", label=t["target"].format(f"{target:g}{suffix}"))
    if any(v is not None for v in seq):
        ax.plot(xs, [float("nan") if v is None else v for v in seq], color="#1e6fd0", linestyle=":",
                marker="s", label=t["sequential_target"])  # a gap where a period has no 序时 target
    pts = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
    if pts:
        ax.plot([x for x, _ in pts], [v for _, v in pts], color="#c62828", marker="o", label=t["actual"])
        for x, v in pts:
            # on the side away from the 序时 marker and the target line at that period: never on them
            above = [m for m in (seq[x], target) if m is not None and m > v]
            ax.annotate(f"{v:g}{suffix}", (x, v), textcoords="offset points", xytext=(0, -9 if above else 9),
                        ha="center", va="top" if above else "bottom", fontsize=8,
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5, "alpha": 0.8})
    else:
        ax.text(0.5, 0.5, t["no_value"], transform=ax.transAxes, ha="center", color="#757575")
    shown = [v for v in [*values, *seq, target] if v is not None]
    if shown:
        ax.set_ylim(*value_range(shown))
    ax.set_xticks(xs, labels)
    ax.set_xlim(-0.5, max(len(xs) - 0.5, 0.5))
    ax.margins(y=0.15)  # room above the highest point for its label
    if ax.get_legend_handles_labels()[0]:
        _legend_below(fig, ax)
    title = t["indicator_title"].format(task_no, text)
    _style(ax, title if len(title) <= 30 else title[:29] + "…", t["period_axis"],
           t["value_axis_unit"].format(unit_text) if unit_text else t["value_axis"])
    return fig


def indicator_unit(row) -> str:
    """The indicator's unit as its target says it: % for a rate, else the word after the number
    (亿元, 万人, 个 …); "" when the text gives none."""
    import re

    from chizhou_desk.lights import is_rate_target

    text = (getattr(row, "target", "") or "") + (getattr(row, "text", "") or "")
    if is_rate_target(text):
        return "%"
    m = re.search(r"\d(?:\.\d+)?\s*(亿元|万元|元|万人|人|万吨|吨|万千瓦|千瓦|万平方米|平方米|公里|千米|亩|家|个|项|所"
                  r"|户|辆|座)", text)
    return m.group(1) if m else ""


def value_range(values: list[float]) -> tuple[float, float]:
    """Axis limits near the data: 6.3 against 6.5 must be visible, not flattened by a zero."""
    low, high = min(values), max(values)
    span = high - low
    pad = max(span * 0.25, abs(high) * 0.02, 0.1)
    return low - pad, high + pad


def lights_figure(store, period_key: str, unit: str | None = None, fig: Figure | None = None,
                  today: date | None = None, texts: dict[str, str] | None = None) -> Figure:
    """Bars: 绿灯 / 黄灯 / 红灯 / 未评定 counts for the period."""
    from chizhou_desk.lights import light_counts

    t = words(texts)
    due = store.period(period_key).due_date
    counts = light_counts(_rows(store, period_key, unit), period_key, due, today, store.status_words(period_key))
    order = [Light.GREEN, Light.YELLOW, Light.RED, Light.NONE]
    fig = _figure(fig)
    ax = fig.add_subplot()
    bars = ax.bar(range(4), [counts[k] for k in order], color=[LIGHT_COLOURS[k] for k in order])
    ax.bar_label(bars, padding=2)
    ax.set_xticks(range(4), [light_labels(t)[k] for k in order])
    ax.margins(y=0.12)
    _style(ax, t["lights_title"].format(_period(period_key, t), _unit_label(store, unit, t)), "", t["tasks_axis"])
    return fig


def build(kind: str, store, period_key: str, unit: str | None = None, task_no: str | None = None,
          fig: Figure | None = None, texts: dict[str, str] | None = None) -> Figure:
    """One entry point for the pane: the chart `kind` (a key of CHARTS) for the context, in the
    words of `texts` (see TEXTS)."""
    if kind == "status":
        return status_counts_figure(store, period_key, unit, fig, texts=texts)
    if kind == "by_unit":
        return status_by_unit_figure(store, period_key, unit, fig, texts=texts)
    if kind == "over_periods":
        return status_over_periods_figure(store, period_key, unit, fig, texts=texts)
    if kind == "lights":
        return lights_figure(store, period_key, unit, fig, texts=texts)
    if kind == "indicator":
        return indicator_figure(store, task_no, period_key, fig, texts=texts)
    if kind == "unit_table":
        return status_table_figure(store, period_key, unit, fig, texts=texts)
    raise ValueError(f"unknown chart: {kind}")


@dataclass
class StatusTable:
    """The status × unit table's content, for the figure and the pane's Qt table alike."""
    title: str
    header: list[str]
    cells: list[list]  # a row a lead unit: name, a count a status ("" for none), total
    totals: list  # 合计(按任务): a joint-lead task once
    colours: list[list[str]]  # a cell's background: the worst light among its tasks
    note: str


TABLE_TINT = {Light.RED: "#f6c9c4", Light.YELLOW: "#fbe7a8", Light.GREEN: "#cfead5", Light.NONE: "#eeeeee"}


def status_table(store, period_key: str, today: date | None = None,
                 texts: dict[str, str] | None = None) -> StatusTable:
    """Counts of each lead unit's tasks by status, units by problems, each cell tinted by the worst
    light of its tasks (grey while none is lit yet: a new month before its due date)."""
    from chizhou_desk.lights import light_for

    t = words(texts)
    rows = _rows(store, period_key)
    due = store.period(period_key).due_date
    sw = store.status_words(period_key)
    per_unit = unit_counts(rows, sw)
    order = [s for s in status_order(store, period_key, {s for c in per_unit.values() for s in c})
             if any(c.get(s) for c in per_unit.values())]
    rank = {Light.RED: 3, Light.YELLOW: 2, Light.GREEN: 1, Light.NONE: 0}
    worst: dict[tuple[str, str], Light] = {}
    for r in rows:
        light = light_for(r, period_key, due, today, sw)
        for u in r.lead_units or ["未明确单位"]:
            key = (u, status_of(r))
            if rank[light] >= rank[worst.get(key, Light.NONE)]:
                worst[key] = light
    units = list(per_unit)
    by_task = Counter(status_of(r) for r in rows)  # a joint-lead task once, not once a unit
    return StatusTable(
        title=t["table_title"].format(_long_period(period_key, t)),
        header=[t["lead_unit"], *[_shown(s, t) for s in order], t["total"]],
        cells=[[_shown(u, t), *[per_unit[u].get(s, 0) or "" for s in order], sum(per_unit[u].values())]
               for u in units],
        totals=[t["total_by_task"], *[by_task.get(s, 0) for s in order], len(rows)],
        colours=[["white", *[TABLE_TINT[worst.get((u, s), Light.NONE)] if per_unit[u].get(s) else "white"
                             for s in order], "white"] for u in units],
        note=t["table_note"])


def status_table_figure(store, period_key: str, unit: str | None = None, fig: Figure | None = None,
                        today: date | None = None, texts: dict[str, str] | None = None) -> Figure:
    """The status × unit table (status_table) as a figure; the text shrinks with the number of
    units so it prints on one A4 page."""
    data = status_table(store, period_key, today, texts)
    if fig is None:
        from matplotlib.figure import Figure

        fig = Figure(figsize=A4_PORTRAIT_IN, dpi=100)
    fig = _figure(fig, layout="none")
    ax = fig.add_axes((0.06, 0.04, 0.88, 0.88))
    ax.axis("off")
    header = data.header
    n = len(data.cells) + 2
    size = max(4.0, min(10.0, fig.get_size_inches()[1] * 72 * 0.88 / n / 1.9))
    table = ax.table(cellText=[*data.cells, data.totals], colLabels=header,
                     cellColours=[*data.colours, ["#f2f2f2"] * len(header)],
                     colColours=["#e0e0e0"] * len(header), loc="upper center", cellLoc="center",
                     colWidths=[0.34, *[0.56 / (len(header) - 1)] * (len(header) - 1)])
    table.auto_set_font_size(False)
    table.set_fontsize(size)
    row_h = min(0.88 / n, 0.03)  # every row fits the axes (one page), none taller than needed
    table.scale(1, row_h / table[0, 0].get_height())
    for (r, c), cell in table.get_celld().items():
        cell.set_linewidth(0.4)
        if c == 0 and r > 0:
            cell.set_text_props(ha="left")
            cell.PAD = 0.03
    ax.set_title(data.title, fontsize=min(14, size + 4))
    fig.text(0.06, 0.02, data.note, fontsize=max(5, size - 1), wrap=True)
    return fig


def report_figure(kind: str, store, period_key: str, unit: str | None = None,
                  task_no: str | None = None, texts: dict[str, str] | None = None) -> Figure:
    """The chart drawn afresh at the report's width (156 mm), for 保存图片 at 300 dpi; the table
    at A4 size. Not the pane's figure: its size follows the window."""
    from matplotlib.figure import Figure

    if kind == "unit_table":
        fig = Figure(figsize=A4_PORTRAIT_IN, dpi=100)
    else:
        fig = Figure(figsize=(REPORT_WIDTH_IN, REPORT_WIDTH_IN * 0.62), dpi=100, layout="constrained")
    return build(kind, store, period_key, unit, task_no, fig=fig, texts=texts)


def save_png(fig: Figure, path, dpi: int = REPORT_DPI) -> None:
    """Write the figure as PNG through a temporary name, so a crash never leaves half a file."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from chizhou_desk.files import atomic_target

    if fig.canvas is None or not hasattr(fig.canvas, "print_png"):
        FigureCanvasAgg(fig)
    with atomic_target(path, ".png") as tmp:
        fig.savefig(tmp, format="png", dpi=dpi)


def save_pdf(fig: Figure, path) -> None:
    """The figure as a one-page PDF (the table on A4), written like save_png."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from chizhou_desk.files import atomic_target

    if fig.canvas is None or not hasattr(fig.canvas, "print_pdf"):
        FigureCanvasAgg(fig)
    with atomic_target(path, ".pdf") as tmp:
        fig.savefig(tmp, format="pdf")
