"""Every control is named; the attack steps are always reachable and right for the plan."""

from __future__ import annotations

import pytest

from asthma_app.domain.plan import PlanKind, default_attack_steps
from asthma_app.ui import theme

from .helpers import all_text, click, unnamed_controls


def test_every_page_and_dialog_names_its_controls(window_with_plan):
    window = window_with_plan
    problems = unnamed_controls(window)
    today, plan = window.page("today"), window.page("plan")
    for dialog in (today.open_peak_flow(), today.open_symptoms(), plan.open_editor(),
                   plan.open_history(), window.show_attack_steps()):
        problems += unnamed_controls(dialog)
        dialog.reject()
    assert problems == []


def test_first_run_names_its_controls(window):
    assert unnamed_controls(window) == []


def test_attack_button_on_every_page(window_with_plan, qtbot):
    for page in window_with_plan.page_list:
        window_with_plan.show_page(page.key)
        assert window_with_plan.attack_button.isVisible()
    click(qtbot, window_with_plan.attack_button)
    dialog = window_with_plan.attack_dialog
    text = all_text(dialog)
    assert "Call 999 now" in text and "Emergency number: 999" in text
    assert "up to 10 puffs" in text
    assert "Nurse Jones" in text


def test_mart_plan_shows_its_own_steps_not_saba(make_window, session, plan_factory):
    steps = default_attack_steps(PlanKind.MART)
    session.plans.agree(plan_factory(kind=PlanKind.MART, attack_steps=steps,
                                     max_reliever_puffs_per_day=8, emergency_number="112"))
    window = make_window()
    text = all_text(window.show_attack_steps())
    assert "up to 10 puffs" not in text
    assert "Emergency number: 112" in text


def test_zone_shown_by_word_and_icon_not_colour_alone(window_with_plan, session, clock):
    from asthma_app.domain.readings import PeakFlowReading

    session.diary.log_reading(PeakFlowReading(clock(), (240,)))  # 48 %: red
    window_with_plan.refresh_pages()
    card = window_with_plan.page("today").card
    assert "Red zone" in card.title.text()
    assert not card.icon.pixmap().isNull()
    assert card.accessibleName().startswith("Red zone")


@pytest.mark.parametrize("zone", list(theme.ZONE_COLOURS))
def test_zone_colours_meet_contrast(zone):
    background, foreground = theme.ZONE_COLOURS[zone]
    assert theme.contrast_ratio(background, foreground) >= 4.5


def test_text_size_setting_applies_and_persists(window_with_plan, make_window, db):
    from PySide6.QtWidgets import QApplication

    window_with_plan.text_size.setCurrentIndex(window_with_plan.text_size.findData(200))
    doubled = theme.system_point_size() * 2 * 1.1  # body text is 1.1 x the desktop's size
    assert f"QWidget {{ font-size: {doubled:.1f}pt; }}" in QApplication.instance().styleSheet()
    again = make_window()
    assert again.text_size.currentData() == 200


def test_stale_reading_is_marked(window_with_plan, session, clock):
    from asthma_app.domain.readings import PeakFlowReading

    session.diary.log_reading(PeakFlowReading(clock(), (450,)))
    clock.advance(hours=30)
    window_with_plan.refresh_pages()
    card = window_with_plan.page("today").card
    assert card.stale.isVisible()
    assert "OUT OF DATE" in card.stale.text()


def test_every_page_fits_a_laptop_screen_at_200_percent(window_with_plan):
    """At 200 % text a page scrolls; it never forces the window past 1366 x 768."""
    from PySide6.QtWidgets import QApplication

    window = window_with_plan
    window.text_size.setCurrentIndex(window.text_size.findData(200))
    too_big = []
    for key in window.keys:
        window.show_page(key)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        if hint.width() > 1366 or hint.height() > 768:
            too_big.append(f"{key}: {hint.width()} x {hint.height()}")
    assert too_big == []
