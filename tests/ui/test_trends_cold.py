"""Opening Trends cold (before the idle preparation): what it must not cost, and that the
charts drawn without the ``Qt`` namespace look exactly as drawn with it (ui/charts.SOLID)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart, QLineSeries
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from asthma_app.domain.profile import Profile
from asthma_app.domain.synthetic import generate_history
from asthma_app.services.profiles import create_profile
from asthma_app.services.sample_data import load_history
from asthma_app.ui import chart_markers, charts
from asthma_app.ui.pages.trends import RESIZE_REDRAW_MS

ROOT = Path(__file__).resolve().parent.parent.parent

COLD_OPEN_SCRIPT = """
import os, sys
from pathlib import Path
from asthma_app.app import create_application, create_main_window
from asthma_app.paths import DATABASE_NAME
from asthma_app.storage.database import open_database
from asthma_app.ui import main_window

# The idle preparation may build what a cold visit must not, and its timer fires during the
# visit when the machine is slow: kept out of the way, as the visit alone is what is checked.
main_window.WARM_UP_AFTER_MS = 3_600_000
app = create_application()
window = create_main_window(open_database(Path(sys.argv[1]) / DATABASE_NAME))
window.resize(1366, 768)
window.show()
app.processEvents()
window.show_page("trends")  # at once: before the idle preparation (pages.WARM_UP)
for _ in range(20):
    app.processEvents()
page = window.page("trends")
import PySide6.QtCore
print("points", len(page.charts.lines[next(iter(page.charts.lines))].points()), flush=True)
print("qt_namespace_built", "Qt" in PySide6.QtCore.__dict__, flush=True)
import PySide6.QtWidgets
unused = ("QWizard", "QMdiArea", "QLCDNumber", "QDial", "QFileDialog")  # never on this path
import PySide6.QtGui
# only the items drawn after the idle preparation use them (the markers are stored pixels)
unused_gui = ("QTransform", "QPainter", "QPainterPath", "QPolygonF")
import PySide6.QtCharts
unused_charts = ("QScatterSeries",)  # the markers' shapes are ours
print("unused_built", [name for name in unused if name in PySide6.QtWidgets.__dict__]
      + [name for name in unused_gui if name in PySide6.QtGui.__dict__]
      + [name for name in unused_charts if name in PySide6.QtCharts.__dict__], flush=True)
os._exit(0)
"""


def test_opening_trends_cold_does_not_build_the_qt_namespace(db, data_dir, clock):
    """PySide6 builds all ~100 enums of ``Qt`` on its first use: ~115 million instructions,
    a sixth of opening Trends cold on the 20-year profile."""
    profile = create_profile(db, Profile("Sam", 1980), clock)
    load_history(db, profile, generate_history(years=1, seed=5, readings_per_session=2,
                                               end=date.today() - timedelta(days=1)), clock)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", COLD_OPEN_SCRIPT, str(data_dir)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert int(lines.get("points", 0)) > 0, done.stderr  # the charts were drawn
    assert lines["qt_namespace_built"] == "False"
    # Asking Qt for a widget made in C++ (a chart view's viewport) made PySide6 build a Python
    # type for every widget class of Qt, enums and all, to find that one's: ~45 million
    # instructions. The Save dialog's class waits for the Save button.
    assert lines["unused_built"] == "[]"


def _marker_drawn_with_qt_enums(shape, colour: str, size: int) -> QImage:
    """The marker as drawn before (``fill``, ``setPen``, ``setBrush``): the reference."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 1))
    painter.setBrush(QColor(colour))
    if shape == chart_markers.TRIANGLE:
        painter.drawPolygon(QPolygonF([QPointF(size / 2, 0.5), QPointF(size - 0.5, size - 0.5),
                                       QPointF(0.5, size - 0.5)]))
    else:
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    painter.end()
    return image


def test_markers_are_the_same_pixels_as_drawn_with_qt_enums(qapp):
    for colour, _dashes, shape in charts.SESSION_STYLE.values():
        for size, fill in ((charts.MARKER_SIZE, colour),
                           (charts.MARKER_SIZE + 6, charts.SELECTED_COLOUR)):
            assert (charts.marker_image(shape, fill, size)
                    == _marker_drawn_with_qt_enums(shape, fill, size))


