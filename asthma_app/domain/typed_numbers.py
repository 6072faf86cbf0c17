"""Whole numbers typed by a patient (peak flow, personal best): the digits typed, nothing more.

A decimal comma once turned litres per second into litres per minute ("7,2" saved as 72):
stripping separators before parsing changes the magnitude of what was meant. The rule here is
the digits typed and nothing else:

- digits in one script: ASCII, Arabic-Indic, Extended Arabic-Indic (Urdu) or Bengali;
- a thousands separator only in the exact grouped form of the current language ("1,000" in
  English, "1 000" in Polish); for a language whose separator is a space, any space counts,
  because no shipped language writes a decimal with a space;
- anything else with a separator ("7,2", "7.2", "450.0", "4,50", "7٫2") looks like a decimal
  number and is refused with the litres-per-second explanation;
- nothing Python's ``float``/``int`` would also take (exponents, underscores, "nan", "inf").

Used by every place a peak flow or personal best is typed (dialogs, kiosk pad, command line,
CSV import), so there is one rule to test (tests/safety/test_typed_numbers_invariants.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .text import fill, translate


@dataclass(frozen=True)
class NumberFormat:
    """How a language writes numbers: the same as Qt's QLocale for it (a test checks)."""

    group: str  # thousands separator
    decimal: str  # decimal mark


# By language code (asthma_app.i18n.LANGUAGES); checked against QLocale in tests/ui.
NUMBER_FORMATS: dict[str, NumberFormat] = {
    "en": NumberFormat(",", "."),
    "cy": NumberFormat(",", "."),
    "pl": NumberFormat("\u00a0", ","),
    "ur": NumberFormat(",", "."),
    "bn": NumberFormat(",", "."),
}

# Zero of each digit script a patient of a shipped language may type.
DIGIT_ZEROS = (0x30, 0x660, 0x6F0, 0x9E6)
SPACES = frozenset(" \u00a0\u202f\u2009")
# Characters people put between digits: decimal marks and thousands separators of any locale.
SEPARATORS = frozenset(".,\u066b\u066c\u060c\u00b7'\u2019_") | SPACES
MINUS = frozenset("-\u2212")

_UNIT_MIN = re.compile(r"\s*l\s*/\s*min\.?\s*$", re.IGNORECASE)
_UNIT_SEC = re.compile(r"\s*l\s*/\s*s(ec)?\.?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class TypedNumber:
    """A whole number read from text, or the reason it was refused (shown to the user).

    Exactly one of the two: callers may read ``value is None`` as "refused" (which is also what
    lets the type checker know ``value`` is a number once it is not None).
    """

    value: int | None = None
    error: str = ""

    def __post_init__(self) -> None:
        if (self.value is None) != bool(self.error):
            raise ValueError("a typed number has either a value or an error, never both or "
                             "neither")

    @property
    def ok(self) -> bool:
        return not self.error


def litres_per_second_message() -> str:
    return translate("Reading", "This looks like litres per second. The app uses litres per "
                                "minute (L/min): type the number on your meter's L/min scale.")


def decimal_message(text: str) -> str:
    return fill(translate(
        "Reading", "\u201c%1\u201d is not a whole number. This looks like litres per second: "
                   "the app uses whole litres per minute (L/min). Type the number on your "
                   "meter's L/min scale, for example 450."), text)


def not_a_number_message(text: str) -> str:
    return fill(translate(
        "Reading", "\u201c%1\u201d is not a number. Type the number the pointer shows, "
                   "for example 450."), text)


def number_format(language: str) -> NumberFormat:
    return NUMBER_FORMATS.get(language, NUMBER_FORMATS["en"])


def _digit_zero(char: str) -> int | None:
    """The zero of ``char``'s digit script if it is a digit a patient may type, else None."""
    value = unicodedata.decimal(char, None)
    if value is None:
        return None
    zero = ord(char) - value
    return zero if zero in DIGIT_ZEROS else None


def _is_grouped(body: str, group: str) -> bool:
    """``body`` is 1-3 digits then groups of exactly three, each after the group separator."""
    allowed = SPACES if group in SPACES else {group}
    parts: list[str] = []
    current: list[str] = []
    for char in body:
        if char in SEPARATORS:
            if char not in allowed:
                return False
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return (len(parts) > 1 and 1 <= len(parts[0]) <= 3
            and all(len(part) == 3 for part in parts[1:]))


def parse_whole_number(text: str, language: str = "en") -> TypedNumber:
    """The whole number ``text`` means in ``language``, or a refusal saying why.

    Accepted text always means exactly the digits typed, read in order; a trailing "L/min" is
    allowed. A leading minus is read (so the range check can say the value is impossible).
    """
    shown = text.strip()
    if _UNIT_SEC.search(shown):
        return TypedNumber(error=litres_per_second_message())
    body = _UNIT_MIN.sub("", shown).strip()
    if not body:
        return TypedNumber(error=translate("Reading", "Please type a number."))
    negative = body[0] in MINUS
    if negative:
        body = body[1:]
    zeros: set[int] = set()
    for char in body:
        zero = _digit_zero(char)
        if zero is not None:
            zeros.add(zero)
        elif char not in SEPARATORS:
            return TypedNumber(error=not_a_number_message(shown))
    if len(zeros) != 1:
        return TypedNumber(error=not_a_number_message(shown))  # no digit, or mixed scripts
    separators = [char for char in body if char in SEPARATORS]
    if separators and not _is_grouped(body, number_format(language).group):
        if all(char in SPACES for char in separators):
            return TypedNumber(error=not_a_number_message(shown))  # "4 50": a slip, no decimal
        return TypedNumber(error=decimal_message(shown))
    value = int("".join(str(unicodedata.decimal(c)) for c in body if c not in SEPARATORS))
    return TypedNumber(value=-value if negative else value)
