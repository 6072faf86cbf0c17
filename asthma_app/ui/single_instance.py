"""One app per data folder: a second launch asks the first to come forward, then exits.

A lock file in the data folder (``QLockFile``) says whether an app has the folder open. Qt
clears a lock left by a crash: it checks whether the process that took it is still running.
The app holding the lock listens on a local socket whose name is a hash of the folder's path
(so a portable copy and the usual folder each have their own app); it starts listening just
after its first screen is drawn, which keeps Qt's network module off the start-up path. A
second launch finds the lock taken, connects and asks the first to come forward.

On Windows a program in the background may not bring its own window to the front (it only
flashes on the taskbar). The second launch is the program the user just started, so it may
pass that right on: it calls ``AllowSetForegroundWindow`` with the first app's process id
(from the lock file) before asking. ``bring_forward`` also asks the taskbar to flash
(``QApplication.alert``) for the case where the system still refuses.

If nobody answers for ``WAIT_MS`` the lock is treated as left over (a process that reused
the crashed app's number, or a copy of the folder from another computer) and taken over,
as a name nobody answers on always was.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

try:  # SHA-256 itself: hashlib would also load OpenSSL, and QCryptographicHash makes PySide6
    from _sha256 import sha256  # build its enums, both before the first paint (Python 3.11)
except ImportError:  # pragma: no cover - Python 3.12+ names it _sha2
    from hashlib import sha256

ACTIVATE = b"activate\n"
LOCK_NAME = "app.lock"
WAIT_MS = 3000  # a first app that is still starting listens within a second or so


def server_name(data_dir: Path) -> str:
    path = str(Path(data_dir).resolve()).encode("utf-8")
    return f"asthma-app-{sha256(path).hexdigest()[:24]}"  # as QCryptographicHash's SHA-256


def ask_running_instance(name: str, wait_ms: int = WAIT_MS) -> bool:
    """True if another app answered on ``name`` (within ``wait_ms``) and was asked to come
    forward."""
    from PySide6.QtNetwork import QLocalSocket  # lazy: start-up

    deadline = time.monotonic() + wait_ms / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(250):
            socket.write(ACTIVATE)
            socket.flush()
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


class InstanceServer(QObject):
    """Holds the folder's lock; ``listen()`` answers later launches.

    Signals: ``activate_requested``."""

    activate_requested = Signal()

    def __init__(self, name: str, lock: QLockFile, parent=None):
        super().__init__(parent)
        self.name, self.lock = name, lock
        self.server = None
        self.listening = False

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer  # lazy: start-up

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a name left by a crash: we hold the lock
        self.listening = self.server.listen(self.name)
        self.server.newConnection.connect(self._on_server_new_connection)
        return self.listening

    def release(self) -> None:
        """Stop answering and free the folder: once the window is gone, a new launch must
        start afresh, not ask an app that is only finishing (``app._remember_a_clean_end``)."""
        if self.server is not None:
            self.server.close()
            self.listening = False
        self.lock.unlock()

    def _on_server_new_connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._on_socket_ready_read(socket))
        socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket) -> None:
        if ACTIVATE.strip() in bytes(socket.readAll()):
            print("asthma-app: asked to come forward by a second launch", file=sys.stderr,
                  flush=True)
            self.activate_requested.emit()


def claim_or_hand_over(data_dir: Path, wait_ms: int = WAIT_MS) -> InstanceServer | None:
    """The folder's server (not yet listening) if this is the first app for ``data_dir``;
    None if another one answered and was asked to come forward."""
    name = server_name(data_dir)
    try:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the lock cannot be taken either; the app still opens (see below)
    lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
    lock.setStaleLockTime(0)  # the app runs for days: only a dead holder makes it stale
    if not lock.tryLock(0) and lock.error() == QLockFile.LockError.LockFailedError:
        allow_foreground(lock)
        if ask_running_instance(name, wait_ms):
            return None
        lock.removeStaleLockFile()  # nobody answered: left over, like a stale name
        lock.tryLock(0)
    # Without a lock (a read-only folder) the app still opens: storage then says what is wrong.
    return InstanceServer(name, lock)


ASFW_ANY = -1  # any process may come forward (when the first app's id is unknown)


def _user32():
    import ctypes  # lazy: platform

    return ctypes.windll.user32


def allow_foreground(lock: QLockFile, platform: str | None = None) -> None:
    """Windows: let the app holding ``lock`` bring its window to the front."""
    if (platform or sys.platform) != "win32":
        return
    info = lock.getLockInfo()
    pid = info[0] if info and info[0] else ASFW_ANY
    try:
        _user32().AllowSetForegroundWindow(pid)
    except (OSError, AttributeError):
        pass  # the first app then flashes on the taskbar instead


def bring_forward(widget) -> None:
    from PySide6.QtWidgets import QApplication  # lazy: start-up

    widget.show()
    widget.setWindowState(widget.windowState() & ~widget.windowState().WindowMinimized)
    widget.raise_()
    widget.activateWindow()
    QApplication.alert(widget, 0)  # if the system refused to activate: flash until noticed
