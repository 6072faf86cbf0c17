"""Attack steps: MART and AIR plans never get the reliever-inhaler (SABA) steps, whatever the
language the steps were typed or saved in, and however they were trimmed or reordered."""

from __future__ import annotations

from dataclasses import replace

import pytest

from asthma_app.domain import text
from asthma_app.domain.attack_steps import OWN_INHALER_V1, SABA_UK_V1, reliever_like
from asthma_app.domain.attack_steps_known import KNOWN_TEXTS
from asthma_app.domain.plan import (
    PlanKind,
    air_age_warning,
    default_own_inhaler_attack_steps,
    default_uk_attack_steps,
    resolve_attack_steps,
    steps_from_text,
    validate_plan,
)
from asthma_app.domain.text import fill
from tests.conftest import make_plan
from tests.safety.catalogue import LANGUAGES, saba_steps, translator

OWN_KINDS = (PlanKind.MART, PlanKind.AIR)


@pytest.fixture
def app_language():
    """Run the domain in a language for the test, back to English afterwards."""
    def use(language: str) -> None:
        text.install_translator(translator(language))

    yield use
    text.install_translator(lambda _context, source: source)


RELIEVER_STEPS_REFUSED = ("The reliever attack steps are not for MART or AIR plans: use the "
                          "steps from your own plan.")


def refused(plan) -> bool:
    """The plan is refused for holding reliever steps (the message in the current language)."""
    return text.translate("Plan", RELIEVER_STEPS_REFUSED) in validate_plan(plan)


@pytest.mark.parametrize("kind", OWN_KINDS)
@pytest.mark.parametrize("removed", range(6))
def test_saba_steps_with_one_step_removed_are_refused(kind, removed):
    steps = saba_steps("en")
    plan = make_plan(kind=kind, attack_steps=steps[:removed] + steps[removed + 1:])
    assert refused(plan)


@pytest.mark.parametrize("kind", OWN_KINDS)
@pytest.mark.parametrize("typed_in", LANGUAGES)
@pytest.mark.parametrize("running_in", LANGUAGES)
def test_saba_steps_saved_in_one_language_are_refused_in_any(app_language, kind, typed_in,
                                                             running_in):
    app_language(running_in)
    assert refused(make_plan(kind=kind, attack_steps=saba_steps(typed_in)))


@pytest.mark.parametrize("kind", OWN_KINDS)
def test_plan_made_for_a_reliever_in_polish_then_switched_to_mart_in_english(app_language,
                                                                              kind):
    app_language("pl")
    first = make_plan(attack_steps=saba_steps("pl"))
    assert validate_plan(first) == []
    app_language("en")
    assert refused(replace(first, kind=kind))


@pytest.mark.parametrize("kind", OWN_KINDS)
def test_saba_steps_reordered_are_refused(kind):
    assert refused(make_plan(kind=kind, attack_steps=tuple(reversed(saba_steps("cy")))))


# --- standard steps by reference, shown in the current language ------------------------------

def test_standard_steps_are_a_reference_shown_in_the_current_language(app_language):
    plan = make_plan()  # a reliever plan with the standard steps
    assert plan.attack_steps == () and plan.attack_steps_ref == SABA_UK_V1
    for language in LANGUAGES:
        app_language(language)
        assert resolve_attack_steps(plan).steps == saba_steps(language)


def test_clinician_steps_are_shown_as_written_in_any_language(app_language):
    own = ("Sit up. Take 4 puffs of salbutamol through the spacer.", "Call 112 if no better.")
    plan = make_plan(attack_steps=own)
    assert plan.attack_steps_ref == ""
    for language in LANGUAGES:
        app_language(language)
        shown = resolve_attack_steps(plan)
        assert (shown.steps, shown.own) == (own, True)


@pytest.mark.parametrize("kind", OWN_KINDS)
def test_mart_air_never_resolve_to_reliever_steps_even_if_stored(kind):
    for plan in (make_plan(kind=kind, attack_steps_ref=SABA_UK_V1),
                 make_plan(kind=kind, attack_steps=saba_steps("ur")[1:]),
                 make_plan(kind=kind, attack_steps_ref="standard:saba-uk:v9")):
        shown = resolve_attack_steps(plan)
        assert shown.steps == default_own_inhaler_attack_steps() and shown.set_aside


def test_unknown_reference_is_refused_with_a_message():
    problems = validate_plan(make_plan(attack_steps_ref="standard:saba-uk:v9"))
    assert any("standard:saba-uk:v9" in p and "update the app" in p for p in problems)


