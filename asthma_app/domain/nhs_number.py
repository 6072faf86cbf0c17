"""The NHS number (England, Wales and the Isle of Man): ten digits, the last a modulus-11 check
digit (NHS Data Model and Dictionary, "NHS Number"). Optional on a profile, only so that a
practice can match an export to the right record; the app never looks anything up with it.

The check: multiply the first nine digits by 10, 9, ... 2 and add them up; 11 minus the
remainder of that sum divided by 11 is the check digit, where 11 counts as 0 and 10 means
the number is not valid. Spaces and hyphens as people write it ("943 476 5919") are allowed.
"""

from __future__ import annotations

from .text import translate

LENGTH = 10


def normalise(text: str) -> str:
    """Digits only, the way the number is stored and exported ("" stays "")."""
    return "".join(ch for ch in text if ch not in " -")


def formatted(number: str) -> str:
    """As the NHS writes it, in groups of 3, 3 and 4 ("943 476 5919"); anything else as it is."""
    digits = normalise(number)
    if len(digits) != LENGTH:
        return number
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def check_digit(first_nine: str) -> int | None:
    """The check digit for nine ASCII digits, or None when no tenth digit can make it valid."""
    total = sum(int(digit) * weight for digit, weight in zip(first_nine, range(10, 1, -1),
                                                                strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def is_valid(text: str) -> bool:
    number = normalise(text)
    if len(number) != LENGTH or not (number.isascii() and number.isdigit()):
        return False
    return check_digit(number[:9]) == int(number[9])


def problem(text: str) -> str | None:
    """A plain message when ``text`` is not empty and not a valid NHS number, else None."""
    if not normalise(text):
        return None
    if is_valid(text):
        return None
    return translate("Profile", "This is not a valid NHS number: it has 10 digits and the last "
                                "one checks the others. Please copy it again from a letter "
                                "from your practice, or leave it empty.")
