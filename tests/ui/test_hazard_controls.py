"""UI controls named in docs/safety/hazard-log.md."""

from __future__ import annotations

from asthma_app.domain.plan import Scale
from asthma_app.domain.profile import Profile
from asthma_app.services.profiles import create_profile

from .helpers import type_into


def test_plan_editor_prefills_the_regions_emergency_number(make_window, db, clock):
    """H14: a new plan starts with the number for where the person lives, not always 999."""
    create_profile(db, Profile("Aoife", region="IE", emergency_number="112"), clock)
    window = make_window()
    editor = window.page("plan").open_editor()
    assert editor.emergency.text() == "112"
    assert editor.plan().emergency_number == "112"


def test_attack_steps_without_plan_use_the_profiles_number(make_window, db, clock):
    create_profile(db, Profile("Kiri", region="NZ", emergency_number="111"), clock)
    window = make_window()
    dialog = window.show_attack_steps()
    assert "Emergency number: 111" in dialog.number_label.text()


def test_wright_reading_is_converted_before_the_zone(window_with_plan, qtbot):
    """H06: a Wright-scale reading on an EU plan is converted, and the reason says so."""
    dialog = window_with_plan.page("today").open_peak_flow()
    dialog.scale.setCurrentIndex(dialog.scale.findData(Scale.WRIGHT.value))
    type_into(qtbot, dialog.blows[0], "400")
    # Wright 400 -> EU 344 (EN 13826 polynomial) = 68 % of 500: amber, not green as 80 % would be
    assert "on your plan's meter scale" in dialog.zone_text.text()
    assert dialog.zone_text.text().startswith("Amber zone")


def test_today_card_names_time_and_source_of_advice(window_with_plan, qtbot, session, clock):
    """H04/H15: the card says when the data was logged and which plan the advice is from."""
    from asthma_app.domain.readings import PeakFlowReading

    session.diary.log_reading(PeakFlowReading(clock(), (300,)))
    window_with_plan.refresh_pages()
    card = window_with_plan.page("today").card
    assert "22 Nov 2026, 08:00" in card.when.text()
    assert "agreed" in card.source.text() and "Nurse Jones" in card.source.text()
    assert "out of date" not in card.reasons.text()



def test_general_attack_steps_warn_mart_and_air_users(window):
    """H13: without a plan the reliever steps are shown with a note for MART/AIR users."""
    from .helpers import all_text

    text = all_text(window.show_attack_steps())
    assert "up to 10 puffs" in text
    assert "If you use MART or AIR, use your inhaler as your plan says" in text


def test_window_follows_a_profile_changed_under_it(window_with_plan, db):
    """H10/H14: after a restore the name and emergency number on screen are the stored ones."""
    from dataclasses import replace

    from asthma_app.storage import repository

    window = window_with_plan
    stored = replace(window.session.profile, name="Sam Restored", emergency_number="112")
    repository.update_profile(db, stored)
    window.refresh_pages()
    assert window.profile_label.text() == "Sam Restored"
    assert window.session.profile.emergency == "112"


def test_labels_show_markup_as_plain_text(qtbot):
    """Names and notes are data: "<b>Sam</b>" must read as typed, never as bold "Sam"."""
    from PySide6.QtCore import Qt

    from asthma_app.ui.widgets import common

    shown = common.label("<b>Sam</b> <img src='x'>", selectable=True)
    qtbot.addWidget(shown)
    assert shown.textFormat() == Qt.TextFormat.PlainText
    assert shown.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    plain = common.label("x")
    qtbot.addWidget(plain)
    assert not plain.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    plain = common.label("<b>Sam</b>")
    rich = common.label("<b>Sam</b>")
    rich.setTextFormat(Qt.TextFormat.RichText)
    qtbot.addWidget(plain)
    qtbot.addWidget(rich)
    assert plain.sizeHint().width() > rich.sizeHint().width()  # the tags are drawn as text
