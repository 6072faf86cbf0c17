"""The statistics' roundings are worked out in whole numbers (no ``decimal`` or ``fractions``
to import when Trends is opened: ~10 million instructions) and agree exactly with the
``Decimal`` and ``Fraction`` arithmetic they replace, for every float."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from asthma_app.domain.daily import one_decimal_of_mean
from asthma_app.domain.statistics import _one_decimal


def _decimal_one_decimal(value: float) -> float:
    """What ``_one_decimal`` was: its shortest decimal rounded half up to tenths."""
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def _fraction_one_decimal_of_mean(total: float, count: int, terms: int) -> float | None:
    """What ``one_decimal_of_mean`` was, with ``Fraction``."""
    if count <= 0 or not math.isfinite(total) or total < 0:
        return None
    if total == 0:
        return 0.0
    bound = ((2 * count + terms + 8) * 2.0**-52 + 2e-14) * total
    mean = total / count
    margin = Fraction(4 * bound / count) + Fraction(4 * math.ulp(mean))

    def tenth(value: Fraction) -> int:
        return math.floor(value * 10 + Fraction(1, 2))

    if tenth(Fraction(mean) - margin) != tenth(Fraction(mean) + margin):
        return None
    return _decimal_one_decimal(mean)


def _same(a: float | None, b: float | None) -> bool:
    """Equal, and of the same sign when zero (-0.0 stays -0.0)."""
    if a is None or b is None:
        return a is b
    return a == b and math.copysign(1, a) == math.copysign(1, b)


halves = st.integers(-10**9, 10**9).map(lambda n: n / 20)  # many exact x.x5 halfway points


@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False), halves,
                 st.floats(-1e4, 1e4)))
@example(0.05)
@example(2.675)  # 2.67499999999999982236431605997495353221893310546875: repr "2.675"
@example(-0.04)  # -0.0 from Decimal
@example(-0.0)
@example(1e-300)
@example(12.45)
@example(9.95)
@example(0.15)
@example(1e25)
@example(9.999999999999999e25)
@example(1.5e16)
@example(1e27)
@example(-3e30)
@example(1.7976931348623157e308)
def test_one_decimal_is_the_decimal_rounding(value):
    """Beyond 28 digits ``Decimal.quantize`` raised; it still does (never a peak flow)."""
    try:
        expected = _decimal_one_decimal(value)
    except InvalidOperation:
        with pytest.raises(InvalidOperation):
            _one_decimal(value)
        return
    assert _same(_one_decimal(value), expected)


def test_one_decimal_of_infinity_and_nan_as_before():
    with pytest.raises(InvalidOperation):
        _one_decimal(math.inf)
    assert math.isnan(_one_decimal(math.nan))


@given(total=st.one_of(st.floats(0, 1e7), halves.map(abs)), count=st.integers(-2, 10**6),
       terms=st.integers(1, 10**4))
@example(total=12.5 + 12.4, count=2, terms=1)
@example(total=12.449999999999998 * 2, count=2, terms=2)
@example(total=24.8, count=2, terms=1)
@example(total=math.inf, count=2, terms=1)
def test_one_decimal_of_mean_is_the_fraction_arithmetic(total, count, terms):
    assert _same(one_decimal_of_mean(total, count, terms),
                 _fraction_one_decimal_of_mean(total, count, terms))
