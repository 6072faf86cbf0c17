"""Plan validation: every problem named in plain words; MART/AIR never get the SABA steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from asthma_app.domain.attack_steps import OWN_INHALER_V1, SABA_UK_V1
from asthma_app.domain.plan import (
    PlanKind,
    default_attack_steps,
    default_own_inhaler_attack_steps,
    default_uk_attack_steps,
    resolve_attack_steps,
    validate_plan,
)
from asthma_app.domain.text import fill
from asthma_app.domain.zones import Zone
from tests.conftest import make_plan


def test_valid_plan_has_no_problems():
    assert validate_plan(make_plan()) == []


def test_symptom_only_plan_is_valid():
    plan = make_plan(personal_best=None)
    assert validate_plan(plan) == []
    assert not plan.uses_peak_flow


@pytest.mark.parametrize(("overrides", "message"), [
    ({"agreed_by": ""}, "who agreed this plan"),
    ({"agreed_by": "   "}, "who agreed this plan"),
    ({"personal_best": 59}, "between 60 and 1000 L/min"),
    ({"personal_best": 1001}, "between 60 and 1000 L/min"),
    ({"personal_best": 0}, "between 60 and 1000 L/min"),
    ({"red_below_pct": 80, "amber_below_pct": 80}, "red level must be lower"),
    ({"red_below_pct": 90, "amber_below_pct": 80}, "red level must be lower"),
    ({"red_below_pct": 0}, "red level must be lower"),
    ({"amber_below_pct": 101}, "red level must be lower"),
    ({"emergency_number": ""}, "emergency phone number"),
    ({"emergency_number": "  "}, "emergency phone number"),
    ({"next_review": date(2026, 10, 31)}, "next review date"),
    ({"green_instructions": "", "medicines": ()}, "every day (green zone)"),
    ({"green_instructions": "  ", "medicines": ()}, "every day (green zone)"),
    ({"amber_instructions": ""}, "asthma gets worse (amber zone)"),
    ({"amber_instructions": " \n "}, "asthma gets worse (amber zone)"),
    ({"red_instructions": ""}, "asthma attack (red zone)"),
    ({"monitoring_hours": 0}, "Check-in interval"),
    ({"monitoring_hours": 24 * 14 + 1}, "Check-in interval"),
])
def test_each_fault_has_its_message(overrides, message):
    problems = validate_plan(make_plan(**overrides))
    assert len(problems) == 1, problems
    assert message in problems[0]


@pytest.mark.parametrize("overrides", [
    {"personal_best": 60}, {"personal_best": 1000}, {"red_below_pct": 1, "amber_below_pct": 100},
    {"next_review": date(2026, 11, 1)}, {"monitoring_hours": 1}, {"monitoring_hours": 336},
    {"green_instructions": "", "medicines": make_plan().medicines},
    {"green_instructions": "Preventer twice a day", "medicines": ()},
])
def test_edges_that_are_allowed(overrides):
    assert validate_plan(make_plan(**overrides)) == []


def test_all_problems_are_listed_at_once():
    plan = make_plan(agreed_by="", personal_best=20, amber_instructions="", red_instructions="",
                     emergency_number="")
    assert len(validate_plan(plan)) == 5


@pytest.mark.parametrize("kind", [PlanKind.MART, PlanKind.AIR])
def test_mart_and_air_plans_refuse_the_saba_steps(kind):
    plan = make_plan(kind=kind, attack_steps=default_uk_attack_steps())
    problems = validate_plan(plan)
    assert any("not for MART or AIR" in problem for problem in problems)
    # and so is a reference to them (e.g. a reliever plan switched to MART)
    assert any("not for MART or AIR" in problem for problem in validate_plan(
        make_plan(kind=kind, attack_steps_ref=SABA_UK_V1)))


@pytest.mark.parametrize("kind", [PlanKind.MART, PlanKind.AIR])
def test_mart_and_air_built_without_steps_get_the_general_steps(kind):
    plan = make_plan(kind=kind)
    assert plan.attack_steps == () and plan.attack_steps_ref == OWN_INHALER_V1
    assert validate_plan(plan) == []
    shown = resolve_attack_steps(plan)
    assert shown.steps == default_own_inhaler_attack_steps() and not shown.set_aside


@pytest.mark.parametrize("kind", [PlanKind.MART, PlanKind.AIR])
def test_mart_and_air_with_their_own_steps_are_valid(kind):
    assert validate_plan(make_plan(kind=kind, attack_steps=default_attack_steps(kind))) == []


def test_default_attack_steps_differ_by_kind():
    saba = default_attack_steps(PlanKind.PREVENTER_RELIEVER)
    assert saba == default_uk_attack_steps()
    for kind in (PlanKind.MART, PlanKind.AIR):
        own = default_attack_steps(kind)
        assert own == default_own_inhaler_attack_steps()
        assert own != saba
        # no puff counts for ICS-formoterol users: those come from their own plan
        assert not any("puff" in step for step in own)
    assert any("10 puffs" in step for step in saba)


def test_attack_steps_carry_the_emergency_number_placeholder():
    for kind in PlanKind:
        assert any("%1" in step for step in default_attack_steps(kind))
        filled = [fill(step, "112") for step in default_attack_steps(kind)]
        assert any("112" in step for step in filled)
        assert not any("%1" in step for step in filled)


def test_instructions_are_the_plans_own_text_per_zone():
    plan = make_plan()
    assert plan.instructions_for(Zone.GREEN) == plan.green_instructions
    assert plan.instructions_for(Zone.AMBER) == plan.amber_instructions
    assert plan.instructions_for(Zone.RED) == plan.red_instructions


def test_with_version_leaves_the_rest():
    plan = make_plan()
    versioned = plan.with_version(7, 3)
    assert (versioned.version_id, versioned.version) == (7, 3)
    assert replace(versioned, version_id=None, version=None) == plan


def test_medicine_title_names_drug_not_colour():
    preventer = make_plan().medicines[0]
    assert preventer.title() == ("beclometasone (Clenil) 100 micrograms "
                                 "pressurised inhaler with spacer")


# --- fill(): Qt-style %1..%n placeholders ------------------------------------------------

def test_fill_one_to_ten():
    template = " ".join(f"%{i}" for i in range(1, 11))
    assert fill(template, *"abcdefghij") == "a b c d e f g h i j"


def test_fill_ten_is_not_eaten_by_one():
    assert fill("%10/%1", *range(1, 11)) == "10/1"


def test_fill_reordered_and_repeated():
    assert fill("%2 before %1, %2 again", "x", "y") == "y before x, y again"


def test_fill_leaves_text_with_percent_signs():
    assert fill("%1 is 80 % of %2", 400, 500) == "400 is 80 % of 500"


def test_fill_does_not_substitute_inside_arguments():
    """An argument that happens to contain "%1" (typed text) must come out as typed."""
    assert fill("%1 %2", "a", "%1") == "a %1"
    assert fill("You told us: %1", "%2 odd") == "You told us: %2 odd"
