"""The shipped translations read straight from translations/*.ts, independently of the app.

Used as an oracle: the safety tests know the standard attack steps in every shipped language
without going through the code under test.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "cy", "pl", "ur", "bn")

SABA_SOURCES = (
    "Sit up straight and stay as calm as you can.",
    ("Use your reliever inhaler: 1 puff, then wait 30 to 60 seconds before the next one, up to "
    "10 puffs. Use your spacer if you have one."),
    ("Call %1 for an ambulance if you get worse at any time, if you are no better after 10 "
    "puffs, or if you do not have your reliever."),
    ("Waiting for the ambulance: if it has not come after 10 minutes and you are still no "
    "better, do step 2 again."),
    "Still no better and still no ambulance? Call %1 again at once.",
    ("If you get better without calling %1, you still need to see your GP or asthma nurse "
    "today: ask for an urgent appointment."),
)


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of one language; English maps source to itself."""
    if language == "en":
        return {}
    tree = ET.parse(ROOT / "translations" / f"asthma_app_{language}.ts")
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                out[(name, message.findtext("source"))] = translation.text
    return out


def tr(language: str, context: str, source: str) -> str:
    return catalogue(language).get((context, source), source)


def translator(language: str):
    """A function for ``domain.text.install_translator`` that answers in ``language``."""
    return lambda context, source: tr(language, context, source)


def saba_steps(language: str) -> tuple[str, ...]:
    """The standard reliever-inhaler attack steps as shipped in ``language``."""
    return tuple(tr(language, "Plan", step) for step in SABA_SOURCES)
