"""Issue 13 §1 at start-up, with real processes and windows: recovery happens once, under the
single-instance lock; read-only media and full disks give a calm message and a usable app."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from asthma_app import paths

from .test_recovery import diary_with_two_days, flip, pages_of
from .test_storage_failures import fill_up, mount, small_fs  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 8, 0)


def _launch(data_dir: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir),
                             *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_two_launches_on_a_damaged_diary_recover_once_and_open_one_window(data_dir):
    diary_with_two_days(paths.backups_dir())
    live = paths.database_path()
    flip(live, pages_of(live, "readings")[2])
    first = _launch(data_dir)  # recovers, then shows its message (and waits there)
    try:
        deadline = time.monotonic() + 60
        while not list((data_dir / "damaged").glob("*.sqlite3")):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first launch never recovered"
            time.sleep(0.1)
        time.sleep(1)  # the first launch is now showing its start-up message
        second = _launch(data_dir)
        try:
            out, err = second.communicate(timeout=60)
        except subprocess.TimeoutExpired:  # a second window opened: never leave it running
            second.kill()
            second.communicate()
            raise
        assert second.returncode == 0, err
        assert "already open" in out  # handed over: no second window, no second recovery
        assert first.poll() is None
        assert len(list((data_dir / "damaged").glob("*.sqlite3"))) == 1
        import sqlite3

        conn = sqlite3.connect(live)
        try:
            # the backup's 150, and the 5 from after it that the damaged file still held
            assert conn.execute("SELECT count(*) FROM readings").fetchone()[0] == 155
        finally:
            conn.close()
    finally:
        first.kill()
        first.communicate()


def _diary_on(folder: Path) -> None:
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile
    from asthma_app.storage.database import open_database

    paths.set_data_dir(folder)
    db = open_database(paths.database_path(), paths.backups_dir())
    create_profile(db, Profile("Ana"), lambda: NOW)
    db.close()


@pytest.mark.parametrize("problem", ["read-only", "disk full"])
def test_the_window_opens_and_says_why_nothing_can_be_saved(small_fs, qtbot, problem,  # noqa: F811
                                                            monkeypatch):
    import shiboken6

    from asthma_app.app import check_and_open, create_application, home_shell
    from asthma_app.services.session import system_clock

    _diary_on(small_fs)
    create_application()
    if problem == "read-only":
        monkeypatch.setattr(os, "access", lambda *args, **kwargs: True)  # as on Windows
        assert mount("-o", "remount,ro", str(small_fs)).returncode == 0
    else:
        db, _ = check_and_open(lambda: NOW)
        db.close()
        fill_up(small_fs, leave=0)
    db, message = check_and_open(lambda: NOW)
    try:
        assert message == ""
        assert db.read_only == ("read-only" if problem == "read-only" else "full")
        shell = home_shell(db, system_clock)  # opens the last person: remembers a setting
        window = shell.window
        qtbot.addWidget(window)
        assert window.session is not None and window.session.profile.name == "Ana"
        notice = window.storage_notice.text()
        assert not window.storage_notice.isHidden()
        expected = "read-only" if problem == "read-only" else "disk is full"
        assert expected in notice
        shell.shutdown()
        # Gone now, not at the next garbage collection: a shell held only by a reference
        # cycle still answered a later test's change of language, from a deleted window.
        shiboken6.delete(shell)
    finally:
        db.close()


def test_a_new_data_folder_on_read_only_media_gets_a_message_not_a_traceback(
        small_fs, qapp, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from asthma_app import app

    assert mount("-o", "remount,ro", str(small_fs)).returncode == 0
    paths.set_data_dir(small_fs / "new")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",  # a modal dialog: the boundary
                        lambda parent, title, text: shown.append(text))
    assert app.run(type("Args", (), {"text_scale": 0})()) == 1
    assert len(shown) == 1 and "could not be made" in shown[0] and "read-only" in shown[0]
    done = subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir",
                           str(small_fs / "new"), "profiles"], cwd=ROOT, capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "read-only" in done.stderr


def test_the_command_line_refuses_a_damaged_diary_and_leaves_it_for_the_app(data_dir):
    from .test_recovery import sha

    diary_with_two_days(paths.backups_dir())
    live = paths.database_path()
    flip(live, pages_of(live, "readings")[2])
    before = sha(live)
    done = subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir),
                           "readings", "--profile", "Zara Okafor"], cwd=ROOT,
                          capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "damaged" in done.stderr and "Start the app" in done.stderr
    assert sha(live) == before and not (data_dir / "damaged").exists()
