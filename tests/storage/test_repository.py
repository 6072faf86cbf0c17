"""Rows <-> domain objects: plan versions, readings and entries, soft delete and replace."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asthma_app.domain.plan import Medicine, MedicineRole, PlanKind, Scale
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading, Period, SymptomEntry
from asthma_app.storage import repository
from asthma_app.storage.database import transaction
from asthma_app.storage.plan_codec import (
    plan_from_dict,
    plan_from_json,
    plan_to_dict,
    plan_to_json,
)
from tests.conftest import make_plan

NOW = datetime(2026, 11, 22, 8, 0)


@pytest.fixture
def pid(db):
    return repository.add_profile(db, Profile("Ana", birth_year=1985), NOW).id


def reading_at(hours_ago: float, value: int = 450, **extra) -> PeakFlowReading:
    return PeakFlowReading(NOW - timedelta(hours=hours_ago), (value,), **extra)


# --- profiles -------------------------------------------------------------------------------

def test_profile_round_trip(db):
    saved = repository.add_profile(db, Profile("  Ana  ", 1985, region="IE"), NOW)
    assert saved.name == "Ana"  # stored trimmed
    assert saved.emergency == "112"
    assert saved.created_at == NOW
    updated = repository.update_profile(db, replace(saved, emergency_number="999"))
    assert updated.emergency == "999"
    assert repository.list_profiles(db) == [updated]


# --- plan codec -----------------------------------------------------------------------------

text = st.text(max_size=40)  # any unicode, including emoji and right-to-left scripts
medicines = st.builds(Medicine, drug=text, role=st.sampled_from(MedicineRole), brand=text,
                      device=text, strength=text, instructions=text, colour=text)
plans = st.builds(
    make_plan,
    kind=st.sampled_from(PlanKind), scale=st.sampled_from(Scale), agreed_by=text,
    agreed_on=st.dates(date(2000, 1, 1), date(2100, 1, 1)),
    personal_best=st.none() | st.integers(60, 1000),
    amber_below_pct=st.integers(2, 100), red_below_pct=st.integers(1, 99),
    green_instructions=text, amber_instructions=text, red_instructions=text,
    amber_signs=st.lists(text, max_size=4).map(tuple),
    red_signs=st.lists(text, max_size=4).map(tuple),
    medicines=st.lists(medicines, max_size=3).map(tuple),
    triggers=st.lists(text, max_size=4).map(tuple), gp_contact=text,
    out_of_hours_contact=text, emergency_number=text,
    attack_steps=st.lists(text, max_size=6).map(tuple),
    attack_steps_ref=st.none() | st.sampled_from(["", "standard:saba-uk:v1",
                                                  "standard:own-inhaler:v1"]),
    withdrawn_attack_steps=st.lists(text, max_size=3).map(tuple),
    max_reliever_puffs_per_day=st.none() | st.integers(1, 24),
    next_review=st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1)),
    monitoring_hours=st.integers(1, 336))


@given(plans)
def test_codec_round_trip(plan):
    assert plan_from_json(plan_to_json(plan)) == plan
    assert plan_from_dict(plan_to_dict(plan)) == plan


def test_codec_keeps_unicode_readable():
    plan = make_plan(agreed_by="Nyrs Siân Ó Briain", triggers=("paill", "花粉", "🌲"))
    assert "Siân" in plan_to_json(plan) and "花粉" in plan_to_json(plan)  # not \\u escapes
    assert plan_from_json(plan_to_json(plan)) == plan


def test_codec_drops_version_numbers_and_adds_them_back():
    plan = make_plan().with_version(5, 2)
    assert "version_id" not in plan_to_dict(plan)
    assert plan_from_json(plan_to_json(plan), 5, 2) == plan


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans)
def test_plan_round_trip_through_the_database(db, pid, plan):
    saved = repository.add_plan_version(db, pid, plan, NOW)
    assert repository.plan_by_id(db, saved.version_id) == saved
    assert replace(saved, version_id=None, version=None) == plan


# --- plan versions --------------------------------------------------------------------------

def test_agreeing_twice_gives_versions_1_and_2(db, pid):
    first = repository.add_plan_version(db, pid, make_plan(personal_best=450), NOW)
    second = repository.add_plan_version(db, pid, make_plan(personal_best=480),
                                         NOW + timedelta(days=30))
    assert (first.version, second.version) == (1, 2)
    assert repository.current_plan(db, pid) == second

    history = repository.plan_history(db, pid)
    assert [plan.version for _, plan in history] == [2, 1]  # newest first
    assert [moment for moment, _ in history] == [NOW + timedelta(days=30), NOW]
    assert history[1][1] == first  # the old version is unchanged
    assert repository.plan_by_id(db, first.version_id).personal_best == 450


def test_versions_are_per_profile(db, pid):
    other = repository.add_profile(db, Profile("Ben"), NOW).id
    repository.add_plan_version(db, pid, make_plan(), NOW)
    repository.add_plan_version(db, pid, make_plan(), NOW)
    assert repository.add_plan_version(db, other, make_plan(), NOW).version == 1
    assert repository.current_plan(db, other).version == 1
    assert len(repository.plan_history(db, pid)) == 2


def test_no_plan_yet(db, pid):
    assert repository.current_plan(db, pid) is None
    assert repository.plan_history(db, pid) == []


# --- readings -------------------------------------------------------------------------------

def test_reading_round_trip(db, pid):
    plan = repository.add_plan_version(db, pid, make_plan(), NOW)
    original = PeakFlowReading(datetime(2026, 11, 22, 19, 30), (400, 420, 410),
                               scale=Scale.WRIGHT, after_reliever=True, note="after the stairs",
                               plan_version_id=plan.version_id)
    saved = repository.add_reading(db, pid, original, NOW)
    assert saved.id is not None
    assert replace(saved, id=None) == replace(original, period=Period.EVENING)


def test_readings_newest_first(db, pid):
    for hours_ago in (5, 1, 30, 3):
        repository.add_reading(db, pid, reading_at(hours_ago, 400 + hours_ago), NOW)
    values = [r.value for r in repository.list_readings(db, pid)]
    assert values == [401, 403, 405, 430]
    assert repository.latest_reading(db, pid).value == 401
    assert [r.value for r in repository.list_readings(db, pid, limit=2)] == [401, 403]


def test_same_moment_newest_insert_first(db, pid):
    repository.add_reading(db, pid, reading_at(1, 400), NOW)
    repository.add_reading(db, pid, reading_at(1, 410), NOW)
    assert [r.value for r in repository.list_readings(db, pid)] == [410, 400]


def test_range_filter_is_start_inclusive_end_exclusive(db, pid):
    day = datetime(2026, 11, 20)
    for hour, value in ((0, 400), (8, 410), (23, 420)):
        repository.add_reading(db, pid, PeakFlowReading(day.replace(hour=hour), (value,)), NOW)
    repository.add_reading(db, pid, PeakFlowReading(day + timedelta(days=1), (430,)), NOW)
    one_day = repository.list_readings(db, pid, start=day, end=day + timedelta(days=1))
    assert [r.value for r in one_day] == [420, 410, 400]
    assert [r.value for r in repository.list_readings(db, pid, start=day.replace(hour=8))] == [
        430, 420, 410]
    assert [r.value for r in repository.list_readings(db, pid, end=day.replace(hour=8))] == [400]


def test_readings_are_per_profile(db, pid):
    other = repository.add_profile(db, Profile("Ben"), NOW).id
    repository.add_reading(db, pid, reading_at(1, 400), NOW)
    repository.add_reading(db, other, reading_at(1, 300), NOW)
    assert [r.value for r in repository.list_readings(db, other)] == [300]
    assert repository.latest_reading(db, pid).value == 400


def test_soft_delete_hides_and_undo_restores(db, pid):
    kept = repository.add_reading(db, pid, reading_at(2, 400), NOW)
    gone = repository.add_reading(db, pid, reading_at(1, 300), NOW)
    repository.set_deleted(db, "readings", gone.id, NOW)
    assert repository.list_readings(db, pid) == [kept]
    assert repository.latest_reading(db, pid) == kept
    assert db["readings"].get(gone.id)["deleted_at"] == NOW.isoformat()  # still on disk
    repository.set_deleted(db, "readings", gone.id, None)
    assert repository.list_readings(db, pid) == [gone, kept]


def test_replace_hides_old_and_undo_replace_restores(db, pid):
    old = repository.add_reading(db, pid, reading_at(1, 300), NOW)
    new = repository.replace_reading(db, pid, old.id, replace(old, blows=(350,)), NOW)
    assert new.id != old.id
    assert repository.list_readings(db, pid) == [new]
    assert db["readings"].get(old.id)["value"] == 300  # the old row is never changed in place

    repository.undo_replace(db, "readings", old.id, new.id, NOW)
    assert repository.list_readings(db, pid) == [old]


def test_add_readings_10000_in_one_transaction(db, pid):
    start = datetime(2000, 1, 1, 8, 0)
    many = [PeakFlowReading(start + timedelta(hours=12 * i), (300 + i % 300,))
            for i in range(10_000)]
    repository.add_readings(db, pid, many, NOW)
    assert db["readings"].count == 10_000
    newest = repository.latest_reading(db, pid)
    assert newest.taken_at == many[-1].taken_at


def test_add_readings_is_all_or_nothing(db, pid):
    good = [reading_at(i) for i in range(5)]
    with pytest.raises(Exception):  # noqa: B017 - any failure must leave nothing behind
        repository.add_readings(db, 999, good, NOW)  # no such profile: foreign key fails
    assert db["readings"].count == 0


# --- symptom entries ------------------------------------------------------------------------

def test_entry_round_trip(db, pid):
    entry = SymptomEntry(NOW, daytime_symptoms=True, night_waking=True, reliever_puffs=4,
                         triggers=("cold air", "花粉"), amber_signs=("waking at night",),
                         red_signs=(), note="bad night")
    saved = repository.add_entry(db, pid, entry, NOW)
    assert replace(saved, id=None) == entry
    assert repository.latest_entry(db, pid) == saved


def test_entries_order_range_delete_and_replace(db, pid):
    a = repository.add_entry(db, pid, SymptomEntry(NOW - timedelta(days=2)), NOW)
    b = repository.add_entry(db, pid, SymptomEntry(NOW - timedelta(days=1)), NOW)
    c = repository.add_entry(db, pid, SymptomEntry(NOW), NOW)
    assert repository.list_entries(db, pid) == [c, b, a]
    assert repository.list_entries(db, pid, start=NOW - timedelta(days=1), end=NOW) == [b]

    repository.set_deleted(db, "symptom_entries", c.id, NOW)
    assert repository.latest_entry(db, pid) == b
    repository.set_deleted(db, "symptom_entries", c.id, None)

    edited = repository.replace_entry(db, pid, b.id, replace(b, reliever_puffs=6), NOW)
    assert repository.list_entries(db, pid) == [c, edited, a]
    repository.undo_replace(db, "symptom_entries", b.id, edited.id, NOW)
    assert repository.list_entries(db, pid) == [c, b, a]


def test_add_entries_in_one_go(db, pid):
    repository.add_entries(db, pid, [SymptomEntry(NOW - timedelta(days=i)) for i in range(50)],
                           NOW)
    assert len(repository.list_entries(db, pid)) == 50


def test_failing_write_in_transaction_leaves_no_reading(db, pid):
    with pytest.raises(KeyError), transaction(db):
        repository.add_reading(db, pid, reading_at(1), NOW)
        repository.add_entry(db, pid, SymptomEntry(NOW), NOW)
        raise KeyError("crash between two writes")
    assert repository.list_readings(db, pid) == []
    assert repository.list_entries(db, pid) == []
