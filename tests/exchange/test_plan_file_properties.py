"""Property tests: generated and mutated plan files (.asthmaplan, this app's FHIR CarePlan and
a practice-style CarePlan). Whatever the bytes, reading either refuses with a message or gives
a plan that passes an independent safety oracle; it never crashes and never writes."""

from __future__ import annotations

import base64
import json
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asthma_app.domain import attack_steps
from asthma_app.domain.plan import (
    PlanKind,
    default_uk_attack_steps,
    resolve_attack_steps,
)
from asthma_app.services import plan_import
from asthma_app.storage.exchange import ImportRefused
from asthma_app.storage.exchange import plan_file as fmt
from asthma_app.storage.exchange.fhir_plan import plan_extension
from tests.safety.strategies import plans

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**4, 10**4) | st.floats(allow_nan=False)
    | st.text(max_size=12) | st.sampled_from(["", "2026-13-40", "mart", "air", "999",
                                               "standard:saba-uk:v1", "standard:x:v9"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.text(max_size=8), children, max_size=3), max_leaves=8)
PLAN_KEYS = ["kind", "agreed_by", "agreed_on", "personal_best", "amber_below_pct",
             "red_below_pct", "emergency_number", "attack_steps", "attack_steps_ref",
             "max_reliever_puffs_per_day", "medicines", "next_review", "green_instructions",
             "red_instructions", "monitoring_hours", "agreed_with", "amber_signs"]
# The reliever-inhaler set's steps, by their first 30 letters; steps 2-4 set the reliever dose
# (docs/clinical/attack-steps.md). "Sit up straight" alone is advice for every plan.
SABA_TEXTS = [line.replace("%1", "").strip()[:30] for line in default_uk_attack_steps()]
SABA_DOSE_TEXTS = set(SABA_TEXTS[1:4])


def safe(plan) -> bool:
    """The oracle, written apart from validate_plan: what an accepted plan must never be."""
    shown = resolve_attack_steps(plan)
    own_inhaler = plan.kind is not PlanKind.PREVENTER_RELIEVER
    starts = {step.replace("%1", "").strip()[:30] for step in shown.steps}
    saba_shown = (shown.ref == attack_steps.SABA_UK_V1 or bool(starts & SABA_DOSE_TEXTS)
                  or len(starts & set(SABA_TEXTS)) >= 2)
    stored = {step.replace("%1", "").strip()[:30] for step in plan.attack_steps}
    saba_stored = (plan.attack_steps_ref == attack_steps.SABA_UK_V1
                   or bool(stored & SABA_DOSE_TEXTS) or len(stored & set(SABA_TEXTS)) >= 2)
    return (bool(plan.agreed_by.strip()) and bool(plan.emergency_number.strip())
            and not (own_inhaler and saba_stored)  # refused, never kept and hidden
            and 0 < plan.red_below_pct < plan.amber_below_pct <= 100
            and (plan.personal_best is None or 60 <= plan.personal_best <= 1000)
            and not (own_inhaler and saba_shown)
            and not (plan.kind is PlanKind.MART and plan.max_reliever_puffs_per_day is None)
            and bool(plan.red_instructions.strip()))


@st.composite
def plan_documents(draw) -> dict:
    plan = draw(plans(peak_flow=None))
    if plan.kind is not PlanKind.PREVENTER_RELIEVER and draw(st.booleans()):
        plan = replace(plan, max_reliever_puffs_per_day=draw(st.integers(1, 24)))
    document = json.loads(fmt.dumps(plan, "Sam Patel", 1990))
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from(PLAN_KEYS))
        choice = draw(st.integers(0, 3))
        if choice == 0:
            document["plan"].pop(key, None)
        elif choice == 1:
            document["plan"][key] = draw(json_values)
        elif choice == 2:  # the dangerous one: reliever steps, copied or trimmed
            steps = list(default_uk_attack_steps())
            document["plan"]["attack_steps"] = draw(st.permutations(steps))[
                :draw(st.integers(1, 6))]
            document["plan"]["attack_steps_ref"] = draw(st.sampled_from(["", None]))
        else:
            document[draw(st.sampled_from(["format", "format_version", "person"]))] = \
                draw(json_values)
    return document


def carriers(document: dict, which: int) -> bytes:
    text = json.dumps(document, ensure_ascii=False)
    if which == 0:
        return text.encode()
    care_plan = {"resourceType": "CarePlan", "status": "active", "intent": "plan",
                 "activity": [{"detail": {"status": "not-started", "description": "x"}}],
                 "extension": [plan_extension(text)]}
    return json.dumps({"resourceType": "Bundle", "type": "collection",
                       "entry": [{"resource": care_plan}]}).encode()


def check(path, raw: bytes, session) -> None:
    path.write_bytes(raw)
    before = session.plans.current()
    try:
        found = plan_import.read_plan_file(path)
    except ImportRefused as refused:
        assert str(refused).strip()
    else:
        assert safe(found.plan), found.plan
    assert session.plans.current() == before  # reading never writes


@SETTINGS
@given(document=plan_documents(), which=st.integers(0, 1))
def test_generated_and_mutated_plan_files_are_refused_or_safe(session, tmp_path, document,
                                                              which):
    check(tmp_path / "plan.asthmaplan", carriers(document, which), session)


@SETTINGS
@given(document=plan_documents(), cut=st.integers(0, 400), flip=st.integers(0, 255))
def test_damaged_bytes_are_refused_or_safe(session, tmp_path, document, cut, flip):
    raw = bytearray(carriers(document, 0))
    if raw:
        raw[cut % len(raw)] ^= flip
    check(tmp_path / "plan.asthmaplan", bytes(raw[: max(1, len(raw) - cut)]), session)


@SETTINGS
@given(activities=st.lists(st.dictionaries(st.sampled_from(["detail", "x"]), json_values
                                           | st.fixed_dictionaries(
                                               {"description": st.sampled_from(
                                                   ["Green: a", "Red: b", "Amber: c",
                                                    "Asthma attack steps: 1. Sit up"])}),
                                           max_size=2), max_size=4),
       title=st.sampled_from(["Asthma plan (MART)", "AIR plan", "preventer and reliever",
                              "plan"]),
       extra=st.dictionaries(st.sampled_from(["period", "author", "note", "category",
                                              "created"]), json_values, max_size=3))
def test_practice_careplans_are_refused_or_safe(session, tmp_path, activities, title, extra):
    care_plan = {"resourceType": "CarePlan", "status": "active", "intent": "plan",
                 "title": title, "period": {"start": "2026-11-01"},
                 "author": {"display": "Nurse"}, "activity": activities, **extra}
    check(tmp_path / "careplan.json", json.dumps(care_plan).encode(), session)


def test_the_extension_must_be_base64(session, tmp_path, plan_factory):
    good = carriers(json.loads(fmt.dumps(plan_factory(), "Sam", None)), 1)
    data = base64.b64encode(json.dumps(json.loads(fmt.dumps(plan_factory(), "Sam", None)),
                                       ensure_ascii=False).encode()).decode()
    assert data in good.decode()
    path = tmp_path / "x.json"
    path.write_bytes(good.replace(data.encode(), b"*" + data[1:].encode()))
    with pytest.raises(ImportRefused, match="damaged"):
        plan_import.read_plan_file(path)
