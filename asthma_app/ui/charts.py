"""The Trends charts (QtCharts): peak flow over zone bands, reliever puffs, preventer doses
taken (per cent of the doses due, counted from what was logged) and nights woken.

The four charts share one time axis: the same range and the same plot-area left and right
edges, so a day lines up in all three. Series are made once and refilled with ``replace()``
(fast); the data comes from :class:`~asthma_app.services.trends.TrendsView`, already cut to
at most one point per pixel. Morning and evening differ by colour, line style *and* marker
shape; zone bands by colour and by their names in the key above the chart.

Signals: ``point_selected(str, int)`` (session value, index into that series' points).
"""

from __future__ import annotations

import warnings
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QSizePolicy, QVBoxLayout, QWidget

from ..domain.readings import Period
from ..domain.zones import Zone
from .chart_markers import CIRCLE, TRIANGLE, marker_image
from .widgets.measured_label import measured_label

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QPolygonF, QTransform

MARKER_SIZE = 9
RIGHT_MARGIN = 40  # room for the last date label (more when half a label is wider)
DATE_FORMAT = "d MMM yyyy"
MOST_DATE_TICKS = 6
# QtCharts draws a label as a text item with a blank rim of 4 pixels, and hides the first
# date label if that rim reaches past the chart's left edge.
DATE_LABEL_RIM = 4
BAND_COLOURS = {Zone.GREEN: "#dcedc8", Zone.AMBER: "#ffe0b2", Zone.RED: "#ffcdd2"}
# PySide6 builds all ~100 Python enums of the ``Qt`` namespace the first time any is used
# (~115 million instructions, a sixth of opening Trends cold; nothing before the Trends page
# uses it). So the charts do without it: dash patterns as Qt's own (in pen widths: DashLine
# 4 on 2 off, DotLine 1 on 2 off, qpen.cpp), numbers for properties, and the axes placed by
# ``_add_axes``. tests/ui/test_trends.py checks that opening Trends leaves ``Qt`` unbuilt.
SOLID, DASHED, DOTTED = (), (4.0, 2.0), (1.0, 2.0)
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
SESSION_STYLE = {  # colour, dash pattern, marker shape
    Period.MORNING: ("#0d47a1", SOLID, CIRCLE),
    Period.EVENING: ("#6a1b9a", DASHED, TRIANGLE),
}
SELECTED_COLOUR = "#ff6f00"  # a selected point's marker
# every marker the charts draw (build_scripts/marker_pixels.py stores them: chart_markers)
MARKERS = tuple(marker for colour, _dashes, shape in SESSION_STYLE.values()
                for marker in ((shape, colour, MARKER_SIZE),
                               (shape, SELECTED_COLOUR, MARKER_SIZE + 6)))
# QGraphicsView's render hints as a number: ``setRenderHint`` takes a QPainter enum, and
# building QPainter's Python class (a cold visit needs it for nothing else) costs ~5 M
# instructions. Antialiasing (1) added to the view's default, TextAntialiasing (2).
ANTIALIASED = 3


def msecs(moment: datetime) -> float:
    """Milliseconds since the epoch in local time, as QDateTimeAxis expects."""
    return moment.timestamp() * 1000


def _day_ms(day: date) -> float:
    return msecs(datetime.combine(day, time()))


class _Midnights(dict):
    """``_day_ms`` of each day, worked out once in one drawing: the three diary charts' bars
    share their days, a bar ends on the next one's first day, and morning and evening share
    their buckets (each costs the C library's local time conversion, a tenth of a range's
    filling for "All")."""

    def __missing__(self, day: date) -> float:
        value = self[day] = _day_ms(day)
        return value


def _pen(colour: str, width: float, dashes: tuple[float, ...] = SOLID) -> QPen:
    pen = QPen()  # by setters: QPen(colour, width) has overloads taking Qt enums (SOLID)
    pen.setColor(QColor(colour))
    pen.setWidthF(width)
    if dashes:
        pen.setDashPattern(list(dashes))
    return pen


def _line(name: str, colour: str, width: float = 2, dashes: tuple[float, ...] = SOLID
          ) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.setPen(_pen(colour, width, dashes))
    return series


