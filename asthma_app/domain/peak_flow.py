"""Peak-flow arithmetic: % of best, meter scales and predicted values (docs/clinical/peak-flow.md).

Predicted values are for reference while a plan is set up ("for discussion with your nurse");
zones are always based on the personal best written in the plan.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from .plan import Scale
from .zones import Zone, zone_for_percent

if TYPE_CHECKING:
    from fractions import Fraction

WRIGHT_FORMULA_MAX = 800  # the EN 13826 polynomial extrapolates badly above this


def percent_of_best(value: int, best: int) -> int:
    """Whole per cent, rounded *down*, so 79.6 % never shows as 80 % while in amber."""
    if best <= 0:
        raise ValueError("personal best must be positive")
    return (value * 100) // best


def wright_to_eu(wright: float) -> float:
    """Convert a Wright-scale reading to the EU scale (EN 13826 polynomial, W in 1..800)."""
    if not 1 <= wright <= WRIGHT_FORMULA_MAX:
        raise ValueError(f"Wright value {wright} outside 1..{WRIGHT_FORMULA_MAX}")
    return 50.356 + 0.4 * wright + 0.0008814 * wright**2 - 0.0000001116 * wright**3


def eu_to_wright(eu: float) -> float:
    """Inverse of :func:`wright_to_eu` by bisection (the polynomial rises on 1..800)."""
    low, high = 1.0, float(WRIGHT_FORMULA_MAX)
    if not wright_to_eu(low) <= eu <= wright_to_eu(high):
        raise ValueError(f"EU value {eu} outside the convertible range")
    for _ in range(60):
        middle = (low + high) / 2
        if wright_to_eu(middle) < eu:
            low = middle
        else:
            high = middle
    return (low + high) / 2


# The same EN 13826 coefficients as whole numbers over 10**10: judging a zone across scales must
# not depend on float or whole-litre rounding (a rounded 399.8 -> 400 turned amber into green).
_SCALE = 10**10
_C0, _C1, _C2, _C3 = 503_560_000_000, 4_000_000_000, 8_814_000, -1_116


def _eu_times(numerator: int, denominator: int) -> int:
    """EU value of the Wright value ``numerator / denominator``, times 10**10 * denominator**3:
    exact integer arithmetic (fast enough for years of readings, unlike Fraction)."""
    a, b = numerator, denominator
    return _C0 * b**3 + _C1 * a * b**2 + _C2 * a**2 * b + _C3 * a**3


def reaches(value: int, source: Scale, level: Fraction | int, target: Scale) -> bool:
    """Whether ``value`` read on the ``source`` scale is at or above ``level`` on ``target``.

    Exact: the formula rises on 1..800 Wright, so instead of converting (and rounding) the
    reading, the comparison is made in whole numbers on whichever side the polynomial can be
    evaluated exactly. Outside the formula's range the nearest end counts, which can only
    lower the reading (a worse zone, never a better one).
    """
    # only across scales: a diary on one scale never imports fractions (and decimal)
    from fractions import Fraction  # lazy: start-up

    level = Fraction(level)
    if source is target:
        return value >= level
    if source is Scale.WRIGHT:  # reading Wright, level EU: convert the (clamped) reading
        wright = min(max(value, 1), WRIGHT_FORMULA_MAX)
        return _eu_times(wright, 1) * level.denominator >= level.numerator * _SCALE
    # reading EU, level Wright: the clamped reading is between 1 and 800 Wright
    if level > WRIGHT_FORMULA_MAX:
        return False
    if level <= 1:
        return True
    b = level.denominator
    return value * _SCALE * b**3 >= _eu_times(level.numerator, b)


def floor_on_scale(value: int, source: Scale, target: Scale) -> int:
    """The reading on ``target`` rounded *down* (the worse way), exactly; clamped like
    :func:`reaches`. Used where a converted figure is shown beside a zone."""
    if source is target:
        return value
    guess = convert_clamped(value, source, target)
    while not reaches(value, source, guess, target):
        guess -= 1
    while reaches(value, source, guess + 1, target):
        guess += 1
    return guess


@lru_cache(maxsize=65536)  # readings repeat: a chart of years asks the same few hundred values
def percent_on_scale(value: int, source: Scale, best: int, target: Scale) -> int:
    """Whole per cent of ``best`` (on ``target``), rounded down, exactly across scales.

    Computed with :func:`reaches`, like the zone, so the per cent shown can never disagree
    with it: below a threshold of N % it is always less than N.
    """
    if best <= 0:
        raise ValueError("personal best must be positive")
    if source is target:  # whole numbers: exact already, and fast for years of readings
        return (value * 100) // best
    from fractions import Fraction  # lazy: start-up (across scales only)

    guess = (floor_on_scale(value, source, target) * 100) // best
    while guess > 0 and not reaches(value, source, Fraction(guess * best, 100), target):
        guess -= 1
    while reaches(value, source, Fraction((guess + 1) * best, 100), target):
        guess += 1
    return guess


@lru_cache(maxsize=65536)
def zone_on_scale(value: int, source: Scale, best: int, target: Scale, amber_below_pct: int,
                  red_below_pct: int) -> Zone:
    """Zone of a reading on ``source`` under thresholds (% of ``best``) on ``target``, exactly.

    A reading exactly at a threshold belongs to the better zone, as in
    :func:`~asthma_app.domain.zones.zone_for_percent`, which this equals when the scales match.
    """
    if source is target:
        return zone_for_percent(value, best, amber_below_pct, red_below_pct)
    from fractions import Fraction  # lazy: start-up (across scales only)

    if not reaches(value, source, Fraction(red_below_pct * best, 100), target):
        return Zone.RED
    if not reaches(value, source, Fraction(amber_below_pct * best, 100), target):
        return Zone.AMBER
    return Zone.GREEN


def convertible_range(source: Scale) -> tuple[float, float]:
    """Lowest and highest value on ``source`` that the EN 13826 formula can convert."""
    if source is Scale.WRIGHT:
        return 1.0, float(WRIGHT_FORMULA_MAX)
    return wright_to_eu(1.0), wright_to_eu(float(WRIGHT_FORMULA_MAX))


def convert(value: float, source: Scale, target: Scale) -> int:
    if source is target:
        return round(value)
    if source is Scale.WRIGHT:
        return round(wright_to_eu(value))
    return round(eu_to_wright(value))


def convert_clamped(value: float, source: Scale, target: Scale) -> int:
    """Like :func:`convert`, but outside the formula's range its nearest end is used.

    Only for judging zones: a very high reading becomes a lower one (a worse zone, never a
    better one) and a very low one stays far below any red level.
    """
    if source is target:
        return round(value)
    low, high = convertible_range(source)
    return convert(min(max(value, low), high), source, target)


# Where the adult formula is used at all (docs/clinical/peak-flow.md). Ages: the adult range
# the formula was published for. Heights: our plausibility limits for adults (a design choice,
# open for the clinical safety officer); outside either there is no prediction, never a guess.
ADULT_AGES = (15, 85)
ADULT_HEIGHTS_CM = (140, 210)


def adult_formula_applies(age: float, height_cm: float) -> bool:
    """Whether the Nunn & Gregg formula may be used for this age and height."""
    return (ADULT_AGES[0] <= age <= ADULT_AGES[1]
            and ADULT_HEIGHTS_CM[0] <= height_cm <= ADULT_HEIGHTS_CM[1])


def predicted_adult_wright(sex: str, age: float, height_cm: float) -> float:
    """Nunn & Gregg 1989, Wright scale, L/min. ``sex`` is "M" or "F"; raises ValueError
    outside :data:`ADULT_AGES` and :data:`ADULT_HEIGHTS_CM`."""
    if not ADULT_AGES[0] <= age <= ADULT_AGES[1]:
        raise ValueError("the adult formula covers ages 15 to 85")
    if not ADULT_HEIGHTS_CM[0] <= height_cm <= ADULT_HEIGHTS_CM[1]:
        raise ValueError("the adult formula is used for heights from 140 to 210 cm")
    if sex == "M":
        return math.exp(0.544 * math.log(age) - 0.0151 * age - 74.7 / height_cm + 5.48)
    if sex == "F":
        return math.exp(0.376 * math.log(age) - 0.0120 * age - 58.8 / height_cm + 5.63)
    raise ValueError("sex must be 'M' or 'F'")


def predicted_adult_eu(sex: str, age: float, height_cm: float) -> int:
    return round(wright_to_eu(predicted_adult_wright(sex, age, height_cm)))


def predicted_eu(age: float, sex: str, height_cm: float) -> int | None:
    """Predicted peak flow on the EU scale, or None where no formula applies.

    From :data:`ADULT_AGES` [0] the adult formula (within its ages and heights, sex "M"/"F");
    younger, the children's table by height (85-170 cm). Never extrapolated.
    """
    if age >= ADULT_AGES[0]:
        if sex not in ("M", "F") or not adult_formula_applies(age, height_cm):
            return None
        return predicted_adult_eu(sex, age, height_cm)
    return predicted_child_eu(height_cm)


CHILD_HEIGHTS_CM = (85, 90, 95, 100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 150, 155,
                    160, 165, 170)
CHILD_PREDICTED_EU = (87, 95, 104, 115, 127, 141, 157, 174, 192, 212, 233, 254, 276, 299, 323,
                      346, 370, 393)


def predicted_child_eu(height_cm: float) -> int | None:
    """Children's predicted peak flow by height, linear between table rows; None outside it."""
    if not CHILD_HEIGHTS_CM[0] <= height_cm <= CHILD_HEIGHTS_CM[-1]:
        return None
    index = bisect_left(CHILD_HEIGHTS_CM, height_cm)
    if CHILD_HEIGHTS_CM[index] == height_cm:
        return CHILD_PREDICTED_EU[index]
    h0, h1 = CHILD_HEIGHTS_CM[index - 1], CHILD_HEIGHTS_CM[index]
    v0, v1 = CHILD_PREDICTED_EU[index - 1], CHILD_PREDICTED_EU[index]
    return round(v0 + (v1 - v0) * (height_cm - h0) / (h1 - h0))
