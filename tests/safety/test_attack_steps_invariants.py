"""Invariant (issue 11): a MART or AIR plan never yields the reliever-inhaler attack steps, by
any path: domain resolution, the plan editor's save, JSON backup import (format 1 with copied
text, format 2 with references), the FHIR export, the demo's MART plan and migration 4.

Plans are generated over every kind, both meter scales, thresholds 30-95 %, all five languages
and step texts that are the standard reliever steps (any language, trimmed, reordered,
re-cased, re-spaced, re-punctuated, numbered, the emergency number filled in, one letter
changed), mixed with the clinician's own lines and random text.

The oracle does not use the app's recogniser: the generator remembers which lines it derived
from which standard step (read from translations/*.ts, not from the app). A shown line derived
from a dose step (2-4: "1 puff every 30-60 s, up to 10 puffs", "no better after 10 puffs", "do
step 2 again"), or two or more shown lines derived from the reliever steps, or a shown line
equal to a dose step in any language, is a failure. (One of the other steps alone, such as
"Sit up straight and stay as calm as you can.", is not a reliever-inhaler step.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asthma_app.domain import text
from asthma_app.domain.attack_steps import STANDARD
from asthma_app.domain.plan import PlanKind, Scale, resolve_attack_steps, validate_plan
from asthma_app.domain.text import fill
from asthma_app.services import demo
from asthma_app.storage.exchange import ImportRefused, json_backup
from asthma_app.storage.exchange.backup_import import check_backup
from asthma_app.storage.exchange.fhir import build_bundle
from asthma_app.storage.migrations import m0004_attack_steps_reference
from asthma_app.storage.plan_codec import plan_from_json, plan_to_dict
from tests.conftest import make_plan
from tests.safety.catalogue import LANGUAGES, saba_steps, translator

DOSE_STEPS = {1, 2, 3}
NUMBERS = ("999", "112", "911", "000", "111")
OWN_LINES = ("Take 1 puff of my MART inhaler every 1 to 3 minutes, up to 6 puffs.",
             "Use my AIR inhaler as my plan says.", "Sit up and keep calm.",
             "Call %1 if I am not getting better.", "Ring the surgery on 01234 567890.",
             "Zadzwoń pod %1, jeśli nie ma poprawy.")


@dataclass(frozen=True)
class Line:
    text: str
    saba_index: int | None  # the standard reliever step it was made from, if any


def _mutate(draw, line: str) -> str:
    """The same step as a person might have copied it."""
    if draw(st.booleans()):
        line = fill(line, draw(st.sampled_from(NUMBERS)))
    how = draw(st.sampled_from(("same", "upper", "lower", "spaces", "punctuation",
                                "numbered", "typo")))
    if how == "upper":
        return line.upper()
    if how == "lower":
        return line.lower()
    if how == "spaces":
        return "  " + "   ".join(line.split()) + " "
    if how == "punctuation":
        return line.replace(",", "").replace(".", "!").replace(":", " -")
    if how == "numbered":
        return f"{draw(st.integers(1, 9))}. {line}"
    if how == "typo" and len(line) > 30:
        at = draw(st.integers(0, len(line) - 1))
        return line[:at] + draw(st.sampled_from("xqz")) + line[at + 1:]
    return line


@st.composite
def step_lines(draw) -> tuple[Line, ...]:
    lines: list[Line] = []
    if draw(st.booleans()):  # some of the reliever steps, in one language or a mix
        chosen = draw(st.lists(st.integers(0, 5), min_size=1, max_size=6, unique=True))
        for index in chosen:
            language = draw(st.sampled_from(LANGUAGES))
            lines.append(Line(_mutate(draw, saba_steps(language)[index]), index))
    lines += [Line(t, None) for t in draw(st.lists(st.sampled_from(OWN_LINES), max_size=3))]
    lines += [Line(t, None) for t in draw(st.lists(
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                min_size=1, max_size=40).filter(str.strip), max_size=2))]
    return tuple(draw(st.permutations(lines)))


@st.composite
def plans(draw):
    amber = draw(st.integers(31, 95))
    lines = draw(step_lines())
    ref = draw(st.none() | st.sampled_from([*STANDARD, "standard:saba-uk:v9"]))
    use_text = draw(st.booleans())
    plan = make_plan(
        kind=draw(st.sampled_from(PlanKind)), scale=draw(st.sampled_from(Scale)),
        personal_best=draw(st.none() | st.integers(60, 1000)), amber_below_pct=amber,
        red_below_pct=draw(st.integers(30, amber - 1)),
        emergency_number=draw(st.sampled_from(NUMBERS)),
        attack_steps=tuple(line.text for line in lines) if use_text else (),
        attack_steps_ref=None if use_text else ref,
        max_reliever_puffs_per_day=draw(st.none() | st.integers(1, 24)))
    return plan, lines if use_text else ()


def reliever_steps_shown(shown: tuple[str, ...], lines: tuple[Line, ...], number: str) -> list:
    """The failures the invariant forbids, by the generator's own record of each line."""
    origin = {line.text: line.saba_index for line in lines}
    derived = [origin[s] for s in shown if origin.get(s) is not None]
    every_saba = {" ".join(fill(saba_steps(language)[i], n).casefold().split())
                  for language in LANGUAGES for i in DOSE_STEPS for n in ("%1", number)}
    equal = [s for s in shown if " ".join(fill(s, number).casefold().split()) in every_saba]
    bad = [i for i in derived if i in DOSE_STEPS] + equal
    if len(set(derived)) >= 2:
        bad += derived
    return bad


