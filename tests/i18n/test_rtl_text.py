"""Urdu lines read right to left even when they mix in numbers, units and English words."""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.text import fill

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))
from rtl_isolates import isolate  # noqa: E402

ISOLATE_OPEN, PDI = "\u2066\u2067\u2068", "\u2069"


def first_strong(text: str) -> str | None:
    """UAX #9 rule P2: the first strong letter outside isolates sets a paragraph's direction."""
    depth = 0
    for char in text:
        if char in ISOLATE_OPEN:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "L"
            if kind in ("R", "AL"):
                return "R"
    return None


def urdu_translations() -> list[str]:
    text = (ROOT / "translations" / "asthma_app_ur.ts").read_text("utf-8")
    return [html.unescape(found) for found in
            re.findall(r"<(?:translation|numerusform)(?: [^>]*)?>([^<]+)</", text)]


def test_every_urdu_translation_keeps_its_latin_pieces_isolated():
    """Run build_scripts/rtl_isolates.py after adding Urdu translations."""
    needing = [text for text in urdu_translations() if isolate(text) != text]
    assert not needing, needing[:5]


def test_every_urdu_line_starts_right_to_left_whatever_is_filled_in():
    for text in urdu_translations():
        if first_strong(text) is None and not re.search(r"%\d", text):
            continue  # nothing to read in either direction (a number, a symbol)
        for value in ("Sam Patel", "330", "NHS 111"):
            filled = fill(text.replace("%n", "3"), *[value] * 9)
            if first_strong(filled) is not None:
                assert first_strong(filled) == "R", filled


@given(st.text(max_size=30), st.text(max_size=30))
def test_fill_isolates_values_only_in_right_to_left_templates(one, two):
    assert fill("%1 and %2", one, two) == f"{one} and {two}"
    assert fill("%1 آپ %2", one, two) == f"\u2068{one}\u2069 آپ \u2068{two}\u2069"


def test_units_and_latin_words_are_isolated():
    assert isolate("%1 L/min%2 آپ کے %3 % ہے") == "\u2066%1 L/min\u2069%2 آپ کے \u2066%3 %\u2069 ہے"
    assert isolate("NHS 111 پر") == "\u2066NHS 111\u2069 پر"
    assert isolate(isolate("A&E (ایمرجنسی)")) == "\u2066A&E\u2069 (ایمرجنسی)"


def test_a_file_extension_keeps_its_dot_inside_the_isolate():
    """Left outside, the dot of "(.asthmaplan)" was drawn at the other end: "(asthmaplan.)"."""
    lri = "\u2066"
    assert isolate("فائل (.asthmaplan) کے") == f"فائل ({lri}.asthmaplan{PDI}) کے"
    assert isolate(f"ایک .{lri}asthmaplan{PDI} فائل") == f"ایک {lri}.asthmaplan{PDI} فائل"
    assert isolate("ختم.NHS") == f"ختم.{lri}NHS{PDI}"  # a full stop is not an extension's dot
