"""Standard asthma-attack steps, kept by reference, and recognising reliever-inhaler steps.

A plan never stores a copy of the standard steps: it stores a reference such as
``standard:saba-uk:v1`` (a set and its version), and the text is looked up when it is shown, so
it is always in the current language. Clinician-written steps are stored and shown as written.

The reliever-inhaler (SABA) steps must never reach someone on a MART or AIR plan
(docs/clinical/attack-steps.md). ``reliever_like`` recognises them in clinician text; the rule:

1. Each line is normalised: Unicode NFKC, case folded, every digit read as 0-9 (so Bengali
   digits count), ``%1`` and any run of three or more digits (an emergency number filled in)
   read as one placeholder, punctuation dropped, spaces collapsed, a leading step number
   dropped.
2. A line *matches* a standard step when it equals it, contains it, or is at least 80 % similar
   to it (difflib ratio), against every step of every known version in all five languages.
3. The steps are reliever-like when any line matches a step that sets the reliever dose (steps
   2-4: "1 puff every 30-60 s, up to 10 puffs", "no better after 10 puffs", "do step 2 again"),
   or when lines match two or more different standard steps (a trimmed or reordered copy), or
   when a line names the UK reliever regimen in numbers (30, 60 and 10 together).
Free text that describes a reliever regimen in other words cannot be recognised reliably; that
residual risk is in docs/safety/hazard-log.md (H13).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from .attack_steps_known import KNOWN_TEXTS
from .text import translate

SABA_UK_V1 = "standard:saba-uk:v1"
OWN_INHALER_V1 = "standard:own-inhaler:v1"


def saba_uk_v1() -> tuple[str, ...]:
    """UK steps for people whose reliever is a separate SABA inhaler (docs/clinical)."""
    return (
        translate("Plan", "Sit up straight and stay as calm as you can."),
        translate("Plan", "Use your reliever inhaler: 1 puff, then wait 30 to 60 seconds before "
                          "the next one, up to 10 puffs. Use your spacer if you have one."),
        translate("Plan", "Call %1 for an ambulance if you get worse at any time, if you are "
                          "no better after 10 puffs, or if you do not have your reliever."),
        translate("Plan", "Waiting for the ambulance: if it has not come after 10 minutes and "
                          "you are still no better, do step 2 again."),
        translate("Plan", "Still no better and still no ambulance? Call %1 again at once."),
        translate("Plan", "If you get better without calling %1, you still need to see your GP "
                          "or asthma nurse today: ask for an urgent appointment."),
    )


def own_inhaler_v1() -> tuple[str, ...]:
    """General steps for MART/AIR plans: follow the plan, call for help; no puff counts."""
    return (
        translate("Plan", "Sit up straight. Try to keep calm."),
        translate("Plan", "Use your inhaler exactly as the red zone of your plan says."),
        translate("Plan", "If you feel worse at any point, or you are not getting better, "
                          "call %1 for an ambulance."),
        translate("Plan", "If your symptoms settle and you did not need to call %1, get an "
                          "urgent same-day appointment with your GP or asthma nurse."),
    )


@dataclass(frozen=True)
class StandardSteps:
    """One of the app's own attack-step lists, which a plan names by ``ref``."""

    ref: str
    reliever_inhaler: bool  # tells the patient to use a separate reliever (SABA) inhaler
    texts: Callable[[], tuple[str, ...]]  # in the current language, with %1 for the number
    dose_steps: tuple[int, ...] = ()  # indexes of the steps that set a reliever dose


STANDARD: dict[str, StandardSteps] = {
    SABA_UK_V1: StandardSteps(SABA_UK_V1, True, saba_uk_v1, dose_steps=(1, 2, 3)),
    OWN_INHALER_V1: StandardSteps(OWN_INHALER_V1, False, own_inhaler_v1),
}


# --- recognising copies -----------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"\d{3,}")
_LEADING_NUMBER = re.compile(r"^\d{1,2} ")
_SIMILAR = 0.8


def normalise(line: str) -> str:
    """A line as compared: see rule 1 in the module docstring."""
    text = unicodedata.normalize("NFKC", line).casefold().replace("%1", " 000 ")
    text = "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c
                   for c in text)
    text = _DIGIT_RUN.sub(" # ", text)
    text = "".join(c if c == "#" or unicodedata.category(c)[0] in "LNM" else " " for c in text)
    text = " ".join(text.split())
    return _LEADING_NUMBER.sub("", text)


@cache
def _known() -> tuple[tuple[str, int, str], ...]:
    """(standard ref, step index, normalised text) for every known step in every language."""
    return tuple((ref, index, normalise(step))
                 for ref, languages in KNOWN_TEXTS.items()
                 for steps in languages.values()
                 for index, step in enumerate(steps))


def _similar(line: str, step: str) -> bool:
    if line == step or (len(step) >= 20 and step in line):
        return True
    from difflib import SequenceMatcher  # lazy: start-up: only a plan being checked needs it

    matcher = SequenceMatcher(None, line, step, autojunk=False)
    return (matcher.real_quick_ratio() >= _SIMILAR and matcher.quick_ratio() >= _SIMILAR
            and matcher.ratio() >= _SIMILAR)


def _matches(line: str, exact: bool = False) -> set[tuple[str, int]]:
    """The standard steps (ref, index) that ``line`` (normalised) matches."""
    if exact:
        return {(ref, index) for ref, index, step in _known() if line == step}
    return {(ref, index) for ref, index, step in _known() if _similar(line, step)}


def _regimen_in_numbers(line: str) -> bool:
    return {"30", "60", "10"} <= set(line.split())


def reliever_like(lines: Iterable[str]) -> bool:
    """True when ``lines`` hold the reliever-inhaler steps (rules 2-3 in the docstring)."""
    return _reliever_like(tuple(lines))


@lru_cache(maxsize=256)  # plans are immutable and shown often
def _reliever_like(lines: tuple[str, ...]) -> bool:
    hits: set[tuple[str, int]] = set()
    for line in lines:
        text = normalise(line)
        if not text:
            continue
        if _regimen_in_numbers(text):
            return True
        hits |= {hit for hit in _matches(text) if STANDARD[hit[0]].reliever_inhaler}
    if any(index in STANDARD[ref].dose_steps for ref, index in hits):
        return True
    return len(hits) >= 2


def copy_of(lines: Iterable[str], complete: bool = False) -> str | None:
    """The standard set that ``lines`` copy word for word (any shipped language, any order),
    else None. A copy may leave out up to two steps, unless ``complete``."""
    texts = [normalise(line) for line in lines if line.strip()]
    if not texts:
        return None
    hits = [_matches(text, exact=True) for text in texts]
    for ref, languages in KNOWN_TEXTS.items():
        steps = [{index for r, index in line_hits if r == ref} for line_hits in hits]
        if not all(steps):
            continue  # a line that is not one of this set's steps: the clinician's own
        missing = len(languages["en"]) - len(set().union(*steps))
        if missing <= (0 if complete else 2):
            return ref
    return None
