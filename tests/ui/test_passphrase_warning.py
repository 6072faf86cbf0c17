"""Hazard H37: before a passphrase is set (or changed), the dialog says plainly that a
forgotten passphrase means nobody can open the diary, not even the practice, suggests keeping
the printed plan and an export somewhere safe, and the person confirms they understood."""

from asthma_app.domain.profile import Profile
from asthma_app.services import profile_security as security
from asthma_app.services.profiles import create_profile
from asthma_app.ui.profile_dialogs import SecurityDialog
from tests.ui.test_home_profiles import _shell, _shut_shells_down  # noqa: F401


def test_the_warning_is_plain_and_must_be_confirmed_before_a_passphrase_is_set(qtbot, db,
                                                                                clock):
    person = create_profile(db, Profile("Wren", 1980), clock)
    shell = _shell(qtbot, db, clock)
    dialog = shell.edit_security()
    warning = dialog.forgotten.text()
    for words in ("forgotten", "cannot be opened", "practice", "printed", "export"):
        assert words in warning, words
    assert dialog.forgotten.isVisible() and dialog.understood.isVisible()
    assert dialog.understood.accessibleName()
    dialog.passphrase.setText("long passphrase")
    dialog.repeat.setText("long passphrase")
    dialog._on_ok_clicked()  # not confirmed: nothing is set
    assert "confirm" in dialog.error.text() and dialog.isVisible()
    assert not security.has_passphrase(db, person.id)
    dialog.understood.setChecked(True)
    dialog._on_ok_clicked()
    assert security.has_passphrase(db, person.id)


def test_changing_only_the_lock_time_needs_no_confirmation(qtbot):
    dialog = SecurityDialog(True, 0)
    qtbot.addWidget(dialog)
    dialog.current.setText("the current one")
    dialog.lock_after.setCurrentIndex(1)
    dialog._on_ok_clicked()
    assert dialog.error.text() == "" and dialog.result() == dialog.DialogCode.Accepted
