"""A number stays on the line of its unit: at 200 % text "80" and "%" were split across lines.

Every sentence the Today card gives for a reading, in all five languages, joins each number to
a following "%" or "L/min" with a no-break space (domain/text.fill does it for every template).
"""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from asthma_app.domain.assessment import assess
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.domain.text import fill

from .conftest import domain_language
from .strategies import LANGUAGE_CODES, NOW, plans, scales, values

SPLIT = re.compile(r"\d[\u2069]* (?:%|L/min)")  # a number, a breakable space, its unit


@settings(max_examples=300, deadline=None)
@given(plans(), values, scales, st.sampled_from(LANGUAGE_CODES))
def test_no_reason_lets_a_number_leave_its_unit(plan, value, scale, code):
    reading = PeakFlowReading(datetime(2026, 11, 22, 8, 0), (value,), scale=scale)
    with domain_language(code):
        reasons = assess(plan, reading, None, NOW).reasons
    for reason in reasons:
        assert not SPLIT.search(reason), (code, reason)


@given(st.integers(0, 10_000), st.sampled_from(["%", "L/min"]))
def test_fill_glues_a_number_to_its_unit(number, unit):
    assert fill(f"it is %1 {unit} today", number) == f"it is {number}\u00a0{unit} today"
    assert fill("%1 %2", number, unit) == f"{number} {unit}"  # two values: not a unit
