"""Symptoms set the zone; the diary deletes, edits and undoes without losing anything."""

from __future__ import annotations

from asthma_app.domain.readings import PeakFlowReading

from .helpers import click


def test_red_sign_alone_gives_red_zone(window_with_plan, qtbot):
    dialog = window_with_plan.page("today").open_symptoms()
    dialog.red_boxes[1].setChecked(True)
    assert dialog.preview.text().startswith("Red zone")
    dialog.puffs.setValue(6)
    click(qtbot, dialog.save_button)
    card = window_with_plan.page("today").card
    assert card.title.text().startswith("Red zone")
    assert "can't walk or talk" in card.reasons.text()


def test_delete_and_undo(window_with_plan, qtbot, session, clock):
    session.diary.log_reading(PeakFlowReading(clock(), (400,)))
    window_with_plan.refresh_pages()
    diary = window_with_plan.page("diary")
    window_with_plan.show_page("diary")
    assert diary.table.rowCount() == 1
    diary.table.selectRow(0)
    click(qtbot, diary.delete_button)
    assert diary.table.rowCount() == 0
    assert diary.undo_button.isEnabled()
    click(qtbot, diary.undo_button)
    assert diary.table.rowCount() == 1
    assert "400\u00a0L/min" in diary.table.item(0, 2).text()


def test_edit_keeps_the_original_until_undone(window_with_plan, qtbot, session, clock, db):
    session.diary.log_reading(PeakFlowReading(clock(), (400,)))
    window_with_plan.refresh_pages()
    diary = window_with_plan.page("diary")
    diary.table.selectRow(0)
    dialog = diary.edit_selected()
    dialog.blows[0].setText("410")
    click(qtbot, dialog.save_button)
    assert "410\u00a0L/min" in diary.table.item(0, 2).text()
    assert db["readings"].count == 2  # the original row is kept, hidden
    click(qtbot, diary.undo_button)
    assert "400\u00a0L/min" in diary.table.item(0, 2).text()


def test_past_zone_uses_the_plan_in_force(window_with_plan, qtbot, session, clock, plan_factory):
    session.diary.log_reading(PeakFlowReading(clock(), (390,)))  # 78 % of 500: amber
    session.plans.agree(plan_factory(personal_best=450))  # 390 is 86 % of 450: green
    window_with_plan.refresh_pages()
    diary = window_with_plan.page("diary")
    assert diary.table.item(0, 3).text() == "Amber"
    diary.current_plan_zones.setChecked(True)
    assert diary.table.item(0, 3).text() == "Green"


def test_symptoms_dialog_widens_at_200_percent_instead_of_cutting_words_off(window_with_plan,
                                                                             qtbot):
    """At 200 % text the 620 px dialog cut its check boxes' words off and scrolled sideways
    (matrix/log-symptoms-en-200-1366x768.png). It now widens, up to 90 % of the screen."""
    window_with_plan.text_size.setCurrentIndex(window_with_plan.text_size.findData(200))
    dialog = window_with_plan.page("today").open_symptoms()
    qtbot.waitExposed(dialog)
    limit = int(dialog.screen().availableGeometry().width() * 0.9)
    qtbot.waitUntil(lambda: dialog.area.horizontalScrollBar().maximum() == 0
                    or dialog.width() == limit, timeout=2000)
    dialog.reject()
