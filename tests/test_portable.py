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


# --- macOS: nothing may be added inside a signed .app ---------------------------------------

@pytest.fixture
def mac_app(tmp_path, monkeypatch):
    """``sys.executable`` of a PyInstaller .app on a USB stick, as macOS reports it."""
    stick = tmp_path / "Volumes" / "CLINIC STICK"
    macos = stick / "Asthma Plan & Diary.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(sys, "executable", str(macos / "asthma-app"))
    return stick


def test_macos_portable_txt_beside_the_app_not_inside_it(mac_app):
    """A file added inside the .app breaks its code signature (Gatekeeper then refuses to open
    it), so on macOS the marker and the data folder sit beside the .app."""
    (mac_app / "portable.txt").write_text("")
    assert paths.data_dir() == mac_app / "data"
    assert paths.log_dir() == mac_app / "data" / "logs"
    assert not (mac_app / "Asthma Plan & Diary.app" / "Contents" / "MacOS" / "data").exists()


def test_macos_marker_inside_the_app_is_not_portable(mac_app, monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "user"))
    (mac_app / "Asthma Plan & Diary.app" / "Contents" / "MacOS" / "portable.txt").write_text("")
    assert paths.portable_dir() is None


def test_windows_style_program_folder_with_spaces(tmp_path, monkeypatch):
    folder = tmp_path / "E:" / "Asthma App (portable)"
    folder.mkdir(parents=True)
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "executable", str(folder / "asthma-app.exe"))
    (folder / "portable.txt").write_text("")
    assert paths.data_dir() == folder / "data"