def test_the_markers_drawn_are_the_stored_pixels_of_their_drawing(qapp):
    """A cold visit takes the markers from ``marker_pixels`` (drawing them built QPainter's
    Python class): each must be stored and be what ``draw_marker`` draws now (else run
    build_scripts/marker_pixels.py again)."""
    from asthma_app.ui.marker_pixels import PIXELS

    assert set(PIXELS) == set(charts.MARKERS)
    for shape, colour, size in charts.MARKERS:
        stored = chart_markers.marker_image(shape, colour, size)
        assert stored.format() == QImage.Format.Format_ARGB32_Premultiplied
        assert stored == chart_markers.draw_marker(shape, colour, size), (shape, colour, size)


def test_chart_views_are_antialiased_as_by_their_painter_enum(qapp):
    reference = charts.QChartView(QChart())
    reference.setRenderHint(QPainter.RenderHint.Antialiasing)
    view = charts.ChartView(QChart(), "chart")
    assert view.renderHints() == reference.renderHints()


def test_dash_patterns_are_qts_own_line_styles(qapp):
    for dashes, style in ((charts.DASHED, Qt.PenStyle.DashLine),
                          (charts.DOTTED, Qt.PenStyle.DotLine)):
        reference = QPen(QColor("#000000"), 2)
        reference.setStyle(style)
        assert charts._pen("#000000", 2, dashes).dashPattern() == reference.dashPattern()
    assert charts._pen("#000000", 2).style() == Qt.PenStyle.SolidLine


def test_axes_sit_below_and_left_of_the_plot(qapp):
    chart = QChart()
    chart.addSeries(QLineSeries())
    x_axis, y_axis = charts.QDateTimeAxis(), charts.QValueAxis()
    charts._add_axes(chart, x_axis, y_axis)
    assert x_axis.alignment() == Qt.AlignmentFlag.AlignBottom
    assert y_axis.alignment() == Qt.AlignmentFlag.AlignLeft
    assert set(chart.axes()) == {x_axis, y_axis}


def test_a_first_visit_without_preparation_draws_once_at_the_charts_size(make_window, db,
                                                                       clock, qtbot,
                                                                       monkeypatch):
    """The visit drew at the hidden page's width, was laid out, and a resize drew it again
    for the real one (a second drawing the patient could see change); now it is laid out
    first, as the idle preparation does (``TrendsPage.before_visit``)."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock),
                 generate_history(years=1, seed=5, readings_per_session=2), clock)
    window = make_window()
    drawn_at: list[int] = []
    show_view = charts.TrendsCharts.show_view

    def counted(self, view):
        drawn_at.append(self.plot_width())
        show_view(self, view)

    monkeypatch.setattr(charts.TrendsCharts, "show_view", counted)
    window.show_page("trends")  # at once: the idle preparation has not run
    page = window.page("trends")
    qtbot.wait(3 * RESIZE_REDRAW_MS)
    assert page.view is not None
    assert drawn_at == [page.charts.plot_width()]


class _PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_a_visit_paints_the_page_once(make_window, db, clock, qtbot):
    """The page's scroll areas filled their backgrounds: Qt painted such a widget on its own
    and then again with the window around it, so a visit drew the whole page twice."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock),
                 generate_history(years=1, seed=5, readings_per_session=2), clock)
    window = make_window()
    page = window.page("trends")
    page.prepare()
    qtbot.wait(50)
    counter = _PaintCounter()
    page.charts.installEventFilter(counter)
    window.show_page("trends")
    qtbot.wait(3 * RESIZE_REDRAW_MS)
    assert counter.paints == 1


