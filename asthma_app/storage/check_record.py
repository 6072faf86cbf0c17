"""Which bytes of the diary file last passed the full start-up check: a record beside it.

The full check (``integrity.check``: ``PRAGMA integrity_check`` and every row against
``row_rules``) is a pure function of the file's bytes when no ``-wal`` or ``-journal`` file
holds more of the diary. So a start whose file is byte for byte one that passed may take that
verdict again instead of reading every row (on a twenty-year diary the check was a quarter of
all the work to the first paint). "Byte for byte" is a content hash (BLAKE2b) of the whole
file, never its size or times: bit rot, a flipped byte, a truncated file, a damaged copy put
back with its old times, or another program's write change the hash, and the next start makes
the full check as before.

The record (``asthma.sqlite3-checked``, JSON, owner-only like every file the app makes) holds
the file's size and hash and what the check was (``fingerprint``: this module's format, the
app's version and the row rules), so a new version with new rules checks in full once. It is
written only by :func:`remember_clean_end`, after the window's last connection is closed, and
only for bytes the full check has just passed (hashed before and after, so the check saw
those bytes); a record that is missing, unreadable, damaged, from another version or for
other bytes only means a full check, never a skip (:func:`recall`). Someone able to write the
record can write the diary itself: the record guards against accidents, not attackers
(docs/data-safety.md).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

try:  # BLAKE2 itself: hashlib would also load OpenSSL, which start-up does not need
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from .. import __version__
from .row_rules import RULES

FORMAT = 1  # raise when what the check verifies changes in a way RULES does not show
SUFFIX = "-checked"
# SQLite's companions that can hold part of the diary (a -shm is only an index of the -wal)
HOLDS_DATA = ("-wal", "-journal")
_CHUNK = 1 << 20  # hashlib releases the GIL on each chunk: the imports go on beside it
_MAX_RECORD = 4096


def record_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def fingerprint() -> str:
    """What a recorded verdict means: the check of this format, app version and rules."""
    return blake2b(repr((FORMAT, __version__, RULES)).encode(),
                           digest_size=16).hexdigest()


def digest(path: Path) -> tuple[int, str]:
    """(size, BLAKE2b of every byte) of the file at ``path``; OSError if it cannot be read."""
    hasher = blake2b(digest_size=32)
    size = 0
    with open(path, "rb", buffering=0) as file:
        buffer = bytearray(_CHUNK)
        view = memoryview(buffer)
        while count := file.readinto(buffer):
            hasher.update(view[:count])
            size += count
    return size, hasher.hexdigest()


def holds_data_elsewhere(database: Path) -> bool:
    """A -wal or -journal file with anything in it beside the diary: the diary's bytes alone
    are then not the diary. (A read-only connection, such as the check's, leaves an empty
    -wal behind: no frames, nothing of the diary.) In doubt (cannot look): True."""
    for suffix in HOLDS_DATA:
        try:
            if os.stat(database.with_name(database.name + suffix)).st_size > 0:
                return True
        except FileNotFoundError:
            continue
        except OSError:
            return True
    return False


def _read_record(database: Path) -> tuple[int, str] | None:
    """The recorded (size, hash), or None for anything but a well-formed record of this
    check (missing, too big, not JSON, wrong fields or types, another fingerprint)."""
    try:
        with open(record_path(database), "rb") as file:
            raw = file.read(_MAX_RECORD + 1)
        if len(raw) > _MAX_RECORD:
            return None
        record = json.loads(raw.decode("utf-8"))
        size, hashed = record["size"], record["blake2b"]
        if (record.get("fingerprint") != fingerprint() or type(size) is not int
                or not isinstance(hashed, str) or len(hashed) != 64):
            return None
        return size, hashed
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def recall(database: Path) -> bool:
    """True when the file is byte for byte the one that last passed the full check (no
    -wal/-journal beside it, and its size and hash are the record's). Any doubt: False."""
    recorded = _read_record(database)
    if recorded is None or holds_data_elsewhere(database):
        return False
    try:
        if os.stat(database).st_size != recorded[0]:  # cheap: a truncated or grown file
            return False
        return digest(database) == recorded
    except OSError:
        return False


def forget(database: Path) -> None:
    try:
        record_path(database).unlink()
    except OSError:
        pass


def _write_record(database: Path, size: int, hashed: str) -> None:
    """Written whole or not at all: a temporary file renamed over the old record."""
    target = record_path(database)
    temporary = target.with_name(target.name + ".tmp")
    text = json.dumps({"fingerprint": fingerprint(), "size": size, "blake2b": hashed})
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, target)


def remember_clean_end(database: Path, check: Callable[[Path], object]) -> bool:
    """At a clean end (every connection of the app closed): record the file's bytes if the
    full check passes them. ``check``: ``integrity.check`` (its verdict is falsy when sound).

    Nothing to do when the file is still the recorded one (a start that only looked). With
    a -wal or -journal left (a connection still open somewhere, e.g. the command line), no
    record is written. True when the file's bytes are recorded as passed."""
    try:
        if holds_data_elsewhere(database) or not database.is_file():
            return False
        before = digest(database)
        if before == _read_record(database):
            return True
        forget(database)  # the old record is for other bytes: never leave one half-true
        verdict = check(database)
        if getattr(verdict, "status", None) != "ok" or verdict:
            return False
        if holds_data_elsewhere(database) or digest(database) != before:
            return False  # changed while it was checked: the next start checks in full
        _write_record(database, *before)
        return True
    except OSError:  # a read-only or full disk: no record, the next start checks in full
        return False
