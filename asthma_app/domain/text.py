"""Translation hook for text made outside Qt.

The domain must not import Qt, yet the sentences it builds (zone reasons) are user-facing and
must be translated. The app installs Qt's translator here at start-up; until then (pure tests,
command line) the English source text is used. Calls are written as ``translate("Context",
"text")`` so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda _context, source: source


def install_translator(func: Callable[[str, str], str]) -> None:
    """Route domain text through ``func(context, source)`` (QCoreApplication.translate)."""
    global _translator
    _translator = func


def translate(context: str, source: str) -> str:
    return _translator(context, source)


def fill(template: str, *args: object) -> str:
    """Replace Qt-style ``%1``..``%9`` placeholders, highest first so %1 never eats %10."""
    text = template
    for index in range(len(args), 0, -1):
        text = text.replace(f"%{index}", str(args[index - 1]))
    return text
