"""The Trends page on generated data: what is drawn, moving along, table, PNG, personal best."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading, Period
from asthma_app.domain.zones import Zone
from asthma_app.services.profiles import create_profile
from asthma_app.services.sample_data import load_history

from .helpers import click, unnamed_controls
from .trends_history import HISTORY


def _xs(series) -> list[float]:
    return [point.x() for point in series.points()]


def test_page_is_lazy_until_shown(window_with_plan):
    assert not window_with_plan.page("trends").built


def test_two_sessions_told_apart_by_colour_line_and_marker(trends):
    morning, evening = trends.charts.lines[Period.MORNING], trends.charts.lines[Period.EVENING]
    assert morning.pen().style() != evening.pen().style()
    assert morning.pen().color() != evening.pen().color()
    assert morning.marker_shape != evening.marker_shape
    assert morning.lightMarker() != evening.lightMarker()
    view = trends.view
    assert morning.count() == len(view.morning.points) > 0
    assert evening.count() == len(view.evening.points) > 0
    assert [p.y() for p in morning.points()] == [p.mean for p in view.morning.points]


def test_zone_bands_step_at_plan_changes(trends, qtbot):
    trends.set_range("all")
    changes = [moment for moment, _plan in HISTORY.plans.versions]
    from asthma_app.ui.charts import msecs

    amber_lower = trends.charts.band_areas[Zone.AMBER].lowerSeries()
    green_lower = trends.charts.band_areas[Zone.GREEN].lowerSeries()
    xs = _xs(green_lower)
    for moment, plan in HISTORY.plans.versions[1:]:
        # the band edge steps exactly at the change, to the new plan's threshold
        at = [i for i, x in enumerate(xs) if x == msecs(moment)]
        assert len(at) == 2, moment
        assert green_lower.at(at[1]).y() == plan.personal_best * plan.amber_below_pct / 100
    assert set(_xs(amber_lower)) >= {msecs(m) for m in changes[1:]}
    best = [p.y() for p in trends.charts.best_line.points()]
    assert sorted(set(best)) == sorted({p.personal_best for _m, p in HISTORY.plans.versions})


def test_zoomed_out_never_draws_more_points_than_pixels(trends):
    trends.set_range("all")
    limit = trends.charts.plot_width()
    for period in (Period.MORNING, Period.EVENING):
        series = trends.view.series(period)
        assert series.bucket_days >= 7
        line, envelope = trends.charts.lines[period], trends.charts.envelopes[period]
        upper, lower = trends.charts.envelope_points(period)  # as drawn
        assert line.count() <= limit and 0 < len(upper) <= limit
        assert envelope.isVisible()
        # the envelope is the true lowest and highest reading of each bucket
        first = series.points[0]
        in_bucket = [r.value for r in HISTORY.readings if r.session is period and
                     first.bucket_start <= r.taken_at.date()
                     < first.bucket_start + timedelta(days=series.bucket_days)]
        assert (lower[0].y(), upper[0].y()) == \
            (min(in_bucket), max(in_bucket))
    assert 4 * len(trends.view.reliever) <= limit


def test_range_buttons_and_moving_along(trends, qtbot):
    end = date(2025, 12, 31)
    for key, days in (("2w", 14), ("3m", 91), ("1y", 365)):
        click(qtbot, trends.range_button[key])
        assert (trends.start, trends.end) == (end - timedelta(days=days - 1), end)
        assert trends.view.stats.days == days
    click(qtbot, trends.range_button["all"])
    assert trends.start == HISTORY.start
    click(qtbot, trends.range_button["2w"])
    trends.setFocus()
    qtbot.keyClick(trends, Qt.Key.Key_PageUp)
    assert trends.end == end - timedelta(days=14) and trends.range_key == "custom"
    qtbot.keyClick(trends, Qt.Key.Key_Right)
    assert trends.end == end - timedelta(days=14 - 4)
    click(qtbot, trends.later)
    assert trends.end == end  # never past today
    assert not trends.later.isEnabled()
    click(qtbot, trends.earlier)
    assert trends.end == end - timedelta(days=14)


def test_custom_range_from_the_date_edits(trends):
    from PySide6.QtCore import QDate

    trends.from_edit.setDate(QDate(2025, 6, 1))
    trends.to_edit.setDate(QDate(2025, 6, 30))
    assert trends.range_key == "custom" and (trends.start, trends.end) == \
        (date(2025, 6, 1), date(2025, 6, 30))
    assert trends.view.stats.days == 30


def test_selecting_a_point_says_date_value_percent_and_zone(trends):
    trends.set_range("2w")
    point = trends.view.morning.points[3]
    text = trends.select_point(Period.MORNING, 3)
    plan = HISTORY.plans.plan_at(point.at)
    percent = point.high * 100 // plan.personal_best
    assert f"{point.high}\u00a0L/min" in text and f"{percent}\u00a0%" in text
    assert point.at.strftime("%b") in text and str(point.at.day) in text
    assert "zone" in text.lower()
    assert trends.charts.lines[Period.MORNING].isPointSelected(3)


def test_table_shows_the_same_points(trends, qtbot):
    trends.set_range("2w")
    click(qtbot, trends.table_button)
    assert trends.stack.currentWidget() is trends.tables
    table = trends.tables.peak_table
    view = trends.view
    points = sorted([(p.at, p.high) for p in view.morning.points + view.evening.points])
    assert table.rowCount() == len(points)
    assert [int(table.item(row, 2).text()) for row in range(table.rowCount())] == \
        [value for _at, value in points]
    diary = trends.tables.diary_table
    assert diary.rowCount() == 14
    assert [diary.item(r, 2).text() for r in range(14)] == \
        [str(bar.value) for bar in trends.view.reliever]
    trends.set_range("all")  # zoomed out: one row per bucket, with its range
    assert table.rowCount() == len(trends.view.morning.points) + len(trends.view.evening.points)
    assert " to " in table.item(0, 2).text()


def test_statistics_panel_and_notes(trends):
    trends.set_range("1y")
    stats = trends.view.stats
    assert trends.stats.values["Peak flow readings"].text() == str(stats.readings_count)
    assert trends.stats.values["Average morning"].text() == f"{stats.mean_morning} L/min"
    assert "Reliever used on" in trends.stats.notes.text()


def test_png_saved(trends, tmp_path, session):
    path = tmp_path / "chart.png"
    assert trends.save_png(path)
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 300
    from asthma_app.ui.pages.trends import render_trends_png

    other = tmp_path / "review.png"
    assert render_trends_png(trends.session, date(2025, 1, 1), date(2025, 12, 31), other,
                             (900, 600))
    image = QImage(str(other))
    assert (image.width(), image.height()) == (900, 600)
    # something was drawn (sampled on several rows: one row can fall between dots and lines)
    assert len({image.pixel(x, y) for x in range(0, 900, 7) for y in range(90, 290, 20)}) > 3


def test_every_control_is_named_and_fits(trends):
    assert unnamed_controls(trends.window()) == []
    trends.window().text_size.setCurrentIndex(trends.window().text_size.findData(200))
    trends.set_range("3m")
    assert unnamed_controls(trends.window()) == []


def _well_fortnight(session, clock, value=520):
    for day in range(14):
        base = datetime(2025, 12, 18 + day)
        for hour, blows in ((8, (value - 20, value - 10)), (20, (value - 5, value - 30))):
            session.diary.log_reading(PeakFlowReading(base.replace(hour=hour), blows))


def test_personal_best_confirmed_becomes_a_new_plan_version(trends, qtbot, clock):
    session = trends.session
    _well_fortnight(session, clock, 540)
    dialog = trends.open_personal_best()
    assert dialog.progress.days_complete == 14 and dialog.progress.sessions == 28
    assert dialog.progress.highest == 535
    assert dialog.value.value() == 535
    assert not dialog.save_button.isEnabled()  # who agreed it is required
    qtbot.keyClicks(dialog.agreed_by, "Nurse Patel")
    assert "from 510 to 535" in dialog.summary.text()
    versions = len(session.plans.history())
    with qtbot.waitSignal(dialog.plan_saved):
        click(qtbot, dialog.save_button)
    plan = session.plans.current()
    assert plan.personal_best == 535 and plan.agreed_by == "Nurse Patel"
    assert len(session.plans.history()) == versions + 1
    assert unnamed_controls(dialog) == []


def test_personal_best_cancel_changes_nothing(trends, qtbot, clock):
    session = trends.session
    _well_fortnight(session, clock, 600)
    before = session.plans.history()
    dialog = trends.open_personal_best()
    qtbot.keyClicks(dialog.agreed_by, "Nurse Patel")
    click(qtbot, dialog.close_button)
    assert session.plans.history() == before


def test_predicted_value_is_reference_only(trends):
    dialog = trends.open_personal_best()
    dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
    dialog.height_cm.setValue(165)
    from asthma_app.domain.peak_flow import predicted_adult_eu

    expected = predicted_adult_eu("F", 2025 - 1984, 165)
    assert f"{expected}\u00a0L/min" in dialog.predicted.text()
    assert "For reference only: discuss with your nurse" in dialog.predicted.text()
    dialog.reject()


def test_charts_grow_with_the_text_and_a_page_built_in_idle_time_matches(make_window, db,
                                                                        clock, qtbot):
    """At 200 % the value labels need taller charts; a page built while hidden (the idle-time
    preparation) must get the same sizes on its first visit as one built on the visit."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock), HISTORY, clock)
    heights = []
    for prepared in (False, True):
        window = make_window()
        window.text_size.setCurrentIndex(window.text_size.findData(200))
        if prepared:
            window.page("trends").prepare()
        window.show_page("trends")
        page = window.page("trends")
        qtbot.waitUntil(lambda page=page: page.view is not None)
        for _ in range(10):
            qtbot.wait(5)
        charts = page.charts
        line = charts.fontMetrics().height()
        assert charts.peak_view.height() >= 11 * line  # room for "450", "300"... at 200 %
        assert charts.nights_view.height() >= 5 * line
        heights.append([view.height() for view in (charts.peak_view, charts.reliever_view,
                                                   charts.nights_view)])
        window.text_size.setCurrentIndex(window.text_size.findData(100))
    assert heights[0] == heights[1]


