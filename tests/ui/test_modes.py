"""Each ``Mode`` (ui/mode.py) drives the real window: its pages, its file and print policy,
its touch pad, its monthly check, and the header its shell gives. The window and every
screen ask the mode they were built with, so two windows in different modes can live side
by side in one process (no global flag on QApplication)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services.kiosk_config import KioskConfig
from asthma_app.ui import mode as modes
from asthma_app.ui.pages import KEYS

from .helpers import click

KIOSK = modes.kiosk(KioskConfig(attendant_pin_hash="x", emergency_number="112"))
PRINTING_KIOSK = modes.kiosk(KioskConfig(attendant_pin_hash="x", allow_print=True))
ALL_BUT_BACKUPS = tuple(key for key in KEYS if key != "backups")

# mode, pages, files offered, printing offered
POLICIES = {
    "home": (modes.HOME, KEYS, True, True),
    "demo": (modes.DEMO, ALL_BUT_BACKUPS, True, True),
    "kiosk": (KIOSK, ALL_BUT_BACKUPS, False, False),
    "kiosk that prints": (PRINTING_KIOSK, ALL_BUT_BACKUPS, False, True),
}


def _offered(button) -> bool:
    return not button.isHidden()


@pytest.mark.parametrize("name", POLICIES)
def test_each_mode_shows_its_pages_and_offers_files_and_printing_as_it_says(
        name, make_window, session, plan_factory):
    mode, pages, files, printing = POLICIES[name]
    session.plans.agree(plan_factory())
    window = make_window(mode)
    assert window.keys == pages
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == \
        [entry.title() for entry in window.entries]
    assert (getattr(window, "exchange_actions", None) is not None) is files  # the File menu
    assert bool(window.menuBar().actions()) is files
    window.show_page("trends")
    assert _offered(window.page("trends").save_button) is files
    summary = window.page("review").summary_view
    assert _offered(summary.save_pdf) is files and _offered(summary.export_button) is files
    assert _offered(summary.print_button) is printing
    assert _offered(window.page("learn").view.print_button) is printing
    window.show_page("plan")
    child = window.page("plan").open_child_details()
    try:
        assert _offered(child.pdf_button) is files
    finally:
        child.reject()


@pytest.mark.parametrize(("name", "allowed"), [("home", True), ("demo", True),
                                               ("kiosk that prints", False)])
def test_print_to_file_is_switched_off_on_a_kiosk(name, allowed, make_window, session):
    from PySide6.QtPrintSupport import QAbstractPrintDialog

    mode = POLICIES[name][0]
    window = make_window(mode)
    window.show_page("learn")
    view = window.page("learn").view
    view.print_with_dialog()
    try:
        to_file = view.print_dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
        assert to_file is allowed
    finally:
        view.print_dialog.reject()


def test_two_windows_in_two_modes_side_by_side(make_window, session):
    """The policy belongs to each window, not to the process."""
    kiosk, home = make_window(KIOSK), make_window(modes.HOME)
    assert "backups" not in kiosk.keys and "backups" in home.keys
    assert _offered(home.page("learn").view.print_button)
    assert not _offered(kiosk.page("learn").view.print_button)
    assert _offered(home.page("review").summary_view.save_pdf)
    assert not _offered(kiosk.page("review").summary_view.save_pdf)


@pytest.mark.parametrize(("name", "pad"), [("home", False), ("demo", False), ("kiosk", True)])
def test_the_number_pad_is_for_touch_screens_only(name, pad, make_window, session, qtbot):
    window = make_window(POLICIES[name][0])
    dialog = window.page("today").open_peak_flow()
    try:
        assert hasattr(dialog, "number_pad") is pad
    finally:
        dialog.done(0)


@pytest.mark.parametrize(("name", "asked"), [("home", True), ("demo", True), ("kiosk", False)])
def test_the_monthly_check_is_asked_where_there_is_a_month_to_look_back_on(
        name, asked, make_window, session, clock):
    session.diary.log_reading(PeakFlowReading(clock() - timedelta(days=60), (400,)))
    assert session.reviews.rcp3_due()
    window = make_window(POLICIES[name][0])
    banners = window.page("today").banners
    assert banners.rcp3.isVisibleTo(window) is asked


@pytest.mark.parametrize(("name", "number"), [("home", "999"), ("kiosk", "112")])
def test_before_anyone_exists_the_attack_steps_give_the_modes_emergency_number(
        name, number, make_window, qtbot):
    window = make_window(POLICIES[name][0])
    assert window.session is None  # first run
    dialog = window.show_attack_steps()
    try:
        text = " ".join(label.text() for label in dialog.findChildren(QLabel)) + " ".join(
            button.text() for button in dialog.findChildren(QPushButton))
        other = {"999": "112", "112": "999"}[number]
        assert number in text and other not in text
    finally:
        dialog.done(0)


def test_a_new_mode_is_one_more_value(make_window, session, qtbot):
    """What the coming nurse mode needs from the window: its own pages, no files, its own
    banner, title and header control, all laid out by the window itself."""
    made = {}

    def header(window) -> modes.Header:
        made["banner"] = QLabel("NURSE: writing a plan for a patient")
        made["control"] = QPushButton("Hand over")
        made["pressed"] = []
        return modes.Header(banner=made["banner"], controls=(made["control"],),
                            shortcuts=(("Ctrl+Alt+Shift+N", lambda: made["pressed"].append(1)),),
                            title=lambda: "NURSE - Asthma Plan & Diary")

    nurse = modes.Mode("nurse", hidden_pages=("backups", "trends", "review"),
                       offers_files=False).with_header(header)
    window = make_window(nurse)
    assert window.keys == ("today", "diary", "plan", "learn")
    assert window.windowTitle() == "NURSE - Asthma Plan & Diary"
    outer = window.centralWidget().layout()
    assert outer.itemAt(0).widget() is made["banner"]  # above the header row
    row = outer.itemAt(1).layout()
    assert row.itemAt(0).widget() is window.profile_label
    assert row.itemAt(1).widget() is made["control"]  # after the person's name
    assert made["banner"].isVisible() and made["control"].isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None, timeout=2000)
    qtbot.keyClick(window, "N", modifier=_ctrl_alt_shift())
    assert made["pressed"] == [1]
    assert nurse == modes.Mode("nurse", hidden_pages=("backups", "trends", "review"),
                               offers_files=False)  # the header is not part of the value


def _ctrl_alt_shift():
    from PySide6.QtCore import Qt

    return (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.ShiftModifier)


# --- the shells give their headers through the mode ------------------------------------------

def test_each_shell_puts_its_header_on_its_window(qtbot, db, clock, session):
    from asthma_app.app import create_application, demo_shell, home_shell, kiosk_shell

    create_application()
    home = home_shell(db, clock)
    try:
        header = home.window.centralWidget().layout().itemAt(0).layout()
        assert header.itemAt(1).widget() is home.switcher
        assert home.window.mode.name == "home" and "backups" in home.window.keys
    finally:
        home.shutdown()
    demo = demo_shell(clock)
    try:
        demo.window.show()
        assert demo.window.centralWidget().layout().itemAt(0).widget() is demo.banner
        assert demo.window.windowTitle() == "DEMO - Asthma Plan & Diary"
        assert demo.window.mode.name == "demo" and "backups" not in demo.window.keys
    finally:
        demo.close()
    kiosk = kiosk_shell(KioskConfig(attendant_pin_hash="x"), clock, full_screen=False)
    try:
        bar = kiosk.window.centralWidget().layout().itemAt(0).widget()
        assert bar.objectName() == "kioskBar" and kiosk.finish_button.parent() is bar
        assert kiosk.window.mode.name == "kiosk" and kiosk.window.menuBar().actions() == []
        click(qtbot, kiosk.finish_button)  # the bar's button works: a new visitor's window
        assert kiosk.window.centralWidget().layout().itemAt(0).widget().objectName() == \
            "kioskBar"
    finally:
        kiosk.leave()
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
