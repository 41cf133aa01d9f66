"""matplotlib Figure builders for the chart pane and saved PNGs (DESIGN §5). No widgets, no pyplot.

Every builder takes the store and the context, and optionally a Figure to draw into (the pane
reuses its canvas's figure: cheaper than a new one). matplotlib is imported on first use only,
so the GUI table can import STATUS_COLOURS without paying for it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from chizhou_desk import periods as P
from chizhou_desk.domain import LIGHT_COLOURS, STATUS_COLOURS, UNFILLED, Light, state_of  # noqa: F401

if TYPE_CHECKING:
    from matplotlib.figure import Figure

LIGHT_LABELS = {light: light.chart_label for light in Light}
_EXTRA_COLOURS = ("#6a1b9a", "#00838f", "#8d6e63", "#ad1457", "#558b2f", "#283593")
ALL_UNITS = "全部单位"

CHARTS = {  # key -> Chinese name, in the order the pane offers them
    "status": "工作评价统计",
    "by_unit": "各单位工作评价",
    "over_periods": "各期工作评价",
    "lights": "红黄绿灯",
    "indicator": "指标完成情况",
}


def status_colour(status: str | None) -> str:
    status = status or UNFILLED
    if status in STATUS_COLOURS:
        return STATUS_COLOURS[status]
    return _EXTRA_COLOURS[sum(map(ord, status)) % len(_EXTRA_COLOURS)]  # stable across runs


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


def _figure(fig: Figure | None) -> Figure:
    from chizhou_desk.fonts import apply_matplotlib_fonts

    apply_matplotlib_fonts()
    if fig is None:
        from matplotlib.figure import Figure

        return Figure(figsize=(7.2, 4.5), dpi=100, layout="constrained")
    fig.clear()
    return fig


def _unit_label(store, unit: str | None) -> str:
    return store.resolve_unit(unit) if unit else ALL_UNITS


def _style(ax, title: str, xlabel: str = "", ylabel: str = "") -> None:
    ax.set_title(title, fontsize=12)
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)


def status_counts_figure(store, period_key: str, unit: str | None = None, fig: Figure | None = None) -> Figure:
    """Bars: how many tasks (of the unit, or all) have each status in the period."""
    counts = Counter(status_of(r) for r in _rows(store, period_key, unit))
    order = status_order(store, period_key, counts)
    fig = _figure(fig)
    ax = fig.add_subplot()
    xs = range(len(order))
    bars = ax.bar(xs, [counts.get(s, 0) for s in order], color=[status_colour(s) for s in order])
    ax.bar_label(bars, padding=2)
    ax.set_xticks(list(xs), order)
    ax.margins(y=0.12)
    ax.yaxis.set_major_locator(_whole_numbers())
    _style(ax, f"{P.label(period_key)}工作评价统计({_unit_label(store, unit)})", "工作评价", "任务数(项)")
    return fig


def _whole_numbers():
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=5, integer=True)  # task counts: no 2.5 项


def short_names(store) -> dict[str, str]:
    return {u.name: u.short or u.name for u in store.registry().units()}


def status_by_unit_figure(store, period_key: str, unit: str | None = None,
                          fig: Figure | None = None) -> Figure:
    """Stacked horizontal bars: each lead unit's tasks by status (joint leads count for each).

    Units are sorted by task count, the largest on top; `unit` is drawn in bold."""
    rows = _rows(store, period_key)
    per_unit: dict[str, Counter] = {}
    for r in rows:
        for u in r.lead_units or ["未明确单位"]:
            per_unit.setdefault(u, Counter())[status_of(r)] += 1
    order = status_order(store, period_key, {s for c in per_unit.values() for s in c})
    names = short_names(store)
    units = sorted(per_unit, key=lambda u: (-sum(per_unit[u].values()), names.get(u, u)))
    fig = _figure(fig)
    # as many labels as the figure's height can hold readably (~15 px each); the rest in one bar
    fit = max(5, int(fig.get_size_inches()[1] * fig.dpi / 15) - 3)
    chosen = store.resolve_unit(unit) if unit else None
    if len(units) > fit:
        shown = units[:fit - 1]
        if chosen in per_unit and chosen not in shown:
            shown[-1] = chosen
        rest = [u for u in units if u not in shown]
        other = f"其他{len(rest)}个单位"
        per_unit[other] = sum((per_unit[u] for u in rest), Counter())
        units = shown + [other]
    units.reverse()  # barh draws the first at the bottom
    ax = fig.add_subplot()
    left = [0] * len(units)
    for status in order:
        widths = [per_unit[u].get(status, 0) for u in units]
        if not any(widths):
            continue
        ax.barh(range(len(units)), widths, left=left, color=status_colour(status), label=status, height=0.7)
        left = [a + b for a, b in zip(left, widths)]
    ax.set_yticks(range(len(units)), [names.get(u, u) for u in units], fontsize=8 if len(units) > 20 else 9)
    ax.xaxis.set_major_locator(_whole_numbers())
    for label, u in zip(ax.get_yticklabels(), units):
        if u == chosen:  # highlighted, not bold: the shipped font has one weight
            label.set_bbox({"facecolor": "#fff2b3", "edgecolor": "none", "pad": 1.5})
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    _style(ax, f"{P.label(period_key)}各单位工作评价", "任务数(项)")
    return fig


def status_over_periods_figure(store, period_key: str, unit: str | None = None,
                               fig: Figure | None = None) -> Figure:
    """Stacked bars: the status counts of every period of the year up to `period_key`."""
    year = P.split_key(period_key)[0]
    periods = [p for p in store.periods() if p.year == year and p.key <= period_key]
    counts = {p.key: Counter(status_of(r) for r in _rows(store, p.key, unit)) for p in periods}
    order = status_order(store, period_key, {s for c in counts.values() for s in c})
    fig = _figure(fig)
    ax = fig.add_subplot()
    bottom = [0] * len(periods)
    for status in order:
        heights = [counts[p.key].get(status, 0) for p in periods]
        if not any(heights):
            continue
        ax.bar(range(len(periods)), heights, bottom=bottom, color=status_colour(status), label=status,
               width=0.6)
        bottom = [a + b for a, b in zip(bottom, heights)]
    ax.set_xticks(range(len(periods)), [p.label for p in periods])
    ax.yaxis.set_major_locator(_whole_numbers())
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    _style(ax, f"{year}年各期工作评价({_unit_label(store, unit)})", "期间", "任务数(项)")
    return fig


def indicator_tasks(store, period_key: str, unit: str | None = None) -> list:
    """The unit's tasks that have a numeric target, for the indicator chart's choice."""
    from chizhou_desk.lights import indicator_target_of

    return [r for r in _rows(store, period_key, unit) if indicator_target_of(r) is not None]


def indicator_figure(store, task_no: str | None, period_key: str, fig: Figure | None = None) -> Figure:
    """Lines over the year's periods: the indicator's value, its target and its 序时 target."""
    from chizhou_desk.lights import indicator_target_of, indicator_value_of, sequential_target

    fig = _figure(fig)
    ax = fig.add_subplot()
    if task_no is None:
        ax.axis("off")
        ax.text(0.5, 0.5, "没有带数值目标的任务", ha="center", va="center", fontsize=12)
        return fig
    year = P.split_key(period_key)[0]
    history = [(p, r) for p, r in store.task_history(store.task_id(task_no, period_key)) if p.year == year]
    labels = [p.label for p, _ in history]
    xs = list(range(len(history)))
    values = [indicator_value_of(r) for _, r in history]
    target = indicator_target_of(history[-1][1]) if history else None
    seq = [sequential_target(r, p.key) for p, r in history]
    text = history[-1][1].text.strip().rstrip("。") if history else ""
    if target is not None:
        ax.plot(xs, [target] * len(xs), color="#555555", linestyle="--", label=f"目标值 {target:g}")
    if any(v is not None for v in seq):
        ax.plot(xs, seq, color="#1e6fd0", linestyle=":", marker="s", label="序时目标")
    pts = [(x, v) for x, v in zip(xs, values) if v is not None]
    if pts:
        ax.plot([x for x, _ in pts], [v for _, v in pts], color="#c62828", marker="o", label="实际值")
        for x, v in pts:
            ax.annotate(f"{v:g}", (x, v), textcoords="offset points", xytext=(0, 6), ha="center")
    else:
        ax.text(0.5, 0.5, "尚未填报指标值", transform=ax.transAxes, ha="center", color="#757575")
    shown = [v for v in [*values, *seq, target] if v is not None]
    if shown:  # from zero, so a 6.4 against 6.5 does not look like a collapse
        ax.set_ylim(min(0, *shown) * 1.15, max(0, *shown) * 1.15 or 1)
    ax.set_xticks(xs, labels)
    ax.set_xlim(-0.5, max(len(xs) - 0.5, 0.5))
    ax.legend(loc="best", fontsize=8, frameon=False)
    title = f"第{task_no}项指标:{text}"
    _style(ax, title if len(title) <= 30 else title[:29] + "…", "期间", "指标值")
    return fig


def lights_figure(store, period_key: str, unit: str | None = None, fig: Figure | None = None,
                  today: date | None = None) -> Figure:
    """Bars: 绿灯 / 黄灯 / 红灯 / 未评定 counts for the period."""
    from chizhou_desk.lights import light_counts

    due = store.period(period_key).due_date
    counts = light_counts(_rows(store, period_key, unit), period_key, due, today)
    order = [Light.GREEN, Light.YELLOW, Light.RED, Light.NONE]
    fig = _figure(fig)
    ax = fig.add_subplot()
    bars = ax.bar(range(4), [counts[k] for k in order], color=[LIGHT_COLOURS[k] for k in order])
    ax.bar_label(bars, padding=2)
    ax.set_xticks(range(4), [LIGHT_LABELS[k] for k in order])
    ax.margins(y=0.12)
    _style(ax, f"{P.label(period_key)}红黄绿灯({_unit_label(store, unit)})", "", "任务数(项)")
    return fig


def build(kind: str, store, period_key: str, unit: str | None = None, task_no: str | None = None,
          fig: Figure | None = None) -> Figure:
    """One entry point for the pane: the chart `kind` (a key of CHARTS) for the context."""
    if kind == "status":
        return status_counts_figure(store, period_key, unit, fig)
    if kind == "by_unit":
        return status_by_unit_figure(store, period_key, unit, fig)
    if kind == "over_periods":
        return status_over_periods_figure(store, period_key, unit, fig)
    if kind == "lights":
        return lights_figure(store, period_key, unit, fig)
    if kind == "indicator":
        return indicator_figure(store, task_no, period_key, fig)
    raise ValueError(f"unknown chart: {kind}")


def save_png(fig: Figure, path, dpi: int = 150) -> None:
    """Write the figure as PNG through a temporary name, so a crash never leaves half a file."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from chizhou_desk.files import atomic_target

    if fig.canvas is None or not hasattr(fig.canvas, "print_png"):
        FigureCanvasAgg(fig)
    with atomic_target(path, ".png") as tmp:
        fig.savefig(tmp, format="png", dpi=dpi)
