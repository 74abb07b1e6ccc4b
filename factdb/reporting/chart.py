"""The timeline chart of a report, as PNG bytes (a file beside the Markdown, inlined in the HTML).

The only module of factdb that imports matplotlib. It never touches pyplot's
global state (a bare ``Figure`` and the Agg canvas), and draws inside a fixed
style (matplotlib's defaults plus the rc below, the bundled DejaVu font, fixed
size and DPI, no software or date in the metadata), so the same report gives
the same bytes on every run. PNG rather than SVG because one render serves both
pages, and the chart is the slowest part of a report.

One panel per unit family (a PMI in percent and one in index points share a
panel; counts and yuan do not); one line per series and period granularity, a
half-year never joined to a year; markers labelled with the outlet; targets
drawn dashed from the last level; bounds as triangles; implied levels hollow.
"""

from __future__ import annotations

import io
import itertools
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

import matplotlib
import matplotlib.style
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from factdb.display import format_number
from factdb.extract.units import unit_family
from factdb.reporting.compare import Entry, Report, granularity

__all__ = ["draw_chart"]

_STYLE: dict[Any, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.grid": True,
    "grid.alpha": 0.35,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "path.simplify": True,
}
_WIDTH, _PANEL_HEIGHT, _DPI = 10.0, 3.4, 100
_COLORS = [matplotlib.colormaps["tab10"](i) for i in range(10)]
_LABELLED_POINTS = 40  # label markers with their outlet only while the labels stay readable
_PERIOD_TICKS = 12  # up to this many periods, each gets a tick with its label (`2024-H1`)
_KEY = "▼ below a bound   ▲ above a bound   ◇ dashed: target   ○ hollow: implied by a stated change"
_BOUND_MARKERS = {"less_than": "v", "at_most": "v", "more_than": "^", "at_least": "^"}


def _middle(entry: Entry) -> float:
    """The middle of the entry's period, as a matplotlib date number."""
    assert entry.period_start and entry.period_end
    return _date_number(entry.period_start, entry.period_end)


@lru_cache(maxsize=4096)
def _date_number(start: date, end: date) -> float:
    """Cached: ``date2num`` is slow per call, and thousands of claims share a few hundred periods."""
    return float(date2num(start + (end - start) / 2))  # type: ignore[no-untyped-call]  # untyped in 3.11


def _axis_label(entries: Sequence[Entry]) -> str:
    units = sorted({e.unit for e in entries})
    if unit_family(units[0]) == "percent":
        return " / ".join("%" if u == "percent" else f"{u} points" if u == "index" else u for u in units)
    return ", ".join("number" if u == "count" else u.replace("_", " ") for u in units)


def _label(entry: Entry) -> str:
    return "implied" if entry.kind == "implied" else entry.reported_by or entry.attributed_to or ""


def _draw_series(ax: Axes, entries: list[Entry], color: tuple[float, float, float, float], name: str) -> None:
    """One series on one panel: a line per granularity, targets dashed, bounds and implied apart."""
    by_grain: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_grain[granularity(e.period) or ""].append(e)
    legend = name
    for grain, members in sorted(by_grain.items()):
        levels = [e for e in members if e.kind == "level" and e.qualifier not in _BOUND_MARKERS]
        firsts: dict[str | None, Entry] = {}
        for e in sorted(levels, key=lambda e: (e.published or "~", e.claim_id or 0)):
            firsts.setdefault(e.period, e)
        line = sorted(firsts.values(), key=_middle)
        if line:  # the line joins the first report of each period; later reports are dots on it
            ax.plot([_middle(e) for e in line], [e.value for e in line], "-o", color=color,
                    markersize=5, linewidth=1.6, label=legend)
            legend = "_"
        others = [e for e in levels if firsts[e.period] is not e]
        if others:
            ax.plot([_middle(e) for e in others], [e.value for e in others], "o", color=color,
                    markersize=3.5, alpha=0.6)
        for e in members:
            if e.value_high is not None:
                ax.plot([_middle(e)] * 2, [e.value, e.value_high], "-", color=color, linewidth=3, alpha=0.5)
        targets = [e for e in members if e.kind == "target"]
        if targets:
            start = line[-1:]
            ax.plot([_middle(e) for e in start + targets], [e.value for e in start + targets], "--D",
                    color=color, markerfacecolor="white", markersize=5, linewidth=1.2, label=legend)
            legend = "_"
        for e in members:
            if e.kind == "level" and e.qualifier in _BOUND_MARKERS:
                ax.plot([_middle(e)], [e.value], _BOUND_MARKERS[e.qualifier], color=color, markersize=7,
                        label=legend)
                legend = "_"
            elif e.kind == "implied":
                ax.plot([_middle(e)], [e.value], "o", color=color, markerfacecolor="white", markersize=7,
                        markeredgewidth=1.5, label=legend)
                legend = "_"
        implied = [e for e in members if e.kind == "implied"]
        if implied and line:  # a dotted line joins implied levels to the stored ones they bear on
            joined = sorted([*line, *implied], key=_middle)
            ax.plot([_middle(e) for e in joined], [e.value for e in joined], ":", color=color, linewidth=1.2)