def check(plan, lines, number) -> None:
    if plan.kind is PlanKind.PREVENTER_RELIEVER:
        return
    assert reliever_steps_shown(resolve_attack_steps(plan).steps, lines, number) == []


@pytest.fixture
def in_language():
    def use(language: str) -> None:
        text.install_translator(translator(language))

    yield use
    text.install_translator(lambda _context, source: source)


COMMON = settings(max_examples=150, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])


@COMMON
@given(generated=plans(), language=st.sampled_from(LANGUAGES))
def test_domain_resolution_never_gives_mart_air_reliever_steps(in_language, generated,
                                                               language):
    plan, lines = generated
    in_language(language)
    check(plan, lines, plan.emergency_number)
    if plan.kind is not PlanKind.PREVENTER_RELIEVER and not validate_plan(plan):
        # what the plan's own check lets through is safe even before resolution
        assert reliever_steps_shown(plan.attack_steps, lines, plan.emergency_number) == []


def _old_lines(plan, lines, language):
    """The steps as an older version stored them (the standard ones copied as text, in the
    language it ran in), and the generator's record of them."""
    if plan.attack_steps:
        return plan.attack_steps, lines
    copied = resolve_attack_steps(replace(plan, kind=PlanKind.PREVENTER_RELIEVER)).steps
    saba = copied == saba_steps(language)
    return copied, tuple(Line(s, i if saba else None) for i, s in enumerate(copied))


def _backup(plan, old_form: bool) -> dict:
    data = plan_to_dict(plan)
    if old_form:  # format 1: the steps as text, no reference
        data["attack_steps"] = list(plan.attack_steps or
                                    resolve_attack_steps(replace(
                                        plan, kind=PlanKind.PREVENTER_RELIEVER)).steps)
        for key in ("attack_steps_ref", "withdrawn_attack_steps", "max_reliever_puffs_per_day"):
            data.pop(key)
    return {"format": json_backup.FORMAT, "format_version": 1 if old_form else 2,
            "profile": {"name": "P", "created_at": "2026-01-01T00:00:00"},
            "plan_versions": [{"version": 1, "created_at": "2026-01-01T00:00:00",
                               "plan": data}]}