def test_the_known_texts_are_the_shipped_translations():
    for language in LANGUAGES:
        assert KNOWN_TEXTS[SABA_UK_V1][language] == saba_steps(language)
    text.install_translator(lambda _c, source: source)
    assert KNOWN_TEXTS[SABA_UK_V1]["en"] == default_uk_attack_steps()
    assert KNOWN_TEXTS[OWN_INHALER_V1]["en"] == default_own_inhaler_attack_steps()
    for language in LANGUAGES:
        text.install_translator(translator(language))
        assert KNOWN_TEXTS[OWN_INHALER_V1][language] == default_own_inhaler_attack_steps()
    text.install_translator(lambda _c, source: source)


def test_the_general_steps_are_not_reliever_like():
    for steps in KNOWN_TEXTS[OWN_INHALER_V1].values():
        assert not reliever_like(steps)


@pytest.mark.parametrize("line", [
    "1 puff every 30-60 seconds, up to 10 puffs",
    "Take ১ puff, wait ৩০ to ৬০ s, max ১০",
    ("  use   YOUR reliever inhaler 1 puff then wait 30 to 60 seconds before the next one up "
    "to 10 puffs use your spacer if you have one "),
    ("3. Call 999 for an ambulance if you get worse at any time, if you are no better after 10 "
    "puffs, or if you do not have your reliever."),
])
def test_reliever_dose_lines_are_recognised_however_written(line):
    assert reliever_like([line])


@pytest.mark.parametrize("steps", [
    ("Take 1 puff of Symbicort every 1 to 3 minutes, up to 6 puffs.", "Call 999 if no better."),
    ("Sit up straight and stay as calm as you can.", "Use my MART inhaler as my plan says."),
    (),
])
def test_mart_steps_of_the_clinicians_own_are_not_reliever_like(steps):
    assert not reliever_like(steps)


# --- steps stored as text by older versions --------------------------------------------------

def test_old_copies_become_the_reference_in_any_language():
    for language in LANGUAGES:
        steps = saba_steps(language)
        assert steps_from_text(PlanKind.PREVENTER_RELIEVER, steps) == (SABA_UK_V1, (), ())
        trimmed = tuple(reversed(steps[:2] + steps[3:]))
        assert steps_from_text(PlanKind.PREVENTER_RELIEVER, trimmed) == (SABA_UK_V1, (), ())
        filled = tuple(fill(step, "999") for step in steps)
        assert steps_from_text(PlanKind.PREVENTER_RELIEVER, filled) == (SABA_UK_V1, (), ())
    for steps in KNOWN_TEXTS[OWN_INHALER_V1].values():
        for kind in PlanKind:
            assert steps_from_text(kind, steps) == (OWN_INHALER_V1, (), ())


def test_old_reliever_steps_on_mart_air_are_withdrawn_not_lost():
    for kind in OWN_KINDS:
        steps = saba_steps("pl")[1:]
        assert steps_from_text(kind, steps) == (OWN_INHALER_V1, (), steps)


def test_old_clinician_steps_stay_as_written():
    own = ("Take 4 puffs of salbutamol through the spacer.", "Call 112 if no better.")
    assert steps_from_text(PlanKind.PREVENTER_RELIEVER, own) == ("", own, ())
    edited = (saba_steps("en")[0], "Take 2 puffs of my blue inhaler every 2 minutes.")
    assert steps_from_text(PlanKind.PREVENTER_RELIEVER, edited) == ("", edited, ())
    assert steps_from_text(PlanKind.MART, ()) == (OWN_INHALER_V1, (), ())


# --- MART maximum puffs and AIR age (issue 11 item 9) ----------------------------------------

def test_new_mart_plan_needs_its_maximum_reliever_puffs_as_written():
    plan = make_plan(kind=PlanKind.MART)
    assert validate_plan(plan) == []  # a stored or imported version stays readable
    [problem] = validate_plan(plan, new=True)
    assert "most reliever puffs in a day" in problem
    assert validate_plan(replace(plan, max_reliever_puffs_per_day=8), new=True) == []
    assert validate_plan(make_plan(), new=True) == []  # not asked of a reliever plan


@pytest.mark.parametrize(("puffs", "ok"), [(0, False), (1, True), (24, True), (25, False),
                                           (80, False)])
def test_maximum_puffs_is_checked_for_a_typo_only(puffs, ok):
    plan = make_plan(kind=PlanKind.MART, max_reliever_puffs_per_day=puffs)
    assert (validate_plan(plan, new=True) == []) is ok


@pytest.mark.parametrize(("birth_year", "warned"), [
    (2016, True), (2014, True), (2013, False), (1990, False), (None, False)])
def test_air_plan_for_someone_under_12_by_year_of_birth_is_warned(birth_year, warned):
    warning = air_age_warning(PlanKind.AIR, birth_year, 2026)
    assert (warning is not None) is warned
    if warned:
        assert "12 and over" in warning and str(birth_year) in warning
    for kind in (PlanKind.MART, PlanKind.PREVENTER_RELIEVER):
        assert air_age_warning(kind, birth_year, 2026) is None
