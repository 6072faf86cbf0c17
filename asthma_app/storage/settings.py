"""Every setting the app keeps, declared once: its stored key, type, default and scope.

Settings live in the diary's ``settings`` table as text (key -> value), so they travel with
the diary and its backups. Each one is a :class:`Setting` declared below; code reads and
writes it only through ``SETTING.get(db)`` / ``SETTING.set(db, value)`` (per-person settings
take ``profile=``), never by a key string. A value that cannot be read as the declared type
(hand-edited, or from a damaged file) reads as the default instead of failing.

The stored keys and text formats are those of earlier versions, so existing data folders and
backups read back the same (``tests/storage/test_settings.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from .db_types import Database

from .database import transaction

T = TypeVar("T")
APP, PROFILE = "app", "profile"  # one value for the app, or one per person (``{profile}``)
TABLE = "settings"


def _bool_from_text(text: str) -> bool:
    if text not in ("0", "1"):
        raise ValueError(text)
    return text == "1"


# type -> (text -> value, value -> text); ``from_text`` raises ValueError for bad text
_CODECS: dict[type, tuple[Callable[[str], Any], Callable[[Any], str]]] = {
    str: (str, str),
    int: (int, str),
    bool: (_bool_from_text, lambda value: "1" if value else "0"),
    date: (date.fromisoformat, date.isoformat),
    datetime: (datetime.fromisoformat, lambda value: value.isoformat(timespec="seconds")),
}
_REGISTRY: dict[str, Setting[Any]] = {}


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting. ``key`` is the stored key; a ``PROFILE`` setting's key holds
    ``{profile}`` (the person's id), and a family of them (one per reminder) also ``{item}``."""

    key: str
    kind: type
    default: T | None = None
    scope: str = APP
    register: bool = field(default=True, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in _CODECS:
            raise TypeError(f"settings of type {self.kind.__name__} are not supported")
        if self.scope not in (APP, PROFILE) or (self.scope == PROFILE) != (
                "{profile}" in self.key):
            raise ValueError(f"{self.key!r}: a per-person key holds {{profile}}, no other does")
        if self.register:
            if self.key in _REGISTRY:
                raise ValueError(f"setting {self.key!r} is declared twice")
            _REGISTRY[self.key] = self

    def stored_key(self, profile: int | None = None, item: str | None = None) -> str:
        if (profile is None) != (self.scope == APP):
            raise TypeError(f"{self.key!r} is {'per person' if profile is None else 'not'}")
        if ("{item}" in self.key) != (item is not None):
            raise TypeError(f"{self.key!r}: an item is {'needed' if item is None else 'unused'}")
        return self.key.format(profile=profile, item=item)

    def parse(self, text: str | None) -> T | None:
        """The stored text as the declared type; the default when missing or unreadable."""
        if text is None:
            return self.default
        try:
            value: T = _CODECS[self.kind][0](text)
            return value
        except (ValueError, TypeError, OverflowError):
            return self.default

    def format(self, value: T) -> str:
        # bool is an int too: the exact type is checked, so True is never stored as "True"
        if type(value) is not self.kind and not (self.kind is datetime and
                                                 isinstance(value, datetime)):
            raise TypeError(f"{self.key!r} takes {self.kind.__name__}, not {value!r}")
        return _CODECS[self.kind][1](value)

    def get(self, db: Database, profile: int | None = None,
            item: str | None = None) -> T | None:
        return self.parse(_read(db, self.stored_key(profile, item)))

    def set(self, db: Database, value: T, profile: int | None = None,
            item: str | None = None) -> None:
        """Store ``value`` in its own transaction (``StorageError`` on a read-only diary)."""
        _write(db, self.stored_key(profile, item), self.format(value))

    def get_in(self, conn: Any) -> T | None:
        """Read on a plain connection, inside the caller's transaction (an app setting)."""
        row = conn.execute(f"SELECT value FROM {TABLE} WHERE key = ?",
                           [self.stored_key()]).fetchone()
        return self.default if row is None else self.parse(row[0])

    def set_in(self, conn: Any, value: T | None) -> None:
        """Write (None: delete) on a plain connection, inside the caller's transaction: a
        move of a person's diary between files records what is left to finish in the same
        transaction as the move (storage/vault_moves.py)."""
        key = self.stored_key()
        if value is None:
            conn.execute(f"DELETE FROM {TABLE} WHERE key = ?", [key])
        else:
            conn.execute(f"INSERT INTO {TABLE} (key, value) VALUES (?, ?) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", [key, self.format(value)])

    def items(self, db: Database, profile: int) -> dict[str, T]:
        """A family's readable values for one person, by item (``{item}`` in the key)."""
        prefix, _, suffix = self.key.format(profile=profile, item="\x00").partition("\x00")
        if suffix or not prefix:
            raise TypeError(f"{self.key!r} is not a family ending in {{item}}")
        rows = db.execute("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?",
                          [len(prefix), prefix])
        found = {key[len(prefix):]: self.parse(text) for key, text in rows}
        return {item: value for item, value in found.items() if value is not None}


def declared() -> tuple[Setting[Any], ...]:
    return tuple(_REGISTRY.values())


# --- the settings ---------------------------------------------------------------------------

LANGUAGE: Setting[str] = Setting("language", str)  # a code of i18n.LANGUAGES; unset: the system's
TEXT_SCALE: Setting[int] = Setting("text_scale", int, 100)  # percent, one of theme.TEXT_SCALES
LAST_PROFILE: Setting[int] = Setting("last_profile_id", int)  # the person opened at the next start
BACKUP_FINGERPRINT: Setting[str] = Setting("backup.fingerprint", str)  # see backup.fingerprint
REMINDERS_ON: Setting[bool] = Setting("reminders_enabled:{profile}", bool, False, PROFILE)
REMINDER_SHOWN: Setting[datetime] = Setting("reminder_shown:{profile}:{item}", datetime,
                                            scope=PROFILE)
RCP3_SNOOZED_ON: Setting[date] = Setting("rcp3_snoozed_on:{profile}", date, None, PROFILE)
ATTACK_OFFER_DISMISSED: Setting[date] = Setting("attack_offer_dismissed:{profile}", date,
                                                scope=PROFILE)
# wrong passphrase tries in a row and the wait, "count|until" (services/guess_delay.py)
PASSPHRASE_TRIES: Setting[str] = Setting("guard.passphrase.{profile}", str, None, PROFILE)

# Kept when a person's diary is restored from a backup: the wait after wrong passphrases
# must not be rewound (services/guess_delay.py).
NOT_RESTORED: tuple[Setting[Any], ...] = (PASSPHRASE_TRIES,)


def _person_patterns(profile_id: int) -> list[str]:
    """GLOB patterns matching the stored keys of one person's restorable settings."""
    return [setting.key.replace("{profile}", str(int(profile_id))).replace("{item}", "*")
            for setting in _REGISTRY.values()
            if setting.scope == PROFILE and setting not in NOT_RESTORED]


def person_rows(db: Any, profile_id: int) -> list[tuple[str, str]]:
    """One person's restorable setting rows (key, text), as stored, in key order. ``db`` is
    a Database or a plain sqlite3 connection (restore reads a backup through one)."""
    patterns = _person_patterns(profile_id)
    where = " OR ".join("key GLOB ?" for _ in patterns)
    return [(key, value) for key, value in db.execute(
        f"SELECT key, value FROM settings WHERE {where} ORDER BY key", patterns)]


def replace_person_rows(db: Any, profile_id: int, rows: list[tuple[str, str]]) -> None:
    """Replace one person's restorable settings with ``rows`` (inside the caller's
    transaction); nobody else's settings and no app setting are touched."""
    patterns = _person_patterns(profile_id)
    db.execute("DELETE FROM settings WHERE " + " OR ".join("key GLOB ?" for _ in patterns),
               patterns)
    db.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", rows)


# What a move into or out of an encrypted file left to finish (storage/vault_moves.py):
# "1" while the shared file still has freed pages or log to empty; a JSON list of vault
# names to delete with their backups.
VAULT_PENDING_WIPE: Setting[str] = Setting("vault.pending.wipe", str)
VAULT_PENDING_DELETE: Setting[str] = Setting("vault.pending.delete", str)

NOT_HASHED_PREFIX = "backup."  # settings about backups are left out of the backup hash


def hashed_rows(db: Database) -> list[tuple[str, str]]:
    """Every setting row but the ``backup.*`` ones, in key order (for ``backup.fingerprint``)."""
    return sorted(db.execute("SELECT * FROM settings WHERE key NOT LIKE ?",
                             [NOT_HASHED_PREFIX + "%"]))


# --- the table ------------------------------------------------------------------------------

def _read(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _write(db: Database, key: str, text: str) -> None:
    with transaction(db):  # plain SQL: this runs on every start (see storage/lazy_db.py)
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, text])