@COMMON
@given(generated=plans(), old_form=st.booleans(), language=st.sampled_from(LANGUAGES))
def test_json_import_never_gives_mart_air_reliever_steps(in_language, generated, old_form,
                                                         language):
    plan, lines = generated
    in_language(language)
    if old_form:
        _steps, lines = _old_lines(plan, lines, language)
    try:
        _profile, rows, _tables = check_backup(_backup(plan, old_form), date(2026, 11, 22))
    except ImportRefused:
        return  # refused: nothing reaches the patient
    imported = plan_from_json(rows[0]["data"])
    check(imported, lines, plan.emergency_number)


@COMMON
@given(generated=plans(), language=st.sampled_from(LANGUAGES))
def test_migration_never_gives_mart_air_reliever_steps(in_language, generated, language):
    plan, lines = generated
    in_language(language)
    old = _backup(plan, old_form=True)["plan_versions"][0]["plan"]
    _steps, lines = _old_lines(plan, lines, language)
    db = sqlite_utils.Database(memory=True)
    db["plan_versions"].insert({"id": 1, "data": json.dumps(old)}, pk="id")
    m0004_attack_steps_reference.apply(db)
    migrated = plan_from_json(db["plan_versions"].get(1)["data"])
    assert "attack_steps_ref" in json.loads(db["plan_versions"].get(1)["data"])
    check(migrated, lines, plan.emergency_number)


@COMMON
@given(generated=plans(), language=st.sampled_from(LANGUAGES))
def test_demo_mart_plan_and_fhir_export_never_give_reliever_steps(in_language, generated,
                                                                  language, session):
    plan, lines = generated
    in_language(language)
    mart = demo.mart_plan(plan, date(2026, 11, 22))
    assert validate_plan(mart, new=True) == []
    check(mart, lines, mart.emergency_number)
    bundle = build_bundle(session.profile, plan.with_version(1, 1), [], [], session.clock())
    [care_plan] = [e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "CarePlan"]
    [steps] = [a["detail"]["description"] for a in care_plan["activity"]
               if a["detail"]["description"].startswith("Asthma attack steps: ")]
    if plan.kind is not PlanKind.PREVENTER_RELIEVER:
        for i, step in enumerate(resolve_attack_steps(plan).steps, start=1):
            assert f"{i}. {fill(step, plan.emergency_number)}" in steps
        check(plan, lines, plan.emergency_number)


@pytest.fixture
def editor(qtbot, session):
    from asthma_app.app import create_application
    from asthma_app.ui.dialogs.plan_editor import PlanEditor

    create_application()
    dialog = PlanEditor(session)
    qtbot.addWidget(dialog)
    return dialog


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=plans(), language=st.sampled_from(LANGUAGES),
       first_kind=st.sampled_from(PlanKind))
def test_editor_save_never_gives_mart_air_reliever_steps(in_language, editor, session,
                                                         generated, language, first_kind):
    """Typed (or left standard) in one kind and language, switched to another kind, saved."""
    from asthma_app.services.plans import PlanRejected

    plan, lines = generated
    in_language(language)
    editor.kind.setCurrentIndex(editor.kind.findData(first_kind.value))
    own = bool(plan.attack_steps)
    editor.steps_choice.setCurrentIndex(editor.steps_choice.findData("own" if own else
                                                                     "standard"))
    if own:
        editor.attack_steps.setPlainText("\n".join(plan.attack_steps))
    editor.kind.setCurrentIndex(editor.kind.findData(plan.kind.value))
    editor.agreed_by.setText("Nurse Jones")
    editor.green_text.setPlainText("Preventer twice a day.")
    editor.amber_text.setPlainText("Reliever as my plan says.")
    editor.red_text.setPlainText("Follow the attack steps.")
    editor.max_puffs.setValue(8)
    try:
        saved = session.plans.agree(editor.plan())
    except PlanRejected:
        return
    stored = session.plans.by_id(saved.version_id)
    typed = tuple(Line(line.text.strip(), line.saba_index) for line in lines)
    check(stored, typed, stored.emergency_number)
