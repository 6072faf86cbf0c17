"""The variability of a long period from SQLite's sums (domain/daily.one_decimal_of_mean)
rounds exactly as ``period_stats`` rounds its own left-to-right float sum, or says it cannot
tell (then the values themselves are added up, tests/services/test_daily_summaries.py)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.daily import one_decimal_of_mean
from asthma_app.domain.statistics import _one_decimal

pairs = st.tuples(st.integers(30, 1000), st.integers(30, 1000))


def _amplitude(pair: tuple[int, int]) -> float:
    high, low = max(pair), min(pair)
    return 200 * (high - low) / (high + low)


@given(days=st.lists(pairs, min_size=1, max_size=400), seed=st.integers(0, 2**32),
       groups=st.integers(1, 50))
def test_the_sums_in_another_order_round_alike_or_are_refused(days, seed, groups):
    values = [_amplitude(pair) for pair in days]
    shuffled = values[:]
    random.Random(seed).shuffle(shuffled)
    size = -(-len(shuffled) // groups)
    # SQLite's groups, each written with 15 significant digits, added up in Python
    parts = [float(f"{sum(shuffled[i:i + size]):.15g}") for i in range(0, len(shuffled), size)]
    got = one_decimal_of_mean(sum(parts), len(values), len(parts))
    assert got is None or got == _one_decimal(sum(values) / len(values))


def test_a_mean_at_a_halfway_point_is_refused():
    """12.5 and 12.4 (amplitudes of 340/300 and 531/469) average 12.45, halfway between two
    tenths: another order of adding could land on either side, so no answer."""
    assert _amplitude((340, 300)) == 12.5 and _amplitude((531, 469)) == 12.4
    assert one_decimal_of_mean(12.5 + 12.4, 2, 1) is None
    assert one_decimal_of_mean(12.449999999999998 * 2, 2, 2) is None


def test_a_mean_far_from_a_halfway_point_is_given():
    assert one_decimal_of_mean(12.5 + 12.3, 2, 1) == 12.4
    assert one_decimal_of_mean(0.0, 5, 3) == 0.0
    values = [_amplitude((400 + day % 50, 380)) for day in range(7300)]
    assert one_decimal_of_mean(sum(values), len(values), 350) == _one_decimal(
        sum(values) / len(values))
