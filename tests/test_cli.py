"""The command line, run as a real subprocess on a temp data dir."""

from __future__ import annotations

import subprocess
import sys

from asthma_app import __version__


def run(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=60)


def test_version_and_help(data_dir):
    assert run("--version", data_dir=data_dir).stdout.strip() == f"asthma-app {__version__}"
    help_text = run("--help", data_dir=data_dir).stdout
    assert "--data-dir" in help_text and "log-reading" in help_text


def test_a_text_size_out_of_range_gets_a_plain_message(data_dir):
    for value in ("300", "abc", "1e2"):
        refused = run("--text-scale", value, data_dir=data_dir)
        assert refused.returncode == 2
        assert "is not a whole number from 100 to 200" in refused.stderr
        assert "Traceback" not in refused.stderr


def test_log_and_read_back(data_dir, db, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    saved = run("log-reading", "--profile", "sam", "410", "430", "--at", "2026-11-20T08:00",
                data_dir=data_dir)
    assert saved.returncode == 0, saved.stderr
    listed = run("readings", "--profile", "Sam", data_dir=data_dir)
    assert "2026-11-20T08:00\t430\tEU\tmorning" in listed.stdout


def test_bad_reading_is_refused_with_a_message(data_dir, db, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    result = run("log-reading", "--profile", "Sam", "abc", data_dir=data_dir)
    assert result.returncode == 2 and "not a number" in result.stdout
    assert "No profile called" in run("readings", "--profile", "Nobody", data_dir=data_dir).stderr


def test_create_profile_then_log_and_read(data_dir):
    made = run("create-profile", "Rhys Evans", "--birth-year", "1980", data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    assert "Rhys Evans" in run("profiles", data_dir=data_dir).stdout
    assert run("log-reading", "--profile", "rhys evans", "380", "--at", "2026-11-20T08:00",
               data_dir=data_dir).returncode == 0
    assert "2026-11-20T08:00\t380" in run("readings", "--profile", "Rhys Evans",
                                          data_dir=data_dir).stdout
