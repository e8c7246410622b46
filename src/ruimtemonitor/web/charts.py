"""Charts computed on the server and drawn by templates as SVG.

No chart library and no script: the Content-Security-Policy allows neither inline styles
nor inline scripts, and a chart must read the same without JavaScript. Here the data
become geometry (whole pixels, so no localised decimal comma can reach an SVG attribute);
the templates in ``web/dashboard/_*.html`` draw it with presentation attributes (``x``,
``width``, ``fill``) and give every chart a ``<title>``, a ``<desc>`` and a data table,
so screen readers and people who cannot tell the colours apart get the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext

from ruimtemonitor.web.templatetags.register_format import euro

__all__ = [
    "PALETTE",
    "Bar",
    "BarChart",
    "Segment",
    "StackedChart",
    "StackedRow",
    "Timeline",
    "TimelineRow",
    "bar_chart",
    "money_chart",
    "stacked_chart",
    "timeline",
]

# Dark enough for 4.5:1 against white (text on and beside the bars) and distinct in hue
# and lightness, so neighbouring bars stay apart for the common colour-vision deficiencies.
PALETTE = ("#154273", "#b3005a", "#2f7d1f", "#a35200", "#5b2c83", "#007a87", "#4a4a4a")

Number = int | float | Decimal
LABEL_CHARS = 32
# The narrow twin of a chart: drawn at its own size on a phone (360 px and up), labels above
# the bars, so text stays 14 px instead of shrinking with a 640 px drawing.
NARROW_WIDTH = 340
NARROW_ROW = 50
NARROW_LABEL_CHARS = 44


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _text_room(texts: Iterable[str]) -> int:
    """Room right of the longest bar for its value: about 8 px a character at 14 px."""
    return max((8 * len(text) + 12 for text in texts), default=0)


def _length(value: Number, largest: Number, room: int) -> int:
    """Bar length in whole pixels; a value above zero is always visible."""
    if largest <= 0 or value <= 0:
        return 0
    return max(2, round(room * float(value) / float(largest)))


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    short_label: str
    value: Number
    text: str
    fill: str
    width: int
    y: int  # top of the bar
    text_y: int  # baseline of the value (and of the label, in the wide layout)
    value_x: int  # where the value text starts, right of the bar
    label_y: int = 0  # baseline of the label


@dataclass(frozen=True, slots=True, kw_only=True)
class Drawing:
    """What every chart drawing has: its text for screen readers and its frame.

    ``narrow`` is the same chart for a phone, labels above the bars (``label_width`` 0).
    """

    title: str
    description: str
    width: int
    height: int
    label_width: int
    label_x: int = 0
    label_anchor: str = "end"


@dataclass(frozen=True, slots=True, kw_only=True)
class BarChart(Drawing):
    """Horizontal bars, one row per item: labels left, the value right of its bar."""

    label_header: str
    value_header: str
    bars: tuple[Bar, ...]
    bar_x: int = 0  # where the bars start: right of the labels, or at 0 under them
    narrow: BarChart | None = None

    @property
    def is_empty(self) -> bool:
        return not any(bar.value for bar in self.bars)


def bar_chart(
    items: Iterable[tuple[str, Number]],
    *,
    title: str,
    description: str,
    label_header: str,
    value_header: str,
    formatter: Callable[[Number], str] = str,
    colours: Sequence[str] | Callable[[int, str], str] = PALETTE,
    width: int = 640,
    label_width: int = 230,
    row_height: int = 30,
    value_room: int = 110,
) -> BarChart:
    """Bars scaled to the largest value; ``colours`` is a palette or ``(index, label) -> fill``.

    The chart comes with a narrow twin (``.narrow``) for small screens: scaled down to a phone,
    the wide layout's 14 px labels would shrink to about 7 px.
    """
    rows = list(items)
    largest = max((value for _, value in rows), default=0)
    value_room = max(value_room, _text_room(formatter(value) for _, value in rows))
    room = max(10, width - label_width - value_room)
    bar_height = row_height - 10
    bars = []
    narrow_bars = []
    narrow_room = NARROW_WIDTH - value_room
    for index, (label, value) in enumerate(rows):
        fill = colours(index, label) if callable(colours) else colours[index % len(colours)]
        length = _length(value, largest, room)
        top = 5 + index * row_height
        text_y = top + bar_height // 2 + 5
        bars.append(
            Bar(
                label=str(label),
                short_label=_short(label),
                value=value,
                text=formatter(value),
                fill=fill,
                width=length,
                y=top,
                text_y=text_y,
                value_x=label_width + length + 6,
                label_y=text_y,
            )
        )
        narrow_length = _length(value, largest, narrow_room)
        narrow_top = index * NARROW_ROW
        narrow_bars.append(
            Bar(
                label=str(label),
                short_label=_short(label, NARROW_LABEL_CHARS),
                value=value,
                text=formatter(value),
                fill=fill,
                width=narrow_length,
                y=narrow_top + 22,
                text_y=narrow_top + 22 + bar_height // 2 + 5,
                value_x=narrow_length + 6,
                label_y=narrow_top + 16,
            )
        )
    narrow = BarChart(
        title=title,
        description=description,
        label_header=label_header,
        value_header=value_header,
        bars=tuple(narrow_bars),
        width=NARROW_WIDTH,
        height=len(rows) * NARROW_ROW + 4,
        label_width=0,
        label_anchor="start",
    )
    return BarChart(
        title=title,
        description=description,
        label_header=label_header,
        value_header=value_header,
        bars=tuple(bars),
        width=width,
        height=10 + len(rows) * row_height,
        label_width=label_width,
        bar_x=label_width,
        label_x=label_width - 8,
        narrow=narrow,
    )


def money_chart(
    items: Iterable[tuple[str, Number]],
    *,
    title: str,
    description: str,
    label_header: str,
    value_header: str | None = None,
    **options: Any,
) -> BarChart:
    """A :func:`bar_chart` of euro amounts, written as every page writes money (``€ 2,5 mld``),
    in a column headed "Amount" unless ``value_header`` says otherwise."""
    return bar_chart(
        items,
        title=title,
        description=description,
        label_header=label_header,
        value_header=value_header or gettext("Amount"),
        formatter=euro,
        **options,
    )


@dataclass(frozen=True, slots=True)
class Segment:
    series: str
    value: Number
    text: str
    fill: str
    x: int
    width: int


@dataclass(frozen=True, slots=True)
class StackedRow:
    label: str
    short_label: str
    segments: tuple[Segment, ...]  # one per series, in series order (zero-width when absent)
    total: Number
    total_text: str
    y: int
    text_y: int
    total_x: int
    label_y: int = 0


@dataclass(frozen=True, slots=True)
class LegendItem:
    series: str
    fill: str
    x: int
    y: int


@dataclass(frozen=True, slots=True, kw_only=True)
class StackedChart(Drawing):
    """Horizontal stacked bars: one row per category, one coloured segment per series."""

    label_header: str
    total_header: str
    series: tuple[str, ...]
    rows: tuple[StackedRow, ...]
    legend: tuple[LegendItem, ...]
    legend_y: int
    narrow: StackedChart | None = None

    @property
    def is_empty(self) -> bool:
        return not any(row.total for row in self.rows)


def stacked_chart(
    rows: Iterable[tuple[str, dict[str, Number]]],
    series: Sequence[str],
    *,
    title: str,
    description: str,
    label_header: str,
    total_header: str,
    series_labels: dict[str, str] | None = None,
    formatter: Callable[[Number], str] = str,
    colours: Sequence[str] = PALETTE,
    width: int = 640,
    label_width: int = 230,
    row_height: int = 30,
    total_room: int = 110,
) -> StackedChart:
    """Each row's values (series -> value) stacked left to right in ``series`` order.

    Comes with a narrow twin (``.narrow``) for small screens, like :func:`bar_chart`.
    """
    data = list(rows)
    wide = _stacked(
        data, series, title, description, label_header, total_header, series_labels,
        formatter, colours, width, label_width, row_height, total_room, narrow=False,
    )  # fmt: skip
    narrow = _stacked(
        data, series, title, description, label_header, total_header, series_labels,
        formatter, colours, NARROW_WIDTH, 0, NARROW_ROW, total_room, narrow=True,
    )  # fmt: skip
    return replace(wide, narrow=narrow)


def _stacked(
    data: list[tuple[str, dict[str, Number]]],
    series: Sequence[str],
    title: str,
    description: str,
    label_header: str,
    total_header: str,
    series_labels: dict[str, str] | None,
    formatter: Callable[[Number], str],
    colours: Sequence[str],
    width: int,
    label_width: int,
    row_height: int,
    total_room: int,
    *,
    narrow: bool,
) -> StackedChart:
    labels = series_labels or {}
    totals = [sum((values.get(s, 0) for s in series), Decimal(0)) for _, values in data]
    largest = max(totals, default=0)
    total_room = max(total_room, _text_room(formatter(total) for total in totals))
    room = max(10, width - label_width - total_room)
    bar_height = row_height - 10
    fills = {s: colours[i % len(colours)] for i, s in enumerate(series)}
    built = []
    for index, ((label, values), total) in enumerate(zip(data, totals, strict=True)):
        top = index * row_height + 22 if narrow else 5 + index * row_height
        x = label_width
        segments = []
        for name in series:
            value = values.get(name, 0)
            length = _length(value, largest, room) if value else 0
            segments.append(
                Segment(labels.get(name, name), value, formatter(value), fills[name], x, length)
            )
            x += length
        built.append(
            StackedRow(
                label=str(label),
                short_label=_short(label, NARROW_LABEL_CHARS if narrow else LABEL_CHARS),
                segments=tuple(segments),
                total=total,
                total_text=formatter(total),
                y=top,
                text_y=top + bar_height // 2 + 5,
                total_x=x + 6,
                label_y=top - 6 if narrow else top + bar_height // 2 + 5,
            )
        )
    legend_y = 15 + len(data) * row_height
    legend = []
    x = 0
    for name in series:
        text = labels.get(name, name)
        item_width = 24 + 8 * len(text) + 16
        if narrow and x and x + item_width > width:  # on a phone the legend wraps
            x, legend_y = 0, legend_y + 24
        legend.append(LegendItem(text, fills[name], x, legend_y))
        x += item_width
    if narrow:
        legend_y = legend[0].y if legend else legend_y
        height = (legend[-1].y if legend else legend_y) + 25
    return StackedChart(
        title=title,
        description=description,
        label_header=label_header,
        total_header=total_header,
        series=tuple(labels.get(s, s) for s in series),
        rows=tuple(built),
        legend=tuple(legend),
        width=width if narrow else max(width, x),
        height=height if narrow else legend_y + 25,
        label_width=label_width,
        legend_y=legend_y,
        label_x=0 if narrow else label_width - 8,
        label_anchor="start" if narrow else "end",
    )


@dataclass(frozen=True, slots=True)
class TimelineRow:
    label: str
    short_label: str
    y: int
    text_y: int
    planned_x: int | None  # the planned interval, when resolved
    planned_width: int
    achieved_x: int | None  # the achieved date, when known
    mid_y: int


@dataclass(frozen=True, slots=True)
class Tick:
    label: str
    x: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline(Drawing):
    """Rows of planned intervals (bars) and achieved dates (dots) on one date axis."""

    rows: tuple[TimelineRow, ...]
    ticks: tuple[Tick, ...]
    axis_y: int
    narrow: Timeline | None = None

    @property
    def is_empty(self) -> bool:
        return not self.ticks


def timeline(
    events: Iterable[tuple[str, dt.date | None, dt.date | None, dt.date | None]],
    *,
    title: str,
    description: str,
    width: int = 640,
    label_width: int = 200,
    row_height: int = 28,
) -> Timeline:
    """``events`` are (label, planned start, planned end, achieved on), in display order.

    Comes with a narrow twin (``.narrow``) for small screens, like :func:`bar_chart`.
    """
    items = list(events)
    wide = _timeline(items, title, description, width, label_width, row_height, narrow=False)
    narrow = _timeline(items, title, description, NARROW_WIDTH, 0, 44, narrow=True)
    return replace(wide, narrow=narrow)


def _timeline(
    items: list[tuple[str, dt.date | None, dt.date | None, dt.date | None]],
    title: str,
    description: str,
    width: int,
    label_width: int,
    row_height: int,
    *,
    narrow: bool,
) -> Timeline:
    dates = [d for _, start, end, done in items for d in (start, end, done) if d is not None]
    axis_y = 10 + len(items) * row_height
    if not dates:
        frame = {"width": width, "height": axis_y + 30, "label_width": label_width}
        return Timeline(
            title=title, description=description, rows=(), ticks=(), axis_y=axis_y, **frame
        )
    first = dt.date(min(dates).year, 1, 1)
    last = dt.date(max(dates).year + 1, 1, 1)
    span = (last - first).days
    room = width - label_width - 20

    def x_of(day: dt.date) -> int:
        return label_width + round(room * (day - first).days / span)

    rows = []
    for index, (label, start, end, done) in enumerate(items):
        top = 5 + index * row_height
        bar_top = top + 18 if narrow else top + 4  # on a phone the label stands above the bar
        planned_x = x_of(start) if start and end else None
        planned_width = max(4, x_of(end) - x_of(start)) if start and end else 0
        rows.append(
            TimelineRow(
                label=str(label),
                short_label=_short(label, NARROW_LABEL_CHARS if narrow else 26),
                y=bar_top,
                text_y=top + 13 if narrow else top + row_height // 2 + 4,
                planned_x=planned_x,
                planned_width=planned_width,
                achieved_x=x_of(done) if done else None,
                mid_y=bar_top + 6,
            )
        )
    years = range(first.year, last.year + 1)
    most = 4 if narrow else 8  # labels on the axis
    step = max(1, -(-len(years) // most)) if narrow else max(1, len(years) // most)
    ticks = tuple(Tick(str(year), x_of(dt.date(year, 1, 1))) for year in years[::step])
    return Timeline(
        title=title,
        description=description,
        rows=tuple(rows),
        ticks=ticks,
        width=width,
        height=axis_y + 30,
        label_width=label_width,
        axis_y=axis_y,
        label_x=0 if narrow else label_width - 8,
        label_anchor="start" if narrow else "end",
    )
