"""PlanService: agreeing a plan always makes a new version; incomplete plans are rejected."""

from __future__ import annotations

import pytest

from asthma_app.domain.attack_steps import SABA_UK_V1
from asthma_app.domain.plan import (
    PlanKind,
    default_attack_steps,
    default_uk_attack_steps,
    resolve_attack_steps,
)
from asthma_app.services.plans import PlanRejected
from tests.conftest import make_plan


def test_agree_and_read_back(session, clock):
    plan = session.plans.agree(make_plan())
    assert plan.version == 1
    assert session.plans.current() == plan
    assert session.plans.by_id(plan.version_id) == plan
    [(moment, stored)] = session.plans.history()
    assert moment == clock() and stored == plan


def test_agreeing_again_keeps_the_old_version(session, clock):
    first = session.plans.agree(make_plan(personal_best=450))
    clock.advance(days=90)
    second = session.plans.agree(make_plan(personal_best=500, agreed_by="Dr Okafor"))
    assert second.version == 2
    assert session.plans.current().agreed_by == "Dr Okafor"
    history = session.plans.history()
    assert [plan.version for _, plan in history] == [2, 1]
    assert history[1][1] == first
    assert session.plans.by_id(first.version_id).personal_best == 450


def test_rejected_plan_lists_every_problem_and_saves_nothing(session):
    with pytest.raises(PlanRejected) as caught:
        session.plans.agree(make_plan(agreed_by="", red_instructions="", personal_best=5))
    problems = caught.value.problems
    assert len(problems) == 3
    assert any("who agreed" in p for p in problems)
    assert any("red zone" in p for p in problems)
    assert any("60 and 1000" in p for p in problems)
    assert str(caught.value) == "\n".join(problems)
    assert session.plans.current() is None


@pytest.mark.parametrize("kind", [PlanKind.MART, PlanKind.AIR])
def test_mart_air_with_saba_steps_rejected_then_accepted_with_own_steps(session, kind):
    with pytest.raises(PlanRejected, match="not for MART or AIR"):
        session.plans.agree(make_plan(kind=kind, attack_steps_ref=SABA_UK_V1,
                                      max_reliever_puffs_per_day=8))
    with pytest.raises(PlanRejected, match="not for MART or AIR"):
        session.plans.agree(make_plan(kind=kind, attack_steps=default_uk_attack_steps()[1:],
                                      max_reliever_puffs_per_day=8))
    own = ("Take 1 puff every 1 to 3 minutes, up to 6 puffs.", "Call 999 if no better.")
    plan = session.plans.agree(make_plan(kind=kind, attack_steps=own,
                                         max_reliever_puffs_per_day=8))
    assert session.plans.current().attack_steps == own
    assert resolve_attack_steps(session.plans.current()).steps == own
    assert plan.kind is kind
    general = session.plans.agree(make_plan(kind=kind, max_reliever_puffs_per_day=8))
    assert resolve_attack_steps(general).steps == default_attack_steps(kind)


def test_mart_plan_keeps_its_maximum_puffs_as_written(session):
    with pytest.raises(PlanRejected, match="most reliever puffs"):
        session.plans.agree(make_plan(kind=PlanKind.MART))
    session.plans.agree(make_plan(kind=PlanKind.MART, max_reliever_puffs_per_day=8))
    assert session.plans.current().max_reliever_puffs_per_day == 8


def test_who_agreed_and_when_travel_with_every_version(session):
    from datetime import date

    plan = session.plans.agree(make_plan(agreed_by="Nurse Jones", agreed_on=date(2026, 11, 1)))
    current = session.plans.current()
    assert (current.agreed_by, current.agreed_on) == ("Nurse Jones", date(2026, 11, 1))
    assert current == plan
