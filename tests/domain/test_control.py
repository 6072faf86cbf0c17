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


@pytest.mark.parametrize(("tool", "total", "says"), [
    (Tool.ACT, 25, "from 20 to 25 means asthma that is well controlled"),
    (Tool.ACT, 20, "from 20 to 25 means asthma that is well controlled"),
    (Tool.ACT, 19, "from 16 to 19 means asthma that is not well controlled"),
    (Tool.ACT, 16, "from 16 to 19 means asthma that is not well controlled"),
    (Tool.ACT, 15, "from 5 to 15 means asthma that is very poorly controlled"),
    (Tool.ACT, 5, "from 5 to 15 means asthma that is very poorly controlled"),
    (Tool.CACT, 19, "19 or less means asthma that is not well controlled"),
    (Tool.CACT, 0, "19 or less means asthma that is not well controlled"),
    (Tool.CACT, 20, "this total is above that"),
    (Tool.ACQ, 0.74, "below 0.75 means asthma that is well controlled"),
    (Tool.ACQ, 0.75, "in between (a grey zone)"),
    (Tool.ACQ, 1.49, "in between (a grey zone)"),
    (Tool.ACQ, 1.5, "1.5 or more means asthma that is not well controlled"),
    (Tool.ACQ, 6, "1.5 or more means asthma that is not well controlled"),
])
def test_form_guide_bands_at_every_boundary(tool, total, says):
    """Issue 11 item 10: a licensed total is shown with the form's own published band and its
    source, worded as the form's guide (docs/clinical/questionnaires.md), not a diagnosis."""
    from asthma_app.domain.control import form_guide

    guide = form_guide(tool, total)
    assert guide.band.startswith("The form's guide")
    assert says in guide.band
    text = guide.text()
    assert "Source: " in text and guide.source in text and "not a diagnosis" in text
    assert "J Allergy Clin Immunol" in guide.source or "Respir Med" in guide.source


def test_no_form_guide_for_rcp3_or_an_impossible_total():
    from asthma_app.domain.control import form_guide

    assert form_guide(Tool.RCP3, 2) is None  # rcp3_meaning, in our own words, covers it
    assert form_guide(Tool.ACT, 4) is None and form_guide(Tool.ACQ, 6.5) is None
