"""Trends fits its window: at 200 % text (and in Urdu) every figure and date label is
whole, and the charts are drawn for the width they have, also after the window is resized."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from asthma_app.domain.profile import Profile
from asthma_app.services.profiles import create_profile
from asthma_app.services.sample_data import load_history
from asthma_app.services.trends import TrendsService

from .test_trends_page import HISTORY


def _with_history(db, clock):
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock), HISTORY, clock)


def _settle(qtbot) -> None:
    for _ in range(10):
        QApplication.processEvents()
        qtbot.wait(5)


def _visit(window, qtbot):
    window.show_page("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    _settle(qtbot)
    return page


def _drawn_for_its_width(page) -> bool:
    width = page.charts.plot_width()
    expected = TrendsService(page.session).view(page.start, page.end, width)
    return (page.view.bar_days == expected.bar_days
            and page.view.morning == expected.morning)


@pytest.mark.parametrize("language", ["en", "ur"])
def test_at_200_percent_every_figure_and_date_label_is_whole(make_window, db, clock, qtbot,
                                                            language):
    _with_history(db, clock)
    window = make_window()
    window.language.setCurrentIndex(window.language.findData(language))
    window.text_size.setCurrentIndex(window.text_size.findData(200))
    page = _visit(window, qtbot)
    for key in ("3m", "1y", "all"):  # "all": days green / amber / red in four digits each
        page.set_range(key)
        _settle(qtbot)
        room = page.side.viewport()
        for value in page.stats.values.values():  # not cut at the panel's edge ("L/mir")
            left = value.mapTo(room, QPoint(0, 0)).x()
            assert left >= 0
            assert value.width() >= value.fontMetrics().horizontalAdvance(value.text()), (
                key, value.text(), value.width())
            assert left + value.fontMetrics().horizontalAdvance(value.text()) <= room.width(), (
                key, value.text())
        charts = page.charts
        for view_, axis in ((charts.peak_view, charts.time_axes[0]),
                            (charts.nights_view, charts.time_axes[2])):
            # QtCharts gives each date label the plot's width divided by the number of ticks,
            # less 2 pixels each side, and shortens a wider one ("1 Dec..."); it hides the
            # first label if its rim of 4 pixels reaches past the chart's left edge
            plot = view_.chart().plotArea()
            metrics = QFontMetrics(axis.labelsFont())
            ticks = axis.tickCount()
            first, last = axis.min(), axis.max()
            moments = [first.addMSecs(int(first.msecsTo(last) * i / (ticks - 1)))
                       for i in range(ticks)]
            locale = view_.chart().locale()  # what QtCharts formats the dates with
            widest = max(metrics.horizontalAdvance(locale.toString(moment, axis.format()))
                         for moment in moments)
            assert ticks >= 2
            assert widest + 4 <= plot.width() / ticks, (key, ticks, widest, plot.width())
            # the first and last labels are centred on the plot's edges
            assert plot.left() >= widest / 2 + 4 and plot.right() + widest / 2 <= view_.width()
    window.text_size.setCurrentIndex(window.text_size.findData(100))


def test_a_visit_to_a_page_not_yet_laid_out_is_drawn_for_its_real_width(make_window, db,
                                                                      clock, qtbot):
    """Not prepared beforehand, the page drew at its hidden width (556 pixels, not 704)."""
    _with_history(db, clock)
    window = make_window()
    _settle(qtbot)  # the window laid out and painted, the page not built yet
    window.show_page("trends")
    page = window.page("trends")
    _settle(qtbot)  # laid out now: the charts are wider than the hidden page gave them
    # (three months give the same points at both widths here: what it was drawn for counts)
    qtbot.waitUntil(lambda: page._drawn_for[1] == page.charts.plot_width(), timeout=2000)
    assert _drawn_for_its_width(page)


def test_a_window_resized_after_the_visit_is_drawn_again_for_its_width(make_window, db,
                                                                     clock, qtbot):
    _with_history(db, clock)
    window = make_window()
    window.page("trends").prepare()
    page = _visit(window, qtbot)
    assert _drawn_for_its_width(page)
    wide = page.charts.plot_width()
    window.resize(720, 600)
    _settle(qtbot)
    assert page.charts.plot_width() < wide // 2
    qtbot.waitUntil(lambda: _drawn_for_its_width(page), timeout=2000)
    bars = [bar for bar in page.view.reliever if bar.value]
    assert page.charts.reliever_bars.upperSeries().count() == 4 * len(bars)


def _charts_geometry(page) -> list:
    charts = page.charts
    return [view_.geometry().getRect() for view_ in (charts.peak_view, charts.reliever_view,
                                                     charts.adherence_view, charts.nights_view)]


def test_the_charts_heights_do_not_depend_on_what_happened_before(make_window, db, clock,
                                                                  qtbot):
    """A chart view's size hint followed the size it last had (its scene's rectangle): the
    charts kept 200 % heights after the text went back to 100 %, and a visit before the idle
    preparation gave them the size of a layout thrown away while they were hidden."""
    _with_history(db, clock)
    cold_window = make_window()
    _settle(qtbot)
    cold = _charts_geometry(_visit(cold_window, qtbot))  # before the idle preparation
    prepared_window = make_window()
    prepared_window.page("trends").prepare()
    _settle(qtbot)
    page = _visit(prepared_window, qtbot)
    assert _charts_geometry(page) == cold
    prepared_window.resize(1100, 650)
    _settle(qtbot)
    prepared_window.resize(1366, 768)
    _settle(qtbot)
    assert _charts_geometry(page) == cold
    prepared_window.text_size.setCurrentIndex(prepared_window.text_size.findData(200))
    _settle(qtbot)
    changed_to_200 = _charts_geometry(page)
    prepared_window.text_size.setCurrentIndex(prepared_window.text_size.findData(100))
    _settle(qtbot)
    assert _charts_geometry(page) == cold
    prepared_window.text_size.setCurrentIndex(prepared_window.text_size.findData(200))
    _settle(qtbot)
    cold_at_200 = _charts_geometry(_visit(make_window(), qtbot))  # the text size kept: 200 %
    assert cold_at_200 == changed_to_200
    prepared_window.text_size.setCurrentIndex(prepared_window.text_size.findData(100))
