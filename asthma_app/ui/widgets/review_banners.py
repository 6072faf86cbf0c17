"""Gentle banners for Today: the monthly RCP 3 Questions, "record an attack?" after a red-zone
day, and the follow-up after an attack that needed emergency care or steroid tablets. Never a
modal nag; "Not now" hides the first two for a while. The follow-up stays until the patient
says it is booked (then it reminds them to bring their plan) and then done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.control import FollowUp
from ...domain.follow_up import follow_up_due
from ...domain.guidance import FOLLOW_UP_HOURS, FOLLOW_UP_SOURCE, FOLLOW_UP_WORKING_DAYS
from ...domain.text import fill
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


class FollowUpBanner(QFrame):
    """The follow-up after the newest attack that still has one open or booked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("followUpBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.attack = None
        self.text = label("")
        self.source = label("", "source")
        self.booked_button = QPushButton(self.tr("I've booked it"))
        self.done_button = QPushButton(self.tr("I've been seen"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.booked_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addWidget(self.source)
        column.addLayout(buttons)

    def show_attack(self, attack, waiting: int) -> None:
        self.attack = attack
        care = ", ".join(c.label() for c in attack.care)
        if attack.follow_up is FollowUp.BOOKED:
            text = fill(self.tr(
                "Your follow-up appointment after the asthma attack on %1 is booked. Please "
                "take your action plan with you, so that your GP or nurse can check it and "
                "update it."), format_date(attack.occurred_on))
        else:
            text = fill(self.tr(
                "After the asthma attack on %1 (%2): UK guidance says to see your GP or asthma "
                "nurse within %3 working days after emergency care (by %4), and Asthma + Lung "
                "UK advises within %5 hours after an attack. Please book a follow-up "
                "appointment, and take your action plan with you so that it can be updated."),
                format_date(attack.occurred_on), care, FOLLOW_UP_WORKING_DAYS,
                format_date(follow_up_due(attack.occurred_on)), FOLLOW_UP_HOURS)
        if waiting > 1:
            text += " " + fill(self.tr("(%1 attacks are waiting for a follow-up.)"), waiting)
        self.text.setText(text)
        self.source.setText(fill(self.tr("Source: %1."), FOLLOW_UP_SOURCE))
        self.booked_button.setVisible(attack.follow_up is FollowUp.OPEN)
        self.setAccessibleName(self.tr("Follow-up after an asthma attack"))
        self.setAccessibleDescription(text)


class ReviewBanners(QWidget):
    """Signals: ``open_review(object)``: the Review page, with a day to record an attack for
    (or None for the questions)."""

    open_review = Signal(object)

    def __init__(self, mode, parent=None):
        super().__init__(parent)
        self.mode = mode  # ui/mode.py: whether the monthly check is asked
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
        self.follow_up = FollowUpBanner()
        self.follow_up.booked_button.clicked.connect(
            lambda: self._on_follow_up_clicked(FollowUp.BOOKED))
        self.follow_up.done_button.clicked.connect(
            lambda: self._on_follow_up_clicked(FollowUp.DONE))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.attack)
        layout.addWidget(self.rcp3)

    def refresh(self, session) -> None:
        self.session = session
        reviews = session.reviews
        # never to a kiosk visitor: a one-off session has no month to look back on
        self.rcp3.setVisible(self.mode.monthly_check and reviews.rcp3_due())
        waiting = reviews.follow_ups()
        self.follow_up.setVisible(bool(waiting))
        if waiting:
            self.follow_up.show_attack(waiting[0], len(waiting))
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

    def _on_follow_up_clicked(self, state: FollowUp) -> None:
        if self.follow_up.attack is not None:
            self.session.reviews.set_follow_up(self.follow_up.attack.id, state)
        self.refresh(self.session)
