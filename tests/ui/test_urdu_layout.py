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


def test_switch_person_follows_the_language(db, clock, qtbot, session):
    from asthma_app import i18n
    from asthma_app.app import create_application, home_shell

    create_application()
    shell = home_shell(db, clock)
    qtbot.addWidget(shell.window)
    shell.window.show()
    # one person: the menu is named for what it holds (ui/home.py); two: "Switch person"
    assert shell.switcher.text() == "People and settings"
    try:
        i18n.set_language("ur")
        assert shell.switcher.text() == "افراد اور سیٹنگز"
    finally:
        i18n.set_language("en")
    assert shell.switcher.text() == "People and settings"
    shell.shutdown()


def text_room(combo) -> tuple[int, int]:
    """(room for text in the combo box as the style lays it out, width of its current text)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width(), combo.fontMetrics().horizontalAdvance(combo.currentText())


@pytest.mark.parametrize("percent", [100, 200])
def test_text_size_box_fits_after_urdu_then_english(make_window, db, session, plan_factory,
                                                    qtbot, percent):
    """The app opens in Urdu (the saved choice), then the person switches to English."""
    from asthma_app import i18n
    from asthma_app.storage import settings

    session.plans.agree(plan_factory())
    settings.LANGUAGE.set(db, "ur")
    window = make_window()
    window.apply_text_scale(percent)
    qtbot.wait(20)
    for language in ("ur", "en"):
        i18n.set_language(language)
        qtbot.wait(20)
        room, text = text_room(window.text_size)
        assert room >= text, (language, window.text_size.currentText(), room, text)


def test_dates_and_times_keep_their_order_in_urdu(urdu_window, qtbot):
    """Qt reverses a date edit's sections under a right-to-left layout: 09:00 showed as
    "00:09" in the peak flow dialog, and dates started with the year. Every date and time
    field on the pages and in the logging dialogs reads day, month, year, hours:minutes."""
    import re

    from PySide6.QtCore import QDateTime
    from PySide6.QtWidgets import QDateTimeEdit

    today = urdu_window.page("today")
    fields = []
    for key in ("today", "diary", "plan", "trends", "review"):
        urdu_window.show_page(key)
        fields += urdu_window.page(key).findChildren(QDateTimeEdit)
    for open_dialog in (today.open_peak_flow, today.open_symptoms,
                        urdu_window.page("plan").open_editor):
        dialog = open_dialog()
        qtbot.addWidget(dialog)
        fields += dialog.findChildren(QDateTimeEdit)
    assert len(fields) >= 6
    for field in fields:
        field.setDateTime(QDateTime.fromString("2026-11-22T09:05:00", "yyyy-MM-ddTHH:mm:ss"))
        text = field.text()
        assert re.match(r"22 \S+ 2026", text), (field.accessibleName(), text)
        if "HH" in field.displayFormat():
            assert text.endswith("09:05"), text
