"""Invariant (b): the Today card never looks current when a monitored part is out of date.

Monitored parts: peak flow on a plan with a personal best, and how you feel on every plan.
Over generated plans, a latest reading and a latest diary entry of any age (or none) and any
check-in interval: if a monitored part is older than the plan's interval, or a peak-flow
plan has no peak flow at all, the assessment is not current and names the part (or the whole
card is stale); the real ZoneCard widget then shows the out-of-date mark and each part, with
its time, in all five languages. With every part fresh, no mark is shown.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asthma_app.domain.assessment import assess

from .strategies import LANGUAGE_CODES, NOW, aged_entry, aged_reading, plans


def out_of_date_parts(plan, reading, entry):
    """What the oracle expects: (kind, when) of every monitored part that is old or missing."""
    limit = timedelta(hours=plan.monitoring_hours)
    parts = []
    if plan.uses_peak_flow:
        if reading is None:
            parts.append(("reading", None))
        elif NOW - reading.taken_at > limit:
            parts.append(("reading", reading.taken_at))
    if entry is not None and NOW - entry.recorded_at > limit:
        parts.append(("symptoms", entry.recorded_at))
    return parts


cases = st.tuples(plans(peak_flow=None), st.none() | aged_reading(), st.none() | aged_entry())


@settings(max_examples=600, deadline=None)
@given(cases)
def test_assessment_is_current_only_when_every_monitored_part_is_fresh(case):
    plan, reading, entry = case
    result = assess(plan, reading, entry, NOW)
    expected = out_of_date_parts(plan, reading, entry)
    has_data = entry is not None or (plan.uses_peak_flow and reading is not None)
    if not has_data:
        assert result.zone is None and not result.current
        return
    assert result.current == (not expected)
    if result.stale:  # the whole card is out of date: every part behind it is old
        assert all(NOW - item.when > timedelta(hours=plan.monitoring_hours)
                   for item in (reading if plan.uses_peak_flow else None, entry) if item)
        return
    listed = [(part.kind, part.when) for part in result.out_of_date]
    assert sorted(listed, key=str) == sorted(expected, key=str)


@pytest.fixture(scope="module")
def card(qapp):
    from asthma_app.app import create_application
    from asthma_app.ui.widgets.zone_card import ZoneCard

    create_application()
    widget = ZoneCard()
    widget.show()
    yield widget
    from asthma_app import i18n

    i18n.set_language("en")
    widget.close()
    widget.deleteLater()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases, st.sampled_from(LANGUAGE_CODES))
def test_the_card_shows_the_mark_and_every_part_in_every_language(card, case, code):
    from PySide6.QtCore import QCoreApplication

    from asthma_app import i18n
    from asthma_app.ui.widgets.common import format_datetime

    i18n.set_language(code)
    plan, reading, entry = case
    result = assess(plan, reading, entry, NOW)
    card.show_assessment(result, plan)
    if result.zone is None:
        return
    mark = card.stale.text()
    if result.current:
        assert not card.stale.isVisible() and not card.parts.isVisible()
        return
    sources = ("\u26a0 OUT OF DATE: check again now.",
               "\u26a0 NOT ALL UP TO DATE: check again now.")
    assert card.stale.isVisible() and mark in [QCoreApplication.translate("ZoneCard", s)
                                               for s in sources]
    assert mark in card.accessibleDescription()
    if not result.stale:
        lines = card.parts.text().split("\n")
        assert card.parts.isVisible() and len(lines) == len(result.out_of_date)
        for line, part in zip(lines, result.out_of_date, strict=True):
            if part.when is not None:  # its time, and what it showed then
                assert format_datetime(part.when) in line and part.reason.rstrip(".") in line
