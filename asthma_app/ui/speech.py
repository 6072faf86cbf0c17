"""Read aloud: the app's one text-to-speech engine, judged by what it really does.

Never imported on the start-up path (docs/performance.md): the read-aloud buttons import it
after the first paint. ``QTextToSpeech.availableEngines()`` lists a plug-in from its metadata
alone: on Linux it says ``speechd`` even where libspeechd is missing or speech-dispatcher cannot
start. So availability is decided in steps, cheapest first:

1. Qt's text-to-speech module is there and, on Linux, the speech-dispatcher client library
   loads (else the buttons are hidden; checking first also keeps Qt from printing a plug-in
   warning). Neither loads ``QtTextToSpeech`` (and with it Qt Multimedia): that waits until
   someone asks to hear something;
2. then there is an engine other than ``mock``, and once created it is not in ``Error``;
3. and it has a voice for the app's current language.

Creating the engine takes 1.5 to 3 seconds with speech-dispatcher (it lists every voice of
every language), so it is created on first use, never in idle time where it would freeze a
click on the attack button. Until then the buttons show where step 1 passed; after it, the
engine's real state decides.
"""

from __future__ import annotations

import sys
from enum import Enum
from importlib.util import find_spec

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from .. import i18n
from ..domain.text import fill

SPEECHD_LIBRARY = "libspeechd.so.2"  # Debian package libspeechd2 (docs/read-aloud.md)


class Status(Enum):
    UNKNOWN = "unknown"  # the engine could exist; not created yet
    READY = "ready"
    SPEAKING = "speaking"
    PAUSED = "paused"
    UNAVAILABLE = "unavailable"


def speechd_library_loads() -> bool:
    """True if the speech-dispatcher client library the ``speechd`` plug-in needs loads."""
    import ctypes  # lazy: platform

    try:
        return hasattr(ctypes.CDLL(SPEECHD_LIBRARY), "spd_open")
    except OSError:
        return False


def worth_trying() -> bool:
    """Step 1 above, without loading Qt's text-to-speech module."""
    if find_spec("PySide6.QtTextToSpeech") is None:  # a build of Qt without the module
        return False
    # On Linux the PySide6 wheel's only engine is speechd, which needs libspeechd.
    return not sys.platform.startswith("linux") or speechd_library_loads()


def engine_name() -> str | None:
    """The engine plug-in to use, or None where none can work (steps 1 and 2 above)."""
    if not worth_trying():
        return None
    from PySide6.QtTextToSpeech import QTextToSpeech  # lazy: start-up

    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    if not engines or (engines[0] == "speechd" and not speechd_library_loads()):
        return None
    return engines[0]


