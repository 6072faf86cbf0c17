"""One app per data folder: a second launch asks the first to come forward, then exits.

The server name is a hash of the data folder's path, so two folders (a portable copy, a
test) can each have their own app. A name nobody answers on is left over from a crash:
``QLocalServer.removeServer`` clears it before listening.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:24]
    return f"asthma-app-{digest}"


def ask_running_instance(name: str) -> bool:
    """True if another app answered on ``name`` and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches. Signals: ``activate_requested``."""

    activate_requested = Signal()

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # stale name from a crash: nobody answered on it
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._on_server_new_connection)

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


def claim_or_hand_over(data_dir: Path) -> InstanceServer | None:
    """The server if this is the first app for ``data_dir``; None if another one answered."""
    name = server_name(data_dir)
    if ask_running_instance(name):
        return None
    return InstanceServer(name)


def bring_forward(widget) -> None:
    widget.show()
    widget.setWindowState(widget.windowState() & ~widget.windowState().WindowMinimized)
    widget.raise_()
    widget.activateWindow()
