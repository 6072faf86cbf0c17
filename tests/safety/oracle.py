"""An independent exact oracle for zones: not the app's code, a different method.

The app compares fractions after carrying the threshold to the reading's scale. The oracle
instead converts the *reading* to the plan's scale with 60-digit decimal arithmetic (the EU to
Wright inverse by 300 bisection steps), then compares there. Cases closer than 1e-40 to a
threshold would be undecidable by this method; none exist for whole-number readings, and the
oracle says so (``None``) rather than guess.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from asthma_app.domain.plan import Scale
from asthma_app.domain.zones import Zone

_C = (Decimal("50.356"), Decimal("0.4"), Decimal("0.0008814"), Decimal("-0.0000001116"))
WRIGHT_MAX = Decimal(800)


def _eu(wright: Decimal) -> Decimal:
    c0, c1, c2, c3 = _C
    return c0 + c1 * wright + c2 * wright ** 2 + c3 * wright ** 3


def on_plan_scale(value: int, source: Scale, target: Scale) -> Decimal:
    """The reading on ``target`` to ~50 digits; beyond the formula, its nearest end."""
    with localcontext() as ctx:
        ctx.prec = 60
        if source is target:
            return Decimal(value)
        if source is Scale.WRIGHT:
            return _eu(min(max(Decimal(value), Decimal(1)), WRIGHT_MAX))
        low, high = Decimal(1), WRIGHT_MAX
        eu = min(max(Decimal(value), _eu(low)), _eu(high))
        for _ in range(300):
            middle = (low + high) / 2
            if _eu(middle) < eu:
                low = middle
            else:
                high = middle
        return (low + high) / 2


def exact_zone(value: int, source: Scale, plan) -> Zone | None:
    """The zone exact arithmetic gives (at a threshold: the better zone); None if undecidable."""
    with localcontext() as ctx:
        ctx.prec = 60
        reading = on_plan_scale(value, source, plan.scale)
        zone = Zone.GREEN
        for below_pct, worse in ((plan.amber_below_pct, Zone.AMBER),
                                 (plan.red_below_pct, Zone.RED)):
            level = Decimal(plan.personal_best * below_pct) / 100
            if source is not plan.scale and abs(reading - level) < Decimal("1e-40"):
                return None
            if reading < level:
                zone = worse
        return zone


def exact_percent(value: int, source: Scale, plan) -> int:
    """Whole per cent of best, rounded down, from the oracle's value."""
    with localcontext() as ctx:
        ctx.prec = 60
        reading = on_plan_scale(value, source, plan.scale)
        return int((reading * 100 / plan.personal_best).to_integral_value(rounding="ROUND_FLOOR"))
