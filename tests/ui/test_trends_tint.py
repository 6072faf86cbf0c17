"""The envelopes' tint (``charts._Tint``): filled without antialiasing under the outline that
QtCharts still draws, so a long period paints a tenth less. The picture must be the one QtCharts
draws when it fills the envelope itself, but for pixels on the envelope's outline."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import Period
from asthma_app.domain.synthetic import generate_history
from asthma_app.services.profiles import create_profile
from asthma_app.services.sample_data import load_history

HISTORY = generate_history(years=4, seed=3, readings_per_session=2)


@pytest.fixture
def trends(make_window, db, clock, qtbot):
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock), HISTORY, clock)
    window = make_window()
    window.show_page("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    return page


def _grab(page, qtbot):
    qtbot.wait(10)  # let QtCharts and the scene settle
    return page.charts.peak_view.grab().toImage()


def _outline(page, period: Period):
    """The envelope's edge in the view's pixels, two pixels either side."""
    charts = page.charts
    envelope = charts.envelopes[period]
    points = envelope.upperSeries().points() + envelope.lowerSeries().points()[::-1]
    view = charts.peak_view
    mapped = [view.mapFromScene(charts.peak_chart.mapToScene(
        charts.peak_chart.mapToPosition(point, envelope))) for point in points]
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(p) for p in mapped]))
    path.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(4)
    return stroker.createStroke(path)


def _drawn_by_qtcharts(page, qtbot):
    """The peak chart with QtCharts filling the envelopes itself (as before the tint)."""
    charts = page.charts
    for period, envelope in charts.envelopes.items():
        tint = charts.tint(period)
        tint.setVisible(False)
        envelope.setColor(tint.brush.color())
    reference = _grab(page, qtbot)
    for period, envelope in charts.envelopes.items():
        charts.tint(period).setVisible(True)
        envelope.setColor(QColor(0, 0, 0, 0))
    return reference


def _differing(a, b) -> list[tuple[int, int]]:
    assert a.size() == b.size()
    return [(x, y) for y in range(a.height()) for x in range(a.width())
            if a.pixel(x, y) != b.pixel(x, y)]


@pytest.mark.parametrize("keys", [("all",), ("all", "1y"), ("1y", "3m", "all")])
def test_the_tint_is_qtcharts_own_fill_but_under_the_outline(trends, qtbot, keys):
    for key in keys:  # the tint follows each new period's envelope (none left from before)
        trends.set_range(key)
    charts = trends.charts
    for period, envelope in charts.envelopes.items():
        assert envelope.isVisible()  # the period is long enough for envelopes
        tint = charts.tint(period)
        assert tint is not None and tint.isVisible()
        assert envelope.brush().color().alpha() == 0  # QtCharts fills nothing itself
        # stacked behind the envelope's outline, and hidden with it
        assert tint.flags() & QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent
    drawn = _grab(trends, qtbot)
    reference = _drawn_by_qtcharts(trends, qtbot)
    differing = _differing(drawn, reference)
    edges = [_outline(trends, period) for period in Period]
    off_edge = [(x, y) for x, y in differing
                if not any(edge.contains(QPointF(x + 0.5, y + 0.5)) for edge in edges)]
    assert off_edge == []
    assert drawn.width() * drawn.height() > 20 * len(differing)


def test_the_tint_hides_with_its_envelope(trends, qtbot):
    trends.set_range("all")
    tint = trends.charts.tint(Period.MORNING)
    assert tint.isVisible()
    trends.set_range("2w")  # few enough readings to draw one by one: no envelope
    assert not trends.charts.envelopes[Period.MORNING].isVisible()
    assert not tint.isVisible()
