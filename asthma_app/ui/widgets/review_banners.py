"""Gentle, dismissible banners for Today: the monthly RCP 3 Questions and "record an attack?"
after a red-zone day. Never a modal nag; "Not now" hides them for a while."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.text import fill
from ..kiosk_mode import is_kiosk
from .common import format_date, label


class _Banner(QFrame):
    def __init__(self, text: str, accept: str, dismiss: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = label(text)
        self.accept_button = QPushButton(accept)
        self.dismiss_button = QPushButton(dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.dismiss_button)


class ReviewBanners(QWidget):
    """Signals: ``open_review(object)``: the Review page, with a day to record an attack for
    (or None for the questions)."""

    open_review = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        self.red_day = None
        self.rcp3 = _Banner(self.tr("It's time for your monthly check: three quick questions "
                                    "about how your asthma has been."),
                            self.tr("Answer now"), self.tr("Not now"))
        self.attack = _Banner("", self.tr("Record what happened"), self.tr("No thanks"))
        self.rcp3.accept_button.clicked.connect(lambda: self.open_review.emit(None))
        self.rcp3.dismiss_button.clicked.connect(self._on_rcp3_dismissed)
        self.attack.accept_button.clicked.connect(lambda: self.open_review.emit(self.red_day))
        self.attack.dismiss_button.clicked.connect(self._on_attack_dismissed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attack)
        layout.addWidget(self.rcp3)

    def refresh(self, session) -> None:
        self.session = session
        reviews = session.reviews
        # never to a kiosk visitor: a one-off session has no month to look back on
        self.rcp3.setVisible(not is_kiosk() and reviews.rcp3_due())
        self.red_day = reviews.red_day_to_record()
        self.attack.setVisible(self.red_day is not None)
        if self.red_day is not None:
            self.attack.text.setText(fill(self.tr(
                "You were in the red zone on %1. Did you have an asthma attack or need urgent "
                "care? Your nurse will want to know at your review."), format_date(self.red_day)))

    def _on_rcp3_dismissed(self) -> None:
        self.session.reviews.snooze_rcp3()
        self.refresh(self.session)

    def _on_attack_dismissed(self) -> None:
        self.session.reviews.dismiss_attack_offer()
        self.refresh(self.session)
