"""Invariant: no accepted typed number means a value other than the digits the patient typed.

Issue 11 item 4: "7,2" (Polish for 7.2 L/s) was saved as 72 L/min. Over every shipped language,
any text made of digits (four scripts), separators, signs, letters and units: whatever
``parse_blow`` or ``parse_personal_best`` accepts is exactly the digits typed, and its
separators are the language's own thousands separator in exact groups of three. Anything that
looks like a decimal is refused, with the litres-per-second explanation.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from asthma_app.domain.readings import parse_blow, parse_personal_best
from asthma_app.domain.typed_numbers import NUMBER_FORMATS, SEPARATORS, SPACES

LANGUAGES = sorted(NUMBER_FORMATS)
ZEROS = (0x30, 0x660, 0x6F0, 0x9E6)  # ASCII, Arabic-Indic, Extended Arabic-Indic, Bengali
DIGITS = "".join(chr(zero + n) for zero in ZEROS for n in range(10))
DECIMAL_MARKS = ".,\u066b\u066c\u060c\u00b7'\u2019_"  # what any locale may write in a decimal
ALPHABET = DIGITS + "".join(sorted(SEPARATORS)) + "-\u2212+eE\u00b2\uff15lL/min s"
PARSERS = (parse_blow, parse_personal_best)
SETTINGS = settings(max_examples=400, deadline=None)


def typed_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(c)) for c in text if unicodedata.decimal(c, None)
                   is not None)


def exact_groups(text: str, group: str) -> bool:
    """Only the language's own group separator, 1-3 digits first, then groups of three."""
    body = text.strip().lstrip("-\u2212")
    for unit in ("L/min", "l/min"):
        body = body.removesuffix(unit).strip()
    allowed = SPACES if group in SPACES else {group}
    parts, current = [], ""
    for char in body:
        if char in SEPARATORS:
            if char not in allowed:
                return False
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return len(parts) == 1 or (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]))


def assert_means_digits_typed(text: str, language: str) -> None:
    for parse in PARSERS:
        check = parse(text, language)
        assert (check.value is None) is not check.ok, (parse.__name__, text, language)
        if not check.ok:
            continue
        digits = typed_digits(text)
        assert digits, (text, language)
        assert abs(check.value) == int(digits), (parse.__name__, text, language, check.value)
        assert exact_groups(text, NUMBER_FORMATS[language].group), (text, language)


@SETTINGS
@given(text=st.text(alphabet=ALPHABET, min_size=1, max_size=9),
       language=st.sampled_from(LANGUAGES))
@example(text="7,2", language="pl")
@example(text="9,8", language="pl")
@example(text="4.5e2", language="en")
@example(text="1_000", language="en")
def test_accepted_text_is_exactly_the_digits_typed(text, language):
    assert_means_digits_typed(text, language)


@SETTINGS
@given(whole=st.integers(0, 1200), fraction=st.text(alphabet="0123456789", min_size=1,
                                                      max_size=4),
       mark=st.sampled_from(DECIMAL_MARKS), zero=st.sampled_from(ZEROS),
       language=st.sampled_from(LANGUAGES))
@example(whole=7, fraction="2", mark=",", zero=0x30, language="pl")
@example(whole=9, fraction="8", mark=",", zero=0x30, language="en")
def test_anything_that_looks_like_a_decimal_is_refused_with_the_litres_per_second_reason(
        whole, fraction, mark, zero, language):
    def script(digits: str) -> str:
        return "".join(chr(zero + int(d)) for d in digits)

    text = f"{script(str(whole))}{mark}{script(fraction)}"
    group = NUMBER_FORMATS[language].group
    is_grouping = mark == group and len(fraction) == 3 and whole < 1000
    for parse in PARSERS:
        check = parse(text, language)
        if is_grouping:  # "1,000" in English: a thousand, never a decimal
            assert not check.ok or check.value == int(f"{whole}{fraction}")
            continue
        assert not check.ok, (parse.__name__, text, language, check.value)
        assert "litres per second" in check.error, (text, check.error)


@SETTINGS
@given(value=st.integers(1000, 1000), language=st.sampled_from(LANGUAGES))
def test_the_languages_own_thousands_form_is_accepted(value, language):
    group = NUMBER_FORMATS[language].group
    assert parse_blow(f"1{group}000", language).value == value
    # ... and in no other language's form when that form could be a decimal elsewhere
    for other in {",", "."} - {group}:
        assert not parse_blow(f"1{other}000", language).ok
