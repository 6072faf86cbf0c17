"""Fontconfig started on a thread of its own before Qt (ui/fontconfig_start.py): on Linux Qt
finds its configuration made; elsewhere, or without the library, nothing happens."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from asthma_app.ui import fontconfig_start

ROOT = Path(__file__).resolve().parent.parent.parent

# FC_DEBUG=1024 makes fontconfig print each configuration file it loads (C's stdout, hence
# the fflush before each line of ours)
QT_AFTER_THE_THREAD = """
import ctypes, sys
from asthma_app.ui import fontconfig_start

if sys.argv[1] == "without":
    fontconfig_start._start_fontconfig = lambda: None
fontconfig_start.start_fontconfig().join()
libc = ctypes.CDLL(None)
libc.fflush(None)
print("QT FROM HERE", flush=True)
from PySide6.QtGui import QFontDatabase, QGuiApplication
app = QGuiApplication([])
assert QFontDatabase.families()
libc.fflush(None)
"""


def _config_files_loaded(thread: str) -> tuple[int, int]:
    """(configuration files fontconfig loaded before Qt started, after it)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FC_DEBUG="1024", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", QT_AFTER_THE_THREAD, thread], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    before, _, after = done.stdout.partition("QT FROM HERE")
    return before.count("config file"), after.count("config file")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig: Linux")
def test_qt_finds_fontconfig_started_by_the_thread():
    loaded_before, loaded_after = _config_files_loaded("with")
    assert loaded_before > 0
    assert loaded_after == 0  # Qt's own FcInit() found the configuration made
    # and without the thread Qt loads it itself (what the first check tells apart)
    assert _config_files_loaded("without") == (0, loaded_before)


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_no_fontconfig_thread_where_qt_does_not_use_fontconfig(platform, monkeypatch):
    called = []
    monkeypatch.setattr(fontconfig_start, "_start_fontconfig", lambda: called.append(1))
    assert fontconfig_start.start_fontconfig(platform) is None
    assert not called
    assert "fontconfig" not in [thread.name for thread in threading.enumerate()]


def test_a_linux_without_fontconfig_starts_as_before(monkeypatch):
    """No library (or no FcInit in it): the thread ends quietly and Qt starts fontconfig
    itself, as it always did."""
    raised = []
    monkeypatch.setattr(threading, "excepthook", raised.append)
    monkeypatch.setattr(fontconfig_start, "SONAME", "libfontconfig-not-there.so.1")
    thread = fontconfig_start.start_fontconfig("linux")
    thread.join()
    assert thread.name == "fontconfig" and not raised
