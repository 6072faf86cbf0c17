"""The charts' grid lines and ticks are drawn once into Qt's item cache and copied from it
(``charts.TrendsCharts._cache_grids``): the picture must be exactly the one QtCharts draws
without the cache, and every line item must be cached, also those QtCharts makes when an axis
gets more ticks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def _line_items(charts) -> list[QGraphicsLineItem]:
    found = []
    for chart in (charts.peak_chart, charts.reliever_chart, charts.adherence_chart,
                  charts.nights_chart):
        items = chart.childItems()
        while items:
            item = items.pop()
            if isinstance(item, QGraphicsLineItem):
                found.append(item)
            else:
                items += item.childItems()
    return found


def _grabs(charts, qtbot):
    qtbot.wait(10)  # let QtCharts and the scene settle
    return [view.grab().toImage() for view in (charts.peak_view, charts.reliever_view,
                                                charts.adherence_view, charts.nights_view)]


@pytest.mark.parametrize("keys", [("all",), ("1y", "all"), ("3m", "2w"), ("2w", "3m", "1y")])
def test_the_cached_grid_is_the_grid_qtcharts_draws(trends, qtbot, keys):
    charts = trends.charts
    charts.dashes()  # as the idle preparation finds the charts' items
    for key in keys:
        trends.set_range(key)
    lines = _line_items(charts)
    assert len(lines) > 40  # grid lines, axis lines and ticks of four charts
    assert all(item.cacheMode() == CACHED for item in lines)
    drawn = _grabs(charts, qtbot)
    for item in lines:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    reference = _grabs(charts, qtbot)
    for image, expected in zip(drawn, reference, strict=True):
        assert image == expected


def test_new_tick_lines_are_cached_too(trends, qtbot):
    """A narrow window has fewer date ticks; widened, QtCharts makes new line items."""
    charts = trends.charts
    charts.dashes()
    window = trends.window()
    window.resize(700, 700)
    qtbot.wait(50)
    trends.set_range("1y")
    narrow = charts.time_axes[0].tickCount()
    window.resize(1600, 900)
    qtbot.wait(50)
    assert charts.time_axes[0].tickCount() > narrow
    trends.set_range("all")
    qtbot.wait(10)
    assert all(item.cacheMode() == CACHED for item in _line_items(charts))


# Nothing is cached before the idle preparation: test_trends_tint.py's
# test_drawing_a_period_never_looks_for_the_items checks it with the items.
