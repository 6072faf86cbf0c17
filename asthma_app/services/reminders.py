"""Daily reminders (preventer doses, peak-flow readings) and "review due", as pure rules.

``due(now, reminders, last_shown, next_review)`` says what to show now; the Qt notifier shows
at most one at a time. A daily reminder counts for two hours after its time, so a computer
switched on in the evening is not nagged about the morning. Stored in the v3 ``reminders``
table (``storage/reminder_repository.py``); when each was last shown, and the on/off switch,
are settings (``storage/settings.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.db_types import Database

from ..domain.text import fill, translate
from ..storage import reminder_repository, settings

KINDS = ("preventer", "peak_flow")
GRACE = timedelta(hours=2)
REVIEW_NOTICE_DAYS = 7
REVIEW_KEY = "review"


@dataclass(frozen=True)
class Reminder:
    """A daily reminder the person set."""

    kind: str
    time_of_day: time
    enabled: bool = True
    id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}@{self.time_of_day:%H:%M}"


@dataclass(frozen=True)
class Due:
    """A reminder to show now."""

    key: str
    text: str


def message(kind: str) -> str:
    if kind == "preventer":
        return translate("Reminders", "Time for your preventer, as your plan says.")
    if kind == "peak_flow":
        return translate("Reminders", "Time to blow your peak flow and log it.")
    return translate("Reminders", "Your asthma review is due. Book it with your GP surgery.")


def locked_message() -> str:
    """While a protected person is locked: no name, no medicine, nothing about their asthma."""
    return translate("Reminders", "You have a reminder from this app. Unlock it to see it.")


def due(now: datetime, reminders: list[Reminder], last_shown: dict[str, datetime],
        next_review: date | None) -> list[Due]:
    """Reminders to show now, earliest first (the notifier shows one at a time)."""
    found = []
    for reminder in sorted(reminders, key=lambda r: r.time_of_day):
        moment = datetime.combine(now.date(), reminder.time_of_day)
        shown = last_shown.get(reminder.key)
        if reminder.enabled and moment <= now < moment + GRACE and (shown is None
                                                                   or shown < moment):
            found.append(Due(reminder.key, message(reminder.kind)))
    if next_review and now.date() >= next_review - timedelta(days=REVIEW_NOTICE_DAYS):
        shown = last_shown.get(REVIEW_KEY)
        if shown is None or shown.date() < now.date():  # once a day at most
            text = message(REVIEW_KEY) if now.date() >= next_review else fill(translate(
                "Reminders", "Your asthma review is due on %1. Book it with your GP surgery."),
                next_review.isoformat())
            found.append(Due(REVIEW_KEY, text))
    return found


# --- stored (storage/reminder_repository.py and the settings) ------------------------------

def load(db: Database, profile_id: int) -> list[Reminder]:
    return [Reminder(row["kind"], time.fromisoformat(row["time_of_day"]), bool(row["enabled"]),
                     row["id"])
            for row in reminder_repository.list_reminders(db, profile_id)]


def save(db: Database, profile_id: int, reminders: list[Reminder],
         now: datetime) -> None:
    """Replace the profile's reminders with ``reminders``."""
    reminder_repository.replace_reminders(db, profile_id, (
        {"kind": r.kind, "time_of_day": f"{r.time_of_day:%H:%M}", "enabled": int(r.enabled)}
        for r in reminders), now)


def enabled(db: Database, profile_id: int) -> bool:
    return bool(settings.REMINDERS_ON.get(db, profile=profile_id))


def set_enabled(db: Database, profile_id: int, on: bool) -> None:
    settings.REMINDERS_ON.set(db, on, profile=profile_id)


def last_shown(db: Database, profile_id: int) -> dict[str, datetime]:
    return settings.REMINDER_SHOWN.items(db, profile_id)


def mark_shown(db: Database, profile_id: int, key: str, now: datetime) -> None:
    settings.REMINDER_SHOWN.set(db, now, profile=profile_id, item=key)
