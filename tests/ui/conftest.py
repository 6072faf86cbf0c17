"""Fixtures that build the real main window on a temp database."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def compiled_translations():
    """The .qm files the language tests load (rebuilt only when a .ts is newer)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build_scripts"))
    import translations

    translations.build()


@pytest.fixture(autouse=True)
def english_afterwards():
    """Whatever language a test chose, the next one starts in English."""
    yield
    from PySide6.QtWidgets import QApplication

    from asthma_app import i18n

    if QApplication.instance():
        i18n.set_language("en")


@pytest.fixture(scope="session")
def qapp_args():
    return ["asthma-app-tests"]


@pytest.fixture
def make_window(qtbot, db, clock):
    from asthma_app.app import create_application, create_main_window

    create_application()

    built = []

    def build(mode=None):  # ui/mode.py; home by default
        window = create_main_window(db, clock, mode)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        built.append(window)
        return window

    yield build
    for window in built:  # free dialogs too, so later tests don't re-polish dead widgets
        window.close()
        window.deleteLater()
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    # processEvents() never runs deleteLater(): without this, windows (and pages rebuilt on a
    # language change) pile up and every later style or font change re-polishes all of them.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def window_with_plan(make_window, session, plan_factory):
    session.plans.agree(plan_factory())
    return make_window()


@pytest.fixture(scope="session")
def speech_dispatcher(tmp_path_factory):
    """A private speech-dispatcher speaking into libao's null driver (tests/speechd.py)."""
    from tests.speechd import SpeechDispatcher

    server = SpeechDispatcher(tmp_path_factory.mktemp("speechd"))
    why = server.start()
    if why is not None:
        pytest.skip(f"read aloud cannot be heard here: {why}")
    yield server
    server.stop()


@pytest.fixture
def speech(qapp):
    """A fresh read-aloud Speaker per test, on whatever SPEECHD_ADDRESS the test set."""
    from asthma_app.ui import speech as module

    module.reset()
    yield module
    module.reset()


@pytest.fixture
def speaking(request, monkeypatch, speech):
    """Read aloud with a working engine: the private speech-dispatcher."""
    if speech.engine_name() is None:  # checked first: no server started for nothing
        pytest.skip("read aloud cannot be heard here: Qt's speech engine cannot load "
                    f"{speech.SPEECHD_LIBRARY} (Debian: libspeechd2)")
    server = request.getfixturevalue("speech_dispatcher")
    monkeypatch.setenv("SPEECHD_ADDRESS", server.address)
    return speech


@pytest.fixture
def trends(make_window, db, clock, qtbot):
    """The Trends page, drawn, on four years of history (``tests/ui/trends_history.py``)."""
    from datetime import datetime

    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile
    from asthma_app.services.sample_data import load_history

    from .trends_history import HISTORY

    clock.now = datetime(2025, 12, 31, 23, 0)
    load_history(db, create_profile(db, Profile("Demo Patient", 1984), clock), HISTORY, clock)
    window = make_window()
    window.show_page("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    return page
