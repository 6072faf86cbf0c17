"""Trends prepared in idle time (``pages.WARM_UP``): the first visit's period is read, drawn
and laid out before the visit (docs/performance.md), and the visit then shows exactly what
an unprepared visit shows, however the data, the day or the window changed meanwhile."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication

from asthma_app.domain.doses import DueDose
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import Period
from asthma_app.domain.schedule import Slot
from asthma_app.services.profiles import create_profile
from asthma_app.services.sample_data import load_history
from asthma_app.services.trends import TrendsService

from .test_trends_doses import _history
from .test_trends_page import HISTORY


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _visit(window, qtbot):
    window.show_page("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    _settle()
    return page


def _shown(page) -> dict:
    """What the patient sees of the period: figures, words, every point drawn, the axes and
    the charts' sizes."""
    view, charts = page.view, page.charts
    series = [charts.lines[Period.MORNING].points(), charts.lines[Period.EVENING].points(),
              charts.envelope_points(Period.MORNING)[0], charts.best_line.points(),
              charts.reliever_bars.upperSeries().points(),
              charts.adherence_bars.upperSeries().points(),
              charts.night_bars.upperSeries().points()]
    return {
        "figures": (view.start, view.end, view.stats, view.notes, view.morning, view.evening,
                    view.bands, view.reliever, view.nights, view.bar_days, view.adherence),
        "texts": [page.period_label.text(), page.selection.text(), page.stats.notes.text(),
                  charts.peak_title.text(), charts.reliever_title.text(),
                  charts.adherence_title.text(), charts.nights_title.text()]
                 + [value.text() for value in page.stats.values.values()],
        "points": [[(p.x(), p.y()) for p in s] for s in series],
        "axes": [(axis.min(), axis.max()) for axis in charts.time_axes + charts.value_axes],
        "sizes": [(chart.width(), chart.height()) for chart in
                  (charts.peak_view, charts.reliever_view, charts.adherence_view,
                   charts.nights_view)],
        "plots": [chart.plotArea().getRect() for chart in
                  (charts.peak_chart, charts.reliever_chart, charts.adherence_chart,
                   charts.nights_chart)],
    }


def _with_history(db, clock):
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock), HISTORY, clock)


def test_a_prepared_first_visit_is_drawn_beforehand_and_shows_the_same(make_window, db,
                                                                      clock, qtbot):
    _with_history(db, clock)
    unprepared = _shown(_visit(make_window(), qtbot))

    window = make_window()
    page = window.page("trends")
    page.prepare()
    assert page.view is not None  # read and drawn in idle time, before the visit
    _settle()
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        _visit(window, qtbot)
    finally:
        db.conn.set_trace_callback(None)
    assert statements == []  # nothing left to read at the visit
    assert _shown(page) == unprepared


def test_a_dose_logged_after_the_preparation_is_counted(make_window, session, clock, qtbot):
    _history(session, clock)  # 1-14 Nov: every morning dose, evenings on odd days
    window = make_window()
    page = window.page("trends")
    page.prepare()
    before = page.view.doses_taken
    plan = session.plans.current()
    missed = DueDose(plan.medicines[0], clock().date() - timedelta(days=13), Slot.EVENING)
    session.medicines.answer(missed, True)  # 1 Nov evening, logged late
    window.refresh_pages()  # as every page that saves does (data_changed)
    page = _visit(window, qtbot)
    assert page.view.doses_taken == before + 1
    assert page.stats.values["Doses taken / due"].text() == (
        f"{before + 1} / {page.view.doses_due}")


def test_the_day_changing_after_the_preparation_moves_the_period(make_window, db, clock,
                                                                  qtbot):
    _with_history(db, clock)
    window = make_window()
    page = window.page("trends")
    page.prepare()
    prepared_end = page.view.end
    clock.now += timedelta(hours=2)  # past midnight: the 3 months now end a day later
    page = _visit(window, qtbot)
    assert page.view.end == prepared_end + timedelta(days=1) == clock().date()


def test_a_window_resized_after_the_preparation_is_drawn_for_its_new_size(make_window, db,
                                                                          clock, qtbot):
    """The number of points and the bars' width follow the chart's width in pixels: a page
    prepared for another width than it has at the visit draws again, for its width."""
    _with_history(db, clock)
    window = make_window()
    page = window.page("trends")
    page.prepare()
    prepared = page.view
    prepared_width = page.charts.plot_width()
    window.resize(720, 600)
    _settle()
    page = _visit(window, qtbot)
    width = page.charts.plot_width()
    assert width < prepared_width // 2  # the case this test is about
    expected = TrendsService(window.session).view(page.start, page.end, width)
    assert page.view.bar_days == expected.bar_days > prepared.bar_days
    assert page.view.reliever == expected.reliever
    assert page.view.morning == expected.morning
    bars = [bar for bar in expected.reliever if bar.value]
    assert page.charts.reliever_bars.upperSeries().count() == 4 * len(bars)


def test_a_text_size_changed_after_the_charts_were_fitted_fits_them_again(make_window, db,
                                                                        clock, qtbot):
    """The charts are fitted to the text size once per font (not at every range change):
    a new text size must still reach them, on a page prepared and already visited."""
    _with_history(db, clock)
    window = make_window()
    window.page("trends").prepare()
    page = _visit(window, qtbot)
    window.text_size.setCurrentIndex(window.text_size.findData(200))
    page.set_range("1y")
    _settle()
    charts = page.charts
    line = charts.fontMetrics().height()
    assert charts.peak_view.minimumHeight() == 11 * line
    assert charts.peak_view.height() >= 11 * line
    assert charts.time_axes[0].labelsFont().pointSizeF() == charts.font().pointSizeF()
    window.text_size.setCurrentIndex(window.text_size.findData(100))
