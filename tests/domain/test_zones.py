"""Zone boundaries: exact integer arithmetic, the better zone at a threshold.

The rule: docs/clinical/zones.md.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.peak_flow import percent_of_best
from asthma_app.domain.zones import Zone, zone_for_percent

GREEN, AMBER, RED = Zone.GREEN, Zone.AMBER, Zone.RED


@pytest.mark.parametrize(("value", "best", "expected"), [
    # best 500: 80 % = 400, 50 % = 250
    (400, 500, GREEN),   # exactly 80 % is green ("below 80 %" is strict)
    (399, 500, AMBER),   # 79.8 %
    (250, 500, AMBER),   # exactly 50 % is amber
    (249, 500, RED),     # 49.8 %
    (500, 500, GREEN),
    (30, 500, RED),
    # best 415: 80 % = 332.0 exactly, 50 % = 207.5
    (332, 415, GREEN),   # 33200 / 415 = 80.0 %
    (331, 415, AMBER),   # 79.76 %
    (208, 415, AMBER),   # 50.12 %
    (207, 415, RED),     # 49.88 %
    # best 333: 80 % = 266.4, 50 % = 166.5
    (267, 333, GREEN),   # 80.18 %
    (266, 333, AMBER),   # 79.88 %
    (167, 333, AMBER),   # 50.15 %
    (166, 333, RED),     # 49.85 %
    # best 617: 80 % = 493.6, 50 % = 308.5
    (494, 617, GREEN),   # 80.06 %
    (493, 617, AMBER),   # 79.90 %
    (309, 617, AMBER),   # 50.08 %
    (308, 617, RED),     # 49.92 %
])
def test_default_thresholds(value, best, expected):
    assert zone_for_percent(value, best, 80, 50) is expected


def test_79_9_percent_is_amber():
    # best 800: 80 % = 640; 639 is 79.875 %, the nearest whole reading to 79.9 %
    assert zone_for_percent(639, 800, 80, 50) is AMBER
    assert zone_for_percent(640, 800, 80, 50) is GREEN  # 640 / 800 = 80 % exactly


def test_float_rounding_would_mislead_but_integers_do_not():
    """400 * 0.55 is 220.00000000000003 in binary floating point, so a float comparison
    ``220 < 400 * 0.55`` would call exactly 55 % amber. Integer arithmetic (22000 < 22000 is
    false) keeps it in the better zone, as the boundary rule says."""
    assert 220 < 400 * 0.55  # the trap
    assert 220 / 400 * 100 > 55  # and the other way round it overshoots
    assert zone_for_percent(220, 400, 55, 40) is GREEN
    assert zone_for_percent(219, 400, 55, 40) is AMBER
    assert percent_of_best(220, 400) == 55


@pytest.mark.parametrize(("value", "best", "shown"), [
    (398, 500, 79),  # 79.6 % is floored to 79, never rounded up to 80 while in amber
    (399, 500, 79),  # 79.8 %
    (267, 333, 80),  # 80.18 %
    (266, 333, 79),  # 79.88 %
    (166, 333, 49),  # 49.85 %
    (493, 617, 79),  # 79.90 %
    (500, 500, 100),
    (600, 500, 120),
])
def test_percent_shown_is_floored(value, best, shown):
    assert percent_of_best(value, best) == shown


def test_percent_of_best_refuses_zero_best():
    with pytest.raises(ValueError):
        percent_of_best(400, 0)


@pytest.mark.parametrize(("value", "expected"), [
    # best 500, amber below 75 %, red below 60 % (a UK-style plan): 375 and 300 are the lines
    (375, GREEN), (374, AMBER), (300, AMBER), (299, RED),
])
def test_custom_thresholds(value, expected):
    assert zone_for_percent(value, 500, 75, 60) is expected


def test_custom_red_at_60_on_an_odd_best():
    # best 333: 60 % = 199.8 -> 200 is amber (60.06 %), 199 is red (59.76 %)
    assert zone_for_percent(200, 333, 80, 60) is AMBER
    assert zone_for_percent(199, 333, 80, 60) is RED


@given(best=st.integers(60, 1000), value=st.integers(30, 1000),
       amber=st.integers(2, 100), red=st.integers(1, 99))
def test_zone_agrees_with_the_shown_percent(best, value, amber, red):
    """The floored percent on screen never contradicts the zone: green iff shown >= amber."""
    if red >= amber:
        return
    zone = zone_for_percent(value, best, amber, red)
    shown = percent_of_best(value, best)
    assert (zone is GREEN) == (shown >= amber)
    assert (zone is RED) == (shown < red)


def test_worse_zone_is_the_max():
    assert max(GREEN, AMBER) is AMBER
    assert max(RED, AMBER, GREEN) is RED


def test_zone_labels_have_words_not_just_colour():
    for zone in Zone:
        assert zone.short_label() in zone.label()
        assert len(zone.label().split()) >= 3
