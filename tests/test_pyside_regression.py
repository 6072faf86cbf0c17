"""PySide6 6.12.0 + Python 3.11 aborts after ~5,000 void Qt calls (docs/architecture.md).

The subprocess makes 20,000 such calls; with the broken combination it dies with
"Fatal Python error: none_dealloc" instead of printing the marker and exiting 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version

CALLS = 20_000
MARKER = "VOID-CALLS-DONE"

SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel()
for i in range({CALLS} // 2):
    label.setText(str(i))      # returns void
    label.setToolTip(str(i))   # returns void
assert label.text() == str({CALLS} // 2 - 1)
label.deleteLater()
print("{MARKER}", {CALLS}, flush=True)
"""


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())


def test_installed_pyside_is_not_the_crashing_combination():
    import PySide6

    installed = _version_tuple(PySide6.__version__)
    assert installed < (6, 12) or sys.version_info >= (3, 12), (
        f"PySide6 {PySide6.__version__} with Python {sys.version.split()[0]}: pin <6.12")
    assert installed >= (6, 11, 3)
    # the wheels pip installed agree with the module
    assert _version_tuple(version("PySide6-Essentials")) == installed


def test_20000_void_qt_calls_in_a_subprocess():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert f"{MARKER} {CALLS}" in result.stdout
    assert "none_dealloc" not in result.stderr
