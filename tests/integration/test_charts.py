"""Charts for a phone: the narrow twin keeps labels at full size above the bars."""

from __future__ import annotations

import datetime as dt

from ruimtemonitor.web import charts


def test_a_bar_chart_has_a_narrow_twin_with_labels_above_the_bars() -> None:
    chart = charts.bar_chart(
        [("Provincie Gelderland en de regio Foodvalley", 30), ("Zeeland", 10)],
        title="t",
        description="d",
        label_header="l",
        value_header="v",
    )
    narrow = chart.narrow
    assert narrow is not None and narrow.width == charts.NARROW_WIDTH <= 360
    assert narrow.label_anchor == "start" and narrow.bar_x == 0
    for bar in narrow.bars:
        assert bar.label_y < bar.y  # the label stands above its bar
        assert bar.value_x + 8 * len(bar.text) <= narrow.width + 40
    assert abs(narrow.bars[0].width - 3 * narrow.bars[1].width) <= 1  # whole pixels
    assert narrow.bars[0].short_label == "Provincie Gelderland en de regio Foodvalley"


def test_the_stacked_legend_wraps_within_the_narrow_width() -> None:
    chart = charts.stacked_chart(
        [("Noord", {"budget": 5, "raming": 3}), ("Oost", {"bijdrage": 2})],
        ["budget", "raming", "bijdrage", "reservering", "cofinanciering"],
        title="t",
        description="d",
        label_header="l",
        total_header="s",
    )
    narrow = chart.narrow
    assert narrow is not None and narrow.width == charts.NARROW_WIDTH
    assert len({item.y for item in narrow.legend}) > 1
    assert all(item.x + 22 + 8 * len(item.series) <= narrow.width for item in narrow.legend)
    assert narrow.height > max(item.y for item in narrow.legend)


def test_a_timeline_has_a_narrow_twin_with_few_axis_labels() -> None:
    events = [(f"Mijlpaal {year}", dt.date(year, 1, 1), dt.date(year, 12, 31), None)
              for year in range(2020, 2036)]  # fmt: skip
    chart = charts.timeline(events, title="t", description="d")
    assert chart.narrow is not None and len(chart.narrow.ticks) <= 4
    assert all(0 <= tick.x <= charts.NARROW_WIDTH for tick in chart.narrow.ticks)


def test_the_longest_value_fits_beside_the_longest_bar() -> None:
    values = [("budget", 14_879_400_000), ("raming", 0)]
    chart = charts.bar_chart(
        values, title="t", description="d", label_header="l", value_header="v",
        formatter=lambda value: f"€ {value / 10**6:,.1f} mln",
    )  # fmt: skip
    for drawing in (chart, chart.narrow):
        longest = drawing.bars[0]
        assert longest.value_x + 8 * len(longest.text) <= drawing.width, drawing.width
