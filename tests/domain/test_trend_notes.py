"""Plain-language Trends notes: facts with the plan's own words, no diagnosis."""

from __future__ import annotations

from datetime import date, datetime

from asthma_app.domain.statistics import PlanTimeline, notes_for, period_stats

from .trend_fixtures import entry, plan, reading

MARCH_1, MARCH_7 = date(2024, 3, 1), date(2024, 3, 7)
PLAN = plan(best=500)
TIMELINE = PlanTimeline.of([(datetime(2024, 1, 1), PLAN)])


def week(reliever_days: int, nights: int = 0):
    entries = [entry(day, puffs=2 if day <= reliever_days else 0, night=day <= nights)
               for day in range(1, 8)]
    return period_stats([], entries, TIMELINE, MARCH_1, MARCH_7)


def test_reliever_note_states_the_count_and_quotes_the_plan():
    notes = notes_for(week(4), PLAN)
    assert "Reliever used on 4 of the 7 days in this period." in notes
    assert ("Your action plan lists this as an amber sign: \u201cI am using my reliever 3 or "
            "more times a week\u201d.") in notes


def test_no_plan_wording_when_the_plan_has_no_such_sign():
    custom = plan(best=500, amber_signs=("Cough at night",))
    notes = notes_for(week(4), custom)
    assert "Reliever used on 4 of the 7 days in this period." in notes
    assert not any("reliever" in note and "amber sign" in note for note in notes)


def test_night_note_quotes_a_night_sign():
    custom = plan(best=500, amber_signs=("Cough at night",))
    notes = notes_for(week(0, nights=2), custom)
    assert "Woken at night by asthma on 2 of the 7 days in this period." in notes
    assert "Your action plan lists this as an amber sign: \u201cCough at night\u201d." in notes


def test_no_quote_when_nothing_happened():
    notes = notes_for(week(0), PLAN)
    assert "Reliever used on 0 of the 7 days in this period." in notes
    assert not any("amber sign" in note for note in notes)


def test_gaps_in_the_diary_are_said_not_hidden():
    stats = period_stats([], [entry(1, puffs=1), entry(2)], TIMELINE, MARCH_1, MARCH_7)
    notes = notes_for(stats, PLAN)
    assert ("Reliever used on 1 of the 2 days with a diary entry "
            "(days without an entry: 5).") in notes


def test_variability_and_lowest_notes():
    readings = [reading(1, 8, 400), reading(1, 20, 500)]  # 200 * 100 / 900 = 22.2 %
    stats = period_stats(readings, [], TIMELINE, MARCH_1, MARCH_1)
    notes = notes_for(stats, PLAN)
    assert ("Peak flow varied by 22.2\u00a0% on average between morning and evening "
            "(days with both readings: 1).") in notes
    assert ("The lowest reading was 80\u00a0% of the personal best in your plan at the "
            "time.") in notes
    assert "No diary entries in this period." in notes


def test_empty_period_notes():
    notes = notes_for(period_stats([], [], TIMELINE, MARCH_1, MARCH_7), PLAN)
    assert "No peak flow readings in this period." in notes
    assert "Days in the green zone: 0. Amber zone: 0. Red zone: 0. No data: 7." in notes


def test_notes_never_use_diagnostic_words():
    readings = [reading(day, hour, 250 + day * 20 + hour) for day in range(1, 8)
                for hour in (8, 20)]
    stats = period_stats(readings, [entry(d, puffs=6, night=True) for d in range(1, 8)],
                         TIMELINE, MARCH_1, MARCH_7)
    text = " ".join(notes_for(stats, PLAN)).lower()
    for word in ("diagnos", "uncontrolled", "you have asthma", "should", "poor control"):
        assert word not in text


def test_notes_without_a_plan_state_counts_only():
    stats = period_stats([reading(1, 8, 400)], [entry(1, puffs=2, night=True)], PlanTimeline(),
                         MARCH_1, MARCH_1)
    notes = notes_for(stats, None)
    assert "Reliever used on 1 of the 1 days in this period." in notes
    assert not any("amber sign" in note or "not recorded" in note for note in notes)
    assert ("Days with data but no zone, because no plan with zones was in force: 1."
            in notes)
