"""Today's advice names the plan page exactly as the navigation does, in every language."""

from __future__ import annotations

from datetime import datetime

import pytest


@pytest.mark.parametrize("language", ["en", "cy", "pl", "ur", "bn"])
def test_no_plan_advice_names_the_page_as_the_navigation_does(qapp, language):
    from asthma_app import i18n
    from asthma_app.app import install_domain_translator
    from asthma_app.domain.assessment import assess
    from asthma_app.ui.pages import PAGES

    install_domain_translator()
    i18n.set_language(language)
    title = next(entry for entry in PAGES if entry.key == "plan").title()
    step = assess(None, None, None, datetime(2026, 11, 22, 8, 0)).next_step
    assert title in step, (title, step)
    if language == "en":
        assert "under \u201cMy plan\u201d" in step


def test_today_card_names_the_page_in_the_navigation(window, qtbot):
    from .helpers import click, type_into

    type_into(qtbot, window.first_run.name, "Priya Shah")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    shown = window.page("today").card.instructions.text()
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert "My plan" in names and "\u201cMy plan\u201d" in shown, (names, shown)