def _add_axes(chart: QChart, x_axis, y_axis) -> None:
    """``x_axis`` below the plot and ``y_axis`` to its left: ``addAxis`` would need
    ``Qt.AlignmentFlag`` (the whole ``Qt`` namespace, see ``SOLID``); ``setAxisX``/``setAxisY``
    place them so (deprecated in favour of ``addAxis`` but kept in Qt 6)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        chart.setAxisX(x_axis)
        chart.setAxisY(y_axis)


class ChartView(QChartView):
    """A chart view that reports a horizontal drag as a fraction of the plot width."""

    dragged = Signal(float)

    def __init__(self, chart: QChart, name: str, parent: QWidget | None = None):
        super().__init__(chart, parent)
        self.setProperty("renderHints", ANTIALIASED)
        self.setAccessibleName(name)
        self.setProperty("focusPolicy", NO_FOCUS)
        self._press_x = None
        self.margins = None  # (left, top, right, bottom) of the plot area, set by the owner
        self._sized = False  # given a size by a layout yet
        self.held, self._pending = False, False  # see ``hold``

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Its least height (in lines of text: ``TrendsCharts.fit_text``). QGraphicsView's
        # hint is its scene's rectangle, which QChartView sets to the size the view last had:
        # the charts kept their 200 % heights after the text went back to 100 %, and took
        # the size of a layout done before the view had one of its own. The width stays
        # QGraphicsView's (the width it has): a narrower hint made the page's layout work out
        # its height for a second width at every range change (+3 % instructions).
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        # The plot area for the new size first: ``QChartView`` then lays the chart out once,
        # for it. Set after, the chart was laid out for the old plot area and then again
        # (every axis' labels twice per resize: a tenth of opening Trends cold).
        self._sized = True
        if self.held:
            QGraphicsView.resizeEvent(self, event)  # the view's own part, not the chart's
            self._pending = True
            return
        self._set_plot_area()
        super().resizeEvent(event)

    def hold(self, held: bool) -> None:
        """While held, a resize lays the chart out no more: once released, it is laid out
        once, for the size the view has then."""
        self.held = held
        if not held and self._pending:
            self._pending = False
            from PySide6.QtGui import QResizeEvent  # lazy: built by the first resize anyway

            self.resizeEvent(QResizeEvent(self.size(), self.size()))

    def apply_margins(self) -> None:
        # Before its first size (new text sizes as the page is styled) there is nothing to
        # lay out: the resize to come sets the plot area and lays the chart out (laying it
        # out here, at no size of its own, cost a cold visit 13.5 M instructions).
        if self._sized and self._set_plot_area():
            # a new plot area alone leaves the axis labels where the old one had them
            self.chart().layout().invalidate()
            self.chart().layout().activate()

    def _set_plot_area(self) -> bool:
        """The plot area inside ``margins`` for the view's size now; False if none set."""
        if self.margins is None:
            return False
        left, top, right, bottom = self.margins
        # the viewport's size (no frame, no scroll bars): asking for the viewport itself,
        # made by C++, made PySide6 build a Python type for every widget class of Qt (and
        # their enums: ~500 members) to find its own
        size = self.maximumViewportSize()
        self.chart().setPlotArea(QRectF(left, top, max(10, size.width() - left - right),
                                        max(10, size.height() - top - bottom)))
        return True

    def mousePressEvent(self, event):  # noqa: N802 - Qt override
        self._press_x = event.position().x()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self._press_x is not None:
            moved = event.position().x() - self._press_x
            width = self.chart().plotArea().width()
            if abs(moved) > 30 and width > 0:
                self.dragged.emit(-moved / width)
        self._press_x = None


def _area(upper: QLineSeries, lower: QLineSeries | None = None) -> QAreaSeries:
    """An area series that keeps its edge series alive (QAreaSeries does not own them)."""
    area = QAreaSeries(upper, lower) if lower is not None else QAreaSeries(upper)
    area.edges = (upper, lower)
    upper.setParent(area)
    if lower is not None:
        lower.setParent(area)
    return area


class _Drawn(QGraphicsItem):
    """Something the charts draw themselves instead of QtCharts, as a child of a series' own
    item stacked behind it (so it hides with the series, above the series before it and
    below the series' own drawing); its bounds are the plot area."""

    def __init__(self, item: QGraphicsItem, chart: QChart):
        super().__init__(item)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        # the parent's Python wrapper kept: PySide6 dropping it (made by childItems(), then
        # collected) left this child's wrapper unusable, and painting crashed
        self._chart, self._owner = chart, item
        self._bounds = _plot_area(self, chart)
        chart.plotAreaChanged.connect(self._plot_area_changed)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def _plot_area_changed(self, _area) -> None:
        """Qt is told before an item's bounds change (else its index of items goes stale)."""
        self.prepareGeometryChange()
        self._bounds = _plot_area(self, self._chart)


