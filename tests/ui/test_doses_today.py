"""Today's medicines on the real main window: tick a dose taken or not taken (with a reason),
undo, start an inhaler, correct its count, the refill note, names for every control, state
in words (never colour alone), and nothing cut off at 200 % text."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from asthma_app.domain.doses import DoseState
from asthma_app.domain.plan import Medicine, MedicineRole
from asthma_app.domain.readings import SymptomEntry
from asthma_app.domain.schedule import DoseTimes
from tests.conftest import make_plan
from tests.ui.helpers import all_text, click, unnamed_controls
from tests.ui.test_text_fit import clipped

PREVENTER = Medicine("beclometasone", MedicineRole.PREVENTER, brand="Clenil",
                     strength="100 micrograms", device="pressurised inhaler",
                     instructions="2 puffs morning and evening", schedule=DoseTimes.BOTH,
                     puffs_each_time=2)
RELIEVER = Medicine("salbutamol", MedicineRole.RELIEVER, strength="100 micrograms",
                    instructions="1 to 2 puffs when needed")


@pytest.fixture
def today(make_window, session):
    session.plans.agree(make_plan(medicines=(PREVENTER, RELIEVER)))
    window = make_window()
    window.show_page("today")
    return window, window.page("today").doses


def states(session):
    return [d.state for d in session.medicines.today()]


def test_taken_and_not_taken_with_a_reason_then_undo(qtbot, today, session):
    _window, doses = today
    morning, _evening = list(doses.buttons.values())
    assert "Your plan says: 2 puffs morning and evening" in all_text(doses)
    click(qtbot, morning[0])
    assert states(session) == [DoseState.TAKEN, DoseState.NOT_LOGGED]
    assert "\u2714 Taken" in all_text(doses)  # a mark and a word, not a colour
    click(qtbot, list(doses.buttons.values())[1][1])
    dialog = doses.dialog
    dialog.reason.setText("left it at work")
    click(qtbot, dialog.save_button)
    assert states(session) == [DoseState.TAKEN, DoseState.NOT_TAKEN]
    assert "Reason: left it at work" in all_text(doses)
    assert doses.undo_button.isVisible()
    click(qtbot, doses.undo_button)
    assert states(session) == [DoseState.TAKEN, DoseState.NOT_LOGGED]


def test_new_inhaler_correct_count_and_refill_note(qtbot, today, session, clock):
    _window, doses = today
    click(qtbot, doses.new_inhaler)
    dialog = doses.dialog
    dialog.medicine.setCurrentIndex(dialog.medicine.findText(RELIEVER.title()))
    dialog.printed.setValue(60)
    click(qtbot, dialog.save_button)
    assert "about 60 doses left" in all_text(doses)
    assert not doses.refill.isVisible()
    click(qtbot, doses.correct_buttons[RELIEVER.title()])
    doses.dialog.count.setValue(25)
    click(qtbot, doses.dialog.save_button)
    clock.advance(minutes=5)
    session.diary.log_symptoms(SymptomEntry(clock(), reliever_puffs=5))
    doses.refresh()
    assert "about 20 doses left" in all_text(doses)
    assert doses.refill.isVisible()
    assert "An empty inhaler can still spray" in doses.refill.text()


def test_an_old_plan_without_times_says_so_plainly(make_window, session):
    session.plans.agree(make_plan())  # medicines without a schedule
    window = make_window()
    window.show_page("today")
    text = all_text(window.page("today").doses)
    assert "does not say when to take beclometasone" in text
    assert window.page("today").doses.buttons == {}


def test_every_control_is_named_and_nothing_is_cut_off_at_200_percent(today, session):
    window, doses = today
    session.medicines.start_inhaler("salbutamol", 200)
    session.medicines.start_inhaler("Clenil", 200, at=session.clock() - timedelta(days=40))
    session.medicines.answer(session.medicines.today()[0].due, False, "a rather long reason "
                             "that the patient typed to remember")
    window.text_size.setCurrentIndex(window.text_size.findData(200))
    window.page("today").refresh()
    window.show_page("diary")
    window.show_page("today")
    for _ in range(3):
        QApplication.processEvents()
    assert unnamed_controls(doses) == []
    assert clipped(window) == []
    shown = [w for kind in (QLabel, QPushButton) for w in doses.findChildren(kind)
             if w.isVisible() and w.text()]
    assert len(shown) >= 8


def test_a_refresh_leaves_no_old_row_drawn_under_the_new_ones(qtbot, today, session):
    """Seen in a screenshot: rows taken out of the layout but only deleted later were still
    drawn, overlapping the new rows, until the event loop deleted them."""
    _window, doses = today
    session.medicines.start_inhaler("salbutamol", 200)
    for _ in range(3):
        doses.refresh()
    QApplication.processEvents()  # new rows are shown by a queued call; deleteLater waits
    visible = [b for b in doses.findChildren(QPushButton) if b.isVisible()
               and b.text() in ("Taken", "Not taken", "Correct the count")]
    assert len(visible) == 2 * 2 + 1  # two doses, one inhaler: nothing from earlier refreshes


def test_undo_before_any_person_is_shown_does_nothing(qtbot):
    # the section's Undo button exists before show_session: it raised AttributeError on None
    from asthma_app.ui.pages.today_doses import DosesToday

    section = DosesToday()
    qtbot.addWidget(section)
    changed = []
    section.changed.connect(lambda: changed.append(True))
    section.undo_button.click()
    assert changed == [] and section.session is None
