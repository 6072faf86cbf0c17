"""The window with encryption at rest: setting a passphrase in the dialog moves the diary into
the person's vault and the window keeps showing it; an export of a protected person asks
first and runs on its own connection to the vault; a save failure in a vault gets the plain
message."""

import pytest

from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services import profile_security as security
from asthma_app.services import vaults
from asthma_app.services.profiles import create_profile, open_session, profiles
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
    dialog.understood.setChecked(True)  # the warning about a forgotten passphrase (H37)
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
    shell.lock()  # the window goes with its data: later tests look at every window's text
    _flush()


def _vera_unlocked(qtbot, db, clock, also: str | None = None):
    """Vera, protected, with a reading holding NOTE (and ``also``, another person, unprotected),
    unlocked in the window as she would do it."""
    person = create_profile(db, Profile("Vera", 1980), clock)
    if also:
        create_profile(db, Profile(also, 1990), clock)
    open_session(db, person.id, clock).diary.log_reading(
        PeakFlowReading(clock(), (444,), note=NOTE))
    security.set_passphrase(db, person.id, "long passphrase")
    shell = _shell(qtbot, db, clock)
    shell.lock_screen.passphrase.setText("long passphrase")
    shell.lock_screen._on_unlock_clicked()
    return person, shell


@pytest.mark.parametrize("accept", [False, True])
def test_a_protected_persons_export_asks_first_and_reads_the_vault(qtbot, db, clock, tmp_path,
                                                                   accept):
    _person, shell = _vera_unlocked(qtbot, db, clock)
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

    person, shell = _vera_unlocked(qtbot, db, clock)
    shell.window.show_page("backups")
    page = shell.window.page("backups")
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        page.back_up_now()
    assert page.status.text() == "Backup made."
    name, _kdf = vault_moves.vault_of(db, person.id)
    copies = vault.vault_backups(vault.vault_path(data_dir / "asthma.sqlite3", name))
    assert any("-manual-" in p.name for p in copies)
    assert _files_holding(data_dir, NOTE) == []  # neither copy holds the note in plain text
    from asthma_app import paths
    from asthma_app.storage import backup

    shared = backup.list_backups(paths.backups_dir())[0]
    page.restore(shared)  # a shared backup never rewinds an encrypted diary
    assert "Nothing was changed" in page.status.text()


def test_a_protected_person_sees_and_restores_their_own_encrypted_backups(qtbot, db, clock,
                                                                           data_dir):
    from datetime import timedelta

    person, shell = _vera_unlocked(qtbot, db, clock, also="Olu")
    [other] = [p for p in profiles(db) if p.name == "Olu"]
    shell.window.show_page("backups")
    page = shell.window.page("backups")
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        page.back_up_now()
    # the list is hers, encrypted: not the shared file's copies (which do not hold her diary)
    kinds = [b.kind for b in page.backups]  # the daily one made at unlock, and hers now
    assert sorted(kinds) == ["auto", "manual"] and page.table.rowCount() == 2
    assert all(b.path.suffix == ".db" for b in page.backups)
    row = kinds.index("manual")
    assert "Made by me" in page.table.item(row, 1).text()
    session = shell.window.session
    session.diary.log_reading(PeakFlowReading(clock() - timedelta(hours=1), (455,)))
    open_session(db, other.id, clock).diary.log_reading(PeakFlowReading(clock(), (300,)))
    page.table.selectRow(row)
    box = page.ask_restore()
    assert "Vera" in box.text()
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        box.button(box.StandardButton.Yes).click()
    assert "now runs up to" in page.status.text()
    assert sorted(r.value for r in shell.window.session.diary.readings()) == [444]
    assert [r.value for r in open_session(db, other.id, clock).diary.readings()] == [300]
    assert security.try_passphrase(db, person.id, "long passphrase", clock()).ok
    assert {b.kind for b in page.backups} == {"auto", "manual", "before-restore"}
    assert _files_holding(data_dir, NOTE) == []
    # a damaged copy is refused with the plain message, and nothing changes
    stem = page.backups[0].path.name.split("-")[0]  # the vault's name
    damaged = page.backups[0].path.with_name(f"{stem}-manual-20261231-120000.db")
    damaged.write_bytes(b"not a diary at all" * 300)
    page.refresh()
    assert page.backups[0].path == damaged  # the newest, listed like any other
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        page.restore(page.backups[0])
    assert "does not open with your passphrase" in page.status.text()
    assert sorted(r.value for r in shell.window.session.diary.readings()) == [444]
    box.close()
    shell.lock()  # the window goes with its data: later tests look at every window's text
