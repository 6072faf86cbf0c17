"""Issue 14: one worker API (``ui.workers.run_job``) for everything off the GUI thread.

A job's news (progress, result, error) reaches the GUI thread; every job has a connection of
its own; a page deleted while its job runs neither crashes the app nor hears the answer.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget

from asthma_app.storage import backup
from asthma_app.ui import workers
from asthma_app.ui.workers import run_job

PACKAGE = Path(__file__).resolve().parents[2] / "asthma_app"


def test_result_and_progress_reach_the_gui_thread_in_order(qtbot, db, session):
    gui = threading.get_ident()
    seen = []

    def job(connect, progress):
        with connect() as own:
            assert own.conn is not db.conn  # a connection of its own
            names = [row[0] for row in own.execute("SELECT name FROM profiles")]
        for step in (1, 2, 3):
            progress(step, 3)
        return names, threading.get_ident()

    owner = QWidget()
    qtbot.addWidget(owner)
    done = []
    run_job(owner, job, database=db,
            on_progress=lambda d, t: seen.append((d, t, threading.get_ident())),
            on_result=lambda value: done.append((value, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    (names, worker), caller = done[0]
    assert names == ["Sam Patel"] and worker != gui and caller == gui
    assert seen == [(1, 3, gui), (2, 3, gui), (3, 3, gui)]


def test_an_error_reaches_the_gui_thread_as_the_exception(qtbot, db):
    def job(connect, progress):
        raise ValueError("no")

    owner = QWidget()
    qtbot.addWidget(owner)
    errors, results = [], []
    run_job(owner, job, database=db, on_result=results.append,
            on_error=lambda error: errors.append((error, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    error, caller = errors[0]
    assert isinstance(error, ValueError) and str(error) == "no"
    assert caller == threading.get_ident() and results == []


def test_a_connection_is_never_shared_between_threads(qtbot, db):
    """The window's connection refuses to be used from a job's thread (SQLite's check stays
    on), so a job cannot borrow it even by mistake."""
    def job(connect, progress):
        try:
            db.execute("SELECT 1")
        except sqlite3.ProgrammingError as error:
            return str(error)
        return "shared"

    owner = QWidget()
    qtbot.addWidget(owner)
    got = []
    run_job(owner, job, database=db, on_result=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert "thread" in got[0]


def test_check_same_thread_false_appears_nowhere_in_the_package():
    pattern = re.compile(r"check_same_thread\s*=\s*(False|0)\b")
    found = [f"{path.relative_to(PACKAGE)}:{n}" for path in sorted(PACKAGE.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []


def test_one_way_to_start_a_thread():
    """QThread subclasses, moveToThread and threading.Thread live only in ui/workers.py (and
    the start-up check, which begins before Qt is imported)."""
    allowed = {"ui/workers.py", "storage/integrity.py"}
    pattern = re.compile(r"\bQThread\s*\(|moveToThread|threading\.Thread\s*\(|QThreadPool|"
                         r"QRunnable|class \w+\(QThread\)")
    found = [str(path.relative_to(PACKAGE)) for path in sorted(PACKAGE.rglob("*.py"))
             if str(path.relative_to(PACKAGE)) not in allowed
             and pattern.search(path.read_text(encoding="utf-8"))]
    assert found == []


def test_an_owner_deleted_mid_job_hears_nothing_and_nothing_crashes(qtbot, db):
    release = threading.Event()
    owner = QWidget()
    heard = []

    def job(connect, progress):
        assert release.wait(10)
        progress(1, 1)
        with connect() as own:
            return own.execute("SELECT count(*) FROM profiles").fetchone()[0]

    started = run_job(owner, job, database=db, on_result=heard.append,
                      on_progress=lambda d, t: heard.append(d), on_error=heard.append)
    shiboken6.delete(owner)  # as a language change or a lock deletes a page
    release.set()
    assert started.wait(10)
    qtbot.waitUntil(lambda: started.finished, timeout=10_000)
    assert heard == []
    assert workers.running() == []


def test_the_backups_page_deleted_during_a_backup(qtbot, window_with_plan, monkeypatch,
                                                  session):
    """keep_alive's reason: deleting a page while its job runs must not abort the process."""
    from asthma_app import paths

    release, started = threading.Event(), threading.Event()
    real = backup.make_backup

    def slow_backup(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "make_backup", slow_backup)
    window_with_plan.show_page("backups")
    page = window_with_plan.page("backups")
    page.back_up_now()
    assert started.wait(10)
    job = page.worker
    shiboken6.delete(page)
    release.set()
    assert job.wait(10)
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    assert [info.kind for info in backup.list_backups(paths.backups_dir())] == [backup.MANUAL]
