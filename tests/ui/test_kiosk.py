"""Clinic kiosk: warning with countdown, "I'm still here", wipe, attendant PIN, targets."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from asthma_app.services.idle import IdleState
from asthma_app.services.kiosk_config import KioskConfig
from tests.ui.helpers import click, type_into, unnamed_controls

PIN = "4826"


@pytest.fixture(scope="module")
def pin_hash():
    from asthma_app.services.passwords import hash_secret

    return hash_secret(PIN)


@pytest.fixture
def kiosk(qtbot, clock, pin_hash):
    from asthma_app.app import create_application, kiosk_shell

    create_application()
    shell = kiosk_shell(KioskConfig(attendant_pin_hash=pin_hash, emergency_number="112"), clock,
                       full_screen=False)
    yield shell
    if not shell._leaving:
        shell.leave()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_warning_countdown_extend_and_wipe(qtbot, kiosk, clock):
    first_window, first_folder = kiosk.window, kiosk.folder
    clock.advance(seconds=119)
    assert kiosk.watcher.check() is IdleState.ACTIVE and kiosk.warning_dialog is None
    clock.advance(seconds=1)
    assert kiosk.watcher.check() is IdleState.WARNING
    dialog = kiosk.warning_dialog
    assert dialog.isVisible() and "30 seconds" in dialog.message.text()
    clock.advance(seconds=10)
    kiosk.watcher.check()
    assert "20 seconds" in dialog.message.text()
    click(qtbot, dialog.button)  # I'm still here
    assert kiosk.warning_dialog is None
    clock.advance(seconds=119)
    assert kiosk.watcher.check() is IdleState.ACTIVE
    assert kiosk.window is first_window
    clock.advance(seconds=1 + 30)
    assert kiosk.watcher.check() is IdleState.EXPIRED
    assert kiosk.window is not first_window and not first_folder.exists()
    assert kiosk.window.root.currentWidget() is kiosk.window.first_run  # start screen


def test_input_counts_as_activity_but_not_while_warning(qtbot, kiosk, clock):
    clock.advance(seconds=100)
    type_into(qtbot, kiosk.window.first_run.name, "a")
    clock.advance(seconds=100)
    assert kiosk.watcher.check() is IdleState.ACTIVE
    clock.advance(seconds=20)
    assert kiosk.watcher.check() is IdleState.WARNING
    qtbot.keyClick(kiosk.window.first_run.name, Qt.Key.Key_B)  # stray input: warning stays
    clock.advance(seconds=30)
    assert kiosk.watcher.check() is IdleState.EXPIRED


def _visible_texts() -> str:
    texts = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            from PySide6.QtCore import QModelIndex

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private: one column
                columns = 1
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                 Qt.ItemDataRole.AccessibleTextRole):
                        texts.append(str(model.data(index, role) or ""))
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
                  widget.accessibleDescription()]
    return "\n".join(texts)


def _accessible_texts() -> str:
    texts = []

    def walk(interface, depth=0):
        if interface is None or not interface.isValid() or depth > 40:
            return
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description,
                     QAccessible.Text.Value, QAccessible.Text.Help):
            texts.append(interface.text(kind) or "")
        for index in range(interface.childCount()):
            walk(interface.child(index), depth + 1)

    for top in QApplication.topLevelWidgets():
        walk(QAccessible.queryAccessibleInterface(top))
    return "\n".join(texts)


def test_next_visitor_finds_nothing_of_the_last(qtbot, kiosk, clock):
    secrets = ("Zebediah", "Quinton", "ZQNOTE", "437 L/min", "437\u00a0L/min")  # as typed, as shown
    window = kiosk.window
    # visitor A: name, a reading with a note, something copied
    type_into(qtbot, window.first_run.name, "Zebediah Quinton")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    dialog = window.page("today").open_peak_flow()
    dialog.blows[0].setFocus()
    for digit in "437":
        click(qtbot, dialog.number_pad.buttons[digit])
    assert dialog.blows[0].text() == "437"
    type_into(qtbot, dialog.note, "ZQNOTE private")
    dialog.note.selectAll()
    qtbot.keyClick(dialog.note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "ZQNOTE" in QGuiApplication.clipboard().text()
    click(qtbot, dialog.save_button)
    window.show_page("diary")
    assert "437" in _visible_texts() and "Zebediah" in _visible_texts()
    a_folder = kiosk.folder
    assert any(b"Zebediah" in p.read_bytes() for p in a_folder.rglob("*") if p.is_file())
    # A walks away: warning, then the wipe
    clock.advance(seconds=120)
    kiosk.watcher.check()
    clock.advance(seconds=30)
    kiosk.watcher.check()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # visitor B starts
    assert kiosk.window is not window and kiosk.window.isVisible()
    assert kiosk.window.session is None
    type_into(qtbot, kiosk.window.first_run.name, "B")
    screen, tree = _visible_texts(), _accessible_texts()
    clipboard = QGuiApplication.clipboard().text()
    files = [p for p in Path(kiosk.root).rglob("*") if p.is_file()]
    assert not a_folder.exists()
    for secret in secrets:
        assert secret not in screen, secret
        assert secret not in tree, secret
        assert secret not in clipboard
        for path in files:
            assert secret.encode() not in path.read_bytes(), path
    assert "Sections" in tree  # the walk really did read the new window's tree


def test_attendant_leaves_only_with_the_pin(qtbot, kiosk):
    root = kiosk.root
    dialog = kiosk.ask_pin()
    type_into(qtbot, dialog.pin, "0000")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "not right" in dialog.error.text() and not kiosk._leaving
    with qtbot.waitSignal(kiosk.left):
        for digit in PIN:
            click(qtbot, dialog.pad.buttons[digit])
        click(qtbot, dialog.ok_button)
    assert not root.exists()


def test_visitors_cannot_close_the_window(qtbot, kiosk):
    window = kiosk.window
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    window.close()
    assert window.isVisible()


def test_kiosk_targets_are_44_px_and_named(qtbot, kiosk):
    window = kiosk.window
    window.resize(1366, 768)
    assert unnamed_controls(window) == []
    type_into(qtbot, window.first_run.name, "Vis")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    dialog = window.page("today").open_peak_flow()
    qtbot.waitUntil(dialog.isVisible)
    for root in (window, dialog):
        for widget in root.findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox)) and \
                    widget.isVisible() and widget.window() is root:
                assert widget.height() >= 44, (type(widget).__name__, widget.text()
                                               if hasattr(widget, "text") else "")
    assert unnamed_controls(dialog) == []
    # the emergency number comes from the kiosk settings
    assert kiosk.window.session.profile.emergency == "112"


def test_no_program_can_be_opened(qtbot, kiosk):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    # the kiosk's handler swallows the request instead of starting a browser
    assert QDesktopServices.openUrl(QUrl("https://example.org"))
    assert QDesktopServices.openUrl(QUrl.fromLocalFile("/etc/hostname"))


def test_kiosk_offers_no_file_dialogs_and_prints_only_if_allowed(qtbot, kiosk):
    """No File menu, no backups, no save or export buttons; print follows the config."""
    window = kiosk.window
    type_into(qtbot, window.first_run.name, "Visitor")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    assert window.menuBar().actions() == []
    assert "backups" not in window.keys
    window.show_page("trends")  # it builds its charts when first shown
    assert window.page("trends").save_button.isHidden()
    summary = window.page("review").summary_view
    assert summary.save_pdf.isHidden() and summary.export_button.isHidden()
    assert summary.print_button.isHidden()  # this config does not allow printing
    assert window.page("learn").view.print_button.isHidden()


def test_a_kiosk_that_allows_printing_offers_print_but_no_files(qtbot, clock, pin_hash):
    from asthma_app.app import kiosk_shell

    shell = kiosk_shell(KioskConfig(attendant_pin_hash=pin_hash, allow_print=True), clock,
                        full_screen=False)
    try:
        window = shell.window
        type_into(qtbot, window.first_run.name, "Visitor")
        click(qtbot, window.first_run.create_button)
        click(qtbot, window.first_run.no_plan)
        assert not window.page("learn").view.print_button.isHidden()
        summary = window.page("review").summary_view
        assert not summary.print_button.isHidden() and summary.save_pdf.isHidden()
    finally:
        shell.leave()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_kiosk_starts_each_visitor_in_the_clinics_language(qtbot, clock, pin_hash):
    from asthma_app import i18n
    from asthma_app.app import create_application, kiosk_shell

    create_application()
    shell = kiosk_shell(KioskConfig(attendant_pin_hash=pin_hash, language="cy_GB"), clock,
                       full_screen=False)
    try:
        assert i18n.current_language() == "cy"
        assert shell.window.attack_button.text() != "Having an asthma attack?"
    finally:
        shell.leave()
        i18n.set_language("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _lightness(image, point) -> int:
    return image.pixelColor(point).lightness()


def test_warning_is_a_framed_panel_over_a_dimmed_kiosk(qtbot, kiosk, clock):
    """"Are you still there?" must stand out from the form by shape and lightness, not hue:
    a thick dark border round a light panel, centred over a darkened kiosk screen."""
    from PySide6.QtCore import QPoint

    window = kiosk.window
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    corner = QPoint(20, window.height() - 20)
    before = _lightness(window.grab().toImage(), corner)
    clock.advance(seconds=120)
    kiosk.watcher.check()
    dialog = kiosk.warning_dialog
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert (dialog.geometry().center() - window.geometry().center()).manhattanLength() <= 2
    panel = dialog.grab().toImage()
    middle = dialog.height() // 2
    border, inside = QPoint(2, middle), QPoint(12, dialog.height() - 12)
    assert _lightness(panel, border) < 90 < 180 < _lightness(panel, inside)
    assert _lightness(window.grab().toImage(), corner) < before * 0.6
    click(qtbot, dialog.button)  # I'm still here: the kiosk is bright again
    assert _lightness(window.grab().toImage(), corner) == before
    clock.advance(seconds=150)  # walked away: wiped; the next visitor's warning is dimmed too
    kiosk.watcher.check()
    assert kiosk.window is not window
    kiosk.window.resize(1366, 768)
    qtbot.waitExposed(kiosk.window)
    clock.advance(seconds=120)
    kiosk.watcher.check()
    qtbot.waitExposed(kiosk.warning_dialog)
    assert _lightness(kiosk.window.grab().toImage(), corner) < before * 0.6


@pytest.mark.parametrize("settings", [None, "[kiosk]\nlanguage = en_GB\n"])
def test_kiosk_that_cannot_start_says_why_on_screen(qtbot, data_dir, monkeypatch, settings):
    """No settings file (or one without a PIN): the attendant reads what is missing and where
    it goes on the kiosk's own screen; the exit status stays 2 for scripts."""
    from argparse import Namespace

    from asthma_app import app as program
    from asthma_app.app import create_application
    from asthma_app.ui import os_signals

    app = create_application()
    path = data_dir / "kiosk.ini"
    if settings is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(settings, encoding="utf-8")
    shown = []
    # not in the test process: these would take over its Ctrl+C
    monkeypatch.setattr(os_signals.signal, "signal", lambda *_args: None)
    monkeypatch.setattr(app, "exec", lambda: shown.extend(
        w for w in QApplication.topLevelWidgets() if w.isVisible()) or 0)
    assert program._run_kiosk(Namespace(kiosk_config=None), app) == 2
    screens = [w for w in shown if w.windowTitle() == "Kiosk mode cannot start"]
    assert len(screens) == 1
    screen = screens[0]
    try:
        text = screen.text()
        assert str(path) in text and "asthma-app kiosk-pin-hash" in text
        wanted = "There is no attendant PIN" if settings else "No kiosk settings file"
        assert wanted in text
        assert screen.geometry() == screen.screen().geometry()
        assert screen.close_button.hasFocus() or not screen.isActiveWindow()
    finally:
        screen.close()
        screen.deleteLater()