def _annotate(ax: Axes, entries: list[Entry]) -> None:
    """Label markers with their outlet; a label equal to one just below it at the same period is
    left out, so a stack of sub-indexes from one outlet says `NBD` once, not seven times."""
    values = [e.value for e in entries]
    near = (max(values) - min(values)) * 0.06 or 1.0
    placed: dict[tuple[float, str], float] = {}
    for e in sorted(entries, key=lambda e: (_middle(e), e.value, e.claim_id or 0)):
        key = (_middle(e), _label(e))
        if key in placed and e.value - placed[key] < near:
            continue
        placed[key] = e.value
        ax.annotate(key[1], (key[0], e.value), xytext=(6, 3), textcoords="offset points",
                    fontsize=7, color="#444444")


def _panel(ax: Axes, report: Report, entries: list[Entry]) -> None:
    by_series: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_series[e.series].append(e)
    for i, series in enumerate(report.series):  # colours by the series' place in the report
        if series.name in by_series:
            _draw_series(ax, by_series[series.name], _COLORS[i % len(_COLORS)], series.name)
    if len(entries) <= _LABELLED_POINTS:
        _annotate(ax, entries)
    ticks = sorted({(_middle(e), e.period or "") for e in entries})
    days = [day for day, _ in ticks]
    span = max(days) - min(days)
    if len(ticks) <= _PERIOD_TICKS:
        crowded = any(b - a < span * 0.08 for a, b in itertools.pairwise(days))  # 2023-H1 beside 2023
        ax.set_xticks(days, [label for _, label in ticks], rotation=35 if crowded else 0,
                      ha="right" if crowded else "center")
    pad = max(span * 0.08, 60.0)  # date numbers count days
    ax.xaxis_date()
    ax.set_xlim(min(days) - pad, max(days) + pad)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: format_number(float(value))))
    ax.set_ylabel(_axis_label(entries))


def draw_chart(report: Report) -> bytes:
    """The report's timeline chart (dated levels, targets and implied levels) as PNG."""
    drawn = [e for e in report.timeline if e.period_start and e.kind in ("level", "target", "implied")]
    families = sorted({unit_family(e.unit) for e in drawn})
    with matplotlib.style.context("default"), matplotlib.rc_context(_STYLE):
        # The legend goes under the panels, two columns, so the panels get the full width.
        legend_rows = -(-len(report.series) // 2)
        height = _PANEL_HEIGHT * max(1, len(families)) + 0.2 * legend_rows + 0.5
        fig = Figure(figsize=(_WIDTH, height), dpi=_DPI, layout="constrained")
        axes = fig.subplots(max(1, len(families)), 1, squeeze=False)[:, 0]
        for ax, family in zip(axes, families):
            _panel(ax, report, [e for e in drawn if unit_family(e.unit) == family])
        if not families:
            axes[0].set_axis_off()
            axes[0].text(0.5, 0.5, "no dated figures to draw", ha="center", va="center")
        handles: dict[str, Artist] = {}
        for ax in axes:
            for handle, label in zip(*ax.get_legend_handles_labels()):
                handles.setdefault(label, handle)
        fig.legend(list(handles.values()), list(handles), loc="outside lower center", ncols=2, fontsize=8,
                   frameon=False, title=_KEY, title_fontsize=8)
        fig.suptitle(f"{report.title}{' — ' + report.entity if report.entity else ''}: stored figures by period",
                     x=0.01, ha="left", fontsize=11)
        png = io.BytesIO()
        fig.savefig(png, format="png", metadata={"Software": None})
    return png.getvalue()
