"""Everything the app and the command line create is private to the user (POSIX 0700/0600):
made through the real start-up and commands, then every file's mode is read back."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions only; on "
                                "Windows the user's profile folders are private already")
ROOT = Path(__file__).resolve().parent.parent


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _open_to_others(folder: Path) -> list[str]:
    found = [folder, *folder.rglob("*")]
    return [f"{path}: {oct(_mode(path))}" for path in found
            if _mode(path) != (0o700 if path.is_dir() else 0o600)]


def _run(*args, data_dir, env=None):
    return subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=120, env=env)


def test_the_window_and_the_command_line_make_only_private_files(data_dir, tmp_path):
    # a usual umask (022) in the parent: the app must not rely on it
    old = os.umask(0o022)
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASTHMA_APP_QUIT_AFTER_PAINT="1",
                   PYTHONPATH=str(ROOT))
        started = _run(data_dir=data_dir, env=env)  # a first start: data folder, logs, backup
        assert started.returncode == 0, started.stderr
        assert _run("create-profile", "Pia", data_dir=data_dir).returncode == 0
        assert _run("log-reading", "--profile", "Pia", "400", data_dir=data_dir).returncode == 0
        exports = tmp_path / "exports"
        exports.mkdir(mode=0o755)
        for fmt, name in (("csv", "pia.csv"), ("json", "pia.json")):
            done = _run("export", "--profile", "Pia", "--format", fmt, "--out",
                        str(exports / name), data_dir=data_dir)
            assert done.returncode == 0, done.stderr
            assert _mode(exports / name) == 0o600
    finally:
        os.umask(old)
    made = {path.name for path in data_dir.rglob("*")}
    assert {"asthma.sqlite3", "backups", "logs"} <= made
    assert any(name.startswith("auto-") for name in made)  # the first start's backup
    assert _open_to_others(data_dir) == []


def test_backups_are_private_even_without_the_umask(db, data_dir, clock):
    from asthma_app import paths
    from asthma_app.storage.backup import MANUAL, make_backup

    old = os.umask(0o022)
    try:
        made = make_backup(db, paths.backups_dir(), MANUAL, clock())
    finally:
        os.umask(old)
    assert _mode(made.path) == 0o600


def test_files_an_older_version_left_open_are_closed_at_start_up(db, data_dir, clock):
    from asthma_app import paths
    from asthma_app.app import check_and_open
    from asthma_app.storage.backup import MANUAL, make_backup

    backup = make_backup(db, paths.backups_dir(), MANUAL, clock()).path
    db.close()
    for path, mode in ((paths.database_path(), 0o644), (backup, 0o644),
                       (paths.backups_dir(), 0o755)):
        path.chmod(mode)
    reopened, _message = check_and_open(clock)
    reopened.close()
    assert _mode(paths.database_path()) == 0o600 and _mode(backup) == 0o600
    assert _mode(paths.backups_dir()) == 0o700
