"""Portable mode: a bundle with portable.txt or a data folder beside it keeps data there."""

from __future__ import annotations

import sys

import pytest

from asthma_app import paths


@pytest.fixture
def program(tmp_path, monkeypatch):
    folder = tmp_path / "usb" / "asthma-app"
    folder.mkdir(parents=True)
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "asthma-app"))
    return folder


def test_portable_txt_puts_data_logs_and_backups_beside_the_program(program):
    (program / "portable.txt").write_text("")
    assert paths.data_dir() == program / "data"
    assert paths.database_path() == program / "data" / "asthma.sqlite3"
    assert paths.backups_dir() == program / "data" / "backups"
    assert paths.log_dir() == program / "data" / "logs"


def test_a_data_folder_alone_also_means_portable(program):
    (program / "data").mkdir()
    assert paths.data_dir() == program / "data"


def test_without_a_marker_the_user_folder_is_used(program, monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "user"))
    assert paths.portable_dir() is None
    assert paths.data_dir() == tmp_path / "user"


def test_the_override_still_wins_over_portable(program, tmp_path):
    (program / "portable.txt").write_text("")
    paths.set_data_dir(tmp_path / "chosen")
    assert paths.data_dir() == tmp_path / "chosen"


def test_a_source_checkout_is_never_portable(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.portable_dir() is None
