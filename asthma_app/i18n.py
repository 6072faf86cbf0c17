"""The app's languages: install and switch Qt translators at run time, without a restart.

``set_language("pl")`` swaps the app's translator (``translations/asthma_app_pl.qm``) and
Qt's own (``qtbase_pl.qm`` from PySide6, for standard buttons and dialogs, where one
exists), sets the default QLocale so dates and numbers follow the language, mirrors the whole
layout for Urdu, picks fonts that have the script's glyphs, and then emits
``languages().language_changed`` so windows rebuild their text.

English (UK) is the source language: it has no translation file. Every other language carries
a review status in ``translations/STATUS.md``; a language not yet reviewed by a fluent speaker
is flagged in the app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from .paths import resources_dir

SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    """A language the app is translated into."""

    code: str
    native_name: str  # shown in the picker in its own script, whatever the current language
    locale: str  # QLocale name for dates and numbers
    right_to_left: bool = False
    fonts: tuple[str, ...] = ()  # preferred families; the first one installed is used first


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English (UK)", "en_GB"),
    Language("cy", "Cymraeg", "cy_GB"),
    Language("pl", "Polski", "pl_PL"),
    # Naskh first: Nastaliq's tall stacked letters overflow Qt's list rows and line spacing
    # (measured: clipped tree items, overlapping lines). See docs/languages.md.
    Language("ur", "اردو", "ur_PK", right_to_left=True,
             fonts=("Noto Naskh Arabic", "Segoe UI", "Geeza Pro", "Noto Nastaliq Urdu",
                    "Urdu Typesetting")),
    Language("bn", "বাংলা", "bn_BD",
             fonts=("Noto Sans Bengali", "Nirmala UI", "Vrinda", "Bangla Sangam MN",
                    "Kohinoor Bangla")),
)
_BY_CODE = {language.code: language for language in LANGUAGES}


def translations_dir() -> Path:
    """``translations/`` beside ``resources/`` (a checkout or the PyInstaller bundle)."""
    return resources_dir().parent / "translations"


def language(code: str) -> Language:
    return _BY_CODE.get(code, _BY_CODE[SOURCE_LANGUAGE])


def review_status(code: str) -> str:
    """The status line for ``code`` in translations/STATUS.md ("reviewed", "machine draft…")."""
    if code == SOURCE_LANGUAGE:
        return "source"
    path = translations_dir() / "STATUS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    match = re.search(rf"^-\s*`{re.escape(code)}`[^:]*:\s*(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else "unknown"


def is_reviewed(code: str) -> bool:
    return review_status(code).casefold().startswith(("source", "reviewed"))


def system_language() -> str:
    """The system's language if the app has it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in _BY_CODE else SOURCE_LANGUAGE


class Languages(QObject):
    """Signals: ``language_changed(str)`` after a new language is fully installed."""

    language_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.code = SOURCE_LANGUAGE
        self._translators: list[QTranslator] = []
        self._default_font: QFont | None = None

    def set_language(self, code: str) -> bool:
        """Install ``code`` (unknown codes mean English). Returns False if nothing changed."""
        code = language(code).code
        app = QApplication.instance()
        if self._default_font is None:
            self._default_font = QFont(app.font())
        if code == self.code and (self._translators or code == SOURCE_LANGUAGE):
            return False
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = [t for t in self._load_translators(code) if app.installTranslator(t)]
        self.code = code
        chosen = language(code)
        QLocale.setDefault(QLocale(chosen.locale))
        if chosen.right_to_left != app.isRightToLeft():
            from PySide6.QtCore import Qt  # lazy: only on a change of direction

            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if chosen.right_to_left
                                   else Qt.LayoutDirection.LeftToRight)
        app.setFont(self._font_for(chosen))
        self.language_changed.emit(code)
        return True

    def _load_translators(self, code: str) -> list[QTranslator]:
        if code == SOURCE_LANGUAGE:
            return []
        found = []
        own = QTranslator(self)
        if own.load(f"asthma_app_{code}", str(translations_dir())):
            found.append(own)
        qt = QTranslator(self)
        from PySide6.QtCore import QLibraryInfo  # lazy: start-up (English needs no translator)

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_dir):
            found.append(qt)
        return found

    def _font_for(self, chosen: Language) -> QFont:
        # on a change of language only: English at start-up never builds this class's enums
        from PySide6.QtGui import QFontDatabase  # lazy: start-up

        font = QFont(self._default_font)
        installed = set(QFontDatabase.families())
        wanted = [family for family in chosen.fonts if family in installed]
        if wanted:
            # Script fonts first: a Latin base font with a few Arabic glyphs would break shaping.
            font.setFamilies([*wanted, *self._default_font.families()])
        return font


_languages: Languages | None = None


def languages() -> Languages:
    """The one Languages object of the running QApplication."""
    global _languages
    if _languages is None:
        _languages = Languages(QApplication.instance())
    return _languages


def current_language() -> str:
    return languages().code


def set_language(code: str) -> bool:
    return languages().set_language(code)
