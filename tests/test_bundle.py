"""The built bundle (``make bundle``) passes its smoke test. Skipped when no bundle was built,
so that ``make test`` stays fast; the build itself is run by hand or in release CI
(.github/workflows/release.yml runs this on Windows and macOS too)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build_scripts"))
from smoke_bundle import bundle_paths  # noqa: E402

GUI, CLI = bundle_paths()


@pytest.mark.slow
@pytest.mark.skipif(not GUI.exists(), reason=f"no bundle at {GUI}: run 'make bundle'")
def test_built_bundle_smoke():
    result = subprocess.run([sys.executable, str(ROOT / "build_scripts" / "smoke_bundle.py"),
                             str(GUI)], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   reading written and read back" in result.stdout
    assert "ok   second launch hands over and exits" in result.stdout
    assert "ok   encrypted diary not readable as SQLite" in result.stdout  # sqlcipher3 loads
    assert "ok   plan PDF written and its plan read back" in result.stdout  # pypdf


@pytest.mark.parametrize("platform, gui, cli", [
    ("win32", "asthma-app/asthma-app.exe", "asthma-app/asthma-app-cli.exe"),
    ("darwin", "Asthma Plan & Diary.app/Contents/MacOS/asthma-app",
     "Asthma Plan & Diary.app/Contents/MacOS/asthma-app"),
    ("linux", "asthma-app/asthma-app", "asthma-app/asthma-app"),
])
def test_bundle_paths_per_platform(platform, gui, cli, tmp_path):
    assert bundle_paths(platform, tmp_path) == (tmp_path / gui, tmp_path / cli)
