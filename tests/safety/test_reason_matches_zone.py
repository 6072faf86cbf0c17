"""Invariant (d): the reason text never contradicts the zone, in all five languages.

The reason shown under a zone is parsed back: it must be the sentence of the zone shown (and
of no other zone), and the per cent in it must be on the right side of the threshold it names
(red: below the red level; amber: below amber, at or above red; green: at or above amber).
A converted figure, when shown, is rounded down and agrees too.
"""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from asthma_app.domain.assessment import assess
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.domain.zones import Zone

from .conftest import domain_language, visible
from .strategies import LANGUAGE_CODES, NOW, plans, scales, values

SOURCES = {
    Zone.RED: "%1 L/min%2 is %3 % of your best of %4: below your red level of %5 %.",
    Zone.AMBER: "%1 L/min%2 is %3 % of your best of %4: below your amber level of %5 %.",
    Zone.GREEN: "%1 L/min%2 is %3 % of your best of %4: at or above your amber level of %5 %.",
}
CONVERTED = (" (%1 L/min on your plan's meter scale)",
             " (at least %1 L/min on your plan's meter scale)",
             " (at most %1 L/min on your plan's meter scale)")


def pattern(template: str) -> re.Pattern[str]:
    """The translated template as a regex: %2 (the converted part) may be empty, the others
    are numbers."""
    parts = re.split(r"(%\d)", template)
    out = []
    for part in parts:
        if part == "%2":
            out.append("(?P<p2>.*?)")
        elif re.fullmatch(r"%\d", part):
            out.append(rf"(?P<p{part[1]}>\d+)")
        else:
            out.append(re.escape(part))
    return re.compile("^" + "".join(out) + "$")


@settings(max_examples=500, deadline=None)
@given(plans(), values, scales, st.sampled_from(LANGUAGE_CODES))
def test_reason_is_the_zones_own_sentence_and_its_numbers_agree(plan, value, scale, code):
    reading = PeakFlowReading(datetime(2026, 11, 22, 8, 0), (value,), scale=scale)
    with domain_language(code) as tr:
        result = assess(plan, reading, None, NOW)
        reason = visible(result.reasons[0])
        matches = {zone: pattern(visible(tr("Assessment", source))).match(reason)
                   for zone, source in SOURCES.items()}
        converted = [pattern(visible(tr("Assessment", source))) for source in CONVERTED]
    found = [zone for zone, match in matches.items() if match]
    assert found == [result.zone], (code, reason, found, result.zone)
    match = matches[result.zone]
    pct, level = int(match["p3"]), int(match["p5"])
    assert int(match["p1"]) == value and int(match["p4"]) == plan.personal_best
    if result.zone is Zone.RED:
        assert level == plan.red_below_pct and pct < level
    elif result.zone is Zone.AMBER:
        assert level == plan.amber_below_pct and plan.red_below_pct <= pct < level
    else:
        assert level == plan.amber_below_pct and pct >= level
    if scale is plan.scale:
        assert match["p2"] == ""
        return
    inner = [p.match(match["p2"]) for p in converted]
    shown = next(int(m["p1"]) for m in inner if m)
    threshold = {Zone.RED: plan.red_below_pct}.get(result.zone, plan.amber_below_pct)
    if result.zone is Zone.GREEN:
        assert (shown + 1) * 100 > threshold * plan.personal_best  # rounded down from >= it
    else:
        assert shown * 100 < threshold * plan.personal_best
