"""The window with encryption at rest: setting a passphrase in the dialog moves the diary into
the person's vault and the window keeps showing it; an export of a protected person asks
first and runs on its own connection to the vault; a save failure in a vault gets the plain
message."""

import pytest

from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services import profile_security as security
from asthma_app.services import vaults
from asthma_app.services.profiles import create_profile, open_session
from asthma_app.storage import vault_moves
from tests.ui.helpers import all_text
from tests.ui.test_home_profiles import _all_text, _flush, _shell, _shut_shells_down  # noqa: F401

NOTE = "VAULT-UI-NOTE-5521"


def _files_holding(folder, text: str):
    return [p for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_setting_a_passphrase_in_the_window_encrypts_and_keeps_showing(qtbot, db, clock,
                                                                       data_dir):
    person = create_profile(db, Profile("Vera", 1980), clock)
    open_session(db, person.id, clock).diary.log_reading(
        PeakFlowReading(clock(), (444,), note=NOTE))
    shell = _shell(qtbot, db, clock)
    dialog = shell.edit_security()
    dialog.passphrase.setText("long passphrase")
    dialog.repeat.setText("long passphrase")
    dialog._on_ok_clicked()
    assert vault_moves.vault_of(db, person.id)[0] is not None
    assert shell.window.session.db is not db  # the window now reads the vault
    shell.window.show_page("diary")
    assert "444" in _all_text()
    assert _files_holding(data_dir, NOTE) == []
    shell.lock()
    _flush()
    # the window is gone with its data (other tests' windows may show their own 444s)
    assert shell.window is None and not vaults.is_unlocked(db, person.id)
    assert "444" not in all_text(shell.lock_screen)
    lock = shell.lock_screen
    lock.passphrase.setText("long passphrase")
    lock._on_unlock_clicked()
    shell.window.show_page("diary")
    assert "444" in _all_text()


@pytest.mark.parametrize("accept", [False, True])
def test_a_protected_persons_export_asks_first_and_reads_the_vault(qtbot, db, clock, tmp_path,
                                                                   accept):
    person = create_profile(db, Profile("Vera", 1980), clock)
    open_session(db, person.id, clock).diary.log_reading(
        PeakFlowReading(clock(), (444,), note=NOTE))
    security.set_passphrase(db, person.id, "long passphrase")
    shell = _shell(qtbot, db, clock)
    shell.lock_screen.passphrase.setText("long passphrase")
    shell.lock_screen._on_unlock_clicked()
    actions = shell.window.exchange_actions
    out = tmp_path / "vera.json"
    if not accept:
        actions.export("json", str(out), plain_ok=False)
        assert actions.job is None and not out.exists()
        return
    actions.export("json", str(out), plain_ok=True)
    job = actions.job
    assert job.wait(20)
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    assert NOTE in out.read_text("utf-8")  # the job opened the vault on its own connection


def test_a_failed_save_in_a_vault_gets_the_plain_message(db, clock):
    from asthma_app.storage.database import StorageError

    person = create_profile(db, Profile("Vera", 1980), clock)
    security.set_passphrase(db, person.id, "long passphrase")
    session = open_session(db, person.id, clock)
    session.db.execute("PRAGMA query_only = 1")  # the same error as read-only media
    with pytest.raises(StorageError, match="read-only"):
        session.diary.log_reading(PeakFlowReading(clock(), (400,)))


def test_back_up_now_for_a_protected_person_makes_an_encrypted_copy(qtbot, db, clock, data_dir):
    from asthma_app.storage import vault

    person = create_profile(db, Profile("Vera", 1980), clock)
    open_session(db, person.id, clock).diary.log_reading(
        PeakFlowReading(clock(), (444,), note=NOTE))
    security.set_passphrase(db, person.id, "long passphrase")
    shell = _shell(qtbot, db, clock)
    shell.lock_screen.passphrase.setText("long passphrase")
    shell.lock_screen._on_unlock_clicked()
    shell.window.show_page("backups")
    page = shell.window.page("backups")
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        page.back_up_now()
    assert page.status.text() == "Backup made."
    name, _kdf = vault_moves.vault_of(db, person.id)
    copies = vault.vault_backups(vault.vault_path(data_dir / "asthma.sqlite3", name))
    assert any("-manual-" in p.name for p in copies)
    assert _files_holding(data_dir, NOTE) == []  # neither copy holds the note in plain text
    page.restore(page.backups[0])  # a shared backup never rewinds an encrypted diary
    assert "Nothing was changed" in page.status.text()
