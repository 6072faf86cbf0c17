"""Read aloud: it really speaks (a private speech-dispatcher into libao's null driver), and it is
hidden, with the reason said once, where nothing can speak (docs/read-aloud.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from asthma_app.domain.readings import PeakFlowReading
from tests.ui.helpers import click

ROOT = Path(__file__).resolve().parents[2]
SPEAK_TIMEOUT_MS = 20_000  # the first engine lists every voice: 1.5-3 s, more on a busy machine


def shown_control(qtbot, control):
    """The control once it has looked at the speaker (it waits for the first paint)."""
    qtbot.waitUntil(lambda: control.speaker is not None, timeout=5000)
    return control


def learn_control(window, qtbot, topic="peak-flow"):
    window.show_page("learn")
    learn = window.page("learn")
    learn.show_topic(topic)
    return shown_control(qtbot, learn.view.read_aloud)


def press_ctrl_r(qtbot, window):
    """Ctrl+R as a person presses it: to the active window, so its shortcuts apply."""
    window.activateWindow()
    if not window.isActiveWindow():  # the offscreen platform can ignore that for a new dialog
        with warnings.catch_warnings():  # deprecated, but the only way there; tests only
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=20_000)  # slow on a busy machine
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier)


def wait_status(qtbot, speech, *wanted, timeout=SPEAK_TIMEOUT_MS):
    speaker = speech.speaker()
    try:
        qtbot.waitUntil(lambda: speaker.status in wanted, timeout=timeout)
    except qtbot.TimeoutError:  # say what the engine was doing
        engine = speaker.engine
        raise AssertionError(f"wanted {wanted}, status {speaker.status}, engine "
                             f"{engine and (engine.state(), engine.errorString())}") from None


# --- speaking ---------------------------------------------------------------------------------

def test_learn_topic_is_read_aloud_speaking_then_ready(speaking, window_with_plan, qtbot):
    control = learn_control(window_with_plan, qtbot)
    assert control.button.isVisible() and control.button.text() == "Read aloud"
    seen = []
    click(qtbot, control.button)
    speaker = speaking.speaker()
    speaker.changed.connect(lambda: seen.append(speaker.status))
    assert speaker.engine is not None and speaker.engine.engine() == "speechd"
    assert speaker.last_text.startswith(window_with_plan.page("learn").view.topic.title)
    wait_status(qtbot, speaking, speaking.Status.SPEAKING)
    assert control.button.text() == "Stop reading"
    wait_status(qtbot, speaking, speaking.Status.READY, timeout=120_000)  # the whole topic
    assert speaking.Status.SPEAKING in [speaking.Status.SPEAKING, *seen]
    assert control.button.text() == "Read aloud"
    assert speaker.engine.locale().name() == "en_GB"


def test_stop_then_read_again_from_the_top(speaking, window_with_plan, qtbot):
    control = learn_control(window_with_plan, qtbot)
    click(qtbot, control.button)
    wait_status(qtbot, speaking, speaking.Status.SPEAKING)
    click(qtbot, control.button)  # "Stop reading"
    wait_status(qtbot, speaking, speaking.Status.READY)
    assert speaking.speaker().owner is None and control.button.text() == "Read aloud"
    click(qtbot, control.button)  # nothing left stuck in speech-dispatcher's queue
    wait_status(qtbot, speaking, speaking.Status.SPEAKING)
    assert control.button.text() == "Stop reading"
    click(qtbot, control.button)
    wait_status(qtbot, speaking, speaking.Status.READY)


def test_language_switch_mid_speech_stops_and_then_speaks_the_new_language(
        speaking, window_with_plan, qtbot):
    window = window_with_plan
    control = learn_control(window, qtbot)
    click(qtbot, control.button)
    wait_status(qtbot, speaking, speaking.Status.SPEAKING)
    window.language.setCurrentIndex(window.language.findData("cy"))
    wait_status(qtbot, speaking, speaking.Status.READY)  # English text is no longer on screen
    speaker = speaking.speaker()
    assert speaker.engine.locale().name() == "cy_GB" and speaker.engine.availableVoices()
    control = learn_control(window, qtbot)  # the page was rebuilt in Welsh
    assert control.button.isVisible() and control.button.text() == "Darllen yn uchel"
    click(qtbot, control.button)
    wait_status(qtbot, speaking, speaking.Status.SPEAKING)
    assert speaker.last_text == window.page("learn").view.browser.toPlainText()
    speaker.stop()
    wait_status(qtbot, speaking, speaking.Status.READY)


def test_zone_card_and_ctrl_r_read_today_aloud(speaking, make_window, session, plan_factory,
                                              clock, qtbot):
    session.plans.agree(plan_factory())
    session.diary.log_reading(PeakFlowReading(clock(), (350,)))  # 70 % of 500: amber
    window = make_window()
    card = window.page("today").card
    control = shown_control(qtbot, card.read_aloud)
    assert control.button.isVisible()
    press_ctrl_r(qtbot, window)
    speaker = speaking.speaker()
    assert speaker.owner is control
    assert speaker.last_text.startswith("Amber zone")
    assert card.instructions.text() in speaker.last_text and "350" in speaker.last_text
    wait_status(qtbot, speaking, speaking.Status.SPEAKING)
    press_ctrl_r(qtbot, window)  # again: stop
    wait_status(qtbot, speaking, speaking.Status.READY)
    assert speaker.owner is None


def test_attack_steps_are_read_aloud_and_closing_stops(speaking, window_with_plan, qtbot):
    dialog = window_with_plan.show_attack_steps()
    control = shown_control(qtbot, dialog.read_aloud)
    assert control.button.isVisible()
    press_ctrl_r(qtbot, dialog)
    speaker = speaking.speaker()
    assert speaker.owner is control and speaker.last_text == dialog.text()
    assert "999" in speaker.last_text
    wait_status(qtbot, speaking, speaking.Status.SPEAKING)
    dialog.reject()
    wait_status(qtbot, speaking, speaking.Status.READY)


# --- degraded ---------------------------------------------------------------------------------

def test_engine_that_cannot_start_hides_the_buttons_and_says_why_once(
        speech, window_with_plan, qtbot):
    # tests/conftest.py points SPEECHD_ADDRESS at a socket nobody listens on
    if speech.engine_name() is None:
        pytest.skip(f"needs {speech.SPEECHD_LIBRARY}; without it the button never shows "
                    "(test_missing_speech_library_hides_read_aloud_quietly)")
    window = window_with_plan
    card = shown_control(qtbot, window.page("today").card.read_aloud)
    assert card.button.isVisible()  # not known yet: the engine is made on first use
    press_ctrl_r(qtbot, window)
    speaker = speech.speaker()
    assert speaker.engine is not None and not speaker.available
    assert not card.button.isVisible()
    assert card.reason.isVisible()
    assert card.reason.text().startswith("Read aloud is not available right now")
    learn = learn_control(window, qtbot)
    assert not learn.button.isVisible() and not learn.reason.isVisible()  # said once only
    dialog = window.show_attack_steps()
    attack = shown_control(qtbot, dialog.read_aloud)
    assert not attack.button.isVisible() and not attack.reason.isVisible()
    attack.toggle()  # as Ctrl+R there: does nothing, says nothing more
    assert speaker.owner is None and not attack.reason.isVisible()


MISSING_LIBRARY_SCRIPT = """
import json, sys
from PySide6.QtCore import qInstallMessageHandler
messages = []
qInstallMessageHandler(lambda mode, context, text: messages.append(text))
from PySide6.QtWidgets import QApplication
from asthma_app.app import create_application, create_main_window
from asthma_app.storage.database import open_database
from pathlib import Path

