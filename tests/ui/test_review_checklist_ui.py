"""The nurse's checklist driven like a user: filled in, saved, shown in the summary, and the
next review starts from it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt

from asthma_app.domain.checklist import PlanGiven, Smoking, YesNo
from tests.ui.helpers import click, type_into, unnamed_controls


def choose(qtbot, combo, value) -> None:
    """Pick an item with the keyboard, as a user would."""
    combo.setFocus()
    while combo.currentData() != value:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, value


def test_checklist_saved_shown_in_summary_and_next_review_starts_from_it(
        window_with_plan, qtbot, clock):
    window = window_with_plan
    page = window.page("review")
    window.show_page("review")
    view = page.checklist_view
    page.tabs.setCurrentIndex(page.tabs.indexOf(view.parentWidget().parentWidget()))
    assert view.starting_point.text() == ""
    qtbot.mouseClick(view.technique, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, view.technique.height() // 2))
    assert view.technique_on.isEnabled()
    type_into(qtbot, view.device, "pressurised inhaler")
    choose(qtbot, view.spacer, YesNo.YES)
    choose(qtbot, view.smoking, Smoking.EX)
    choose(qtbot, view.second_hand, YesNo.NO)
    choose(qtbot, view.flu, YesNo.YES)
    choose(qtbot, view.plan, PlanGiven.UPDATED)
    type_into(qtbot, view.agenda, "Can I swim with asthma?")
    click(qtbot, view.save_button)
    assert view.message.text() == "" and "saved" in view.saved_text.text()
    saved = window.session.reviews.checklists()[0]
    assert (saved.done_on, saved.technique_checked_on) == (date(2026, 11, 22),
                                                          date(2026, 11, 22))
    assert (saved.spacer, saved.smoking, saved.plan_given) == (YesNo.YES, Smoking.EX,
                                                               PlanGiven.UPDATED)
    flat = " ".join(page.summary_view.browser.toPlainText().split())
    assert "What the nurse checked" in flat and "Used to smoke" in flat
    assert "Plan updated" in flat and "Can I swim with asthma?" in flat
    assert "pressurised inhaler" in flat and "Flu vaccine this season (2026/27) Yes" in flat
    assert unnamed_controls(page) == []

    clock.now = datetime(2027, 11, 20, 9, 0)  # the next review, next flu season
    again = window.page("review")
    again.set_session(window.session)
    view = again.checklist_view
    assert "Starting from your last review's checklist" in view.starting_point.text()
    assert view.device.text() == "pressurised inhaler"
    assert view.smoking.currentData() == Smoking.EX
    assert view.flu.currentData() is None and view.plan.currentData() is None  # asked afresh
    assert not view.technique.isChecked() and view.agenda.toPlainText() == ""
