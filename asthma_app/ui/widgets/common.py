"""Small helpers shared by screens: labelled text, formatted dates (from ui/dates.py), icons."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from ...paths import resources_dir

# Screens import these from here with the other helpers; they live in ui/dates.py so that
# printing can use them without importing this package.
from ..dates import DATETIME_FORMAT as DATETIME_FORMAT
from ..dates import format_date as format_date
from ..dates import format_datetime as format_datetime

# Qt.TextFormat.PlainText and Qt.TextInteractionFlag.TextSelectableByMouse by value: the first
# use of PySide6's ``Qt`` namespace builds all of its ~100 Python enums (~1,200 members, ~100
# million instructions, docs/performance.md), and every start-up screen makes labels. Nothing
# else on the way to the first paint uses ``Qt`` (a test checks both).
PLAIN_TEXT = 0
SELECTABLE_BY_MOUSE = 1
LEFT_TO_RIGHT = 0  # Qt.LayoutDirection.LeftToRight (the Trends page's date fields)


class MeasuredLabel(QLabel):
    """A label that remembers its height for a width until its text, font, margins or
    wrapping change. QLabel lays its text out again every time it is asked, and a layout asks
    each wrapped label several times per pass (Today's first paint: 451 times, 69 million
    instructions; Trends: 118 times on a range change, most for texts that did not change).
    For text only: nothing here gives a ``label`` a pixmap."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self._measured_for: tuple = ()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        # the font itself, compared attribute by attribute: its ``key()`` string cost ten
        # times as much to make, at every call (a fortieth of opening Trends cold)
        key = (self.text(), self.font(), self.contentsMargins(), self.margin(),
               self.indent(), self.wordWrap())
        if key != self._measured_for:
            self._measured_for = key
            self._heights.clear()
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


def label(text: str = "", object_name: str = "", wrap: bool = True,
          parent: QWidget | None = None, selectable: bool = False) -> QLabel:
    """Plain text. ``selectable`` for text worth copying (the plan's own words): a selectable
    label keeps a whole text document, and a window full of them took a third longer to lay
    out (Trends: 416 million instructions to open, 287 million without). Wrapped text is a
    ``MeasuredLabel``: the first paint of Today took 37 million instructions fewer."""
    widget = MeasuredLabel(text, parent) if wrap else QLabel(text, parent)
    widget.setWordWrap(wrap)
    widget.setProperty("textFormat", PLAIN_TEXT)  # never rich text: names and notes are data
    if selectable:
        widget.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
    if object_name:
        widget.setObjectName(object_name)
    return widget


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area: at 200 % text a page scrolls instead of
    growing the window past the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(body)
    return area


def widen_to_fit(dialog: QWidget, area: QScrollArea) -> None:
    """Let ``dialog`` grow wider, up to 90 % of its screen, while ``area`` would otherwise
    scroll sideways: at 200 % text a fixed-width dialog cut its check boxes' words off."""

    def grow(_low: int, high: int) -> None:
        screen = dialog.screen()
        if high <= 0 or screen is None:
            return
        limit = int(screen.availableGeometry().width() * 0.9)
        if dialog.width() < limit:
            dialog.resize(min(dialog.width() + high, limit), dialog.height())

    area.horizontalScrollBar().rangeChanged.connect(grow)


def save_cancel_row(dialog, save_text: str, on_save) -> tuple[QHBoxLayout, QPushButton]:
    """Cancel and the primary Save button, right-aligned: the foot of every form dialog."""
    save = QPushButton(save_text)
    save.setObjectName("primary")
    save.clicked.connect(on_save)
    cancel = QPushButton(QCoreApplication.translate("Dialogs", "Cancel"))
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(save)
    return row, save


DATE_FORMAT = "d MMM yyyy"


def left_to_right(edit):
    """Keep a date or time field in day, month, year, hours:minutes order and return it.

    Under a right-to-left layout (Urdu) Qt reverses a date edit's sections, so 09:00 showed
    as "00:09" and a date started with its year. Numbers read left to right in Urdu too."""
    edit.setProperty("layoutDirection", LEFT_TO_RIGHT)  # by value: see PLAIN_TEXT
    return edit


def to_datetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def pixmap(name: str, size: int) -> QPixmap:
    return icon(name).pixmap(size, size)


def zone_icon_name(zone) -> str:
    return f"zone-{zone.key}" if zone is not None else "zone-none"
