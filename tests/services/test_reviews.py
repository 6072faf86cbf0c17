"""ReviewService: records, soft delete, the monthly RCP3 prompt, the attack offer, summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from asthma_app.domain.control import Attack, Care, ControlError, ControlScore, Tool
from asthma_app.domain.readings import PeakFlowReading, SymptomEntry
from asthma_app.services.reviews import ATTACKS, QUESTIONS


def test_scores_attacks_and_questions_round_trip(session):
    reviews = session.reviews
    saved = reviews.record_rcp3((True, False, True))
    assert saved.total == 2 and saved.answers == (True, False, True) and saved.id
    reviews.record_score(ControlScore(date(2026, 11, 1), Tool.ACQ, 1.57))
    assert [s.total for s in reviews.scores()] == [2, 1.57]
    assert [s.tool for s in reviews.scores(Tool.ACQ)] == [Tool.ACQ]
    attack = reviews.record_attack(Attack(date(2026, 11, 20), (Care.NHS_111,
                                                              Care.STEROID_TABLETS), "cold"))
    assert reviews.attacks() == [attack]
    question = reviews.add_question("Should I have a flu jab?")
    reviews.mark_answered(question.id)
    assert reviews.questions()[0].answered
    reviews.delete(ATTACKS, attack.id)
    reviews.delete(QUESTIONS, question.id)
    assert reviews.attacks() == [] and reviews.questions() == []
    reviews.undelete(ATTACKS, attack.id)
    assert reviews.attacks() == [attack]


def test_bad_records_are_refused_and_nothing_written(session, db):
    with pytest.raises(ControlError):
        session.reviews.record_score(ControlScore(date(2026, 11, 1), Tool.ACT, 30))
    with pytest.raises(ControlError):
        session.reviews.add_question("  ")
    assert db["control_scores"].count == 0 and db["review_questions"].count == 0


def test_rcp3_prompt_is_monthly_and_can_be_snoozed(session, clock):
    reviews = session.reviews
    clock.advance(days=28)  # not before the profile is a month old (next test)
    assert reviews.rcp3_due()
    reviews.snooze_rcp3()
    assert not reviews.rcp3_due()
    clock.advance(days=7)
    assert reviews.rcp3_due()
    reviews.record_rcp3((False, False, False))
    clock.advance(days=29)
    assert not reviews.rcp3_due()
    clock.advance(days=1)
    assert reviews.rcp3_due()


def test_rcp3_waits_for_a_month_of_the_profile(session, clock):
    """Day one of a new diary (or a kiosk visitor) is not the time to ask about "the last
    month"; 28 days after the profile was made it is."""
    assert not session.reviews.rcp3_due()
    clock.advance(days=27)
    assert not session.reviews.rcp3_due()
    clock.advance(days=1)
    assert session.reviews.rcp3_due()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(age=st.integers(0, 70), oldest=st.none() | st.integers(0, 60) | st.integers(0, 400))
@example(age=27, oldest=None).via("the day before")
@example(age=0, oldest=28).via("an imported month")
def test_rcp3_is_asked_only_once_the_diary_knows_a_month(db, age, oldest):
    """Due exactly when the profile is 28 days old or holds a reading from 28 days ago (an
    imported diary), with no RCP3 answered and no snooze."""
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile, open_session
    from tests.conftest import FakeClock

    clock = FakeClock()
    profile = create_profile(db, Profile(name=f"P{age}-{oldest}"), clock)
    clock.advance(days=age)
    session = open_session(db, profile.id, clock)
    if oldest is not None:
        session.diary.log_reading(PeakFlowReading(clock() - timedelta(days=oldest), (400,)))
    assert session.reviews.rcp3_due() == (age >= 28 or (oldest or 0) >= 28)


def test_attack_is_offered_after_a_red_day_until_recorded_or_dismissed(session, clock,
                                                                       plan_factory):
    clock.now = datetime(2026, 11, 1, 9, 0)  # the plan is in force from the moment it is saved
    session.plans.agree(plan_factory())
    clock.now = datetime(2026, 11, 22, 8, 0)
    reviews = session.reviews
    session.diary.log_reading(PeakFlowReading(datetime(2026, 11, 21, 20, 0), (400,)))
    assert reviews.red_day_to_record() is None  # amber only
    session.diary.log_reading(PeakFlowReading(datetime(2026, 11, 21, 21, 0), (200,)))
    assert reviews.red_day_to_record() == date(2026, 11, 21)
    reviews.dismiss_attack_offer()
    assert reviews.red_day_to_record() is None
    clock.advance(days=1)
    session.diary.log_symptoms(SymptomEntry(datetime(2026, 11, 23, 7, 0),
                                            red_signs=("I can't walk or talk easily",)))
    assert reviews.red_day_to_record() == date(2026, 11, 23)
    reviews.record_attack(Attack(date(2026, 11, 23), (Care.AMBULANCE,)))
    assert reviews.red_day_to_record() is None
    clock.advance(days=3)
    assert reviews.red_day_to_record() is None  # only yesterday and today count


def test_summary_defaults_to_since_the_plan_was_agreed(session, clock, plan_factory):
    clock.now = datetime(2026, 10, 1, 9, 0)
    session.plans.agree(plan_factory(agreed_on=date(2026, 10, 1)))
    clock.now = datetime(2026, 11, 22, 8, 0)
    reviews, diary = session.reviews, session.diary
    diary.log_reading(PeakFlowReading(datetime(2026, 9, 30, 8, 0), (300,)))  # before the period
    diary.log_reading(PeakFlowReading(datetime(2026, 11, 20, 8, 0), (450,)))
    diary.log_reading(PeakFlowReading(datetime(2026, 11, 20, 20, 0), (380,)))
    diary.log_symptoms(SymptomEntry(datetime(2026, 11, 20, 21, 0), night_waking=True,
                                    reliever_puffs=2, amber_signs=("x",)))
    reviews.record_rcp3((True, True, False), date(2026, 11, 2))
    reviews.record_score(ControlScore(date(2026, 11, 3), Tool.ACT, 18))
    reviews.record_attack(Attack(date(2026, 10, 15), (Care.URGENT_APPOINTMENT,)))
    reviews.add_question("Can I try a different inhaler?")
    summary = reviews.summary()
    assert (summary.start, summary.end) == (date(2026, 10, 1), date(2026, 11, 22))
    assert summary.patient == "Sam Patel" and summary.plan.agreed_by == "Nurse Jones"
    assert summary.plan.age_days == 52 and summary.plan.version == 1
    assert summary.stats.readings_count == 2 and summary.stats.lowest == 380
    assert summary.stats.days_amber == 1 and summary.stats.night_waking_days == 1
    assert summary.latest_rcp3.total == 2 and summary.other_scores[0].total == 18
    assert len(summary.attacks) == 1 and len(summary.medicines) == 2
    assert [q.text for q in summary.questions] == ["Can I try a different inhaler?"]
    narrow = reviews.summary(date(2026, 11, 1), date(2026, 11, 10))
    assert narrow.stats.readings_count == 0 and narrow.attacks == ()
