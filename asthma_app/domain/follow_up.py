"""After an attack: which attacks start a follow-up, when UK guidance says it should happen,
and the follow-up's state (docs/clinical/reviews.md).

An attack that needed A&E, an ambulance, a hospital stay, an out-of-hours doctor or a course
of steroid tablets, recorded within 4 weeks of it, starts a follow-up. It stays open (a banner
on Today) until the patient marks it booked, and the booked one stays (with the prompt to bring
the plan) until they mark it done. Nothing here nags by time: a follow-up never closes on its own.
"""

from __future__ import annotations

from datetime import date, timedelta

from .control import Attack, Care, FollowUp
from .guidance import FOLLOW_UP_WORKING_DAYS

# Design choice: an attack recorded more than 4 weeks after it happened is history written
# down for the review, not a reason for a reminder about a 2-working-day follow-up.
FOLLOW_UP_RECENT_DAYS = 28

FOLLOW_UP_CARE = frozenset({Care.EMERGENCY_DEPARTMENT, Care.AMBULANCE, Care.HOSPITAL_ADMISSION,
                            Care.OUT_OF_HOURS, Care.STEROID_TABLETS})


def needs_follow_up(care: tuple[Care, ...] | frozenset[Care]) -> bool:
    """True when the care given is one after which UK guidance asks for a follow-up."""
    return any(c in FOLLOW_UP_CARE for c in care)


def starts_follow_up(attack: Attack, today: date) -> bool:
    """True when recording ``attack`` on ``today`` starts a follow-up: the care needs one and
    the attack was within the last ``FOLLOW_UP_RECENT_DAYS`` days."""
    return (needs_follow_up(attack.care)
            and (today - attack.occurred_on).days <= FOLLOW_UP_RECENT_DAYS)


def follow_up_due(attack_day: date, working_days: int = FOLLOW_UP_WORKING_DAYS) -> date:
    """The day ``working_days`` working days (Monday to Friday) after ``attack_day``.

    Bank holidays are not known to the app, so they are counted as working days: the date can
    only come earlier than the guidance allows, never later.
    """
    day, left = attack_day, working_days
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


__all__ = ["FOLLOW_UP_CARE", "FOLLOW_UP_RECENT_DAYS", "FollowUp", "follow_up_due",
           "needs_follow_up", "pending", "starts_follow_up"]


def pending(attacks: list[Attack]) -> list[Attack]:
    """Attacks whose follow-up is open or booked, newest first (the one to act on now)."""
    return sorted((a for a in attacks if a.follow_up in (FollowUp.OPEN, FollowUp.BOOKED)),
                  key=lambda a: (a.occurred_on, a.id or 0), reverse=True)