def test_a_cold_visit_paints_the_page_once(make_window, db, clock, qtbot):
    """Showing a page asks Qt to draw each of its widgets by events posted for later; before
    the idle preparation they came after the window's next paint, and the whole page was
    drawn a second time (MainWindow sends them as it shows a page)."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock),
                 generate_history(years=1, seed=5, readings_per_session=2), clock)
    window = make_window()
    qtbot.wait(50)
    window.show_page("trends")  # at once: the idle preparation has not run (it paints later)
    counter = _PaintCounter()
    window.page("trends").charts.installEventFilter(counter)
    qtbot.wait(3 * RESIZE_REDRAW_MS)
    assert counter.paints == 1


class _FirstPaintSizes(QObject):
    """The figures panel's size and its scroll bar at the page's first paint."""

    def __init__(self, page):
        super().__init__()
        self.page, self.seen = page, None

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.seen is None:  # the window's
            self.seen = _figures_geometry(self.page)
        return False


def _figures_geometry(page) -> tuple:
    return page.stats.size().toTuple(), page.side.verticalScrollBar().isVisible()


def test_a_cold_visit_does_not_resize_the_figures_after_its_first_paint(make_window, db,
                                                                        clock, qtbot):
    """Qt tells a scroll area that its widget grew only while it is on screen: the figures'
    panel was painted at the hidden page's height without its scroll bar, then the scroll bar
    appeared and the figures narrowed under the reader's eyes."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock),
                 generate_history(years=1, seed=5, readings_per_session=2), clock)
    window = make_window()
    window.resize(1366, 768)
    qtbot.wait(50)
    page = window.page("trends")
    window.show_page("trends")  # at once: the idle preparation has not run (it paints later)
    watcher = _FirstPaintSizes(page)
    window.installEventFilter(watcher)
    qtbot.wait(3 * RESIZE_REDRAW_MS)
    assert watcher.seen == _figures_geometry(page)


class _StyledOutside(QObject):
    """Widgets styled (``Polish``) while not yet in ``window``."""

    def __init__(self, window):
        super().__init__()
        self.window, self.outside = window, []

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.Polish and isinstance(watched, QWidget)
                and watched.window() is not self.window):
            self.outside.append(type(watched).__name__)
        return False


def test_a_cold_visit_styles_each_widget_once_in_the_page(make_window, db, clock, qtbot,
                                                          qapp):
    """Qt styles a widget as it is shown (a stack shows its page, a scroll area its widget):
    the charts, the figures and their scroll bars were styled outside the page, then again
    with everything in them when moved in (55 widgets, ~10 million instructions)."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock),
                 generate_history(years=1, seed=5, readings_per_session=2), clock)
    window = make_window()
    qtbot.wait(50)
    watcher = _StyledOutside(window)
    qapp.installEventFilter(watcher)
    try:
        window.show_page("trends")  # at once: the idle preparation has not run
        qtbot.wait(50)
    finally:
        qapp.removeEventFilter(watcher)
    assert window.page("trends").charts.lines  # built
    assert watcher.outside == []


class _WindowsShown(QObject):
    """Windows other than ``window`` shown (a widget without a parent shown is one)."""

    def __init__(self, window):
        super().__init__()
        self.window, self.shown = window, []

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self.window):
            self.shown.append(type(watched).__name__)
        return False


@pytest.mark.parametrize("prepared", [False, True])
def test_building_trends_shows_no_window_of_its_own(make_window, db, clock, qtbot, qapp,
                                                     prepared):
    """The Save button was shown before it was put in the page: for a moment it was a
    window of its own (~24 million instructions on a cold visit), which took the keyboard
    focus from the app's window, whether built for a visit or in the idle preparation."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock),
                 generate_history(years=1, seed=5, readings_per_session=2), clock)
    window = make_window()
    qtbot.wait(50)
    watcher = _WindowsShown(window)
    qapp.installEventFilter(watcher)
    try:
        if prepared:
            window.page("trends").prepare()
        else:
            window.show_page("trends")
        qtbot.wait(50)
    finally:
        qapp.removeEventFilter(watcher)
    assert window.page("trends").built
    assert watcher.shown == []


