"""Peak-flow arithmetic: % of best, meter scales and predicted values (clinical-facts §4).

Predicted values are for reference while a plan is set up ("for discussion with your nurse");
zones are always based on the personal best written in the plan.
"""

from __future__ import annotations

import math
from bisect import bisect_left

from .plan import Scale

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


def predicted_adult_wright(sex: str, age: float, height_cm: float) -> float:
    """Nunn & Gregg 1989, Wright scale, L/min. ``sex`` is "M" or "F"; adults ~15-85 years."""
    if not 15 <= age <= 85:
        raise ValueError("the adult formula covers ages 15 to 85")
    if sex == "M":
        return math.exp(0.544 * math.log(age) - 0.0151 * age - 74.7 / height_cm + 5.48)
    if sex == "F":
        return math.exp(0.376 * math.log(age) - 0.0120 * age - 58.8 / height_cm + 5.63)
    raise ValueError("sex must be 'M' or 'F'")


def predicted_adult_eu(sex: str, age: float, height_cm: float) -> int:
    return round(wright_to_eu(predicted_adult_wright(sex, age, height_cm)))


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