def test_kiosk_visitors_are_not_asked_the_monthly_check(qtbot, kiosk, clock):
    """Even a visitor whose (imported-looking) diary reaches back months: a kiosk session
    is one visit, and the check belongs to the person's own diary at home."""
    from datetime import timedelta

    from asthma_app.domain.readings import PeakFlowReading

    window = kiosk.window
    window.first_run.name.setText("Visitor")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    session = window.session
    session.diary.log_reading(PeakFlowReading(clock() - timedelta(days=60), (400,)))
    assert session.reviews.rcp3_due()  # at home it would be asked
    window.refresh_pages()
    banners = window.page("today").banners
    assert not banners.rcp3.isVisible() and banners.rcp3.isHidden()


def test_pin_hash_command_in_a_windowed_exe_asks_in_a_window(qtbot, monkeypatch):
    """The windowed Windows exe has no stdin/stdout: ``kiosk-pin-hash`` asks for the PIN in a
    small window and shows the line to copy, instead of failing on ``sys.stdin is None``."""
    from PySide6.QtCore import QTimer

    from asthma_app.app import main
    from asthma_app.services.kiosk_config import parse_config
    from asthma_app.services.passwords import verify_secret
    from asthma_app.ui.kiosk_dialogs import PinHashDialog
    from tests.platform_sim import windowed_streams

    seen = {}

    def answer():
        [dialog] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, PinHashDialog) and w.isVisible()]
        type_into(qtbot, dialog.pin, "13579")
        type_into(qtbot, dialog.again, "13579")
        click(qtbot, dialog.make_button)
        seen["line"] = dialog.settings_line.text()
        seen["copied"] = QGuiApplication.clipboard().text()
        dialog.accept()

    windowed_streams(monkeypatch)
    QTimer.singleShot(0, answer)
    assert main(["kiosk-pin-hash"]) == 0
    assert seen["line"].startswith("attendant_pin_hash = scrypt$")
    assert seen["copied"] == seen["line"]
    config = parse_config("[kiosk]\n" + seen["line"] + "\n")
    assert verify_secret("13579", config.attendant_pin_hash)
    QGuiApplication.clipboard().clear()


