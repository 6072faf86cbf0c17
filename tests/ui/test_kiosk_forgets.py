"""The kiosk forgets even when things go wrong: a file Windows says is in use, SIGTERM, SIGKILL,
the end of the user's session. The subprocess tests run the real program headless."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from asthma_app import paths
from asthma_app.services.kiosk_config import KioskConfig
from tests.platform_sim import file_in_use

ROOT = Path(__file__).resolve().parents[2]
POSIX_SIGNALS = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"),
    reason="SIGTERM/SIGKILL are POSIX; Windows ends the kiosk through the session end")


@pytest.fixture(scope="module")
def pin_hash():
    from asthma_app.services.passwords import hash_secret

    return hash_secret("4826")


def printing_kiosk():
    """The mode of a kiosk whose clinic allows paper printing."""
    from asthma_app.ui import mode

    return mode.kiosk(KioskConfig(attendant_pin_hash="x", allow_print=True))


def make_kiosk(pin_hash, clock):
    from asthma_app.app import create_application, kiosk_shell

    create_application()
    return kiosk_shell(KioskConfig(attendant_pin_hash=pin_hash), clock, full_screen=False)


def finish(shell) -> None:
    shell.leave()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def refuse_unlink(monkeypatch, in_use) -> list[str]:
    """``os.unlink`` (what ``shutil.rmtree`` calls) refuses as Windows does for open files."""
    refused, original = [], os.unlink

    def guarded(path, *args, **kwargs):
        if in_use(str(path)):
            refused.append(str(path))
            raise file_in_use(path)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", guarded)
    return refused


def test_wipe_retries_a_file_briefly_in_use(qtbot, clock, pin_hash, monkeypatch):
    """A virus scanner holds the visitor's -wal for a moment: the wipe tries again instead of
    ``ignore_errors=True`` leaving the folder behind."""
    shell = make_kiosk(pin_hash, clock)
    folder = shell.folder
    (folder / "asthma.sqlite3-wal").write_bytes(b"visitor's note")
    refused = refuse_unlink(monkeypatch, lambda p: p.endswith("-wal") and len(refused) < 2)
    shell.wipe()
    assert len(refused) == 2 and not folder.exists()
    finish(shell)


def test_file_that_stays_in_use_is_reported_and_deleted_at_the_next_start(
        qtbot, clock, pin_hash, monkeypatch, capfd):
    shell = make_kiosk(pin_hash, clock)
    folder = shell.folder
    (folder / "asthma.sqlite3-wal").write_bytes(b"visitor's note")
    state = {"open": True}
    refuse_unlink(monkeypatch, lambda p: state["open"] and p.endswith("-wal"))
    shell.wipe()
    assert folder.exists() and folder in shell.files.pending
    assert "could not delete a visitor's folder" in capfd.readouterr().err
    state["open"] = False  # the power is cut now: the kiosk never runs its exit
    shell._leaving = True
    shell.files.lock.unlock()  # a dead process holds no lock
    again = make_kiosk(pin_hash, clock)
    assert not folder.exists() and not shell.root.exists()  # before the first visitor
    assert again.folder.exists()
    finish(again)
    shell._leaving = False  # the test's own clean-up: the "dead" kiosk's window goes too
    finish(shell)


def test_the_next_start_keeps_a_running_kiosks_folders(qtbot, clock, pin_hash):
    first = make_kiosk(pin_hash, clock)
    second = make_kiosk(pin_hash, clock)
    assert first.folder.exists() and second.folder.exists()
    finish(second)
    finish(first)
    assert list(paths.kiosk_dir().iterdir()) == []


def test_session_end_wipes_and_lets_the_window_close(qtbot, clock, pin_hash):
    """Windows log-off / shut-down: Qt's commitDataRequest (run_kiosk connects it)."""
    shell = make_kiosk(pin_hash, clock)
    window, folder = shell.window, shell.folder
    shell.on_session_end(None)
    assert not folder.exists() and not shell.root.exists()
    assert shell._leaving and window is not shell.window


def test_visitors_data_is_kept_in_ram_on_linux(monkeypatch):
    monkeypatch.delenv(paths.ENV_KIOSK_DIR)
    if not (sys.platform.startswith("linux") and Path("/dev/shm").is_dir()):
        pytest.skip("no RAM-backed /dev/shm here")
    folder = paths.kiosk_dir()
    assert folder.parent == Path("/dev/shm") and folder.stat().st_mode & 0o077 == 0


