"""The review loop driven like a user: the red card and the attack steps offer "record this
attack"; an attack after emergency care puts a calm follow-up banner on Today that stays
(across a restart) until it is marked booked, then done."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt

from asthma_app.domain.control import Care, FollowUp
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.ui.widgets.common import format_date
from tests.ui.helpers import click, unnamed_controls


def tick(qtbot, box) -> None:
    """Click a tick box on its box (a click in the middle of a wide one may miss the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def _red_window(make_window, session, clock, plan_factory):
    clock.now = datetime(2026, 11, 1, 9, 0)
    session.plans.agree(plan_factory())
    clock.now = datetime(2026, 11, 22, 8, 0)
    session.diary.log_reading(PeakFlowReading(datetime(2026, 11, 22, 7, 30), (200,)))
    return make_window()


def test_red_card_records_the_attack_and_the_follow_up_persists(make_window, session, clock,
                                                                 plan_factory, qtbot):
    window = _red_window(make_window, session, clock, plan_factory)
    today = window.page("today")
    assert today.card.record_button.isVisible()
    assert not today.banners.follow_up.isVisible()
    click(qtbot, today.card.record_button)
    page = window.page("review")
    assert window.current_page() is page and page.tabs.currentIndex() == 1
    assert page.attack_date.date().toPython() == date(2026, 11, 22)
    tick(qtbot, page.care_boxes[Care.EMERGENCY_DEPARTMENT])
    click(qtbot, page.attack_save)
    assert "follow-up" in page.attack_saved.text()
    banner = today.banners.follow_up
    window.show_page("today")
    assert banner.isVisible()
    text = banner.text.text()
    assert "2 working days" in text and "48 hours" in text and "action plan" in text
    assert format_date(date(2026, 11, 24)) in text  # Sunday 22nd + 2 working days
    assert "QS25" in banner.source.text()
    assert unnamed_controls(today) == []

    # persisted: a new window (as after a restart) shows it again
    again = make_window()
    again_banner = again.page("today").banners.follow_up
    assert again_banner.isVisible()
    click(qtbot, again_banner.booked_button)
    assert again_banner.isVisible() and not again_banner.booked_button.isVisible()
    assert "take your action plan" in again_banner.text.text()
    assert again.session.reviews.attacks()[0].follow_up is FollowUp.BOOKED
    click(qtbot, again_banner.done_button)
    assert not again_banner.isVisible()
    assert again.session.reviews.attacks()[0].follow_up is FollowUp.DONE


def test_attack_without_emergency_care_starts_no_banner(window_with_plan, qtbot):
    window = window_with_plan
    page = window.page("review")
    window.show_page("review")
    tick(qtbot, page.care_boxes[Care.URGENT_APPOINTMENT])
    click(qtbot, page.attack_save)
    assert page.attack_saved.text() == "Saved."
    window.show_page("today")
    assert not window.page("today").banners.follow_up.isVisible()


def test_attack_steps_dialog_offers_to_record_afterwards(window_with_plan, qtbot):
    window = window_with_plan
    dialog = window.show_attack_steps()
    assert dialog.record_button is not None and dialog.record_button.isVisible()
    click(qtbot, dialog.record_button)
    assert not dialog.isVisible()
    page = window.page("review")
    assert window.current_page() is page and page.tabs.currentIndex() == 1
    tick(qtbot, page.care_boxes[Care.STEROID_TABLETS])
    click(qtbot, page.attack_save)
    window.show_page("today")
    assert window.page("today").banners.follow_up.isVisible()


def test_card_offers_no_record_button_outside_the_red_zone(window_with_plan):
    assert not window_with_plan.page("today").card.record_button.isVisible()
