"""Urdu on screen: a line mixing Urdu with numbers and units reads right to left; "Switch
person" is translated; going back to English leaves no control clipped."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QColor

from asthma_app.domain.readings import PeakFlowReading


def ink_span(widget) -> tuple[int, int]:
    """Leftmost and rightmost columns with dark ink in the widget as drawn."""
    image = widget.grab().toImage()
    columns = [x for x in range(image.width())
               if any(QColor(image.pixel(x, y)).lightness() < 90
                      for y in range(0, image.height(), 2))]
    return columns[0], columns[-1]


@pytest.fixture
def urdu_window(window_with_plan, session, qtbot):
    from asthma_app import i18n

    session.diary.log_reading(PeakFlowReading(datetime(2026, 11, 22, 7, 50), (330,)))
    i18n.set_language("ur")
    window_with_plan.show_page("today")
    window_with_plan.page("today").refresh()
    qtbot.wait(50)
    return window_with_plan


def test_mixed_urdu_line_with_litres_per_minute_reads_right_to_left(urdu_window):
    reasons = urdu_window.page("today").card.reasons
    assert "330" in reasons.text() and "L/min" in reasons.text()
    left, right = ink_span(reasons)
    assert reasons.width() - right < left, (left, right, reasons.width())  # right-aligned
