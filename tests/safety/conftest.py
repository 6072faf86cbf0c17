"""The five shipped languages for the safety invariants, through the compiled translations.

The domain's translate hook is pointed at the app's own ``.qm`` file for each language (the
same files the app loads), so every invariant is checked on the sentences a Welsh, Polish,
Urdu or Bengali speaker actually sees, not only on the English source.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from asthma_app.domain import text

ROOT = Path(__file__).resolve().parents[2]
_translators: dict = {}


@pytest.fixture(autouse=True, scope="session")
def compiled_translations():
    sys.path.insert(0, str(ROOT / "build_scripts"))
    import translations

    translations.build()


def translator_for(code: str):
    """``(context, source) -> text`` from ``translations/asthma_app_<code>.qm``."""
    if code == "en":
        return lambda _context, source: source
    if code not in _translators:
        from PySide6.QtCore import QTranslator

        loaded = QTranslator()
        assert loaded.load(f"asthma_app_{code}", str(ROOT / "translations")), code
        _translators[code] = loaded
    loaded = _translators[code]
    return lambda context, source: loaded.translate(context, source) or source


@contextmanager
def domain_language(code: str):
    """Domain sentences in ``code`` for the duration; the hook as it was afterwards."""
    previous = text._translator
    text.install_translator(translator_for(code))
    try:
        yield translator_for(code)
    finally:
        text.install_translator(previous)


BIDI_ISOLATES = {**dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069")), 0xA0: " "}


def visible(text: str) -> str:
    """The text as read: without the invisible direction isolates that right-to-left languages
    get around filled-in values, and with the no-break space that keeps a number on the line of
    its unit read as a space (domain/text.fill): they change the layout, not the words."""
    return text.translate(BIDI_ISOLATES)
