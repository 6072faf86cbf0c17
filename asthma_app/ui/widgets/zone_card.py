"""The big zone card: word + icon + colour, why, what the plan says, and when."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...domain.assessment import Assessment, OutOfDatePart
from ...domain.plan import ActionPlan
from ...domain.text import fill
from ...domain.zones import Zone
from ..theme import ZONE_COLOURS
from .common import format_date, format_datetime, label, pixmap, zone_icon_name
from .read_aloud import ReadAloud


class ZoneCard(QFrame):
    """Signals: ``open_topic(str)`` from the "Learn more" button (amber and red zones);
    ``record_attack`` from "Record this attack" (red zone), so the follow-up loop starts
    from where the patient is."""

    open_topic = Signal(str)
    record_attack = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("zoneCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.icon.setFixedSize(72, 72)
        self.title = label("", "zoneTitle")
        self.reasons = label("")
        self.instructions_title = label(self.tr("What your plan says to do"), "sectionTitle")
        self.instructions = label("")
        self.when = label("")
        self.source = label("")
        self.stale = label("")
        self.parts = label("")  # monitored parts that are out of date beside a fresh zone
        self.learn_more = QPushButton(self.tr("Learn more"))
        self.learn_more.clicked.connect(self._on_learn_more_clicked)
        self.learn_more.hide()
        self.read_aloud = ReadAloud(self.spoken_text, self.tr("Read my zone aloud"))
        self.record_button = QPushButton(self.tr("Record this attack"))
        self.record_button.setToolTip(self.tr("Afterwards: write down what happened and what "
                                              "care you needed, for your follow-up and review"))
        self.record_button.clicked.connect(self.record_attack)
        self.record_button.hide()
        text = QVBoxLayout()
        for widget in (self.title, self.reasons, self.stale, self.parts, self.instructions_title,
                       self.instructions, self.when, self.source):
            text.addWidget(widget)
        # The button sits at the leading edge, the icon at the top (stretches, not alignment).
        button_row = QHBoxLayout()
        button_row.addWidget(self.learn_more)
        button_row.addWidget(self.record_button)
        button_row.addWidget(self.read_aloud, 1)  # ends the row (see read_aloud.py)
        text.addLayout(button_row)
        icon_column = QVBoxLayout()
        icon_column.addWidget(self.icon)
        icon_column.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(icon_column)
        row.addLayout(text, 1)
        self.zone = None

    def show_assessment(self, result: Assessment, plan: ActionPlan | None) -> None:
        self.zone = result.zone
        background, foreground = ZONE_COLOURS[result.zone]
        self.setStyleSheet(f"QFrame#zoneCard {{ background: {background}; border-radius: 10px; }}"
                           f"QFrame#zoneCard QLabel {{ color: {foreground}; }}")
        self.icon.setPixmap(pixmap(zone_icon_name(result.zone), 72))
        title = result.zone.label() if result.zone else self.tr("No zone yet")
        self.title.setText(title)
        self.icon.setAccessibleName(title)
        self.reasons.setText("\n".join(result.reasons))
        # Never looks current when any monitored part is out of date (issue 11 item 7).
        if result.stale:
            mark = self.tr("\u26a0 OUT OF DATE: check again now.")
        elif result.zone is not None and result.out_of_date:
            mark = self.tr("\u26a0 NOT ALL UP TO DATE: check again now.")
        else:
            mark = ""
        self.stale.setText(mark)
        self.stale.setVisible(bool(mark))
        parts = [self._part_text(part, plan) for part in result.out_of_date] if mark else []
        self.parts.setText("\n".join(parts))
        self.parts.setVisible(bool(parts))
        has_zone = result.zone is not None
        self.instructions_title.setVisible(has_zone)
        self.instructions.setText(result.instructions if has_zone else result.next_step)
        if result.data_time:
            self.when.setText(fill(self.tr("Based on what you logged at %1."),
                                   format_datetime(result.data_time)))
        else:
            self.when.setText("")
        if has_zone and plan:
            self.source.setText(fill(self.tr("From your action plan (agreed %1 with %2)."),
                                     format_date(plan.agreed_on), plan.agreed_by))
        else:
            self.source.setText("")
        self.learn_more.setVisible(result.zone in (Zone.AMBER, Zone.RED))
        self.record_button.setVisible(result.zone is Zone.RED)
        self.learn_more.setAccessibleName(
            self.tr("Learn more: what to do in an asthma attack") if result.zone is Zone.RED
            else self.tr("Learn more: when your asthma is getting worse"))
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(filter(None, (
            self.reasons.text(), self.stale.text(), self.parts.text(), self.instructions.text(),
            self.when.text(),
            self.source.text()))))

    def _part_text(self, part: OutOfDatePart, plan: ActionPlan | None) -> str:
        """One out-of-date part: what it showed, when, and what to do now."""
        hours = plan.monitoring_hours if plan else 24
        if part.when is None:  # only a peak flow never logged has no time (assessment.py)
            return self.tr("Peak flow: none logged yet, and your plan uses peak flow. Do a peak "
                           "flow now.")
        zone = part.zone.short_label() if part.zone else ""
        if part.kind == "reading":
            template = self.tr("Peak flow out of date: your last one, at %1, was in the %2 "
                               "zone (%3). Your plan asks you to check at least every %4 "
                               "hours: do a peak flow now.")
        else:
            template = self.tr("How you feel is out of date: your last entry, at %1, was in "
                               "the %2 zone (%3). Your plan asks you to check at least every "
                               "%4 hours: log how you feel now.")
        return fill(template, format_datetime(part.when), zone, part.reason.rstrip("."), hours)

    def topic_id(self) -> str | None:
        """The education topic for the zone shown (amber and red only)."""
        from ...services.education import TOPIC_LINKS  # lazy: the library loads when it is used

        return {Zone.AMBER: TOPIC_LINKS["amber_zone"],
                Zone.RED: TOPIC_LINKS["red_zone"]}.get(self.zone)

    def _on_learn_more_clicked(self) -> None:
        if self.topic_id():
            self.open_topic.emit(self.topic_id())

    def spoken_text(self) -> str:
        """What the card says, in reading order (read aloud)."""
        parts = (self.title, self.reasons, self.stale, self.instructions_title,
                 self.instructions, self.when, self.source)
        return "\n".join(part.text() for part in parts if part.isVisibleTo(self) and part.text())