class _Tint(_Drawn):
    """An envelope's tint (lowest to highest), filled without antialiasing just under the
    envelope's own outline, which QtCharts still draws (antialiased, over the tint's edge).

    QtCharts fills and outlines an area with one antialiased path, and Qt's antialiasing
    rasteriser starts again with a larger buffer whenever a shape has more edge cells than
    it holds: the two 20-year envelopes cost ~32 million instructions a paint, a tenth of
    "All". Filled without antialiasing they cost a third of that, and only the pixels under
    the one-pixel outline differ. Above the zone bands, below the outline and the lines.

    The outline is drawn here too, after the tint, as QtCharts draws it (the closed path
    stroked with the envelope's pen, antialiased, from points mapped as QtCharts maps them),
    and the envelope's series are given no points: QtCharts strokes every line it is given
    to work out its shape for clicks, which an envelope never gets (~4 million instructions
    for the four edges of "All").
    """

    def __init__(self, item: QGraphicsItem, chart: QChart, envelope: QAreaSeries,
                 axes: tuple[QDateTimeAxis, QValueAxis]):
        super().__init__(item, chart)
        self._envelope = envelope
        self.brush = envelope.brush()  # the tint: the area itself keeps none (drawn here)
        envelope.setColor(QColor(0, 0, 0, 0))  # a transparent brush: QtCharts fills nothing
        self.pen = envelope.pen()  # the outline's (QtCharts has no points to draw it with)
        from PySide6.QtGui import QPolygonF  # lazy: see _own_items

        self.polygon = QPolygonF()  # in the axes' values (ms, L/min)
        self.axes = axes  # (time, value): the envelope's own

    def fill(self, points: list[QPointF]) -> None:
        from PySide6.QtGui import QPolygonF  # lazy: see _own_items

        self.polygon = QPolygonF(points)
        self.update()

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        if self.polygon.isEmpty():
            return
        from PySide6.QtGui import QPainter, QPainterPath  # lazy: see _own_items

        transform = _to_pixels(self, self._chart, self._envelope, self.polygon.boundingRect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # clipped as QtCharts clips an area: a last bucket may reach past the period's end
        # (the paint event's own region still applies)
        painter.setClipRect(_plot_area(self, self._chart))
        pixels = painter.transform()
        painter.setTransform(transform, True)
        path = QPainterPath()
        path.addPolygon(self.polygon)
        painter.fillPath(path, self.brush)
        # the outline: AreaChartItem::paint's path (the upper edge, the lower one reversed,
        # closed) in the item's own pixels, with the pen, antialiased, inside the same clip
        painter.setTransform(pixels)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        outline = QPainterPath()
        x_axis, y_axis = self.axes
        outline.addPolygon(_as_qtcharts_maps(self._chart, x_axis, y_axis, self.polygon))
        outline.closeSubpath()
        painter.strokePath(outline, self.pen)


def _as_qtcharts_maps(chart: QChart, x_axis, y_axis, polygon: QPolygonF) -> QPolygonF:
    """``polygon`` (the values of ``x_axis`` and ``y_axis``) in the pixels of its series' own
    item, computed as QtCharts computes them (XYDomain::calculateGeometryPoints: the value
    less the axis' least, times the plot's pixels per unit), so that the same numbers come
    out."""
    low_x = x_axis.min().toMSecsSinceEpoch()
    size = chart.plotArea().size()
    per_x = size.width() / (x_axis.max().toMSecsSinceEpoch() - low_x)
    per_y = size.height() / (y_axis.max() - y_axis.min())
    from PySide6.QtGui import QTransform  # lazy: only our items (built in idle time) use it

    return QTransform(per_x, 0, 0, -per_y, 0, size.height()).map(
        polygon.translated(-low_x, -y_axis.min()))


def _plot_area(item: QGraphicsItem, chart: QChart) -> QRectF:
    return item.mapRectFromItem(chart, chart.plotArea())


def _to_pixels(item: QGraphicsItem, chart: QChart, series, box: QRectF) -> QTransform:
    """From the axes' values (ms, L/min) to ``item``'s pixels, as QtCharts maps ``series``'
    points (linear in each axis), found from two far-apart points: the corners of ``box``
    (the points drawn), at least a day and 100 L/min apart."""
    x0, y0 = box.left(), box.top()
    x1, y1 = max(box.right(), x0 + 86_400_000), max(box.bottom(), y0 + 100)
    a = item.mapFromItem(chart, chart.mapToPosition(QPointF(x0, y0), series))
    b = item.mapFromItem(chart, chart.mapToPosition(QPointF(x1, y1), series))
    sx, sy = (b.x() - a.x()) / (x1 - x0), (b.y() - a.y()) / (y1 - y0)
    from PySide6.QtGui import QTransform  # lazy: only our items (built in idle time) use it

    return QTransform(sx, 0, 0, sy, a.x() - sx * x0, a.y() - sy * y0)


DASH_PIECE = 32  # points of a dashed line stroked at once (see _Dashes)


class _Dashes(_Drawn):
    """A dashed line (the evening's) stroked in pieces of ``DASH_PIECE`` points, each piece's
    dashes going on where the last one's stopped; its series keeps a transparent pen of the
    same width (its markers, clicks and shape stay QtCharts'), and this draws the line under
    the markers.

    QtCharts strokes a dashed line as one path: Qt cuts it into dashes and fills them all at
    once with its antialiasing rasteriser, which starts again with a larger buffer whenever
    a shape has more edge cells than it holds (see ``_Tint``): ~20 million instructions for
    the evening line of "All". In pieces it costs half; the dashes fall in the same places
    and only the pixels where two pieces meet can differ (a square cap instead of a join).
    """

    def __init__(self, item: QGraphicsItem, chart: QChart, line: QLineSeries):
        super().__init__(item, chart)
        self._line = line
        drawn = line.pen()
        self.colour, self.width = drawn.color().name(), drawn.widthF()
        self.dashes = tuple(drawn.dashPattern())
        line.setPen(_pen("#00000000", self.width, self.dashes))  # QtCharts draws no line
        self.pieces: list[QPolygonF] = []  # in the axes' values (ms, L/min)
        self._box = QRectF()

    def pen(self) -> QPen:
        """The pen the line is drawn with."""
        return _pen(self.colour, self.width, self.dashes)

    def draw(self, points: list[QPointF]) -> None:
        from PySide6.QtGui import QPolygonF  # lazy: see _own_items

        self.pieces = [QPolygonF(points[at:at + DASH_PIECE + 1])
                       for at in range(0, len(points) - 1, DASH_PIECE)]
        self._box = QPolygonF(points).boundingRect()
        self.update()

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        if not self.pieces:
            return
        from PySide6.QtGui import QPainterPath  # lazy: see _own_items

        transform = _to_pixels(self, self._chart, self._line, self._box)
        # clipped as QtCharts clips a line (LineChartItem::paint): the plot area, grown by up
        # to half a pixel right and down so that a line along its edge is drawn whole
        clip, at = _plot_area(self, self._chart), self._owner.pos()
        left, top = at.x() - int(at.x()), at.y() - int(at.y())
        right = clip.width() + 0.5 - int(clip.width() + 0.5)
        bottom = clip.height() + 0.5 - int(clip.height() + 0.5)
        clip.adjust(-left, -top, max(left, right), max(top, bottom))
        painter.setClipRect(clip)
        offset = 0.0  # in pen widths, as Qt counts a dash pattern
        for piece in self.pieces:
            path = QPainterPath()
            path.addPolygon(transform.map(piece))
            pen = self.pen()
            pen.setDashOffset(offset)
            painter.strokePath(path, pen)
            offset += path.length() / self.width


def _chart() -> QChart:
    chart = QChart()
    chart.legend().hide()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(0, 0, 0, 0))
    return chart