class Speaker(QObject):
    """Signals: ``changed()`` whenever the status, the reason or the speaking owner changes."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.engine = None
        self.owner: object | None = None  # who asked for the current speech (its button)
        self.last_text = ""
        self.reason = ""
        self.reason_shown = False  # the reason is said once, on the first place it applies
        self._status = Status.UNKNOWN if worth_trying() else Status.UNAVAILABLE
        if self._status is Status.UNAVAILABLE:
            self._fail(self._no_program())
        i18n.languages().language_changed.connect(self._on_language_changed)

    @staticmethod
    def _no_program() -> str:
        return QCoreApplication.translate(
            "Speech", "Read aloud is not available: no speech program is installed on this "
            "computer.")

    @property
    def status(self) -> Status:
        return self._status

    @property
    def available(self) -> bool:
        """False only once it is known that nothing can speak here."""
        return self._status is not Status.UNAVAILABLE

    @property
    def busy(self) -> bool:
        return self._status in (Status.SPEAKING, Status.PAUSED)

    def take_reason(self) -> str:
        """The reason read aloud is missing, the first time it is asked for; then ""."""
        if self.available or self.reason_shown:
            return ""
        self.reason_shown = True
        return self.reason

    # --- the engine -------------------------------------------------------------------------

    def ensure_engine(self) -> bool:
        """Create the engine if needed (slow: see the module docstring); True if it can speak."""
        if self.engine is None and self._status is Status.UNKNOWN:
            name = engine_name()
            if name is None:
                self._fail(self._no_program())
                self.changed.emit()
                return False
            from PySide6.QtTextToSpeech import QTextToSpeech  # lazy: start-up

            self.engine = QTextToSpeech(name, self)
            self.engine.stateChanged.connect(self._on_engine_state_changed)
            if self.engine.state() == QTextToSpeech.State.Error:
                self._fail(QCoreApplication.translate(
                    "Speech", "Read aloud is not available right now: the computer's speech "
                    "program did not start."))
            else:
                self._status = Status.READY
                self._use_language(i18n.current_language())
            self.changed.emit()
        return self._status is not Status.UNAVAILABLE and self.engine is not None

    def _use_language(self, code: str) -> None:
        chosen = i18n.language(code)
        wanted = QLocale(chosen.locale)
        self.engine.setLocale(wanted)
        if self.engine.locale().language() != wanted.language() \
                or not self.engine.availableVoices():
            self._fail(fill(QCoreApplication.translate(
                "Speech", "Read aloud is not available in %1: there is no voice for this "
                "language on this computer."), chosen.native_name))
        elif self._status is Status.UNAVAILABLE:  # a voice again after a language without one
            self._status, self.reason, self.reason_shown = Status.READY, "", False

    def _fail(self, reason: str) -> None:
        self._status = Status.UNAVAILABLE
        if reason != self.reason:
            self.reason, self.reason_shown = reason, False

    # --- speaking ---------------------------------------------------------------------------

    def say(self, text: str, owner: object | None = None) -> bool:
        """Read ``text`` aloud (stopping anything being read). False if nothing can speak."""
        if not text.strip() or not self.ensure_engine():
            return False
        self.engine.stop()
        self.owner, self.last_text = owner, text
        self.engine.say(text)
        self.changed.emit()
        return True

    def stop(self, owner: object | None = None) -> None:
        """Stop reading (only if ``owner`` asked for it, when given)."""
        if self.engine is None or (owner is not None and owner is not self.owner):
            return
        self.engine.stop()
        self.owner = None
        self.changed.emit()

    def _on_engine_state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech  # lazy: start-up

        if state == QTextToSpeech.State.Error:
            self._fail(QCoreApplication.translate(
                "Speech", "Read aloud stopped: the computer's speech program is not working."))
        elif self._status is not Status.UNAVAILABLE:
            self._status = {QTextToSpeech.State.Speaking: Status.SPEAKING,
                            QTextToSpeech.State.Paused: Status.PAUSED}.get(state, Status.READY)
        if self._status is not Status.SPEAKING and self._status is not Status.PAUSED:
            self.owner = None
        self.changed.emit()

    def _on_language_changed(self, code: str) -> None:
        """The text on screen is now in another language: stop, and use that language's voice."""
        if self.engine is None:
            return
        self.engine.stop()
        self.owner = None
        if self.engine.state() != self.engine.State.Error:
            self._use_language(code)
        self.changed.emit()


_speaker: Speaker | None = None


def speaker() -> Speaker:
    """The app's one Speaker (one engine: reading in one place stops reading in another)."""
    global _speaker
    if _speaker is None:
        _speaker = Speaker(QCoreApplication.instance())
    return _speaker


def reset() -> None:
    """Forget the engine at once (tests: each chooses its own speech-dispatcher or none).

    Deleted now, not later: a second speechd engine alive beside the first was seen never to
    start speaking."""
    global _speaker
    if _speaker is not None:
        try:
            i18n.languages().language_changed.disconnect(_speaker._on_language_changed)
        except (RuntimeError, TypeError):
            pass
        if _speaker.engine is not None:
            _speaker.engine.stop()
            _speaker.engine.setParent(None)  # Python owns it: gone with the last reference
            _speaker.engine = None
        _speaker.setParent(None)
    _speaker = None
