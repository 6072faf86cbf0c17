"""RCP3 scoring and meanings, score ranges, attacks and questions."""

from __future__ import annotations

from datetime import date

import pytest

from asthma_app.domain.control import (
    Attack,
    Care,
    ControlError,
    ControlScore,
    Tool,
    rcp3,
    rcp3_meaning,
    rcp3_questions,
    rcp3_score,
    validate_attack,
    validate_question,
    validate_score,
)
from asthma_app.domain.review import default_period

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("answers, score", [((False, False, False), 0), ((True, False, False), 1),
                                            ((False, True, True), 2), ((True, True, True), 3)])
def test_rcp3_counts_yes_answers(answers, score):
    assert rcp3_score(answers) == score
    assert rcp3(TODAY, answers).total == score


def test_rcp3_meanings_never_diagnose_and_send_poor_control_to_the_nurse():
    assert "well controlled" in rcp3_meaning(0)
    assert "nurse" in rcp3_meaning(1)
    for score in (2, 3):
        text = rcp3_meaning(score)
        assert "talk to your asthma nurse" in text and f"{score} out of 3" in text
    assert len(rcp3_questions()) == 3
    assert all("last month" in q for q in rcp3_questions())


@pytest.mark.parametrize("tool, good, bad", [
    (Tool.ACT, [5, 19, 25], [4, 26, 19.5]),
    (Tool.CACT, [0, 27], [-1, 28]),
    (Tool.ACQ, [0, 0.75, 1.57, 6], [-0.1, 6.01]),
])
def test_other_scores_are_checked_against_their_ranges(tool, good, bad):
    for total in good:
        validate_score(ControlScore(TODAY, tool, total), TODAY)
    for total in bad:
        with pytest.raises(ControlError):
            validate_score(ControlScore(TODAY, tool, total), TODAY)


def test_future_dates_and_inconsistent_rcp3_are_refused():
    with pytest.raises(ControlError, match="future"):
        validate_score(ControlScore(date(2026, 11, 23), Tool.ACT, 20), TODAY)
    with pytest.raises(ControlError):
        validate_score(ControlScore(TODAY, Tool.RCP3, 2, (True, False, False)), TODAY)
    with pytest.raises(ControlError, match="future"):
        validate_attack(Attack(date(2026, 12, 1)), TODAY)
    with pytest.raises(ControlError):
        validate_attack(Attack(TODAY, (Care.AMBULANCE, Care.AMBULANCE)), TODAY)


def test_questions_are_trimmed_and_must_not_be_empty():
    assert validate_question("  Can I   stop my preventer in summer? ") == \
        "Can I stop my preventer in summer?"
    with pytest.raises(ControlError):
        validate_question("   ")
    with pytest.raises(ControlError):
        validate_question("x" * 501)


def test_default_period_runs_from_the_last_review(plan_factory):
    plan = plan_factory(agreed_on=date(2026, 3, 1))
    assert default_period(plan, TODAY) == (date(2026, 3, 1), TODAY)
    assert default_period(None, TODAY) == (date(2025, 11, 22), TODAY)
    assert default_period(plan_factory(agreed_on=TODAY), TODAY)[0] == date(2025, 11, 22)
