"""Polish from issue 12 §3: the plan's peak-flow sign starts with a capital like the other
signs; a number never splits from its unit or "%" (non-breaking space, in every language);
a name longer than the limit is said to be too long, never cut silently."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from asthma_app.domain.profile import MAX_NAME_LENGTH

from .helpers import all_text, click, type_into

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))

import translations  # noqa: E402

NBSP = "\u00a0"
# a number (a placeholder or digits, any script) then a breakable space, then a unit or "%"
SPLITTABLE = re.compile(r"(%\d|\d) (%|L/min)")


def test_plan_peak_flow_signs_start_with_a_capital_and_keep_number_and_percent_together(
        window_with_plan):
    window = window_with_plan
    window.show_page("plan")
    text = all_text(window.page("plan"))
    assert f"My peak flow is below 400{NBSP}L/min (80{NBSP}% of my best)" in text
    assert "my peak flow is below" not in text


def _sources_with_bound_units() -> set[tuple[str, str]]:
    found = set()
    for context, source, _t, _m in translations.messages(translations.ts_path("pl")):
        if re.search(rf"(%\d|\d){NBSP}(%|L/min)", source):
            found.add((context, source))
    return found


def test_there_are_bound_units_to_check():
    assert len(_sources_with_bound_units()) >= 8


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_translation_keeps_the_number_with_its_unit(language):
    bound = _sources_with_bound_units()
    problems = []
    for context, source, translation, _m in translations.messages(translations.ts_path(language)):
        if (context, source) not in bound or translation is None:
            continue
        text = "".join(translation.itertext())
        if SPLITTABLE.search(text) or NBSP not in text:
            problems.append((context, source[:40], text[:60]))
    assert problems == []


def test_a_long_name_is_said_to_be_too_long_not_cut(window, qtbot):
    first = window.first_run
    long_name = "Anna " + "Maria-" * 14 + "Kowalska"  # 97 letters
    assert len(long_name) > MAX_NAME_LENGTH
    first.name.setFocus()
    first.name.insert(long_name)  # as a paste would
    assert first.name.text() == long_name  # kept, not cut at 80
    message = first.name.length_message
    assert message.isVisible()
    assert f"{len(long_name)} letters" in message.text() and "80" in message.text()
    click(qtbot, first.create_button)
    assert first.steps.currentIndex() == 0  # no profile made with a cut name
    assert "shorter name" in first.profile_error.text()
    first.name.setText("Anna Kowalska")
    assert not message.isVisible()


def test_rename_refuses_a_name_too_long(window_with_plan, qtbot):
    from asthma_app.ui.profile_dialogs import NameDialog

    dialog = NameDialog("Rename", "Sam Patel", window_with_plan)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.name, "x" * 90)
    assert dialog.name.text().endswith("x" * 90)
    assert dialog.name.length_message.isVisible()
    assert not dialog.ok_button.isEnabled()
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.accept()
    assert accepted == [] and dialog.isVisible()
