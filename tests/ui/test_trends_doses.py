"""Preventer doses taken in Trends: a fourth chart on the shared time axis, the statistics
panel and the table, and a plain "no doses due" for a plan without times (never 0 % or
100 %)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication

from asthma_app.domain.plan import Medicine, MedicineRole
from asthma_app.domain.readings import SymptomEntry
from asthma_app.domain.schedule import DoseTimes, Slot
from tests.conftest import make_plan

from .helpers import click


def _history(session, clock, times=DoseTimes.BOTH):
    clock.now = datetime(2026, 11, 1, 7)
    session.plans.agree(make_plan(medicines=(
        Medicine("beclometasone", MedicineRole.PREVENTER, schedule=times, puffs_each_time=2),
        Medicine("salbutamol", MedicineRole.RELIEVER))))
    for day in range(14):
        clock.now = datetime(2026, 11, 1 + day, 8)
        for dose in session.medicines.today():
            if dose.due.slot is Slot.MORNING or day % 2:
                session.medicines.answer(dose.due, True)
        session.diary.log_symptoms(SymptomEntry(clock(), reliever_puffs=2 if day < 7 else 0))
    clock.now = datetime(2026, 11, 14, 21)


def _trends(make_window, qtbot):
    window = make_window()
    window.show_page("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    page.set_range("2w")
    return page


def test_adherence_in_the_statistics_table_and_chart(make_window, session, clock, qtbot):
    _history(session, clock)
    page = _trends(make_window, qtbot)
    view = page.view
    # 14 days x 2 doses; every morning taken, evenings on odd days (7)
    assert (view.doses_due, view.doses_taken) == (28, 21)
    text = page.stats.values["Preventer doses taken"].text().replace("\xa0", " ")
    assert text == "75 %"
    assert page.stats.values["Doses taken / due"].text() == "21 / 28"
    assert page.stats.values["Reliever puffs a week"].text() == "7.0"
    charts = page.charts
    assert charts.adherence_bars.upperSeries().count() > 0
    assert "per cent of the doses due" in charts.adherence_title.text()
    # the shared time axis: the same range and the same plot-area edges as the peak chart
    assert charts.time_axes[3].min() == charts.time_axes[0].min()
    assert charts.time_axes[3].max() == charts.time_axes[0].max()
    QApplication.processEvents()
    peak, doses = charts.peak_chart.plotArea(), charts.adherence_chart.plotArea()
    assert (peak.left(), peak.right()) == (doses.left(), doses.right())
    click(qtbot, page.table_button)
    table = page.tables.diary_table
    cells = [table.item(row, 4).text().replace("\xa0", " ") for row in range(table.rowCount())]
    assert "100 % (2 of 2 due)" in cells and "50 % (1 of 2 due)" in cells


def test_a_plan_without_times_says_no_doses_are_due(make_window, session, clock, qtbot):
    _history(session, clock, DoseTimes.UNKNOWN)
    page = _trends(make_window, qtbot)
    assert page.view.doses_due == 0
    assert page.stats.values["Preventer doses taken"].text() == "no figure"
    assert page.stats.values["Doses taken / due"].text() == "0 / 0"
    assert "so there is no figure" in page.charts.adherence_title.text()
    assert page.charts.adherence_bars.upperSeries().count() == 0


def test_the_statistics_panel_shows_every_value_whole(make_window, session, clock, qtbot):
    """Seen in a screenshot: "88 % (161 of 182 due)" was cut off at the panel's edge."""
    _history(session, clock)
    page = _trends(make_window, qtbot)
    QApplication.processEvents()
    for name in ("Preventer doses taken", "Doses taken / due", "Reliever puffs a week"):
        value = page.stats.values[name]
        assert value.sizeHint().width() <= value.width() + 1, (name, value.text())


def test_a_dose_logged_late_counts_on_its_own_day(make_window, session, clock, qtbot):
    _history(session, clock)
    from asthma_app.domain.doses import DueDose

    evening = next(d for d in session.medicines.today() if d.due.slot is Slot.EVENING)
    missed = DueDose(evening.due.medicine, evening.due.day - timedelta(days=1), Slot.EVENING)
    clock.advance(days=1)
    saved = session.medicines.answer(missed, True)  # 13 Nov evening, logged on the 15th
    assert saved.logged_late and saved.due_on == missed.day
    page = _trends(make_window, qtbot)
    page.show_period(evening.due.day - timedelta(days=13), evening.due.day)
    assert (page.view.doses_due, page.view.doses_taken) == (28, 22)
