"""The three traffic-light zones, ordered so that ``max()`` picks the worse one."""

from __future__ import annotations

from enum import IntEnum

from .text import translate


class Zone(IntEnum):
    GREEN = 1
    AMBER = 2
    RED = 3

    @property
    def key(self) -> str:
        return self.name.lower()

    def label(self) -> str:
        """The zone's word, shown with its icon and colour (never colour alone)."""
        labels = {
            Zone.GREEN: translate("Zone", "Green zone: your usual asthma"),
            Zone.AMBER: translate("Zone", "Amber zone: your asthma is getting worse"),
            Zone.RED: translate("Zone", "Red zone: asthma attack"),
        }
        return labels[self]

    def short_label(self) -> str:
        labels = {
            Zone.GREEN: translate("Zone", "Green"),
            Zone.AMBER: translate("Zone", "Amber"),
            Zone.RED: translate("Zone", "Red"),
        }
        return labels[self]


def zone_for_percent(value: int, best: int, amber_below_pct: int, red_below_pct: int) -> Zone:
    """Zone of a reading against the plan's thresholds, in exact integer arithmetic.

    A reading exactly at a threshold belongs to the better zone ("below 80 %" means
    strictly below), and integers avoid float rounding putting 80 % into amber.
    """
    if value * 100 < red_below_pct * best:
        return Zone.RED
    if value * 100 < amber_below_pct * best:
        return Zone.AMBER
    return Zone.GREEN


def threshold_value(best: int, below_pct: int) -> int:
    """The lowest reading that is *not* below ``below_pct`` of ``best``, in L/min.

    Rounded up, so "below 267" is exactly right: with best 333 and 80 %, 266 is amber and 267
    is green (80 % of 333 is 266.4).
    """
    return -(-best * below_pct // 100)
