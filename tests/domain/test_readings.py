"""Typing a peak flow: parse, refuse, warn (docs/clinical/peak-flow.md), and morning/evening."""

from __future__ import annotations

from datetime import datetime

import pytest

from asthma_app.domain.plan import Scale
from asthma_app.domain.readings import (
    PeakFlowReading,
    Period,
    ReadingError,
    SymptomEntry,
    check_value,
    parse_blow,
    period_for,
    validate_reading,
    validate_symptoms,
)

MORNING = datetime(2026, 11, 22, 8, 0)


@pytest.mark.parametrize("text", ["450", " 450 ", "450 L/min", "450l/min", "450 L/MIN"])
def test_parse_plain_numbers(text):
    check = parse_blow(text)
    assert check.ok
    assert check.value == 450
    assert check.warnings == ()


def test_thousands_comma_is_accepted():
    assert parse_blow("1,000").value == 1000


@pytest.mark.parametrize(("text", "language"), [("7,2", "pl"), ("9,8", "pl"), ("7,2", "en"),
                                                ("450.0", "en"), ("4,50", "en"),
                                                ("1,000", "pl"), ("৭.২", "bn"),
                                                ("۷٫۲", "ur")])
def test_a_decimal_in_any_shipped_form_is_refused_as_litres_per_second(text, language):
    """Issue 11 item 4: "7,2" was saved as 72 L/min."""
    check = parse_blow(text, language)
    assert not check.ok
    assert "litres per second" in check.error


@pytest.mark.parametrize(("text", "language", "value"), [
    ("৪৫০", "bn", 450), ("۴۵۰", "ur", 450),
    ("1 000", "pl", 1000), ("1 000", "pl", 1000), ("1,000", "cy", 1000)])
def test_native_digits_and_the_languages_own_grouping_are_read(text, language, value):
    assert parse_blow(text, language).value == value


@pytest.mark.parametrize("text", ["4.5e2", "1_000", "\uff14\uff15\uff10", "4\u00b2\u2070"])
def test_what_python_would_also_read_is_refused(text):
    assert not parse_blow(text).ok


@pytest.mark.parametrize(("text", "ok"), [("45", False), ("59", False), ("60", True),
                                          ("1000", True), ("1001", False), ("450", True),
                                          ("4,5", False)])
def test_personal_best_range_is_the_plans(text, ok):
    from asthma_app.domain.readings import parse_personal_best

    check = parse_personal_best(text)
    assert check.ok is ok
    assert check.value == (int(text) if ok else None)


@pytest.mark.parametrize(("value", "error"), [(None, ""), (450, "Please type a number.")])
def test_a_typed_number_is_either_a_value_or_a_refusal(value, error):
    """Callers read "no value" as "refused": a number with both, or neither, is a bug."""
    from asthma_app.domain.typed_numbers import TypedNumber

    with pytest.raises(ValueError):
        TypedNumber(value=value, error=error)


@pytest.mark.parametrize("text", ["abc", "450abc", "four hundred"])
def test_not_a_number(text):
    check = parse_blow(text)
    assert not check.ok
    assert check.value is None
    assert "is not a number" in check.error
    assert text.strip() in check.error  # says back what was typed


def test_empty_and_blank():
    for text in ("", "   "):
        check = parse_blow(text)
        assert not check.ok
        assert check.error == "Please type a number."


@pytest.mark.parametrize("text", ["4.5", "7.2", "0.5", "12"])
def test_litres_per_second_is_never_accepted_silently(text):
    check = parse_blow(text)
    assert not check.ok
    assert "litres per second" in check.error
    assert "L/min" in check.error


def test_fraction_above_20_asks_for_whole_number():
    check = parse_blow("450.5")
    assert not check.ok
    assert "whole number" in check.error and "litres per second" in check.error


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-inf", "infinity"])
def test_nan_and_infinity_are_refused_not_crashing(text):
    """float() accepts these words; the check must refuse them instead of raising."""
    check = parse_blow(text)
    assert not check.ok
    assert check.value is None


