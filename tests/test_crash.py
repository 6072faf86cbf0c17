"""Crash logs hold no patient data: a forced exception through the hook and a hard crash
(faulthandler) with a known patient name and note in the data, then the logs are searched."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from asthma_app import crash

ROOT = Path(__file__).resolve().parents[1]
NAME, NOTE = "Zebedee Quillfeather", "wheezy after the cat came round 417"

CRASHING_APP = textwrap.dedent(f"""
    import sys
    from datetime import datetime
    from pathlib import Path

    from asthma_app import crash, paths
    from asthma_app.domain.profile import Profile
    from asthma_app.domain.readings import PeakFlowReading
    from asthma_app.services.profiles import create_profile, open_session
    from asthma_app.storage.database import open_database

    shown = []
    crash.install(paths.log_dir(), shown.append)
    db = open_database(paths.database_path())
    now = datetime(2026, 11, 22, 8)
    profile = create_profile(db, Profile({NAME!r}), lambda: now)
    session = open_session(db, profile.id, lambda: now)
    reading = session.diary.log_reading(PeakFlowReading(now, (417,), note={NOTE!r}))

    def show_patient(person, note, value):
        raise ValueError(f"bad reading for {{person}}: {{note}} {{value}}")

    if sys.argv[1] == "exception":
        try:
            show_patient(profile.name, reading.note, reading.value)
        except ValueError:
            sys.excepthook(*sys.exc_info())
        print("shown", shown, flush=True)
    else:
        import faulthandler
        faulthandler._sigsegv()
""")


def run_app(mode: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ASTHMA_APP_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-c", CRASHING_APP, mode], env=env,
                          capture_output=True, text=True, timeout=60)


def all_log_text(folder: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in folder.glob("*.log"))


def test_exception_hook_log_has_frames_but_no_patient_data(data_dir):
    result = run_app("exception", data_dir)
    assert result.returncode == 0, result.stderr
    logs = data_dir / "logs"
    [report] = logs.glob("crash-*.log")
    text = report.read_text()
    assert "Exception builtins.ValueError" in text
    assert "in show_patient" in text and "<string>:" in text
    assert "shown [PosixPath(" in result.stdout  # the user was told, with the log's path
    for secret in (NAME, "Zebedee", NOTE, "417", "wheezy"):
        assert secret not in all_log_text(logs)


def test_hard_crash_goes_to_the_fault_log_without_patient_data(data_dir):
    result = run_app("segfault", data_dir)
    assert result.returncode != 0
    logs = data_dir / "logs"
    faults = [p for p in logs.glob("fault-*.log") if p.stat().st_size > 0]
    assert len(faults) == 1
    text = faults[0].read_text()
    assert "Fatal Python error: Segmentation fault" in text
    assert 'File "<string>"' in text
    for secret in (NAME, "Zebedee", NOTE, "wheezy"):
        assert secret not in all_log_text(logs)


def test_logs_rotate_and_empty_fault_logs_are_removed(tmp_path):
    for n in range(15):
        (tmp_path / f"crash-20261122-0800{n:02d}-000000.log").write_text("x")
    (tmp_path / "fault-20261101-080000-000000-1.log").write_text("")
    (tmp_path / "fault-20261101-080001-000000-2.log").write_text("Fatal Python error")
    crash.rotate(tmp_path, "crash", keep=10)
    crash.rotate(tmp_path, "fault", keep=10)
    names = sorted(p.name for p in tmp_path.glob("crash-*.log"))
    assert names == [f"crash-20261122-0800{n:02d}-000000.log" for n in range(5, 15)]
    assert [p.name for p in tmp_path.glob("fault-*.log")] == [
        "fault-20261101-080001-000000-2.log"]


def test_report_paths_do_not_show_the_home_folder():
    try:
        raise RuntimeError("secret")
    except RuntimeError:
        _type, _value, tb = sys.exc_info()
    text = crash.safe_report(RuntimeError, tb)
    assert "secret" not in text
    assert str(Path.home()) not in text and str(ROOT) not in text
    assert "test_crash.py" in text


def test_an_unknown_sqlite_error_is_logged_by_its_name_not_its_message(tmp_path):
    """Storage raises SQLite errors it does not know as bugs: the log names the error
    (SQLITE_ERROR) but never its message, which can quote a value."""
    import sqlite3

    conn = sqlite3.connect(tmp_path / "x.sqlite3")
    try:
        conn.execute("SELECT secret_value FROM no_such_table")
    except sqlite3.Error as error:
        _type, value, tb = sys.exc_info()
        text = crash.safe_report(type(error), tb, value)
    finally:
        conn.close()
    assert "SQLite SQLITE_ERROR" in text and "sqlite3.OperationalError" in text
    assert "secret_value" not in text and "no_such_table" not in text


# --- Windows: other processes' logs are open, and a windowed program has no stderr --------

def test_rotation_skips_logs_another_copy_has_open(tmp_path, monkeypatch):
    """Windows refuses to delete a file another process has open (the second copy's empty
    fault log): rotation leaves it and carries on."""
    from tests.platform_sim import refuse_open_files

    other = tmp_path / "fault-20261101-080000-000000-1.log"
    other.write_text("")
    for n in range(12):
        (tmp_path / f"crash-20261122-0800{n:02d}-000000.log").write_text("x")
    refused = refuse_open_files(monkeypatch, lambda p: p.name in (
        other.name, "crash-20261122-080000-000000.log"))
    crash.rotate(tmp_path, "fault")
    crash.rotate(tmp_path, "crash", keep=10)
    assert other in refused and other.exists()
    assert not (tmp_path / "crash-20261122-080001-000000.log").exists()  # the rest went


def test_fault_log_works_when_rotation_is_refused_and_stderr_is_none(tmp_path, monkeypatch):
    """A second copy of a windowed Windows exe: deleting the first copy's log fails and there
    is no stderr to fall back on. Start-up must not crash, and the new log is used."""
    import faulthandler

    from tests.platform_sim import refuse_open_files, windowed_streams

    (tmp_path / "fault-20261101-080000-000000-1.log").write_text("")
    refuse_open_files(monkeypatch, lambda p: p.name.startswith("fault-20261101"))
    windowed_streams(monkeypatch)
    monkeypatch.setattr(crash, "_fault_file", None)
    try:
        path = crash.enable_faulthandler(tmp_path)
        assert path is not None and path.parent == tmp_path and faulthandler.is_enabled()
    finally:
        faulthandler.disable()
        if crash._fault_file:
            crash._fault_file.close()


def test_no_log_folder_and_no_stderr_still_starts(monkeypatch):
    """A read-only disk in a windowed exe: no fault log at all, but no crash either."""
    import faulthandler

    from tests.platform_sim import windowed_streams

    def unwritable():
        raise PermissionError(13, "Access is denied")

    windowed_streams(monkeypatch)
    monkeypatch.setattr(crash, "_fault_file", None)
    try:
        assert crash.enable_faulthandler(unwritable) is None
    finally:
        faulthandler.disable()
