"""What the charts draw themselves instead of QtCharts, to paint long periods faster: the
envelopes' tint (``charts._Tint``, filled without antialiasing under the outline that QtCharts
still draws) and the evening's dashed line (``charts._Dashes``, stroked in pieces). The picture
must be the one QtCharts draws, but for pixels on the envelope's outline and where two pieces of
the line meet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from asthma_app.domain.readings import Period
from asthma_app.ui import charts as charts_module


def _grab(page, qtbot):
    qtbot.wait(10)  # let QtCharts and the scene settle
    return page.charts.peak_view.grab().toImage()


def _outline(page, period: Period):
    """The envelope's edge in the view's pixels, two pixels either side."""
    charts = page.charts
    envelope = charts.envelopes[period]
    upper, lower = charts.envelope_points(period)
    points = upper + lower[::-1]
    view = charts.peak_view
    # in fractions of a pixel (``mapFromScene`` rounds to whole pixels: an edge pixel could
    # then fall outside the two pixels either side)
    to_view = view.viewportTransform()
    mapped = [to_view.map(charts.peak_chart.mapToScene(
        charts.peak_chart.mapToPosition(point, envelope))) for point in points]
    path = QPainterPath()
    path.addPolygon(QPolygonF(mapped))
    path.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(4)
    return stroker.createStroke(path)


def _drawn_by_qtcharts(page, qtbot, fill: bool = True):
    """The peak chart with QtCharts drawing the envelopes itself from the same points (as
    before the tint): their outline, and their fill too if ``fill``."""
    charts = page.charts
    for period, envelope in charts.envelopes.items():
        tint = charts.tint(period)
        upper, lower = charts.envelope_points(period)
        envelope.upperSeries().replace(upper)
        envelope.lowerSeries().replace(lower)
        if fill:
            tint.setVisible(False)
            envelope.setColor(tint.brush.color())
        else:  # the tint fills, QtCharts outlines
            tint.pen, kept = QPen(QColor(0, 0, 0, 0)), tint.pen
            tint.kept_pen = kept
            tint.update()
    reference = _grab(page, qtbot)
    for period, envelope in charts.envelopes.items():
        tint = charts.tint(period)
        tint.setVisible(True)
        if not fill:
            tint.pen = tint.kept_pen
            tint.update()
        envelope.setColor(QColor(0, 0, 0, 0))
        envelope.upperSeries().clear()
        envelope.lowerSeries().clear()
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
        # nor outlines: its series have no points (the tint draws the outline)
        assert envelope.upperSeries().count() == envelope.lowerSeries().count() == 0
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


@pytest.mark.parametrize("keys", [("all",), ("all", "1y"), ("1y", "3m", "all")])
def test_the_outline_is_qtcharts_own(trends, qtbot, keys):
    """The outline drawn by the tint is the one QtCharts draws from the same points."""
    charts = trends.charts
    charts.dashes()
    for key in keys:
        trends.set_range(key)
    drawn = _grab(trends, qtbot)
    assert _differing(drawn, _drawn_by_qtcharts(trends, qtbot, fill=False)) == []


def test_the_tint_hides_with_its_envelope(trends, qtbot):
    trends.set_range("all")
    tint = trends.charts.tint(Period.MORNING)
    assert tint.isVisible()
    trends.set_range("2w")  # few enough readings to draw one by one: no envelope
    assert not trends.charts.envelopes[Period.MORNING].isVisible()
    assert not tint.isVisible()


def _drawn_line_by_qtcharts(page, qtbot):
    """The peak chart with QtCharts drawing the evening line itself (as before ``_Dashes``)."""
    dashes = page.charts.dashes()
    line = page.charts.lines[Period.EVENING]
    kept = line.pen()
    dashes.setVisible(False)
    line.setPen(dashes.pen())
    reference = _grab(page, qtbot)
    line.setPen(kept)
    dashes.setVisible(True)
    return reference


@pytest.mark.parametrize("keys", [("all",), ("all", "3m"), ("1y", "all"), ("3m", "2w")])
def test_the_dashed_line_is_qtcharts_own_but_where_pieces_meet(trends, qtbot, keys):
    charts = trends.charts
    charts.dashes()  # as the idle preparation finds it (else: at the first envelope)
    for key in keys:
        trends.set_range(key)
    line, dashes = charts.lines[Period.EVENING], charts.dashes()
    assert dashes is not None and dashes.isVisible()
    assert line.pen().color().alpha() == 0  # QtCharts draws no line, only its markers
    assert dashes.pen().dashPattern() == list(charts_module.DASHED)
    assert dashes.pen().color() == QColor(charts_module.SESSION_STYLE[Period.EVENING][0])
    drawn = _grab(trends, qtbot)
    reference = _drawn_line_by_qtcharts(trends, qtbot)
    points = line.points()
    view, chart = charts.peak_view, charts.peak_chart
    meets = [view.mapFromScene(chart.mapToScene(chart.mapToPosition(points[at], line)))
             for at in range(charts_module.DASH_PIECE, len(points) - 1,
                             charts_module.DASH_PIECE)]
    differing = _differing(drawn, reference)
    away = [(x, y) for x, y in differing
            if all(abs(x - p.x()) > 3 or abs(y - p.y()) > 3 for p in meets)]
    assert away == []
    assert len(differing) <= 12 * len(meets)


def test_the_sessions_are_drawn_with_their_own_pens(trends):
    """Morning and evening differ by line style as drawn (the evening's by ``_Dashes``)."""
    trends.set_range("all")
    morning = trends.charts.lines[Period.MORNING].pen()
    evening = trends.charts.dashes().pen()
    assert morning.dashPattern() != evening.dashPattern()
    assert morning.color() != evening.color() and morning.widthF() == evening.widthF()


def test_the_items_bounds_follow_the_plot_area(trends, qtbot):
    """Qt repaints an item only inside its bounds, which must follow each layout."""
    trends.set_range("all")
    charts = trends.charts
    items = [charts.tint(Period.MORNING), charts.tint(Period.EVENING), charts.dashes()]
    window = trends.window()
    for size in ((1366, 768), (1000, 700), (1600, 900)):
        window.resize(*size)
        qtbot.wait(50)
        for item in items:
            assert item.boundingRect() == item.mapRectFromItem(
                charts.peak_chart, charts.peak_chart.plotArea())


def test_drawing_a_period_never_looks_for_the_items(trends, qtbot):
    """Only the idle preparation does (PySide6 then builds every graphics item type): charts
    drawn before it, or without a page (the review's PNG), are drawn by QtCharts alone, and
    their grid lines are not cached (test_trends_grid.py)."""
    from asthma_app.ui.charts import TrendsCharts

    charts = TrendsCharts()
    qtbot.addWidget(charts)
    charts.resize(900, 600)
    charts.show()
    start, end = trends.service.range_for("all")
    charts.show_view(trends.service.view(start, end, charts.plot_width()))
    assert charts.tints is None and charts.envelopes[Period.MORNING].isVisible()
    assert charts._cached_for == {}
    assert charts.envelopes[Period.MORNING].brush().color().alpha() > 0  # QtCharts fills
    envelope = charts.envelopes[Period.MORNING]
    upper, lower = envelope.upperSeries().points(), envelope.lowerSeries().points()
    assert upper
    # found later (idle time): they take over what is drawn at that moment
    morning = charts.tint(Period.MORNING)
    assert list(morning.polygon) == upper + lower[::-1]
    assert charts.envelope_points(Period.MORNING) == (upper, lower)
    assert envelope.upperSeries().count() == 0  # QtCharts outlines nothing from now on
    assert list(charts.dashes().pieces[0]) == charts.lines[Period.EVENING].points()[
        :charts_module.DASH_PIECE + 1]
