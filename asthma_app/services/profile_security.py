"""A profile's optional passphrase (stored only as a salted scrypt hash) and idle lock.

Every check of a passphrase goes through ``try_passphrase``: wrong tries in a row make the next
one wait (``guess_delay``, counted in the diary's settings so a restart does not reset it), and
changing or removing a passphrase needs the current one.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.text import translate
from ..storage import repository
from .guess_delay import Attempt, SettingsStore, attempt

if TYPE_CHECKING:
    from ..storage.db_types import Database

LOCK_CHOICES = (0, 5, 10, 15, 30, 60)  # minutes; 0 = never


def has_passphrase(db: Database, profile_id: int) -> bool:
    return repository.profile_security(db, profile_id)[0] is not None


class PassphraseRefused(ValueError):
    """The current passphrase was wrong (or a wait is running); the message says which."""


class _Keep:
    """The type of ``KEEP``."""


KEEP = _Keep()  # update_security: leave the passphrase as it is


def set_passphrase(db: Database, profile_id: int, secret: str | None,
                   current: str = "", now: datetime | None = None) -> None:
    """Set (or with None/"" remove) the passphrase; removing it also turns the lock off.
    Needs the current passphrase if there is one (see ``update_security``)."""
    update_security(db, profile_id, current, now or datetime.now(), passphrase=secret)


def update_security(db: Database, profile_id: int, current: str, now: datetime,
                    passphrase: str | _Keep | None = KEEP,
                    lock_after: int | None = None) -> None:
    """Change the passphrase (``KEEP``, a new one, or None/"" to remove it, which also turns
    the lock off) and the lock time, in one transaction.

    If the profile has a passphrase, ``current`` must be it, checked like any other try (with
    the wait after wrong ones): otherwise ``PassphraseRefused`` and nothing changes."""
    if lock_after is not None and lock_after not in LOCK_CHOICES:
        raise ValueError(f"lock time must be one of {LOCK_CHOICES}")
    if has_passphrase(db, profile_id):
        result = try_passphrase(db, profile_id, current, now)
        if not result.ok:
            raise PassphraseRefused(result.message() or _not_right())
    if not isinstance(passphrase, _Keep):
        _move_diary(db, profile_id, current, passphrase or None)
    if lock_after is not None and (isinstance(passphrase, _Keep) or passphrase):
        repository.update_profile_security(db, profile_id,
                                           {"lock_after_minutes": lock_after or None})


def _move_diary(db: Database, profile_id: int, current: str, secret: str | None) -> None:
    """A passphrase set, changed or removed moves the diary with it: into an encrypted vault,
    to one with a new key, or back into the shared file (services/vaults.py). The hash
    changes in the same transaction as the move, so the two never disagree."""
    from . import vaults  # lazy: SQLCipher loads only when a passphrase is set or used
    from .passwords import hash_secret  # lazy: hashing code loads on use, not at every start

    vault_name = repository.profile_vault(db, profile_id)
    if secret is None:
        if vault_name:
            vaults.move_out(db, profile_id, current)
        else:  # an earlier version's plain diary: only the hash goes
            repository.update_profile_security(db, profile_id, {
                "passphrase_hash": None, "lock_after_minutes": None})
    elif vault_name:
        vaults.change_key(db, profile_id, current, secret, hash_secret(secret))
    else:
        vaults.move_in(db, profile_id, secret, hash_secret(secret))


def _not_right() -> str:
    return translate("Passphrase", "That is not the current passphrase. Nothing was changed.")


def try_passphrase(db: Database, profile_id: int, secret: str,
                   now: datetime) -> Attempt:
    """Check ``secret`` unless a wait after wrong tries is running (then it is not checked).
    A profile without a passphrase always opens."""
    from .passwords import verify_secret  # lazy: start-up

    stored = repository.profile_security(db, profile_id)[0]
    if not stored:
        return Attempt(True)
    return attempt(SettingsStore(db), str(profile_id), now,
                   lambda: verify_secret(secret, stored))


def lock_after_minutes(db: Database, profile_id: int) -> int:
    """Idle minutes before locking; 0 = never (and always 0 without a passphrase)."""
    stored, minutes = repository.profile_security(db, profile_id)
    return minutes if stored else 0


def set_lock_after_minutes(db: Database, profile_id: int, minutes: int) -> None:
    if minutes not in LOCK_CHOICES:
        raise ValueError(f"lock time must be one of {LOCK_CHOICES}")
    repository.update_profile_security(db, profile_id, {"lock_after_minutes": minutes or None})