app = create_application()
window = create_main_window(open_database(Path(sys.argv[1])))
window.resize(1366, 768)
window.show()
window.show_page("learn")
view = window.page("learn").view
view.read_aloud.toggle()  # as if clicked: must do nothing, and say nothing on the terminal
for _ in range(50):
    app.processEvents()
from PySide6.QtTextToSpeech import QTextToSpeech
print(json.dumps({"engines": QTextToSpeech.availableEngines(),
                  "button": view.read_aloud.button.isVisible(),
                  "reason": view.read_aloud.reason.text() if view.read_aloud.reason.isVisible()
                  else "",
                  "messages": [m for m in messages if "pipewire" not in m
                               and "propagateSizeHints" not in m]}))
"""


def test_missing_speech_library_hides_read_aloud_quietly(tmp_path, db, clock):
    """A fresh Debian machine without libspeechd2 (the reported failure).

    Qt still lists ``speechd`` (from the plug-in's metadata), but the library it needs cannot
    be loaded. To be without it here, where it is installed, the run puts an empty
    ``libspeechd.so.2`` first on LD_LIBRARY_PATH: the dynamic loader finds that file first and
    cannot load it ("file too short"), exactly as the plug-in fails where the package is missing.
    """
    from asthma_app import paths
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    db.close()
    stub = tmp_path / "no-libspeechd"
    stub.mkdir()
    (stub / "libspeechd.so.2").write_bytes(b"")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               LD_LIBRARY_PATH=str(stub))
    done = subprocess.run([sys.executable, "-c", MISSING_LIBRARY_SCRIPT,
                           str(paths.database_path())],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert "speechd" in result["engines"]  # what the old check believed
    assert result["button"] is False
    assert result["reason"] == ("Read aloud is not available: no speech program is installed "
                                "on this computer.")
    assert result["messages"] == []  # no "Error loading text-to-speech plug-in" from Qt


START_SCRIPT = """
import sys, time
from pathlib import Path
from asthma_app.app import create_application, create_main_window
from asthma_app.storage.database import open_database

app = create_application()
window = create_main_window(open_database(Path(sys.argv[1])))
seen = {}
window.first_painted.connect(
    lambda: seen.setdefault("paint", "asthma_app.ui.speech" in sys.modules))
window.show()
card = window.page("today").card.read_aloud
deadline = time.monotonic() + 30
while card.speaker is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print(seen.get("paint"), "PySide6.QtTextToSpeech" in sys.modules, card.speaker is not None,
      card.speaker.engine is None)
"""


def test_speech_module_stays_off_the_start_up_path(db, data_dir, clock):
    """Today's card has a read-aloud control, yet speech loads only after the first paint,
    and Qt's text-to-speech and the slow engine only when someone asks to hear something."""
    from asthma_app import paths
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", START_SCRIPT, str(paths.database_path())],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # after the paint: speech connected; Qt's text-to-speech (and Qt Multimedia) not loaded yet
    assert done.stdout.split() == ["False", "False", "True", "True"]


@pytest.mark.parametrize("engine", ["found", "none"])
def test_nothing_below_moves_when_the_speech_engine_is_known(speech, make_window, session,
                                                             plan_factory, qtbot, monkeypatch,
                                                             engine):
    """The control is empty at the first paint (the speech module loads 400 ms later); the
    button appearing then pushed Today's buttons 40 px down under the pointer. The row keeps
    a button's height from the start, whether the button comes or not."""
    from asthma_app.ui.widgets import read_aloud

    if engine == "none":
        monkeypatch.setattr(speech, "worth_trying", lambda: False)
    # as at a real start: the speech module is not loaded yet when the window is first shown
    monkeypatch.setattr(read_aloud, "SPEECH_MODULE", "asthma_app.ui.not_loaded_yet")
    session.plans.agree(plan_factory())
    window = make_window()
    today = window.page("today")
    control = today.card.read_aloud
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the first paint's layout settled; the engine is looked for at 400 ms
    assert control.speaker is None  # not known yet at the first paint
    below = today.log_peak_flow.mapTo(window, today.log_peak_flow.rect().topLeft())
    shown_control(qtbot, control)
    assert control.button.isVisible() == (engine == "found")
    qtbot.wait(50)  # the layout that follows
    assert today.log_peak_flow.mapTo(window, today.log_peak_flow.rect().topLeft()) == below
