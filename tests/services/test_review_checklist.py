"""The review checklist: saved, validated, newest first, and in the review summary."""

from __future__ import annotations

from datetime import date

import pytest

from asthma_app.domain.checklist import (
    PlanGiven,
    ReviewChecklist,
    Smoking,
    YesNo,
    flu_season,
)
from asthma_app.domain.control import ControlError
from asthma_app.services.reviews import CHECKLISTS


def test_checklist_round_trip_and_newest_first(session):
    reviews = session.reviews
    first = reviews.record_checklist(ReviewChecklist(date(2025, 11, 3), agenda="  spacer?  "))
    second = reviews.record_checklist(ReviewChecklist(
        date(2026, 11, 20), technique_checked_on=date(2026, 11, 20),
        device="  pressurised   inhaler ", spacer=YesNo.YES, smoking=Smoking.EX,
        second_hand_smoke=YesNo.NO, flu_vaccine=YesNo.YES, plan_given=PlanGiven.UPDATED,
        agenda="Exercise and my inhaler"))
    assert first.agenda == "spacer?" and second.device == "pressurised inhaler"
    assert reviews.checklists() == [second, first]
    summary = reviews.summary(date(2026, 11, 1), date(2026, 11, 22))
    assert summary.checklist == second
    assert reviews.summary(date(2025, 1, 1), date(2026, 1, 1)).checklist == first
    reviews.delete(CHECKLISTS, second.id)
    assert reviews.checklists() == [first]


def test_future_dates_and_long_text_are_refused_and_nothing_saved(session, db):
    with pytest.raises(ControlError, match="future"):
        session.reviews.record_checklist(ReviewChecklist(date(2026, 11, 23)))
    with pytest.raises(ControlError, match="future"):
        session.reviews.record_checklist(ReviewChecklist(
            date(2026, 11, 22), technique_checked_on=date(2026, 12, 1)))
    with pytest.raises(ControlError, match="too long"):
        session.reviews.record_checklist(ReviewChecklist(date(2026, 11, 22), agenda="x" * 2001))
    assert db["review_checklists"].count == 0


def test_flu_season_starts_in_september():
    assert flu_season(date(2026, 8, 31)) == "2025/26"
    assert flu_season(date(2026, 9, 1)) == "2026/27"
    assert flu_season(date(2099, 12, 1)) == "2099/00"
