"""Two lines the plan editor offers to the clinician, in this project's own words, with the
figures from ``guidance.py``. They are offered, never added by themselves: the clinician keeps,
edits or removes them like any other text of the plan (docs/clinical/plans.md)."""

from __future__ import annotations

from dataclasses import dataclass

from .guidance import AMBER_NOT_BETTER_DAYS, AMBER_SEE_WITHIN_HOURS, SETTLED_WEEKS
from .text import fill, translate


@dataclass(frozen=True)
class SuggestedLine:
    """A line the app offers to add to a plan's amber or green text."""

    key: str
    zone: str  # the plan text it belongs to: "amber" or "green"
    text: str


def suggested_lines() -> tuple[SuggestedLine, SuggestedLine]:
    return (
        SuggestedLine("amber_not_better", "amber", fill(translate(
            "PlanSuggestions", "If I am not better after %1 days in the amber zone, I see my "
                               "GP or asthma nurse within %2 hours."),
            AMBER_NOT_BETTER_DAYS, AMBER_SEE_WITHIN_HOURS)),
        SuggestedLine("settled_step_down", "green", fill(translate(
            "PlanSuggestions", "If I have had no symptoms and have not needed my reliever for "
                               "%1 weeks, I ask at my review whether my preventer dose can be "
                               "lowered."), SETTLED_WEEKS)),
    )


def offer(text: str, line: SuggestedLine) -> bool:
    """True when ``line`` is not already in ``text`` (then the editor offers it)."""
    return line.text not in text


def add_line(text: str, line: SuggestedLine) -> str:
    """``text`` with ``line`` on a line of its own at the end (once)."""
    if not offer(text, line):
        return text
    text = text.rstrip()
    return f"{text}\n{line.text}" if text else line.text
