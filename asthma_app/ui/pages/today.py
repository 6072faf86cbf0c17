"""Today: the current zone and the two everyday actions."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.text import fill
from ..widgets.common import format_date, label
from ..widgets.review_banners import ReviewBanners
from ..widgets.zone_card import ZoneCard
from .base import Page
from .today_doses import DosesToday


class TodayPage(Page):
    key = "today"

    def __init__(self, mode, parent=None):
        super().__init__(mode, parent)
        self.heading = label(self.tr("Today"), "pageTitle")
        self.card = ZoneCard()
        self.card.open_topic.connect(self.open_topic)
        self.card.record_attack.connect(self.record_attack)
        self.log_peak_flow = QPushButton(self.tr("Log peak flow"))
        self.log_peak_flow.setObjectName("primary")
        self.log_peak_flow.clicked.connect(self.open_peak_flow)
        self.log_symptoms = QPushButton(self.tr("Log how I feel"))
        self.log_symptoms.setObjectName("primary")
        self.log_symptoms.clicked.connect(self.open_symptoms)
        self.add_plan = QPushButton(self.tr("Add my action plan"))
        self.add_plan.clicked.connect(lambda: self.open_page.emit("plan"))
        self.review = label("", "hint")
        self.banners = ReviewBanners(mode)
        self.banners.open_review.connect(self._on_banners_open_review)
        self.doses = DosesToday()
        self.doses.changed.connect(self.data_changed.emit)
        actions = QHBoxLayout()
        for button in (self.log_peak_flow, self.log_symptoms, self.add_plan):
            actions.addWidget(button)
        actions.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        # into its scroll area while still empty: filled, it was measured there for the scroll
        # area's size before the first show (19 million instructions), then again when shown
        self.set_scrolling_body(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.banners)
        layout.addWidget(self.card)
        layout.addLayout(actions)
        layout.addWidget(self.doses)
        layout.addWidget(self.review)
        layout.addStretch(1)
        self.dialog = None

    def title(self) -> str:
        return self.tr("Today")

    def refresh(self) -> None:
        if self.session is None:
            return
        plan = self.session.plans.current()
        self.banners.refresh(self.session)
        self.card.show_assessment(self.session.diary.assess_now(), plan)
        self.add_plan.setVisible(plan is None)
        self.log_peak_flow.setVisible(plan is None or plan.uses_peak_flow)
        self.doses.show_session(self.session)
        if plan and plan.next_review:
            days = (plan.next_review - self.session.clock().date()).days
            text = fill(self.tr("Next asthma review: %1."), format_date(plan.next_review))
            if days < 0:
                text += " " + self.tr(
                    "Your review is overdue: please book it with your GP surgery.")
            self.review.setText(text)
        else:
            self.review.setText("")

    def read_aloud_control(self):
        return self.card.read_aloud

    def open_peak_flow(self):
        from ..dialogs.peak_flow import PeakFlowDialog  # lazy: on use: keeps start-up fast

        self.dialog = PeakFlowDialog(self.session, self.mode, self)
        self.dialog.reading_saved.connect(lambda _r: self.data_changed.emit())
        self.dialog.open()
        return self.dialog

    def open_symptoms(self):
        from ..dialogs.symptoms import SymptomDialog  # lazy: start-up

        self.dialog = SymptomDialog(self.session, self)
        self.dialog.entry_saved.connect(lambda _e: self.data_changed.emit())
        self.dialog.open()
        return self.dialog

    def record_attack(self) -> None:
        """The Review page's attack form, for today (after the red zone)."""
        self._on_banners_open_review(self.session.clock().date())

    def _on_banners_open_review(self, day) -> None:
        self.open_page.emit("review")
        page = getattr(self.window(), "page", None)
        if day is not None and page is not None:
            page("review").offer_attack(day)