@pytest.mark.parametrize(("text", "value"), [("29", 29), ("1001", 1001), ("0", 0), ("-450", -450)])
def test_out_of_range_refused(text, value):
    check = parse_blow(text)
    assert not check.ok
    assert f"{value}\u00a0L/min can't be right" in check.error
    assert "30" in check.error and "1000" in check.error


@pytest.mark.parametrize("value", [30, 1000])
def test_range_ends_are_accepted(value):
    assert parse_blow(str(value)).ok


@pytest.mark.parametrize("text", ["55", "850", "59", "801"])
def test_unusual_values_warn_but_are_accepted(text):
    check = parse_blow(text)
    assert check.ok
    assert check.value == int(text)
    assert len(check.warnings) == 1
    assert "unusual" in check.warnings[0]


@pytest.mark.parametrize("text", ["60", "800"])
def test_usual_range_ends_do_not_warn(text):
    assert parse_blow(text).warnings == ()


def test_more_than_120_percent_of_best_warns():
    # best 500: 120 % = 600. 601 warns, 600 does not.
    assert check_value(600, personal_best=500).warnings == ()
    check = check_value(601, personal_best=500)
    assert check.ok
    assert len(check.warnings) == 1
    assert "more than 20\u00a0% above your personal best of 500" in check.warnings[0]


def test_120_percent_on_odd_best():
    # best 333: 120 % = 399.6, so 399 is fine and 400 warns
    assert check_value(399, personal_best=333).warnings == ()
    assert check_value(400, personal_best=333).warnings


def test_unusual_and_above_best_both_warn():
    assert len(check_value(850, personal_best=500).warnings) == 2


def test_reading_value_is_best_blow():
    reading = PeakFlowReading(MORNING, (410, 450, 430))
    assert reading.value == 450
    assert reading.scale is Scale.EU
    assert reading.when == MORNING


@pytest.mark.parametrize("blows", [(), (400, 410, 420, 430)])
def test_validate_reading_needs_one_to_three_blows(blows):
    with pytest.raises(ReadingError, match="one to three blows"):
        validate_reading(PeakFlowReading(MORNING, blows))


@pytest.mark.parametrize("blows", [(450,), (450, 460), (450, 460, 470)])
def test_validate_reading_accepts_one_to_three(blows):
    validate_reading(PeakFlowReading(MORNING, blows))


def test_validate_reading_refuses_an_impossible_blow():
    with pytest.raises(ReadingError, match="can't be right"):
        validate_reading(PeakFlowReading(MORNING, (450, 1200)))
    with pytest.raises(ReadingError, match="litres per second"):
        validate_reading(PeakFlowReading(MORNING, (5,)))


@pytest.mark.parametrize(("hour", "minute", "period"), [
    (0, 0, Period.MORNING), (8, 0, Period.MORNING), (13, 59, Period.MORNING),
    (14, 0, Period.EVENING), (20, 0, Period.EVENING), (23, 59, Period.EVENING),
])
def test_period_boundaries(hour, minute, period):
    assert period_for(datetime(2026, 11, 22, hour, minute)) is period


def test_explicit_period_wins():
    reading = PeakFlowReading(datetime(2026, 11, 22, 15, 0), (400,), period=Period.MORNING)
    assert reading.session is Period.MORNING
    assert PeakFlowReading(datetime(2026, 11, 22, 15, 0), (400,)).session is Period.EVENING


@pytest.mark.parametrize("puffs", [-1, 201])
def test_symptom_reliever_puffs_range(puffs):
    with pytest.raises(ReadingError, match="0 to 200"):
        validate_symptoms(SymptomEntry(MORNING, reliever_puffs=puffs))


def test_symptom_entry_in_range():
    validate_symptoms(SymptomEntry(MORNING, reliever_puffs=0))
    validate_symptoms(SymptomEntry(MORNING, reliever_puffs=200))
