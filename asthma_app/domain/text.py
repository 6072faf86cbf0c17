"""Translation hook for text made outside Qt.

The domain must not import Qt, yet the sentences it builds (zone reasons) are user-facing and
must be translated. The app installs Qt's translator here at start-up; until then (pure tests,
command line) the English source text is used. Calls are written as ``translate("Context",
"text")`` so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_GLUED_UNIT = re.compile(r"(%\d+) (?=%(?!\d)|L/min)")
_PLACEHOLDER = re.compile(r"%(\d+)")
# Hebrew, Arabic (Urdu), Syriac, Thaana, N'Ko and the Arabic presentation forms
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

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

    In a right-to-left template (Urdu) each value is put in a first-strong isolate (U+2068
    ... U+2069): a name or number in Latin letters then keeps its own direction and no longer
    decides the direction of the whole line (a line that began with "Sam Patel" was laid out
    left to right). Left-to-right templates are filled exactly as before.

    A number is kept on the line of its unit: the space between a placeholder and a following
    "%" or "L/min" becomes a no-break space (at 200 % text "80" and "%" were split across lines),
    in every language, without asking translators to type one.
    """
    wrap = "\u2068%s\u2069" if _RTL_LETTER.search(template) else "%s"
    template = _GLUED_UNIT.sub("\\1\u00a0", template)

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return wrap % args[index - 1] if 1 <= index <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(substitute, template)
