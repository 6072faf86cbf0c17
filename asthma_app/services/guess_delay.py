"""A growing wait after wrong passphrases and PINs, kept on disk so restarting does not reset it.

The first ``FREE_TRIES - 1`` wrong tries in a row cost nothing (typing mistakes happen). From
the ``FREE_TRIES``-th on, each wrong try makes the next one wait ``2 ** (n - 2)`` seconds (n =
wrong tries in a row: 2, 4, 8 ... seconds), never more than ``MAX_WAIT_S``. While a wait runs,
a try is refused without being checked at all, so guessing costs no scrypt time and gains
nothing. A right answer clears the count.

The count lives in a ``Store`` (a key -> text mapping): the diary's settings for a profile's
passphrase, a small private file for the kiosk's attendant PIN. Pure apart from the store; the
time comes from the caller's clock.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..domain.text import fill, translate
from ..storage.database import StorageError
from ..storage.settings import PASSPHRASE_TRIES

if TYPE_CHECKING:
    from ..storage.db_types import Database

FREE_TRIES = 3
MAX_WAIT_S = 300  # five minutes: slows guessing a lot without locking anyone out for long


class Store(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


@dataclass(frozen=True)
class Attempt:
    """``ok``: the secret was right. Otherwise ``wait_seconds`` > 0 says how long before the
    next try will be checked (0: try again now)."""

    ok: bool
    wait_seconds: int = 0
    checked: bool = True  # False: refused unchecked, because a wait was running

    def message(self) -> str:
        return wait_message(self.wait_seconds) if self.wait_seconds else ""


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong tries in a row."""
    return 0 if failures < FREE_TRIES else min(2 ** (failures - 2), MAX_WAIT_S)


def _load(store: Store, key: str) -> tuple[int, datetime | None]:
    text = store.get(key)
    if not text:
        return 0, None
    count, _, until = text.partition("|")
    try:
        return int(count), datetime.fromisoformat(until) if until else None
    except ValueError:  # an unreadable record: treat it as the longest wait, never as none
        return FREE_TRIES + 10, None


def seconds_to_wait(store: Store, key: str, now: datetime) -> int:
    _count, until = _load(store, key)
    if until is None:
        return 0
    left = math.ceil((until - now).total_seconds())
    return max(0, min(left, MAX_WAIT_S))  # a clock put back cannot lock anyone out longer


def attempt(store: Store, key: str, now: datetime, check: Callable[[], bool]) -> Attempt:
    """Run ``check()`` (the slow scrypt comparison) unless a wait is running; record the
    outcome."""
    wait = seconds_to_wait(store, key, now)
    if wait:
        return Attempt(False, wait, checked=False)
    failures, _until = _load(store, key)
    if check():
        if failures:
            store.set(key, "0|")
        return Attempt(True)
    failures += 1
    wait = wait_after(failures)
    until = (now + timedelta(seconds=wait)).isoformat() if wait else ""
    store.set(key, f"{failures}|{until}")
    return Attempt(False, wait)


def wait_message(seconds: int) -> str:
    """Calm words for the wait. Never "1 seconds": under a minute it says at least 2 seconds,
    above it whole minutes rounded up (at least 2, since waits only pass a minute at 64 s)."""
    if seconds <= 60:
        return fill(translate("GuessDelay", "That was not right several times, so to keep the "
                                            "diary safe please wait %1 seconds before the "
                                            "next try."), max(2, seconds))
    return fill(translate("GuessDelay", "That was not right several times, so to keep the "
                                        "diary safe please wait %1 minutes before the next "
                                        "try."), max(2, math.ceil(seconds / 60)))


class SettingsStore:
    """The count in the diary's settings (``PASSPHRASE_TRIES``; it survives a restart with
    the diary). The key is the person's id."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        return PASSPHRASE_TRIES.get(self._db, profile=int(key))

    def set(self, key: str, value: str) -> None:
        try:
            PASSPHRASE_TRIES.set(self._db, value, profile=int(key))
        except StorageError:
            pass  # a read-only diary cannot keep the count; the secret is still checked


class FileStore:
    """The count in a small JSON file, private to the user (the kiosk has no diary of its own
    that outlives a visitor)."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> str | None:
        value = self._read().get(key)
        return value if isinstance(value, str) else None

    def set(self, key: str, value: str) -> None:
        from .file_write import write_atomically  # lazy: start-up

        data = self._read()
        data[key] = value

        def write(partial: Path) -> None:
            partial.write_text(json.dumps(data), encoding="utf-8")
            if os.name == "posix":
                partial.chmod(0o600)

        try:
            write_atomically(self.path, write)
        except OSError:
            pass  # a read-only folder cannot keep the count; the PIN is still checked
