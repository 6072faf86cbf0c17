"""Build helpers that must also work on Windows and macOS, checked here with those platforms'
file names."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_scripts"))


def test_translation_tools_are_found_in_a_windows_venv(tmp_path, monkeypatch):
    """A Windows venv keeps ``pyside6-lrelease.exe`` in ``Scripts`` beside ``python.exe``,
    and an unactivated venv is not on PATH."""
    import translations

    scripts = tmp_path / "venv" / "Scripts"
    scripts.mkdir(parents=True)
    (scripts / "python.exe").write_bytes(b"")
    (scripts / "pyside6-lrelease.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(scripts / "python.exe"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert translations.tool("pyside6-lrelease") == str(scripts / "pyside6-lrelease.exe")


def test_translation_tools_beside_a_posix_venv_python(tmp_path, monkeypatch):
    import translations

    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "pyside6-lupdate").write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert translations.tool("pyside6-lupdate") == str(bin_dir / "pyside6-lupdate")
