"""The settings module: typed reads and writes, the stored keys and text formats of earlier
versions (old data folders and backups read back the same), and a bad value reads as the
default."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest

from asthma_app.storage import settings
from asthma_app.storage.backup import fingerprint

# Rows exactly as earlier versions wrote them (before storage/settings.py existed)
OLD_ROWS = {
    "language": "cy",
    "text_scale": "150",
    "last_profile_id": "2",
    "backup.fingerprint": "ab" * 32,
    "reminders_enabled:2": "1",
    "reminders_enabled:3": "0",
    "reminder_shown:2:preventer@08:00": "2026-11-21T08:03:12",
    "reminder_shown:2:review": "2026-11-20T09:00:00",
    "reminder_shown:12:review": "2026-11-19T09:00:00",  # another person's: not mixed in
    "rcp3_snoozed_on:2": "2026-11-01",
    "attack_offer_dismissed:2": "2026-11-21",
    "guard.passphrase.2": "4|2026-11-22T08:00:04",
}


def _store_raw(db, rows: dict[str, str]) -> None:
    with db.conn:
        db.conn.executemany("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                            list(rows.items()))


def _raw(db) -> dict[str, str]:
    return dict(db.conn.execute("SELECT key, value FROM settings"))


def test_an_old_diary_reads_back_the_same_and_writes_the_same_text(db):
    _store_raw(db, OLD_ROWS)
    values = {
        settings.LANGUAGE.get(db): "cy",
        settings.TEXT_SCALE.get(db): 150,
        settings.LAST_PROFILE.get(db): 2,
        settings.REMINDERS_ON.get(db, profile=2): True,
        settings.REMINDERS_ON.get(db, profile=3): False,
        settings.RCP3_SNOOZED_ON.get(db, profile=2): date(2026, 11, 1),
        settings.ATTACK_OFFER_DISMISSED.get(db, profile=2): date(2026, 11, 21),
        settings.PASSPHRASE_TRIES.get(db, profile=2): "4|2026-11-22T08:00:04",
        settings.BACKUP_FINGERPRINT.get(db): "ab" * 32,
    }
    for got, expected in values.items():
        assert got == expected and type(got) is type(expected)
    assert settings.REMINDER_SHOWN.items(db, 2) == {
        "preventer@08:00": datetime(2026, 11, 21, 8, 3, 12),
        "review": datetime(2026, 11, 20, 9, 0)}
    # writing each value back stores exactly the text earlier versions stored
    before = _raw(db)
    settings.LANGUAGE.set(db, "cy")
    settings.TEXT_SCALE.set(db, 150)
    settings.LAST_PROFILE.set(db, 2)
    settings.REMINDERS_ON.set(db, True, profile=2)
    settings.REMINDERS_ON.set(db, False, profile=3)
    settings.REMINDER_SHOWN.set(db, datetime(2026, 11, 21, 8, 3, 12, 999), profile=2,
                                item="preventer@08:00")
    settings.RCP3_SNOOZED_ON.set(db, date(2026, 11, 1), profile=2)
    settings.ATTACK_OFFER_DISMISSED.set(db, date(2026, 11, 21), profile=2)
    settings.PASSPHRASE_TRIES.set(db, "4|2026-11-22T08:00:04", profile=2)
    assert _raw(db) == before == OLD_ROWS


def test_the_backup_hash_of_an_old_diary_is_unchanged(db):
    """The same rows hash as before (else every old diary would make one needless backup)."""
    _store_raw(db, OLD_ROWS)
    digest = hashlib.sha256()  # the hash as earlier versions computed it
    digest.update(str(db.execute("PRAGMA user_version").fetchone()[0]).encode())
    for table in sorted(set(db.table_names()) - {"reading_days", "entry_days", "dose_days"}):
        digest.update(f"\x00{table}\x00".encode())
        where = " WHERE key NOT LIKE 'backup.%'" if table == "settings" else ""
        order = "" if table == "settings" else " ORDER BY rowid"
        rows = db.execute(f"SELECT * FROM [{table}]{where}{order}")
        for row in sorted(rows) if table == "settings" else rows:
            digest.update(repr(row).encode())
    assert fingerprint(db) == digest.hexdigest()


@pytest.mark.parametrize(("setting", "text"), [
    (settings.TEXT_SCALE, "big"), (settings.TEXT_SCALE, ""), (settings.LAST_PROFILE, "x"),
    (settings.LAST_PROFILE, "9" * 5000), (settings.REMINDERS_ON, "yes"),
    (settings.RCP3_SNOOZED_ON, "2026-13-40"), (settings.ATTACK_OFFER_DISMISSED, "soon"),
])
def test_an_unreadable_value_reads_as_the_default(db, setting, text):
    key = setting.stored_key(profile=2 if setting.scope == settings.PROFILE else None)
    _store_raw(db, {key: text})
    assert setting.get(db, **({"profile": 2} if setting.scope == settings.PROFILE else {})) \
        == setting.default


def test_an_unreadable_reminder_time_is_left_out(db):
    _store_raw(db, {"reminder_shown:2:review": "yesterday",
                    "reminder_shown:2:peak_flow@20:00": "2026-11-21T20:00:00"})
    assert settings.REMINDER_SHOWN.items(db, 2) == {
        "peak_flow@20:00": datetime(2026, 11, 21, 20, 0)}


def test_wrong_types_and_scopes_are_refused_before_anything_is_stored(db):
    with pytest.raises(TypeError):
        settings.TEXT_SCALE.set(db, "150")
    with pytest.raises(TypeError):
        settings.REMINDERS_ON.set(db, 1, profile=2)  # a bool, not an int
    with pytest.raises(TypeError):
        settings.RCP3_SNOOZED_ON.set(db, datetime(2026, 11, 1), profile=2)  # a date
    with pytest.raises(TypeError):
        settings.REMINDERS_ON.get(db)  # per person: which person?
    with pytest.raises(TypeError):
        settings.LANGUAGE.get(db, profile=2)
    with pytest.raises(ValueError):
        settings.Setting("per_person_without_an_id", bool, False, settings.PROFILE,
                         register=False)
    assert _raw(db) == {}


def test_unset_settings_read_as_their_defaults(db):
    assert settings.TEXT_SCALE.get(db) == 100
    assert settings.LANGUAGE.get(db) is None
    assert settings.REMINDERS_ON.get(db, profile=1) is False
    assert settings.REMINDER_SHOWN.items(db, 1) == {}