def test_pin_hash_window_refuses_different_or_short_pins(qtbot):
    from asthma_app.ui.kiosk_dialogs import PinHashDialog

    dialog = PinHashDialog()
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.pin, "1357")
    type_into(qtbot, dialog.again, "1358")
    click(qtbot, dialog.make_button)
    assert dialog.settings_line.text() == "" and "different" in dialog.error.text()
    dialog.pin.setText("12")
    dialog.again.setText("12")
    click(qtbot, dialog.make_button)
    assert dialog.settings_line.text() == "" and "4 to 12 digits" in dialog.error.text()


def test_a_visitors_doses_and_inhalers_go_with_the_wipe(qtbot, kiosk, clock):
    """Medicines taken live in the visitor's own diary file: after the wipe neither the file
    nor anything in the next visitor's diary holds them."""
    import sqlite3

    from asthma_app.domain.plan import Medicine, MedicineRole
    from asthma_app.domain.schedule import DoseTimes
    from tests.conftest import make_plan

    window = kiosk.window
    type_into(qtbot, window.first_run.name, "Zebediah Quinton")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    session = window.session
    session.plans.agree(make_plan(medicines=(
        Medicine("ZQmedicine", MedicineRole.PREVENTER, schedule=DoseTimes.BOTH,
                 puffs_each_time=2),)))
    session.medicines.log_dose("ZQmedicine", taken=False, reason="ZQREASON")
    session.medicines.start_inhaler("ZQmedicine", 120)
    a_folder = kiosk.folder
    assert any(b"ZQREASON" in p.read_bytes() for p in a_folder.rglob("*") if p.is_file())
    clock.advance(seconds=120)
    kiosk.watcher.check()
    clock.advance(seconds=30)
    kiosk.watcher.check()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not a_folder.exists()
    for path in Path(kiosk.root).rglob("*"):
        if path.is_file():
            assert b"ZQREASON" not in path.read_bytes() and b"ZQmedicine" not in \
                path.read_bytes()
            if path.suffix == ".sqlite3":
                conn = sqlite3.connect(path)
                try:
                    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                    for table in {"dose_events", "inhalers"} & tables:
                        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
                finally:
                    conn.close()
