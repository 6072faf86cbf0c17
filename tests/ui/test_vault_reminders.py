"""Reminder times and other per-person settings of a protected person live in their vault,
not in the shared plain file; the tray reminds the right person, and while they are locked
only with a neutral text (no name, no medicine), and only for times learnt while unlocked."""

from __future__ import annotations

from datetime import time

from asthma_app.domain.profile import Profile
from asthma_app.services import profile_security as security
from asthma_app.services import reminders as rem
from asthma_app.services import vaults
from asthma_app.services.profiles import create_profile
from asthma_app.storage import vault_moves
from tests.ui.test_home_profiles import _shell, _shut_shells_down  # noqa: F401
from tests.ui.test_reminders_ui import FakeTray

SECRET = "long passphrase"


def _shared_rows(db, pid):
    reminders = db.execute("SELECT count(*) FROM reminders WHERE profile_id = ?",
                           [pid]).fetchone()[0]
    keys = [k for (k,) in db.execute("SELECT key FROM settings WHERE key LIKE ?",
                                     [f"%:{pid}%"])]
    return reminders, keys


def _reminders_of(person_id, db, clock):
    rem.save(db, person_id, [rem.Reminder("preventer", time(8, 0))], clock())
    rem.set_enabled(db, person_id, True)


def test_a_protected_persons_reminders_are_in_their_vault_not_the_shared_file(db, clock,
                                                                               data_dir):
    vera = create_profile(db, Profile("Vera", 1980), clock)
    olu = create_profile(db, Profile("Olu", 1990), clock)
    for person in (vera, olu):
        _reminders_of(person.id, db, clock)
    security.set_passphrase(db, vera.id, SECRET)
    assert _shared_rows(db, vera.id) == (0, [])  # not in plain text any more
    assert _shared_rows(db, olu.id)[0] == 1  # nobody else's moves
    own = vaults.database_for(db, vera.id)
    assert [r.time_of_day for r in rem.load(own, vera.id)] == [time(8, 0)]
    assert rem.enabled(own, vera.id)
    # the wipe after the move leaves no trace of her setting's key in the shared file
    assert f"reminders_enabled:{vera.id}".encode() not in (
        data_dir / "asthma.sqlite3").read_bytes()
    security.set_passphrase(db, vera.id, None, current=SECRET)  # and back when removed
    assert _shared_rows(db, vera.id)[0] == 1 and rem.enabled(db, vera.id)


def test_reminders_left_in_the_shared_file_by_the_last_version_move_in_at_unlock(db, clock):
    vera = create_profile(db, Profile("Vera", 1980), clock)
    security.set_passphrase(db, vera.id, SECRET)
    vaults.lock()
    _reminders_of(vera.id, db, clock)  # as a vault of the previous version left them
    assert security.try_passphrase(db, vera.id, SECRET, clock()).ok
    own = vaults.unlock(db, vera.id, SECRET, clock())
    assert [r.time_of_day for r in rem.load(own, vera.id)] == [time(8, 0)]
    assert _shared_rows(db, vera.id) == (0, [])
    vaults.lock()
    own = vaults.unlock(db, vera.id, SECRET, clock())  # a second unlock adds nothing twice
    assert len(rem.load(own, vera.id)) == 1


def test_a_locked_persons_reminder_is_neutral_and_writes_nothing(qtbot, db, clock):
    from asthma_app.ui.reminders import ReminderNotifier

    vera = create_profile(db, Profile("Vera", 1980), clock)
    security.set_passphrase(db, vera.id, SECRET)
    own = vaults.database_for(db, vera.id)
    _reminders_of(vera.id, own, clock)
    notifier = ReminderNotifier(db, vera.id, clock, tray_factory=FakeTray)
    first = notifier.check()  # unlocked at 08:00: her own reminder, from her vault
    assert first is not None and "preventer" in first.text
    clock.advance(days=1)
    vaults.lock()
    before = db.execute("SELECT count(*), group_concat(key) FROM settings").fetchone()
    locked = notifier.check()  # locked: a neutral reminder, nothing of hers
    assert locked is not None
    assert "preventer" not in locked.text.lower() and "Vera" not in locked.text
    assert "Unlock" in locked.text
    assert notifier.tray.messages[-1] == locked.text
    assert db.execute("SELECT count(*), group_concat(key) FROM settings").fetchone() == before
    assert notifier.check() is None  # once, not every 30 seconds
    # a fresh start while she is locked knows no times: no reminder at all
    cold = ReminderNotifier(db, vera.id, clock, tray_factory=FakeTray)
    clock.advance(days=1)
    assert cold.check() is None


def test_reminder_settings_in_the_window_are_saved_into_the_vault(qtbot, db, clock):
    vera = create_profile(db, Profile("Vera", 1980), clock)
    security.set_passphrase(db, vera.id, SECRET)
    shell = _shell(qtbot, db, clock)
    shell.lock_screen.passphrase.setText(SECRET)
    shell.lock_screen._on_unlock_clicked()
    dialog = shell.edit_reminders()
    dialog.on.setChecked(True)
    dialog.rows["preventer"][0].setChecked(True)
    dialog._on_save_clicked()
    assert _shared_rows(db, vera.id) == (0, [])
    assert rem.enabled(vaults.database_for(db, vera.id), vera.id)
    assert vault_moves.vault_of(db, vera.id)[0] is not None