def test_properties_set_by_value_are_the_qt_enums_values():
    from asthma_app.ui.pages import trends
    from asthma_app.ui.widgets import common

    assert Qt.FocusPolicy.StrongFocus.value == trends.STRONG_FOCUS
    assert trends.NO_FOCUS == charts.NO_FOCUS == Qt.FocusPolicy.NoFocus.value
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOn.value == trends.SCROLL_BAR_ALWAYS_ON
    assert Qt.LayoutDirection.LeftToRight.value == common.LEFT_TO_RIGHT


def test_a_resized_chart_view_lays_its_chart_out_for_the_new_plot_area_only(qapp):
    """``QChartView`` lays its chart out as it is resized: with the plot area of the new size
    set first, that is the only layout. Set after, the chart was laid out for the old plot
    area and then again for the new one (every axis' labels twice per resize)."""
    holder = QWidget()
    holder.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    trends = charts.TrendsCharts(holder)
    trends.fit_text()  # the plot areas' margins
    holder.resize(900, 700)
    holder.show()
    view = trends.peak_view
    laid_out_for = []
    view.chart().geometryChanged.connect(
        lambda: laid_out_for.append(view.chart().plotArea().getRect()))
    view.resize(view.width() - 120, view.height() - 40)
    assert laid_out_for  # the chart was laid out for the new size
    assert set(laid_out_for) == {view.chart().plotArea().getRect()}
    left, _top, right, _bottom = view.margins
    assert view.chart().plotArea().width() == view.maximumViewportSize().width() - left - right
    holder.close()


@pytest.mark.parametrize("collecting", [True, False])
def test_building_trends_pauses_the_collector_and_restores_it(make_window, db, clock, qtbot,
                                                              collecting):
    """Building and filling the page makes thousands of objects and no garbage: the cyclic
    collector ran about fourteen times during a cold visit, for nothing. It is paused while
    the page is prepared and left as it was found (start-up keeps it off until its first
    paint)."""
    import gc

    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock),
                 generate_history(years=1, seed=5, readings_per_session=2), clock)
    window = make_window()
    page = window.page("trends")
    runs: list[int] = []

    def counted(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    was, thresholds = gc.isenabled(), gc.get_threshold()
    (gc.enable if collecting else gc.disable)()
    gc.collect()
    gc.set_threshold(1)  # would collect at every new object
    gc.callbacks.append(counted)
    try:
        page.before_visit()
        enabled_after = gc.isenabled()
    finally:
        gc.callbacks.remove(counted)
        gc.set_threshold(*thresholds)
        (gc.enable if was else gc.disable)()
    assert page.view is not None  # prepared: built, read and drawn
    assert len(runs) <= (1 if collecting else 0)  # once, as it is turned back on
    assert enabled_after is collecting


@pytest.mark.parametrize("prepared", [False, True])
def test_each_chart_is_first_laid_out_with_its_periods_axes(make_window, db, clock, qtbot,
                                                            prepared):
    """A chart laid out before its period was read had each value axis' labels laid out
    again when the axis got its range (and QtCharts laid the chart out again after): the
    charts wait for their sizes until the period is drawn in them (``ChartView.hold``)."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock),
                 generate_history(years=1, seed=5, readings_per_session=2), clock)
    window = make_window()
    qtbot.wait(50)
    page = window.page("trends")
    page._build()
    charts_ = page.charts
    laid_out_with: list[list[tuple]] = [[] for _ in charts_.value_axes]
    views = (charts_.peak_view, charts_.reliever_view, charts_.adherence_view,
             charts_.nights_view)
    for seen, view_, axis in zip(laid_out_with, views,
                                 (charts_.value_axes[0], charts_.value_axes[1],
                                  charts_.value_axes[3], charts_.value_axes[2]), strict=True):
        view_.chart().geometryChanged.connect(
            lambda seen=seen, axis=axis: seen.append((axis.min(), axis.max())))
    if prepared:
        page.prepare()
    window.show_page("trends")
    qtbot.wait(3 * RESIZE_REDRAW_MS)
    assert page.view is not None
    for seen, axis in zip(laid_out_with, (charts_.value_axes[0], charts_.value_axes[1],
                                          charts_.value_axes[3], charts_.value_axes[2]),
                          strict=True):
        assert seen and set(seen) == {(axis.min(), axis.max())}
