"""Translation hook for text made outside Qt.

The domain must not import Qt, yet the sentences it builds (zone reasons) are user-facing and
must be translated. The app installs Qt's translator here at start-up; until then (pure tests,
command line) the English source text is used. Calls are written as ``translate("Context",
"text")`` so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PLACEHOLDER = re.compile(r"%(\d+)")

_translator: Callable[[str, str], str] = lambda _context, source: source


def install_translator(func: Callable[[str, str], str]) -> None:
    """Route domain text through ``func(context, source)`` (QCoreApplication.translate)."""
    global _translator
    _translator = func


def translate(context: str, source: str) -> str:
    return _translator(context, source)


def fill(template: str, *args: object) -> str:
    """Replace Qt-style ``%1``..``%n`` placeholders in one pass.

    One pass means %10 is never read as %1 followed by 0, and text inside an argument that
    happens to contain "%1" is left as it was typed. Placeholders without an argument stay.
    """

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(args[index - 1]) if 1 <= index <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(substitute, template)
