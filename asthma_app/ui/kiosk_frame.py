"""Kiosk dialogs belong to the one full-screen window, even on a bare X session.

Many kiosks run X without a window manager: nothing then draws a title bar or a border, and a
dialog is a borderless rectangle floating over a form of the same colour. We keep Qt's own
top-level dialogs (their modality, focus and accessibility stay as Qt makes them) and give
each one, while the kiosk shows it, what a window manager would have given: a thick border
with its title, a place in the middle of the kiosk screen (never larger than it), and a
dimmed kiosk window behind it, so it reads as one screen with one question on top.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QVBoxLayout, QWidget

from .widgets.common import label

BORDER = 6  # px: a frame seen by its thickness, not only by its colour
MARGIN = 24  # px kept free around a dialog on the kiosk screen
FRAME_STYLE = """
QFrame#kioskDialogFrame { border: 6px solid #0d47a1; background: palette(window); }
QLabel#kioskDialogTitle { background: #0d47a1; color: white; font-weight: bold;
                          padding: 6px 12px; }
QWidget#kioskDim { background: rgba(0, 0, 0, 150); }
"""


class _DialogFrame(QFrame):
    """Border and title strip behind a dialog's own widgets (the dialog's bottom child)."""

    def __init__(self, dialog: QDialog):
        super().__init__(dialog)
        self.setObjectName("kioskDialogFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.title = label(dialog.windowTitle(), wrap=False)
        self.title.setObjectName("kioskDialogTitle")
        self.title.setAccessibleName(dialog.windowTitle())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(BORDER, BORDER, BORDER, BORDER)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addStretch(1)
        self.lower()


def _frame_of(dialog: QDialog) -> _DialogFrame | None:
    return dialog.findChild(_DialogFrame, options=Qt.FindChildOption.FindDirectChildrenOnly)


class KioskDialogs(QObject):
    """Watches the app for dialogs shown over ``host()`` (the current kiosk window)."""

    def __init__(self, host, parent=None):
        super().__init__(parent)
        self._host = host
        self._shown: set[int] = set()
        QApplication.instance().installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:  # none left at exit: nothing to stop watching
            app.removeEventFilter(self)
        self._shown.clear()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize,
                        QEvent.Type.WindowTitleChange) or not isinstance(watched, QDialog):
            return False
        host = self._host()
        if host is None or not watched.isWindow():
            return False
        if kind == QEvent.Type.Show:
            self._frame(watched)
            self._place(watched, host)
            key = id(watched)
            if key not in self._shown:
                self._shown.add(key)
                watched.destroyed.connect(lambda _=None, key=key: self._gone(key))
            self._dim(host)
        elif kind == QEvent.Type.Hide:
            self._gone(id(watched))
        elif kind == QEvent.Type.Resize and id(watched) in self._shown:
            frame = _frame_of(watched)
            if frame is not None:
                frame.setGeometry(watched.rect())
            self._place(watched, host)
        elif kind == QEvent.Type.WindowTitleChange:
            frame = _frame_of(watched)
            if frame is not None:
                frame.title.setText(watched.windowTitle())
        return False

    # --- what a window manager would have done ---------------------------------------------

    @staticmethod
    def _frame(dialog: QDialog) -> None:
        if _frame_of(dialog) is not None:
            return
        frame = _DialogFrame(dialog)
        dialog.setStyleSheet(dialog.styleSheet() + FRAME_STYLE)
        title_height = frame.title.sizeHint().height()
        margins = dialog.contentsMargins()
        dialog.setContentsMargins(margins.left() + BORDER, margins.top() + BORDER + title_height,
                                  margins.right() + BORDER, margins.bottom() + BORDER)
        frame.setGeometry(dialog.rect())
        frame.show()

    @staticmethod
    def _place(dialog: QDialog, host: QWidget) -> None:
        """In the middle of the kiosk window, never larger than it (it scrolls or wraps)."""
        area = host.geometry()
        width = min(max(dialog.width(), dialog.sizeHint().width()), area.width() - 2 * MARGIN)
        height = min(max(dialog.height(), dialog.sizeHint().height()),
                     area.height() - 2 * MARGIN)
        if (width, height) != (dialog.width(), dialog.height()):
            dialog.resize(width, height)  # comes back here as a Resize event
            return
        corner = area.center() - QPoint(width // 2, height // 2)
        if dialog.pos() != corner:
            dialog.move(corner)

    @staticmethod
    def _dim_of(host: QWidget) -> QWidget | None:
        """Looked up each time, never kept: it goes with its visitor's window."""
        return host.findChild(QWidget, "kioskDim", Qt.FindChildOption.FindDirectChildrenOnly)

    def _dim(self, host: QWidget) -> None:
        dim = self._dim_of(host)
        if dim is None:
            dim = QWidget(host)
            dim.setObjectName("kioskDim")
            dim.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            dim.setStyleSheet(FRAME_STYLE)
        dim.setGeometry(host.rect())
        dim.raise_()
        dim.show()

    def _gone(self, key: int) -> None:
        self._shown.discard(key)
        host = self._host()
        dim = self._dim_of(host) if host is not None and not self._shown else None
        if dim is not None:
            dim.hide()