def test_no_prediction_outside_the_adult_heights_is_said_plainly(trends):
    """Issue 11 item 8: a height the adult formula is not used for gives no number at all."""
    dialog = trends.open_personal_best()
    dialog.sex.setCurrentIndex(dialog.sex.findData("M"))
    dialog.height_cm.setValue(100)
    text = dialog.predicted.text()
    assert text.startswith("No prediction: the adult formula is only used for ages 15 to 85")
    assert "L/min" not in text
    dialog.reject()



def test_idle_preparation_reads_the_first_visit_s_figures(make_window, db, clock, qtbot):
    """Prepared in idle time (``pages.WARM_UP``), a first visit asks the database less (the
    statistics and the period's readings were read then: docs/performance.md) and shows
    what an unprepared visit shows; a reading saved after the preparation still counts."""
    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock), HISTORY, clock)
    asked, views = {}, {}
    for prepared in (False, True):
        window = make_window()
        page = window.page("trends")
        if prepared:
            page.prepare()
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        try:
            window.show_page("trends")
            qtbot.waitUntil(lambda page=page: page.view is not None)
        finally:
            db.conn.set_trace_callback(None)
        asked[prepared], views[prepared] = len(statements), page.view
    assert views[True].stats == views[False].stats
    assert views[True].morning == views[False].morning
    assert views[True].reliever == views[False].reliever
    assert asked[True] <= asked[False] - 2

    window = make_window()
    page = window.page("trends")
    page.prepare()
    before = page.service.stats(*page.service.range_for(page.range_key)).readings_count
    window.session.diary.log_reading(PeakFlowReading(clock.now - timedelta(hours=1), (400,)))
    window.refresh_pages()  # as every page that saves does (data_changed)
    window.show_page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    assert page.view.stats.readings_count == before + 1
