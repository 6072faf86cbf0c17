"""`asthma-app export --format pdf-*` on a machine with no display (an SSH session, a server):
the real command in a subprocess with every display variable removed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader


def headless_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


@pytest.mark.parametrize("fmt", ["pdf-plan", "pdf-review"])
def test_pdf_export_works_with_no_display(filled, data_dir, tmp_path, fmt):
    out = tmp_path / f"{fmt}.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir), "export",
         "--profile", "Sam Patel", "--format", fmt, "--out", str(out)],
        capture_output=True, text=True, timeout=120, env=headless_env())
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "Sam Patel" in text
