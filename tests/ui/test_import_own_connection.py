"""Issue 13 §3: the backup import runs on a connection of its own, so a reading saved in the
window while an import is under way is its own transaction and survives the import failing."""

from __future__ import annotations

import threading
from datetime import datetime

from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services import exchange
from asthma_app.storage.exchange import backup_import


def test_a_reading_saved_during_a_failing_import_is_kept(make_window, session, qtbot,
                                                        tmp_path, monkeypatch, clock):
    window = make_window()
    backup_file = tmp_path / "backup.json"
    exchange.export_data(session, "json", backup_file)  # a real backup of this person
    written, saved = threading.Event(), threading.Event()
    real_write = backup_import._write

    def write_then_fail(db, *args):
        real_write(db, *args)  # the import's rows are in, its transaction still open
        written.set()
        saved.wait(2)  # the window saves meanwhile (or waits for the import's lock)
        raise OSError("the import fails after writing")

    monkeypatch.setattr(backup_import, "_write", write_then_fail)
    actions = window.exchange_actions
    monkeypatch.setattr(exchange, "import_backup_file",
                        lambda db, path, today: exchange.import_backup(
                            db, exchange.read_backup(path), today, "Copy of Sam"))
    actions.import_backup(str(backup_file))
    assert written.wait(10)
    when = datetime(2026, 11, 22, 7, 30)
    window.session.diary.log_reading(PeakFlowReading(when, (420,)))  # in the window's thread
    saved.set()
    qtbot.waitUntil(lambda: actions.last_error != "", timeout=10000)
    assert [r.taken_at for r in window.session.diary.readings()] == [when]
    assert [p.name for p in exchange.repository.list_profiles(window.db)] == ["Sam Patel"]
