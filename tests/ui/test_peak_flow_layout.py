"""The peak-flow dialog: messages never move the blow fields or the kiosk number pad, and
every message is shown whole (issue 11 item 6; issue 12 §3, cut-off error messages).

A message appearing above the kiosk pad once pushed it down while a visitor tapped 5-3-0, and
538 was entered. Error messages were cut after about a line and a half at 100 %, 200 % and in
kiosk mode. Each case: the geometry of every blow field and pad button is the same before and
after each message appears, and no label's text needs more room than it has.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtWidgets import QApplication

from asthma_app.services.kiosk_config import KioskConfig

from .helpers import click, type_into
from .test_text_fit import clipped

# letters, litres per second, above the meter's range, unusual (a warning and a tick box), a
# decimal comma, and more than 20 % above the personal best of 500
TYPED = ("letters", "5", "2000", "55", "7,2", "640")


@pytest.fixture
def kiosk_window(qtbot, clock):
    from asthma_app.app import create_application, kiosk_shell
    from asthma_app.services.passwords import hash_secret

    create_application()
    shell = kiosk_shell(KioskConfig(attendant_pin_hash=hash_secret("4826"),
                                   emergency_number="112"), clock, full_screen=False)
    window = shell.window
    window.resize(1366, 768)  # a small kiosk screen: the kiosk fits its dialogs inside it
    type_into(qtbot, window.first_run.name, "Visitor")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    yield window
    if not shell._leaving:
        shell.leave()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _places(dialog) -> dict[str, QRect]:
    """Where each blow field and pad button is, in the dialog's coordinates."""
    widgets = {f"blow {i + 1}": field for i, field in enumerate(dialog.blows)}
    pad = getattr(dialog, "number_pad", None)
    if pad is not None:
        widgets.update({f"pad {key}": button for key, button in pad.buttons.items()})
    return {name: QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
            for name, widget in widgets.items()}


def _settle(qtbot) -> None:
    for _ in range(3):  # layouts and the dialog's own resize run on posted events
        QApplication.processEvents()
    qtbot.wait(10)


def _check_every_message(dialog, qtbot) -> None:
    _settle(qtbot)
    before = _places(dialog)
    for index in (0, 2):
        for typed in TYPED:
            dialog.blows[index].setFocus()
            dialog.blows[index].setText(typed)
            _settle(qtbot)
            shown = [w.text() for w in (*dialog.errors, dialog.warning) if w.isVisible()]
            if typed == "640" and dialog._plan is None:
                dialog.blows[index].clear()
                continue  # no personal best, so nothing to compare with: no message
            assert shown, typed  # a message did appear
            assert clipped(dialog) == [], (typed, shown)
            assert _places(dialog) == before, (typed, shown)
            dialog.blows[index].clear()
            _settle(qtbot)
            assert _places(dialog) == before


@pytest.mark.parametrize("scale", [100, 200])
def test_messages_keep_the_blows_in_place_and_show_whole(window_with_plan, qtbot, scale):
    window = window_with_plan
    window.text_size.setCurrentIndex(window.text_size.findData(scale))
    dialog = window.page("today").open_peak_flow()
    qtbot.waitExposed(dialog)
    _check_every_message(dialog, qtbot)


@pytest.mark.parametrize("scale", [100, 200])
def test_kiosk_pad_and_blows_keep_their_place_and_messages_show_whole(kiosk_window, qtbot,
                                                                       scale):
    kiosk_window.text_size.setCurrentIndex(kiosk_window.text_size.findData(scale))
    dialog = kiosk_window.page("today").open_peak_flow()
    qtbot.waitExposed(dialog)
    assert dialog.number_pad.isVisible()
    _check_every_message(dialog, qtbot)


@pytest.mark.parametrize("scale", [100, 200])
def test_tapping_5_3_0_at_the_same_spots_enters_530(kiosk_window, qtbot, scale):
    """The original report: a message appeared between taps and the pad moved under the
    finger. Tap by position (where the keys were before anything was typed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    kiosk_window.text_size.setCurrentIndex(kiosk_window.text_size.findData(scale))
    dialog = kiosk_window.page("today").open_peak_flow()
    qtbot.waitExposed(dialog)
    dialog.blows[0].setFocus()
    _settle(qtbot)
    spots = {key: button.mapTo(dialog, button.rect().center())
             for key, button in dialog.number_pad.buttons.items()}
    for key in "530":
        target = dialog.childAt(spots[key])
        while target is not None and target not in dialog.number_pad.buttons.values():
            target = target.parentWidget()
        assert target is not None, key
        QTest.mouseClick(target, Qt.MouseButton.LeftButton)
        _settle(qtbot)  # "5" alone is refused as litres per second: a message appears
    assert dialog.blows[0].text() == "530"
