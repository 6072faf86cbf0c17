"""The lock screen, the attendant's PIN and the passphrase dialog slow guessing down, and say
calmly how long to wait; the wait is kept on disk, so a restart does not end it."""

from __future__ import annotations

from asthma_app.domain.profile import Profile
from asthma_app.services import profile_security as security
from asthma_app.services.guess_delay import FREE_TRIES
from asthma_app.services.profiles import create_profile
from tests.ui.helpers import click, type_into


def test_lock_screen_makes_guessers_wait_and_a_restart_does_not_help(qtbot, db, clock):
    from asthma_app.app import create_application
    from asthma_app.ui.home import LockScreen

    create_application()
    person = create_profile(db, Profile("Lena"), clock)
    security.set_passphrase(db, person.id, "open sesame")
    lock = LockScreen(db, person.id, clock)
    qtbot.addWidget(lock)
    unlocked = []
    lock.unlocked.connect(unlocked.append)
    for _ in range(FREE_TRIES):
        type_into(qtbot, lock.passphrase, "wrong")
        click(qtbot, lock.unlock_button)
    assert "please wait 2 seconds" in lock.error.text()
    again = LockScreen(db, person.id, clock)  # as after restarting the app
    qtbot.addWidget(again)
    again.unlocked.connect(unlocked.append)
    again.passphrase.setText("open sesame")
    click(qtbot, again.unlock_button)
    assert unlocked == [] and "please wait" in again.error.text()
    clock.advance(seconds=2)
    again.passphrase.setText("open sesame")
    click(qtbot, again.unlock_button)
    assert unlocked == [person.id]


def test_attendant_pin_guessing_waits_even_after_a_restart(qtbot, clock, data_dir):
    from asthma_app.app import create_application
    from asthma_app.services.passwords import hash_secret
    from asthma_app.ui.kiosk_dialogs import AttendantDialog

    create_application()
    pin_hash = hash_secret("2468")
    dialog = AttendantDialog(pin_hash, clock=clock)
    qtbot.addWidget(dialog)
    for guess in ("0000", "1111", "2222"):
        type_into(qtbot, dialog.pin, guess)
        click(qtbot, dialog.ok_button)
    assert "please wait 2 seconds" in dialog.error.text()
    tries = data_dir / "kiosk-pin-tries.json"
    assert tries.exists() and "2468" not in tries.read_text()
    restarted = AttendantDialog(pin_hash, clock=clock)  # a new kiosk process reads the file
    qtbot.addWidget(restarted)
    type_into(qtbot, restarted.pin, "2468")
    click(qtbot, restarted.ok_button)
    assert restarted.result() != restarted.DialogCode.Accepted
    assert "please wait" in restarted.error.text()
    clock.advance(seconds=3)
    type_into(qtbot, restarted.pin, "2468")
    click(qtbot, restarted.ok_button)
    assert restarted.result() == restarted.DialogCode.Accepted


def test_changing_the_passphrase_asks_for_the_current_one(qtbot, db, clock):
    from asthma_app.app import create_application, home_shell

    create_application()
    person = create_profile(db, Profile("Owen"), clock)
    shell = home_shell(db, clock)
    qtbot.addWidget(shell.window)
    dialog = shell.edit_security()  # no passphrase yet: nothing to ask for
    assert dialog.current.isHidden()
    dialog.passphrase.setText("first secret")
    dialog.repeat.setText("first secret")
    dialog.understood.setChecked(True)  # the warning about a forgotten passphrase (H37)
    dialog._on_ok_clicked()
    stored = db["profiles"].get(person.id)["passphrase_hash"]
    assert stored
    dialog = shell.edit_security()
    assert not dialog.current.isHidden() and dialog.current.accessibleName()
    dialog.understood.setChecked(True)  # the warning about a forgotten passphrase (H37)
    dialog.passphrase.setText("taken over")
    dialog.repeat.setText("taken over")
    dialog._on_ok_clicked()  # no current passphrase: the dialog asks for it
    assert "current passphrase" in dialog.error.text() and dialog.isVisible()
    dialog.current.setText("a guess")
    dialog._on_ok_clicked()
    assert "not the current passphrase" in dialog.error.text() and dialog.isVisible()
    assert db["profiles"].get(person.id)["passphrase_hash"] == stored
    dialog.current.setText("a guess")
    dialog.remove.click()
    assert "not the current passphrase" in dialog.error.text()
    assert db["profiles"].get(person.id)["passphrase_hash"] == stored
    dialog.current.setText("first secret")
    dialog.passphrase.setText("taken over")
    dialog.repeat.setText("taken over")
    dialog._on_ok_clicked()
    assert security.try_passphrase(db, person.id, "taken over", clock()).ok
    shell.shutdown()