def test_kiosk_folder_on_windows_and_macos_is_in_the_user_temp_folder(monkeypatch, tmp_path):
    import tempfile

    monkeypatch.delenv(paths.ENV_KIOSK_DIR)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "Temp"))
    (tmp_path / "Temp").mkdir()
    assert paths.kiosk_dir().parent == tmp_path / "Temp"


# --- the real program, killed in different ways ---------------------------------------------

def start_kiosk(tmp_path: Path, pin_hash: str) -> subprocess.Popen:
    config = tmp_path / "kiosk.ini"
    config.write_text(f"[kiosk]\nattendant_pin_hash = {pin_hash}\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           paths.ENV_DATA_DIR: str(tmp_path / "data"),
           paths.ENV_KIOSK_DIR: str(tmp_path / "kiosk")}
    return subprocess.Popen([sys.executable, "-m", "asthma_app", "--kiosk", "--kiosk-config",
                             str(config)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def visitor_folders(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "kiosk").glob("session-*/visitor-*"))


def wait_for_visitor(tmp_path: Path, child, old=()) -> Path:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = [f for f in visitor_folders(tmp_path)
                 if f not in old and (f / paths.DATABASE_NAME).exists()]
        if found:
            return found[0]
        assert child.poll() is None, child.communicate()
        time.sleep(0.1)
    raise AssertionError("the kiosk did not start a visitor")


@pytest.mark.slow
@POSIX_SIGNALS
@pytest.mark.parametrize("number", ["SIGTERM", "SIGINT"])
def test_signal_ends_the_kiosk_with_the_wipe(tmp_path, pin_hash, number):
    child = start_kiosk(tmp_path, pin_hash)
    try:
        folder = wait_for_visitor(tmp_path, child)
        (folder / "asthma.sqlite3-wal").write_bytes(b"a visitor's note")
        child.send_signal(getattr(signal, number))
        # ends by itself, well inside a service manager's stop timeout (systemd waits 90 s
        # before its SIGKILL); the bound only keeps a hang from stalling the suite
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert not folder.exists() and list((tmp_path / "kiosk").iterdir()) == []


@pytest.mark.slow
@POSIX_SIGNALS
def test_after_sigkill_the_next_start_deletes_the_leftovers_first(tmp_path, pin_hash):
    child = start_kiosk(tmp_path, pin_hash)
    folder = wait_for_visitor(tmp_path, child)
    (folder / "asthma.sqlite3-wal").write_bytes(b"a visitor's note")
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert folder.exists()  # what a SIGKILL, crash or power cut leaves
    again = start_kiosk(tmp_path, pin_hash)
    try:
        new = wait_for_visitor(tmp_path, again, old=[folder])
        assert not folder.exists() and not folder.parent.exists()  # gone before the visitor
        assert new.exists()
        again.send_signal(signal.SIGTERM)
        again.communicate(timeout=10)
    finally:
        if again.poll() is None:
            again.kill()
            again.communicate()
    assert again.returncode == 0 and list((tmp_path / "kiosk").iterdir()) == []


@pytest.mark.slow
@POSIX_SIGNALS
def test_sigterm_ends_the_demo_and_deletes_its_folder(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "TMPDIR": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-m", "asthma_app", "--demo"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob("asthma-demo-*/" + paths.DATABASE_NAME)):
            assert time.monotonic() < deadline and child.poll() is None
            time.sleep(0.1)
        time.sleep(1)
        child.send_signal(signal.SIGTERM)
        child.communicate(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0 and list(tmp_path.glob("asthma-demo-*")) == []


# --- lock-down from inside the app ----------------------------------------------------------

class FakeObjc:
    """Stands in for macOS's Objective-C runtime (libobjc): records the messages sent."""

    def __init__(self):
        import ctypes

        self.sent = []
        self._keep = []

        @ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_char_p)
        def get_class(name):
            return 1000

        @ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_char_p)
        def register(name):
            self._keep.append(name)
            return len(self._keep)

        @ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
        def send(receiver, selector, argument):
            self.sent.append((receiver, self._keep[selector - 1], argument))
            return 2000

        self.objc_getClass, self.sel_registerName, self.objc_msgSend = get_class, register, send


def test_macos_kiosk_hides_the_dock_and_blocks_app_switching(qapp):
    from asthma_app.ui import kiosk_lockdown as lockdown

    objc = FakeObjc()
    undo = lockdown.lock_down(qapp, platform="darwin", load_objc=lambda: objc)
    (_, first, _), (receiver, selector, options) = objc.sent
    assert first == b"sharedApplication" and receiver == 2000
    assert selector == b"setPresentationOptions:"
    for wanted in (lockdown.HIDE_DOCK, lockdown.DISABLE_PROCESS_SWITCHING,
                   lockdown.DISABLE_FORCE_QUIT, lockdown.HIDE_MENU_BAR):
        assert options & wanted
    # Apple's rules: process switching only off with the Dock hidden, the Apple menu only
    # with the menu bar hidden; log-out/shut-down stay allowed (the kiosk wipes on them)
    assert options & lockdown.HIDE_DOCK and options & lockdown.HIDE_MENU_BAR
    assert not options & (1 << 7)
    undo()
    assert objc.sent[-1][1:] == (b"setPresentationOptions:", 0)
    qapp.aboutToQuit.disconnect(undo)


def test_no_lock_down_attempted_elsewhere(qapp):
    from asthma_app.ui import kiosk_lockdown as lockdown

    def refuse():
        raise AssertionError("no Objective-C outside macOS")

    for platform in ("win32", "linux"):
        lockdown.lock_down(qapp, platform=platform, load_objc=refuse)()


# --- printing on a kiosk --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Microsoft Print to PDF", "Microsoft XPS Document Writer",
                                  "OneNote (Desktop)", "Fax", "PDF", "Save as PDF", "CUPS-PDF"])