class TrendsCharts(QWidget):
    point_selected = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = None
        self._fitted_font: QFont | None = None  # the font ``fit_text`` last fitted the charts to
        self._date_width_for: tuple = (None, 0)  # (font and language, widest date label)
        self.peak_chart, self.reliever_chart, self.nights_chart = _chart(), _chart(), _chart()
        self.adherence_chart = _chart()
        self._build_bands()
        self._build_sessions()
        self.best_line = _line(self.tr("Personal best in your plan"), "#212121", 2, DOTTED)
        self.peak_chart.addSeries(self.best_line)
        self.reliever_bars = self._bars(self.reliever_chart, "#1565c0", self.tr("Reliever puffs"))
        self.night_bars = self._bars(self.nights_chart, "#4e342e", self.tr("Nights woken"))
        self.adherence_bars = self._bars(self.adherence_chart, "#2e7d32",
                                         self.tr("Preventer doses taken"))
        self._axes()
        self.peak_title = measured_label("", "sectionTitle")
        self.key = measured_label(self.tr(
            "Morning: blue solid line with round dots. Evening: purple dashed line with "
            "triangles. Dotted black line: the personal best in your plan. Background: green, "
            "amber and red zones from the plan in force on each day."), "hint")
        self.reliever_title = measured_label("", "hint")
        self.nights_title = measured_label("", "hint")
        self.adherence_title = measured_label("", "hint")
        # made in their place (``self``, made in its own where it is shown: see
        # ``TrendsPage._build``): their scroll bars are styled once, in the page
        self.peak_view = ChartView(self.peak_chart, self.tr("Peak flow chart"), self)
        self.reliever_view = ChartView(self.reliever_chart, self.tr("Reliever puffs chart"),
                                       self)
        self.nights_view = ChartView(self.nights_chart, self.tr("Nights woken chart"), self)
        self.adherence_view = ChartView(self.adherence_chart,
                                        self.tr("Preventer doses taken chart"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget, stretch in ((self.peak_title, 0), (self.key, 0), (self.peak_view, 5),
                                (self.reliever_title, 0), (self.reliever_view, 2),
                                (self.adherence_title, 0), (self.adherence_view, 2),
                                (self.nights_title, 0), (self.nights_view, 3)):
            layout.addWidget(widget, stretch)
        for view_ in (self.peak_view, self.reliever_view, self.adherence_view, self.nights_view):
            view_.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- building ---------------------------------------------------------------------------

    def _build_bands(self) -> None:
        self.band_areas = {}
        names = {Zone.GREEN: self.tr("Green zone"), Zone.AMBER: self.tr("Amber zone"),
                 Zone.RED: self.tr("Red zone")}
        for zone in (Zone.GREEN, Zone.AMBER, Zone.RED):
            area = _area(QLineSeries(), QLineSeries())
            area.setName(names[zone])
            area.setColor(QColor(BAND_COLOURS[zone]))  # a solid brush, without Qt enums
            area.setPen(_pen("#00000000", 0))  # none (transparent; Qt.PenStyle.NoPen: SOLID)
            self.peak_chart.addSeries(area)
            self.band_areas[zone] = area

    def _build_sessions(self) -> None:
        """Per session: an envelope (zoomed out) and a line whose points carry the markers.

        Markers are "light markers" (one image drawn at each point by the line itself): far
        cheaper than a scatter series, whose every dot is a graphics item.
        """
        self.lines, self.envelopes = {}, {}
        for period in (Period.MORNING, Period.EVENING):
            colour, style, shape = SESSION_STYLE[period]
            envelope = _area(QLineSeries(), QLineSeries())
            envelope.setName(self.tr("Lowest to highest"))
            tint = QColor(colour)
            tint.setAlpha(50)
            envelope.setColor(tint)
            envelope.setPen(_pen(colour, 1, style))
            line = _line(period.label(), colour, 2, style)
            line.setMarkerSize(MARKER_SIZE)
            line.setLightMarker(marker_image(shape, colour, MARKER_SIZE))
            line.setSelectedLightMarker(marker_image(shape, SELECTED_COLOUR, MARKER_SIZE + 6))
            line.marker_shape = shape
            line.clicked.connect(lambda point, p=period: self._on_line_clicked(p, point))
            for series in (envelope, line):
                self.peak_chart.addSeries(series)
            self.lines[period], self.envelopes[period] = line, envelope
        self.tints: dict[Period, _Tint] | None = None  # made in idle time: _own_items
        self._dashes: _Dashes | None = None
        self._cached_for: dict = {}  # per chart: the ticks whose lines are cached (_cache_grids)

    def _bars(self, chart: QChart, colour: str, name: str) -> QAreaSeries:
        area = _area(QLineSeries())
        area.setName(name)
        area.setColor(QColor(colour))
        area.setPen(_pen(colour, 1))
        chart.addSeries(area)
        return area

    def _axes(self) -> None:
        self.time_axes, self.value_axes = [], []
        for chart in (self.peak_chart, self.reliever_chart, self.nights_chart,
                      self.adherence_chart):
            x_axis, y_axis = QDateTimeAxis(), QValueAxis()
            x_axis.setFormat(DATE_FORMAT)
            x_axis.setTickCount(MOST_DATE_TICKS)
            y_axis.setLabelFormat("%d")
            _add_axes(chart, x_axis, y_axis)
            for series in chart.series():
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
            self.time_axes.append(x_axis)
            self.value_axes.append(y_axis)
        # The per cent axis never changes: set before the first layout, each later change
        # of an axis' range makes QtCharts lay its labels out again at once.
        percent = self.value_axes[3]
        percent.setTickType(QValueAxis.TickType.TicksDynamic)
        percent.setTickAnchor(0)
        percent.setTickInterval(50)
        percent.setRange(0, 112.5)

    def views(self) -> tuple[ChartView, ...]:
        return self.peak_view, self.reliever_view, self.adherence_view, self.nights_view

    # --- filling ----------------------------------------------------------------------------

    def plot_width(self) -> int:
        """Pixels across the plot area: the most points worth drawing per series."""
        return max(100, int(self.peak_view.width() - self._left_margin() - self._right_margin()))

    def _date_width(self) -> int:
        """The widest date label in the current font and language (each month's name)."""
        from PySide6.QtCore import QDate  # lazy: start-up

        locale = self.peak_chart.locale()  # what QtCharts formats the dates with
        key = (self.font().key(), locale.name())
        if self._date_width_for[0] != key:
            metrics = QFontMetrics(self.font())
            widest = max(metrics.horizontalAdvance(locale.toString(QDate(2026, month, 28),
                                                                   DATE_FORMAT))
                         for month in range(1, 13))
            self._date_width_for = (key, widest)
        return self._date_width_for[1]

    def _right_margin(self) -> int:
        # the last date label is centred on the plot's right edge: half of it must fit
        return max(RIGHT_MARGIN, -(-self._date_width() // 2))  # its blank rim may be cut

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_date_ticks()

    def _fit_date_ticks(self) -> None:
        """As many date labels as fit whole: QtCharts gives each label the plot's width
        divided by the number of ticks (less 2 pixels each side) and shortens a wider one
        ("1 Dec..." at 200 % text)."""
        room = self.plot_width() // (self._date_width() + DATE_LABEL_RIM + 2)
        ticks = max(2, min(MOST_DATE_TICKS, room))
        if ticks != self.time_axes[0].tickCount():
            for axis in self.time_axes:
                axis.setTickCount(ticks)

    def show_view(self, view) -> None:
        self.view = view
        # Ranges first, on emptied series, then the data: each axis range change makes
        # QtCharts compute every series' geometry again (twice per chart), so done on the
        # old points it cost a tenth of a range change for nothing.
        for series in self._data_series():
            series.clear()
        self.fit_text()
        self.set_period(view.start, view.end)
        self.value_axes[0].setRange(0, _peak_top(view))
        for axis, bars, least in ((self.value_axes[1], view.reliever, 4),
                                  (self.value_axes[2], view.nights, 1)):
            top, ticks = count_axis(max([bar.value or 0 for bar in bars]), least)
            step = top // (ticks - 1)
            # Ticks every ``step`` from 0, and a quarter step of room above the top one:
            # QtCharts hides the label of a tick that sits exactly on the plot's top edge.
            axis.setTickType(QValueAxis.TickType.TicksDynamic)
            axis.setTickAnchor(0)
            axis.setTickInterval(step)
            axis.setRange(0, top + step / 4)
        self._cache_grids()
        midnights = _Midnights()
        self._fill_peak(view, midnights)
        self._fill_bars(self.reliever_bars, view.reliever, midnights)
        self._fill_bars(self.night_bars, view.nights, midnights)
        self._fill_bars(self.adherence_bars, [
            _Bar(bar.start, bar.days, bar.percent) for bar in view.adherence], midnights)
        self._titles(view)

    def set_period(self, start: date, end: date) -> None:
        """The time axes from ``start`` to the end of ``end``. Also before the first layout
        (``TrendsPage``): an axis whose range changes after it is laid out has its labels
        laid out again there and then (a sixth of the charts' work on a cold visit)."""
        low, high = _day_ms(start), _day_ms(end + timedelta(days=1))
        for axis in self.time_axes:
            axis.setRange(_qdt(low), _qdt(high))

    def _data_series(self) -> list[QLineSeries]:
        """Every line series holding points (the areas' edges included)."""
        areas = [*self.band_areas.values(), *self.envelopes.values(), self.reliever_bars,
                 self.night_bars, self.adherence_bars]
        edges = [edge for area in areas for edge in (area.upperSeries(), area.lowerSeries())
                 if edge is not None]
        return [*edges, *self.lines.values(), self.best_line]

    def _fill_peak(self, view, midnights: _Midnights) -> float:
        top = _peak_top(view)
        for zone in (Zone.GREEN, Zone.AMBER, Zone.RED):
            upper, lower = [], []
            for band in view.bands:
                if band.best is None:
                    continue
                high = {Zone.GREEN: top, Zone.AMBER: band.amber_value,
                        Zone.RED: band.red_value}[zone]
                low = {Zone.GREEN: band.amber_value, Zone.AMBER: band.red_value,
                       Zone.RED: 0}[zone]
                # a line no reading can reach sits above the axis: its band fills to the top
                high, low = min(high, top), min(low, top)
                for moment in (band.start, band.end):
                    upper.append(QPointF(msecs(moment), high))
                    lower.append(QPointF(msecs(moment), low))
            self.band_areas[zone].upperSeries().replace(upper)
            self.band_areas[zone].lowerSeries().replace(lower)
        self.best_line.replace([QPointF(msecs(moment), band.best) for band in view.bands
                                if band.best for moment in (band.start, band.end)])
        for period in (Period.MORNING, Period.EVENING):
            self._fill_session(period, view.series(period), midnights)
        return top

    def _fill_session(self, period: Period, series, midnights: _Midnights) -> None:
        raw = series.bucket_days == 0
        half = series.bucket_days * 86_400_000 / 2  # a bucket's point sits in its middle
        xs = ([msecs(p.at) for p in series.points] if raw else
              [midnights[p.bucket_start] + half for p in series.points])
        means = [QPointF(x, p.mean) for x, p in zip(xs, series.points, strict=True)]
        self.lines[period].replace(means)
        # drawn by our items once the idle preparation found them (_own_items), else by QtCharts
        dashes = self._dashes if period is Period.EVENING else None
        if dashes is not None:
            dashes.draw(means)
        envelope = self.envelopes[period]
        upper = [] if raw else [QPointF(x, p.high) for x, p in zip(xs, series.points, strict=True)]
        lower = [] if raw else [QPointF(x, p.low) for x, p in zip(xs, series.points, strict=True)]
        tint = self.tints.get(period) if self.tints else None
        if tint is not None:
            tint.fill(upper + lower[::-1])  # outline too: QtCharts keeps none (show_view)
        else:
            envelope.upperSeries().replace(upper)
            envelope.lowerSeries().replace(lower)
        envelope.setVisible(not raw)

    def tint(self, period: Period) -> _Tint | None:
        """The item filling ``period``'s envelope (None: QtCharts fills it, as it would)."""
        self._own_items()
        return self.tints.get(period) if self.tints else None

    def envelope_points(self, period: Period) -> tuple[list[QPointF], list[QPointF]]:
        """(highest, lowest) points of ``period``'s envelope as drawn (by its tint once the
        idle preparation made it, else by QtCharts)."""
        tint = self.tints.get(period) if self.tints else None
        if tint is None:
            envelope = self.envelopes[period]
            return envelope.upperSeries().points(), envelope.lowerSeries().points()
        points = [tint.polygon.at(at) for at in range(tint.polygon.size())]
        half = len(points) // 2
        return points[:half], points[half:][::-1]

    def dashes(self) -> _Dashes | None:
        """The item drawing the evening's dashed line (None: QtCharts draws it)."""
        self._own_items()
        return self._dashes

    def _own_items(self) -> None:
        """Make the items drawing the envelopes' tints and the dashed line, as children of
        their series' own items (the chart's children that hide with each series), and give
        them what QtCharts draws now.

        Done in idle time (``TrendsPage.prepare``), never while a period is drawn: asking Qt
        for the chart's items makes PySide6 build a Python type for each graphics item class
        of Qt (12-23 ms, once a process). Until then QtCharts draws all, as it would.
        """
        if self.tints is not None:
            return
        # (none of them built on a cold visit: ``chart_markers``)
        # lazy: their Python classes built now, in idle time, not at the items' first paint
        from PySide6.QtGui import (  # noqa: F401 - for _to_pixels and the items' drawing
            QPainter,
            QPainterPath,
            QPolygonF,
            QTransform,
        )

        # kept: each wrapper PySide6 makes here lives as long as the charts (see _Drawn)
        children = self._children = self.peak_chart.childItems()

        def own_item(series) -> QGraphicsItem | None:
            shown = series.isVisible()
            before = [item.isVisible() for item in children]
            series.setVisible(not shown)
            changed = [item for item, was in zip(children, before, strict=True)
                       if item.isVisible() != was]
            series.setVisible(shown)
            return changed[0] if len(changed) == 1 else None

        self.tints = {}
        for period, envelope in self.envelopes.items():
            item = own_item(envelope)
            if item is not None:
                tint = self.tints[period] = _Tint(item, self.peak_chart, envelope,
                                                  (self.time_axes[0], self.value_axes[0]))
                tint.fill(envelope.upperSeries().points()
                          + envelope.lowerSeries().points()[::-1])
                envelope.upperSeries().clear()  # the tint draws the outline from now on
                envelope.lowerSeries().clear()
        line = self.lines[Period.EVENING]
        item = own_item(line)
        if item is not None:
            self._dashes = _Dashes(item, self.peak_chart, line)
            self._dashes.draw(line.points())

    def _cache_grids(self) -> None:
        """Each grid line and tick is drawn once into a pixmap of its own and copied from it
        at each paint until it moves (Qt's item cache: a line that moves is drawn again).

        QtCharts draws them as antialiased one-pixel lines, each pixel blended on its own: 14
        million instructions a paint of the four charts (a fifth of painting "All"), though
        they stay in place from one period to the next (the date ticks are evenly spaced,
        the value axes keep their number of ticks). Copied from the cache, the pixels are the
        same (tests/ui/test_trends_grid.py). QtCharts makes a line item per tick when an
        axis first has that many, so the items are looked for again when a tick count
        changed; only after the idle preparation (see ``_own_items``: asking for the charts'
        items builds PySide6's graphics item types), and nothing else depends on it.
        """
        if self.tints is None:
            return
        from PySide6.QtWidgets import QGraphicsLineItem  # lazy: idle time, not a cold visit

        dates = self.time_axes[0].tickCount()
        reliever, nights = (round(axis.max() // axis.tickInterval())
                            for axis in self.value_axes[1:3])
        # each chart's line items are looked for only when its own ticks changed (PySide6
        # makes a wrapper for every item it is given: ~1 ms for the four charts)
        for chart, ticks in ((self.peak_chart, (dates,)), (self.adherence_chart, (dates,)),
                             (self.reliever_chart, (dates, reliever)),
                             (self.nights_chart, (dates, nights))):
            if self._cached_for.get(chart) == ticks:
                continue
            found, items = 0, chart.childItems()
            while items:
                item = items.pop()
                if isinstance(item, QGraphicsLineItem):
                    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                    found += 1
                else:
                    items += item.childItems()
            if found:  # (none before the chart's first layout: looked for again next time)
                self._cached_for[chart] = ticks

    def _fill_bars(self, area: QAreaSeries, bars, midnights: _Midnights) -> None:
        points, gap = [], 0.1
        for bar in bars:
            if not bar.value:
                continue
            left = midnights[bar.start] + gap * 86_400_000
            right = midnights[bar.start + timedelta(days=bar.days)] - gap * 86_400_000
            points += [QPointF(left, 0), QPointF(left, bar.value), QPointF(right, bar.value),
                       QPointF(right, 0)]
        area.upperSeries().replace(points)

    def _titles(self, view) -> None:
        self.peak_title.setText(self.tr("Peak flow (L/min)") if view.morning.bucket_days == 0
                                else self.tr("Peak flow (L/min): average, lowest and highest "
                                             "in each %n days", "", view.morning.bucket_days))
        if view.bar_days == 1:
            self.reliever_title.setText(self.tr("Reliever puffs each day"))
            self.nights_title.setText(self.tr("Woken at night by asthma (1 = yes)"))
        else:
            self.reliever_title.setText(self.tr("Reliever puffs in each %n days", "",
                                                view.bar_days))
            self.nights_title.setText(self.tr("Nights woken by asthma in each %n days", "",
                                              view.bar_days))
        if not view.doses_due:
            self.adherence_title.setText(self.tr(
                "Preventer doses taken: none due in this period (the plan gives no times for "
                "its regular medicines, or there was no plan), so there is no figure."))
        elif view.bar_days == 1:
            self.adherence_title.setText(self.tr(
                "Preventer doses taken each day, as a per cent of the doses due (from what "
                "you logged)"))
        else:
            self.adherence_title.setText(self.tr(
                "Preventer doses taken in each %n days, as a per cent of the doses due (from "
                "what you logged)", "", view.bar_days))

    # --- layout -----------------------------------------------------------------------------

    def _style_fonts(self) -> None:
        font = self.font()
        for axis in self.time_axes + self.value_axes:
            axis.setLabelsFont(font)

    def _left_margin(self) -> int:
        # the value labels, and half of the first date label (centred on the left edge)
        return max(QFontMetrics(self.font()).horizontalAdvance("0000") + 14,
                   -(-self._date_width() // 2) + DATE_LABEL_RIM)

    def fit_text(self) -> None:
        """Sizes and margins for the text size: the same plot-area edges in all three charts,
        so the time axes line up, and heights that leave room for the value labels.

        The middle chart leaves out its date labels: the charts above and below carry them.
        Nothing to do for the font last fitted: laying out four charts again (as every range
        change did) cost a sixth of the change.
        """
        if self._fitted_font == self.font():
            return
        self._fitted_font = QFont(self.font())
        self._style_fonts()
        line = QFontMetrics(self.font()).height()
        dates = int(line * 1.5) + 12
        left, right = self._left_margin(), self._right_margin()
        for hidden in (self.time_axes[1], self.time_axes[3]):
            hidden.setLabelsVisible(False)
            # QtCharts still writes and lays out each hidden label at every range change (a
            # sixteenth of a change): with no format, the labels are empty, and skipped.
            hidden.setFormat("")
        # Heights in lines of text, so the value labels fit at any text size (fixed pixel
        # heights left "..." for labels at 200 % whenever a layout gave only the minimum).
        # The top margin holds half of the highest value label, which is centred on its tick.
        # QtCharts gives each of the (at most three) diary-chart labels a third of the plot
        # height (less padding) and shows "..." for one that does not fit: the plot keeps
        # 3 × (line + 8) (measured: 3 × (line + 7) is the least at 100 %, 3 × line at 200 %).
        top = line // 2 + 4
        diary_plot = 3 * (line + 8)
        for view_, bottom, height in ((self.peak_view, dates, 11 * line),
                                      (self.reliever_view, top, diary_plot + 2 * top),
                                      (self.adherence_view, top, diary_plot + 2 * top),
                                      (self.nights_view, dates, diary_plot + top + dates)):
            view_.setMinimumHeight(height)
            view_.margins = (left, top, right, bottom)
            view_.apply_margins()
        self._fit_date_ticks()

    def _on_line_clicked(self, period: Period, point: QPointF) -> None:
        points = self.lines[period].points()
        if points:
            index = min(range(len(points)), key=lambda i: abs(points[i].x() - point.x()))
            self.select(period, index)

    def select(self, period: Period, index: int) -> None:
        """Highlight one point (and no other) and say which one it is."""
        for line in self.lines.values():
            line.deselectAllPoints()
        self.lines[period].setPointSelected(index, True)
        self.point_selected.emit(period.value, index)


def _peak_top(view) -> float:
    """The peak-flow axis' top: room above the highest reading and the personal best."""
    values = [p.high for s in (view.morning, view.evening) for p in s.points]
    bests = [band.best for band in view.bands if band.best]
    top = max(values + [b * 1.1 for b in bests] + [100]) * 1.05
    return 50 * -(-top // 50)


class _Bar:
    """A bar as ``_fill_bars`` draws it (an adherence bar's per cent as its value)."""

    def __init__(self, start: date, days: int, value: int | None):
        self.start, self.days, self.value = start, days, value


def count_axis(highest: int, least: int, most_ticks: int = 3) -> tuple[int, int]:
    """(top, tick count) of an axis for whole counts from 0: at least ``least`` and the data,
    with ticks on whole numbers 1, 2, 5, 10, 20... apart, at most ``most_ticks`` of them (the
    diary charts are short: more labels than fit are drawn as "..."). An axis from 0 to
    max(data, 1) with two ticks showed a new profile only "0"."""
    top = max(highest, least)
    step = 1
    while top / step > most_ticks - 1:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    top = -(-top // step) * step
    return top, top // step + 1


def _qdt(ms: float):
    from PySide6.QtCore import QDateTime  # lazy: start-up

    return QDateTime.fromMSecsSinceEpoch(int(ms))
