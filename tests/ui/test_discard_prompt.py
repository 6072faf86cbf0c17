"""Every editor with unsaved input asks before discarding it (issue 12 §3).

One Escape or closing the window threw away a whole plan, a typed peak flow, ticked symptoms,
and a review question typed but not added. Real key presses (Escape) and real close() calls:
nothing typed, nothing asked; something typed, "Discard changes?" with Keep editing as the
default, and only Discard lets it go.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .helpers import click, type_into


def _peak_flow(window, qtbot):
    dialog = window.page("today").open_peak_flow()
    return dialog, lambda: type_into(qtbot, dialog.blows[0], "450"), dialog.blows[0]


def _symptoms(window, qtbot):
    dialog = window.page("today").open_symptoms()
    def tick():
        dialog.night.setFocus()
        qtbot.keyClick(dialog.night, Qt.Key.Key_Space)
        assert dialog.night.isChecked()

    return dialog, tick, dialog.night


def _plan_editor(window, qtbot):
    window.show_page("plan")
    dialog = window.page("plan").open_editor()
    return dialog, lambda: type_into(qtbot, dialog.green_text, " And my spacer."), \
        dialog.green_text


EDITORS = {"peak flow": _peak_flow, "symptoms": _symptoms, "plan editor": _plan_editor}


def _escape(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Escape)


@pytest.mark.parametrize("editor", EDITORS)
def test_nothing_typed_nothing_asked(window_with_plan, qtbot, editor):
    dialog, _type, field = EDITORS[editor](window_with_plan, qtbot)
    qtbot.waitExposed(dialog)
    _escape(qtbot, field)
    assert not dialog.isVisible()
    assert dialog.discard_question is None


@pytest.mark.parametrize("how", ["escape", "close"])
@pytest.mark.parametrize("editor", EDITORS)
def test_typed_input_is_kept_unless_discard_is_chosen(window_with_plan, qtbot, editor, how):
    window = window_with_plan
    dialog, type_something, field = EDITORS[editor](window, qtbot)
    qtbot.waitExposed(dialog)
    type_something()

    def leave():
        if how == "escape":
            _escape(qtbot, field)
        else:
            dialog.close()

    leave()
    assert dialog.isVisible(), "closed without asking"
    question = dialog.discard_question
    assert question is not None and question.isVisible()
    assert question.defaultButton() is question.keep_button
    assert question.text() == "Discard changes?"
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Escape on the question keeps editing
    assert not question.isVisible() and dialog.isVisible()
    assert dialog.has_unsaved_input()
    leave()
    question = dialog.discard_question
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter takes the default: keep editing
    assert dialog.isVisible() and dialog.has_unsaved_input()
    leave()
    click(qtbot, dialog.discard_question.discard_button)
    QApplication.processEvents()
    assert not dialog.isVisible()
    session = window.session
    assert session.diary.readings() == []
    assert session.plans.current().green_instructions == \
        "Take my preventer every morning and evening."


def test_saving_never_asks(window_with_plan, qtbot):
    dialog, type_something, _field = _peak_flow(window_with_plan, qtbot)
    type_something()
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible() and dialog.discard_question is None
    assert window_with_plan.session.diary.readings()[0].value == 450


def _type_question(window, qtbot, text="Can I stop my preventer in summer?"):
    window.show_page("review")
    page = window.page("review")
    type_into(qtbot, page.question_text, text)
    return page


def test_review_question_typed_but_not_added_is_asked_about_on_close(window_with_plan, qtbot):
    window = window_with_plan
    _type_question(window, qtbot)
    window.close()
    assert window.isVisible(), "closed without asking"
    question = window.discard_question
    assert question.isVisible() and question.defaultButton() is question.keep_button
    click(qtbot, question.keep_button)
    assert window.isVisible()
    assert window.page("review").question_text.text() == "Can I stop my preventer in summer?"
    window.close()
    click(qtbot, window.discard_question.discard_button)
    QApplication.processEvents()
    assert not window.isVisible()
    assert window.session.reviews.questions() == []


def test_review_question_survives_a_language_change(window_with_plan, qtbot):
    from asthma_app import i18n

    window = window_with_plan
    _type_question(window, qtbot)
    window.show_page("today")
    i18n.set_language("pl")  # every page is rebuilt in Polish
    window.show_page("review")
    assert window.page("review").question_text.text() == "Can I stop my preventer in summer?"
    i18n.set_language("en")
    window.page("review").discard_unsaved_input()


def test_window_with_nothing_typed_closes_without_asking(window_with_plan, qtbot):
    window = window_with_plan
    window.show_page("review")
    window.close()
    assert not window.isVisible()
    assert getattr(window, "discard_question", None) is None


def _personal_best(window, qtbot):
    from asthma_app.domain.readings import PeakFlowReading

    session = window.session
    session.diary.log_reading(PeakFlowReading(session.clock().replace(hour=7), (430,)))
    window.show_page("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    dialog = page.open_personal_best()
    return dialog, lambda: type_into(qtbot, dialog.agreed_by, "Nurse Patel"), dialog.agreed_by


def _name_dialog(window, qtbot):
    from asthma_app.ui.profile_dialogs import NameDialog

    dialog = NameDialog("Add a person", parent=window)
    dialog.open()
    return dialog, lambda: type_into(qtbot, dialog.name, "Ola"), dialog.name


@pytest.mark.parametrize("opener", [_personal_best, _name_dialog])
def test_personal_best_and_name_boxes_ask_too(window_with_plan, qtbot, opener):
    dialog, type_something, field = opener(window_with_plan, qtbot)
    qtbot.waitExposed(dialog)
    type_something()
    _escape(qtbot, field)
    assert dialog.isVisible(), "closed without asking"
    click(qtbot, dialog.discard_question.discard_button)
    assert not dialog.isVisible()


def test_the_predictions_inputs_are_not_asked_about(window_with_plan, qtbot):
    dialog, _type, _field = _personal_best(window_with_plan, qtbot)
    qtbot.waitExposed(dialog)
    dialog.height_cm.setValue(172)
    dialog.sex.setCurrentIndex(1)
    _escape(qtbot, dialog.height_cm)
    assert not dialog.isVisible() and dialog.discard_question is None
