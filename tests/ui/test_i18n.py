"""Switching language at run time: texts, layout direction, dates, the unreviewed note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication


def choose(window, code):
    window.language.setCurrentIndex(window.language.findData(code))


def test_switching_to_polish_changes_visible_text_without_restart(window_with_plan):
    window = window_with_plan
    today = window.page("today")
    assert today.heading.text() == "Today"
    choose(window, "pl")
    today = window.page("today")  # pages are rebuilt in the new language
    assert today.heading.text() == "Dzisiaj"
    assert window.nav.item(0).text() == "Dzisiaj"
    assert window.attack_button.text() == "Masz napad astmy?"
    assert window.text_size.currentText() == "Tekst 100\u00a0%"
    assert today.card.title.text() != "" and today.isVisible()
    choose(window, "en")
    assert window.page("today").heading.text() == "Today"


def test_language_is_saved_and_restored(make_window, db, session):
    from asthma_app.storage import settings

    first = make_window()
    choose(first, "cy")
    assert settings.LANGUAGE.get(db) == "cy"
    second = make_window()
    assert second.language.currentData() == "cy"
    assert second.page("today").heading.text() == "Heddiw"


def test_urdu_mirrors_the_whole_layout(window):
    choose(window, "ur")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.page("learn").layoutDirection() == Qt.LayoutDirection.RightToLeft
    choose(window, "bn")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_dates_and_numbers_follow_the_language(window):
    from asthma_app.ui.widgets.common import format_date

    choose(window, "pl")
    assert QLocale().name() == "pl_PL"
    assert "listopada" in format_date(date(2026, 11, 22))
    assert QLocale().toString(1234.5) == "1234,5"
    choose(window, "bn")
    assert "২০২৬" in format_date(date(2026, 11, 22))  # Bengali digits
    choose(window, "en")
    assert format_date(date(2026, 11, 22)) == "Sunday, 22 November 2026"


def test_unreviewed_note_shows_only_for_unreviewed_languages(window):
    assert window.unreviewed.isHidden()
    choose(window, "ur")
    assert not window.unreviewed.isHidden()
    assert window.unreviewed.text() == "ترجمہ ابھی جانچا نہیں گیا"


def test_domain_text_is_translated_too(window_with_plan):
    """Sentences built in the Qt-free domain go through the same translators."""
    choose(window_with_plan, "cy")
    card = window_with_plan.page("today").card
    assert card.title.text() == "Dim parth eto"  # ZoneCard (ui)
    assert card.instructions.text() == ("Cofnodwch lif brig neu sut rydych chi'n teimlo heddiw "
                                        "i weld eich parth.")  # Assessment (domain)


def test_picker_and_header_are_named_for_screen_readers(window):
    from tests.ui.helpers import unnamed_controls

    choose(window, "bn")
    assert window.language.accessibleName() == "ভাষা"
    assert unnamed_controls(window) == []


def test_language_change_on_first_run_keeps_the_step_and_makes_no_second_profile(qtbot, db,
                                                                                 clock):
    from asthma_app.app import create_application, home_shell
    from asthma_app.services.profiles import profiles

    from .helpers import click, type_into

    create_application()
    home = home_shell(db, clock)  # its first-run page offers "Try the demo"
    window = home.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        seen = []
        window.profile_created.connect(seen.append)
        type_into(qtbot, window.first_run.name, "Sam")
        click(qtbot, window.first_run.create_button)
        choose(window, "pl")  # the first-run page is rebuilt in Polish
        assert window.first_run.steps.currentIndex() == 1  # still on the plan question
        assert window.first_run.try_demo_button is not None  # extras come back too
        assert [p.name for p in profiles(db)] == ["Sam"] and len(seen) == 1
    finally:
        home.shutdown()


def test_the_file_menu_is_made_on_opening_in_the_current_language(window):
    menu = window.exchange_actions.menu
    assert menu.title() == "&File" and menu.actions() == []  # nothing built at start-up
    menu.aboutToShow.emit()
    assert "Export readings and diary (CSV)..." in [a.text() for a in menu.actions()]
    choose(window, "pl")
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert menu.title() != "&File" and "Export readings and diary (CSV)..." not in texts
    # six exports, two imports and "Open a plan from my nurse", once each
    assert len([t for t in texts if t]) == 9
    choose(window, "en")
