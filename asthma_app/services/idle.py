"""Idle time-outs as pure arithmetic: active, warning (with seconds left) or expired.

Used by the kiosk (warn, then wipe the visitor's session) and by the home idle lock (no
warning: lock). The Qt side only records the last input and asks this module what to do.
"""

from __future__ import annotations

import math
from datetime import datetime
from enum import StrEnum


class IdleState(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


def idle_state(now: datetime, last_input: datetime, timeout_s: float,
               warning_s: float = 0) -> tuple[IdleState, int]:
    """The state after ``now - last_input`` idle seconds, and whole seconds until the next
    state (for the warning: until the session ends)."""
    idle = (now - last_input).total_seconds()
    if idle < timeout_s:
        return IdleState.ACTIVE, math.ceil(timeout_s - idle)
    if idle < timeout_s + warning_s:
        return IdleState.WARNING, math.ceil(timeout_s + warning_s - idle)
    return IdleState.EXPIRED, 0
