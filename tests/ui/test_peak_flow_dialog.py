"""Typing readings: bad values explained inline, unusual ones confirmed, nothing lost."""

from __future__ import annotations

from .helpers import click, type_into


def open_dialog(window):
    return window.page("today").open_peak_flow()


def test_letters_are_explained_and_block_saving(window_with_plan, qtbot):
    dialog = open_dialog(window_with_plan)
    type_into(qtbot, dialog.blows[0], "4o0")
    assert dialog.errors[0].isVisible()
    assert "not a number" in dialog.errors[0].text()
    assert not dialog.save_button.isEnabled()


def test_litres_per_second_is_refused(window_with_plan, qtbot):
    dialog = open_dialog(window_with_plan)
    type_into(qtbot, dialog.blows[0], "6.5")
    assert "litres per second" in dialog.errors[0].text()
    assert not dialog.save_button.isEnabled()


def test_unusual_value_needs_confirmation(window_with_plan, qtbot):
    dialog = open_dialog(window_with_plan)
    type_into(qtbot, dialog.blows[0], "640")  # 128 % of best 500
    assert dialog.warning.isVisible()
    assert "more than 20\u00a0% above your personal best" in dialog.warning.text()
    assert not dialog.save_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert window_with_plan.session.diary.readings()[0].value == 640


def test_best_of_three_saved_with_all_blows(window_with_plan, qtbot):
    dialog = open_dialog(window_with_plan)
    for field, value in zip(dialog.blows, ("420", "450", "440"), strict=True):
        type_into(qtbot, field, value)
    assert "450" in dialog.result.text()
    assert dialog.zone_text.text().startswith("Green zone")
    click(qtbot, dialog.save_button)
    reading = window_with_plan.session.diary.readings()[0]
    assert reading.blows == (420, 450, 440) and reading.value == 450
    assert reading.plan_version_id == window_with_plan.session.plans.current().version_id
    assert window_with_plan.page("today").card.title.text().startswith("Green zone")


def test_cancel_writes_nothing(window_with_plan, qtbot):
    dialog = open_dialog(window_with_plan)
    type_into(qtbot, dialog.blows[0], "400")
    dialog.reject()  # asks first (test_discard_prompt.py): the patient chooses Discard
    click(qtbot, dialog.discard_question.discard_button)
    assert not dialog.isVisible()
    assert window_with_plan.session.diary.readings() == []
