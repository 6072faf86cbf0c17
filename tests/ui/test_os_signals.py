"""SIGTERM and Ctrl+C end every mode cleanly (ui/os_signals.py): home without a question
nobody can answer, and with nothing half-saved. (Kiosk and demo: tests/ui/test_kiosk_forgets.py
runs the real program and sends the real signals.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import type_into

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def handlers(monkeypatch):
    """The handlers the app installs, kept out of the test process's own signal table."""
    from asthma_app.ui import os_signals

    installed = {}
    monkeypatch.setattr(os_signals.signal, "signal",
                        lambda number, handler: installed.__setitem__(number, handler))
    exits = []
    monkeypatch.setattr(os_signals.QCoreApplication, "exit", exits.append)  # the process's end
    return installed, exits


def test_a_signal_ends_home_without_asking_and_keeps_nothing_half_typed(
        qtbot, db, clock, session, plan_factory, handlers):
    """The old ending was Qt's quit, which asks each window to close: with a review question
    typed but not added, the window asked "Discard changes?" and the program never ended."""
    from asthma_app.app import create_application, home_shell
    from asthma_app.ui.os_signals import EndOnSignals

    installed, exits = handlers
    session.plans.agree(plan_factory())
    create_application()
    home = home_shell(db, clock)
    window = home.window
    qtbot.addWidget(window)
    window.show()
    window.show_page("review")
    type_into(qtbot, window.page("review").question_text, "Can I stop my preventer?")
    assert window.has_unsaved_input()
    signals = EndOnSignals()
    signals.end = home.end
    assert set(installed) >= {signal.SIGINT, signal.SIGTERM}
    installed[signal.SIGTERM](signal.SIGTERM, None)  # as Python calls it
    qtbot.waitUntil(lambda: exits == [0], timeout=3000)
    assert not window.isVisible()
    assert getattr(window, "discard_question", None) is None  # nobody was asked
    assert window.session.reviews.questions() == []  # dropped, not half-saved
    assert not home.watcher.timer.isActive()
    installed[signal.SIGINT](signal.SIGINT, None)  # a second signal: ended once only
    qtbot.wait(50)
    assert exits == [0]


def test_a_signal_before_the_shell_exists_just_ends(qtbot, handlers):
    from asthma_app.ui.os_signals import EndOnSignals

    installed, exits = handlers
    signals = EndOnSignals()
    installed[signal.SIGINT](signal.SIGINT, None)
    qtbot.waitUntil(lambda: exits == [0], timeout=3000)
    assert signals.ended


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGTERM is POSIX")
@pytest.mark.parametrize("number", ["SIGTERM", "SIGINT"])
def test_a_signal_ends_the_home_app(tmp_path, number):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "asthma_app", "--data-dir", str(data)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (data / "asthma.sqlite3").exists():  # the window is being built
            assert time.monotonic() < deadline and child.poll() is None, child.communicate()
            time.sleep(0.1)
        time.sleep(1.5)
        child.send_signal(getattr(signal, number))
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert "Traceback" not in err
