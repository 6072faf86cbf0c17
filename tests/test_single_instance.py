"""One app per data folder, checked with two real processes."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _launch(data_dir: Path, stderr=subprocess.PIPE) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr,
                            text=True)


def _listening(data_dir: Path) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    from asthma_app.ui.single_instance import server_name

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    ok = socket.waitForConnected(200)
    socket.abort()
    return ok


@pytest.mark.slow
def test_second_launch_activates_the_first_and_exits(tmp_path, qapp):
    folder = tmp_path / "shared"
    first_log = tmp_path / "first-stderr.txt"
    first = _launch(folder, stderr=first_log.open("w"))
    try:
        deadline = time.monotonic() + 30
        while not _listening(folder):  # waits for a process, not for a fixed time
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "first app never listened"
            time.sleep(0.1)
        second = _launch(folder)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in out
        assert first.poll() is None  # the first app keeps running
        # the first app answers once its event loop runs (after its start-up checks)
        deadline = time.monotonic() + 30
        while "asked to come forward" not in first_log.read_text():
            assert time.monotonic() < deadline, first_log.read_text()
            time.sleep(0.1)
    finally:
        first.terminate()
        first.communicate(timeout=30)
    if os.name != "nt":  # Windows has no SIGTERM: terminate() is TerminateProcess there
        assert first.returncode == 0  # SIGTERM quits cleanly through Qt


def test_stale_server_name_is_cleaned(tmp_path, qapp):
    from PySide6.QtNetwork import QLocalServer

    from asthma_app.ui.single_instance import claim_or_hand_over, server_name

    if sys.platform.startswith("win"):
        pytest.skip("Windows named pipes leave no stale name")
    name = server_name(tmp_path)
    from PySide6.QtCore import QDir

    # what a crashed app leaves behind on Unix: a socket file in Qt's temp folder (/tmp on
    # Linux, $TMPDIR such as /var/folders/... on macOS)
    stale = Path(QDir.tempPath()) / name
    stale.write_text("")
    try:
        server = claim_or_hand_over(tmp_path)
        assert server is not None and server.lock.isLocked()
        assert server.listen() and server.listening
        assert QLocalServer.removeServer(name)  # tidy up
    finally:
        stale.unlink(missing_ok=True)


def _lock_left_by_a_crash(folder: Path) -> Path:
    from asthma_app.ui.single_instance import LOCK_NAME

    crashed = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(folder / LOCK_NAME)!r})
        assert lock.tryLock(0)
        import os
        os._exit(9)  # dies holding the lock, as a crash would
        """)], capture_output=True, text=True, timeout=60)
    assert crashed.returncode == 9, crashed.stderr
    assert (folder / LOCK_NAME).exists()
    return folder / LOCK_NAME


def test_a_lock_left_by_a_crashed_app_is_taken_over_at_once(tmp_path, qapp):
    from asthma_app.ui.single_instance import claim_or_hand_over

    _lock_left_by_a_crash(tmp_path)
    started = time.monotonic()
    server = claim_or_hand_over(tmp_path)
    assert server is not None and server.lock.isLocked()
    assert time.monotonic() - started < 2  # known dead: no waiting for an answer


def test_a_lock_nobody_answers_for_is_taken_over_after_the_wait(tmp_path, qapp):
    from asthma_app.ui.single_instance import claim_or_hand_over

    lock = _lock_left_by_a_crash(tmp_path)
    lines = lock.read_text().split("\n")
    lines[0] = str(os.getpid())  # the crashed app's number now belongs to a live Python
    lock.write_text("\n".join(lines))
    started = time.monotonic()
    server = claim_or_hand_over(tmp_path, wait_ms=300)
    assert time.monotonic() - started >= 0.3  # it asked first
    assert server is not None and server.lock.isLocked()


def test_names_differ_per_data_dir(tmp_path):
    from asthma_app.ui.single_instance import server_name

    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")


class RecordingUser32:
    """Stands in for Windows' user32.dll: records AllowSetForegroundWindow calls."""

    def __init__(self):
        self.allowed = []

    def AllowSetForegroundWindow(self, pid):  # noqa: N802 - the Windows API's name
        self.allowed.append(pid)
        return 1


def test_second_launch_on_windows_lets_the_first_come_to_the_front(tmp_path, qapp,
                                                                   monkeypatch):
    """Windows only lets the foreground program (the second launch) hand the right to come
    forward to another process; without it the first app just flashes on the taskbar."""
    from asthma_app.ui import single_instance
    from asthma_app.ui.single_instance import LOCK_NAME, claim_or_hand_over

    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(tmp_path / LOCK_NAME)!r})
        assert lock.tryLock(0)
        print("locked", flush=True)
        sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        user32 = RecordingUser32()
        monkeypatch.setattr(single_instance, "_user32", lambda: user32)
        monkeypatch.setattr(sys, "platform", "win32")
        claim_or_hand_over(tmp_path, wait_ms=200)  # nobody answers: taken over after
        assert user32.allowed == [holder.pid]
    finally:
        holder.communicate("\n", timeout=30)


def test_no_windows_call_elsewhere(tmp_path, qapp, monkeypatch):
    from PySide6.QtCore import QLockFile

    from asthma_app.ui import single_instance

    monkeypatch.setattr(single_instance, "_user32", lambda: pytest.fail("user32 on Linux"))
    single_instance.allow_foreground(QLockFile(str(tmp_path / "x.lock")), platform="linux")


def test_the_server_name_is_the_sha256_qt_gives_so_versions_find_each_other(tmp_path):
    """The name was made with QCryptographicHash before; it is now made without Qt (start-up:
    no OpenSSL, no enum types built): an app of either version must still be found."""
    from PySide6.QtCore import QByteArray, QCryptographicHash

    from asthma_app.ui.single_instance import server_name

    folder = tmp_path / "Zoë Łucja #1"
    path = QByteArray(str(folder.resolve()).encode("utf-8"))
    qt = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256)
    assert server_name(folder) == f"asthma-app-{bytes(qt.toHex()).decode('ascii')[:24]}"
