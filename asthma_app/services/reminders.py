"""Daily reminders (preventer doses, peak-flow readings) and "review due", as pure rules.

``due(now, reminders, last_shown, next_review)`` says what to show now; the Qt notifier shows
at most one at a time. A daily reminder counts for two hours after its time, so a computer
switched on in the evening is not nagged about the morning. Stored in the v3 ``reminders``
table; when each was last shown, and the on/off switch, are settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.db_types import Database

from ..domain.text import fill, translate
from ..storage import repository
from ..storage.database import transaction

KINDS = ("preventer", "peak_flow")
GRACE = timedelta(hours=2)
REVIEW_NOTICE_DAYS = 7
REVIEW_KEY = "review"
SWITCH = "reminders_enabled"


@dataclass(frozen=True)
class Reminder:
    kind: str
    time_of_day: time
    enabled: bool = True
    id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}@{self.time_of_day:%H:%M}"


@dataclass(frozen=True)
class Due:
    key: str
    text: str


def message(kind: str) -> str:
    if kind == "preventer":
        return translate("Reminders", "Time for your preventer, as your plan says.")
    if kind == "peak_flow":
        return translate("Reminders", "Time to blow your peak flow and log it.")
    return translate("Reminders", "Your asthma review is due. Book it with your GP surgery.")


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


# --- storage (the v3 reminders table and settings) ----------------------------------------

def load(db: Database, profile_id: int) -> list[Reminder]:
    return [Reminder(row["kind"], time.fromisoformat(row["time_of_day"]), bool(row["enabled"]),
                     row["id"])
            for row in db["reminders"].rows_where("profile_id = ?", [profile_id], order_by="id")]


def save(db: Database, profile_id: int, reminders: list[Reminder],
         now: datetime) -> None:
    """Replace the profile's reminders with ``reminders``."""
    with transaction(db):
        db["reminders"].delete_where("profile_id = ?", [profile_id])
        db["reminders"].insert_all({
            "profile_id": profile_id, "kind": r.kind, "time_of_day": f"{r.time_of_day:%H:%M}",
            "enabled": int(r.enabled), "created_at": now.isoformat(timespec="seconds")}
            for r in reminders)


def enabled(db: Database, profile_id: int) -> bool:
    return repository.get_setting(db, f"{SWITCH}:{profile_id}", "0") == "1"


def set_enabled(db: Database, profile_id: int, on: bool) -> None:
    repository.set_setting(db, f"{SWITCH}:{profile_id}", "1" if on else "0")


def last_shown(db: Database, profile_id: int) -> dict[str, datetime]:
    prefix = f"reminder_shown:{profile_id}:"
    rows = db.execute("SELECT key, value FROM settings WHERE key LIKE ?", [prefix + "%"])
    return {key[len(prefix):]: datetime.fromisoformat(value) for key, value in rows}


def mark_shown(db: Database, profile_id: int, key: str, now: datetime) -> None:
    repository.set_setting(db, f"reminder_shown:{profile_id}:{key}",
                           now.isoformat(timespec="seconds"))
