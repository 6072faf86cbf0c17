"""The built bundle (``make bundle``) passes its smoke test. Skipped when no bundle was built,
so that ``make test`` stays fast; the build itself is run by hand or in release CI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXE = ROOT / "dist" / "asthma-app" / "asthma-app"


@pytest.mark.slow
@pytest.mark.skipif(not EXE.exists(), reason="no bundle in dist/asthma-app: run 'make bundle'")
def test_built_bundle_smoke():
    result = subprocess.run([sys.executable, str(ROOT / "build_scripts" / "smoke_bundle.py"),
                             str(EXE)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   reading written and read back" in result.stdout