def test_file_writing_printers_are_refused_on_a_kiosk(qapp, name):
    from asthma_app.ui.kiosk_mode import file_printer_reason

    assert "printing to a file is switched off" in file_printer_reason(name, "")


@pytest.mark.parametrize("name", ["Ward 3 LaserJet", "HP OfficeJet Pro 9010", "Brother HL-L2350"])
def test_paper_printers_are_allowed(qapp, name):
    from asthma_app.ui.kiosk_mode import file_printer_reason

    assert file_printer_reason(name, "") == ""


def test_a_file_target_from_the_native_dialog_is_refused_on_a_kiosk(qtbot, tmp_path):
    """What the native dialogs leave in the printer: macOS "Save as PDF" sets an output file,
    Windows' PDF printers are named, and a computer without printers gets Qt's PDF output.
    The visitor is told, and nothing is written on the shared machine."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from asthma_app.ui.kiosk_mode import guarded
    from asthma_app.ui.mode import HOME

    parent = QWidget()
    qtbot.addWidget(parent)
    printed = []
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setOutputFileName(str(tmp_path / "visitor.pdf"))  # what Save as PDF leaves
    guarded(printer, parent, lambda: printed.append(1), printing_kiosk())()
    assert printed == [] and "switched off" in parent.print_refused.text()
    parent.print_refused.close()
    guarded(printer, parent, lambda: printed.append(1), HOME)()  # at home: the patient's choice
    assert printed == [1]


def test_learn_print_dialog_opens_and_is_guarded_on_a_kiosk(qtbot):
    """The Learn page's Print... opens its dialog (``dialog.open()`` raised TypeError in
    PySide6 6.11) and, on this printer-less machine, a kiosk refuses Qt's PDF output."""
    from asthma_app.ui.mode import HOME
    from asthma_app.ui.widgets.topic_view import TopicView

    view = TopicView(printing_kiosk())
    qtbot.addWidget(view)
    printed = []
    view.print_to = printed.append
    view.print_with_dialog()
    assert view.print_dialog.isVisible()
    if view.print_dialog.printer().outputFormat() != view.print_dialog.printer() \
            .OutputFormat.PdfFormat:
        pytest.skip("this machine has a real printer: nothing to refuse")
    view.print_dialog.accept()
    assert printed == [] and "switched off" in view.print_refused.text()
    view.print_refused.close()
    home = TopicView(HOME)
    qtbot.addWidget(home)
    home.print_to = printed.append
    home.print_with_dialog()
    home.print_dialog.accept()
    assert len(printed) == 1


def test_review_print_dialog_opens_and_refuses_a_file_on_a_kiosk(make_window, session,
                                                                  plan_factory, qtbot):
    """The review page's Print... opens the dialog (``dialog.open()`` raised TypeError in
    PySide6 6.11, a crash dialog instead of printing) and is guarded on a kiosk too."""
    session.plans.agree(plan_factory())
    window = make_window(printing_kiosk())
    window.show_page("review")
    page = window.page("review")
    page.tabs.setCurrentIndex(3)
    summary = page.summary_view
    summary.print_summary()
    assert summary.print_dialog.isVisible()
    printer = summary.print_dialog.printer()
    if printer.outputFormat() != printer.OutputFormat.PdfFormat:
        pytest.skip("this machine has a real printer: nothing to refuse")
    summary.print_dialog.accept()
    assert "switched off" in summary.print_refused.text()
    summary.print_refused.close()
