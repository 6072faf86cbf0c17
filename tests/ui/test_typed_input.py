"""Typed numbers in the dialogs: the digits typed and nothing else (issue 11 items 4 and 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from asthma_app import i18n
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.domain.typed_numbers import NUMBER_FORMATS

from .helpers import click, type_into


@pytest.mark.parametrize("language", [lang.code for lang in i18n.LANGUAGES])
def test_domain_number_formats_are_qts_for_every_shipped_language(language):
    """The domain (no Qt) keeps its own table: it must say what QLocale says."""
    locale = QLocale(i18n.language(language).locale)
    assert NUMBER_FORMATS[language].group == locale.groupSeparator()
    assert NUMBER_FORMATS[language].decimal == locale.decimalPoint()


@pytest.mark.parametrize("typed", ["7,2", "9,8"])
def test_a_polish_decimal_comma_is_refused_in_the_peak_flow_dialog(window_with_plan, qtbot,
                                                                   typed):
    i18n.set_language("pl")
    dialog = window_with_plan.page("today").open_peak_flow()
    type_into(qtbot, dialog.blows[0], typed)
    assert dialog.errors[0].isVisibleTo(dialog) and dialog.errors[0].text()
    assert not dialog.save_button.isEnabled()
    assert "7,2" in dialog.errors[0].text() or "9,8" in dialog.errors[0].text()
    i18n.set_language("en")
    dialog.blows[0].clear()
    dialog.blows[0].setText(typed)
    assert "litres per second" in dialog.errors[0].text()
    assert not dialog.save_button.isEnabled()


def test_the_languages_own_thousands_form_is_read_in_the_dialog(window_with_plan, qtbot):
    i18n.set_language("pl")
    dialog = window_with_plan.page("today").open_peak_flow()
    type_into(qtbot, dialog.blows[0], "1 000")
    assert not dialog.errors[0].isVisibleTo(dialog)
    assert dialog.valid_blows() == [1000]


def _best_dialog(window, qtbot):
    session = window.session
    now = session.clock()
    session.diary.log_reading(PeakFlowReading(now.replace(hour=8, minute=0), (430,)))
    window.show_page("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    return page.open_personal_best()


def test_personal_best_typo_stays_as_typed_with_the_error_beside_it(window_with_plan, qtbot):
    """Typing "45" then Tab once turned into the pre-filled 400 without a word."""
    dialog = _best_dialog(window_with_plan, qtbot)
    type_into(qtbot, dialog.agreed_by, "Nurse Patel")
    box = dialog.value.edit
    box.selectAll()
    type_into(qtbot, box, "45")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.text() == "45"
    assert dialog.value.error.isVisibleTo(dialog)
    assert "between 60 and 1000" in dialog.value.error.text()
    assert not dialog.save_button.isEnabled()
    versions = len(window_with_plan.session.plans.history())
    assert dialog.save() is None  # even called directly, nothing is saved
    assert len(window_with_plan.session.plans.history()) == versions
    box.setText("450")
    assert not dialog.value.error.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert window_with_plan.session.plans.current().personal_best == 450


def test_plan_editor_personal_best_typo_stays_and_refuses_save(window_with_plan, qtbot):
    editor = window_with_plan.page("plan").open_editor()
    box = editor.personal_best.edit
    assert box.text() == "500"
    box.selectAll()
    type_into(qtbot, box, "45")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.text() == "45"
    assert editor.personal_best.error.isVisibleTo(editor)
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "between 60 and 1000" in editor.problems.text()
    assert window_with_plan.session.plans.current().personal_best == 500
    for typed in ("4,5", "7,2"):
        box.setText(typed)
        click(qtbot, editor.save_button)
        assert "litres per second" in editor.problems.text()
        assert window_with_plan.session.plans.current().personal_best == 500


def test_a_new_plan_has_no_made_up_personal_best(window, qtbot):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    window.open_profile(create_profile(window.db, Profile("New Person"), window.clock))
    editor = window.page("plan").open_editor()
    assert editor.personal_best.edit.text() == ""
