"""Read-only view of one plan version, laid out like the familiar paper plan.

Each section is labelled in words ("GREEN: every day") as well as colour. With ``links`` on,
each medicine gets a "Learn more" button to the education topic for its inhaler or its role.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ...domain.plan import (
    ActionPlan,
    Medicine,
    max_puffs_line,
    resolve_attack_steps,
    set_aside_note,
)
from ...domain.text import fill
from ...domain.zones import Zone, threshold_value
from ...services.education import TOPIC_LINKS, topic_for_device
from ..theme import ZONE_COLOURS
from .common import format_date, label


def medicine_topic(medicine: Medicine) -> str | None:
    """The topic on how to use the medicine's inhaler, else on what its role means."""
    return topic_for_device(medicine.device) or TOPIC_LINKS.get(medicine.role.value)


class PlanView(QWidget):
    """Signals: ``open_topic(str)`` from a medicine's "Learn more" button."""

    open_topic = Signal(str)

    def __init__(self, parent=None, links: bool = False):
        super().__init__(parent)
        self.links = links
        self.learn_buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                # hide now: deleteLater waits for the event loop, and the old plan would
                # otherwise still be drawn under the new one
                item.widget().hide()
                item.widget().deleteLater()

    def _section(self, zone: Zone, heading: str, lines: list[str],
                 extra: tuple[QWidget, ...] = ()) -> QFrame:
        background, foreground = ZONE_COLOURS[zone]
        frame = QFrame()
        frame.setObjectName("planSection")
        frame.setStyleSheet(f"QFrame#planSection {{ border: 3px solid {background}; "
                            "border-radius: 8px; }")
        layout = QVBoxLayout(frame)
        title = label(heading, "sectionTitle")
        title.setStyleSheet(f"background: {background}; color: {foreground}; padding: 6px;")
        layout.addWidget(title)
        for line in lines:
            if line:
                layout.addWidget(label(line, selectable=True))  # the plan's own words
        for widget in extra:
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeading)
        frame.setAccessibleName(heading)
        return frame

    def _learn_button(self, medicine: Medicine) -> QPushButton | None:
        topic = medicine_topic(medicine) if self.links else None
        if topic is None:
            return None
        button = QPushButton(fill(self.tr("Learn more: %1"), medicine.drug))
        button.setAccessibleName(fill(self.tr("Learn more about %1"), medicine.title()))
        button.clicked.connect(lambda _checked=False, t=topic: self.open_topic.emit(t))
        self.learn_buttons.append(button)
        return button

    def show_plan(self, plan: ActionPlan) -> None:
        self._clear()
        add = self._layout.addWidget
        add(label(fill(self.tr("%1 plan, version %2"), plan.kind.label(), plan.version or "-"),
                  "sectionTitle"))
        add(label(fill(self.tr("Agreed on %1 with %2."), format_date(plan.agreed_on),
                       plan.agreed_by)))
        if plan.next_review:
            add(label(fill(self.tr("Next review: %1."), format_date(plan.next_review))))
        bullet = "\u2022 "
        green = [plan.green_instructions]
        if plan.personal_best:
            green.insert(0, fill(self.tr("My personal best peak flow: %1\u00a0L/min (%2)."),
                                 plan.personal_best, plan.scale.label()))
        green += [bullet + f"{m.role.label()}: {m.title()}. {m.instructions}"
                  + (fill(self.tr(" (colour: %1)"), m.colour) if m.colour else "")
                  for m in plan.medicines]
        puffs = max_puffs_line(plan)  # MART/AIR: as the clinician wrote it, never computed
        if puffs:
            green.append(puffs)
        self.learn_buttons = []
        buttons = tuple(filter(None, (self._learn_button(m) for m in plan.medicines)))
        add(self._section(Zone.GREEN, self.tr("GREEN: every day, when my asthma is good"), green,
                          buttons))
        amber = [self.tr("When any of these happen:")] + [bullet + s for s in plan.amber_signs]
        if plan.personal_best:
            amber.append(bullet + fill(self.tr(
                "My peak flow is below %1\u00a0L/min (%2\u00a0% of my best)"),
                                       threshold_value(plan.personal_best, plan.amber_below_pct),
                                       plan.amber_below_pct))
        amber += [self.tr("What I do:"), plan.amber_instructions]
        add(self._section(Zone.AMBER, self.tr("AMBER: when my asthma is getting worse"), amber))
        red = [self.tr("When any of these happen:")] + [bullet + s for s in plan.red_signs]
        if plan.personal_best:
            red.append(bullet + fill(self.tr(
                "My peak flow is below %1\u00a0L/min (%2\u00a0% of my best)"),
                                     threshold_value(plan.personal_best, plan.red_below_pct),
                                     plan.red_below_pct))
        red += [self.tr("What I do:"), plan.red_instructions, self.tr("Asthma attack steps:")]
        shown = resolve_attack_steps(plan)  # standard steps in today's language
        red += [f"{i}. {fill(step, plan.emergency_number)}"
                for i, step in enumerate(shown.steps, start=1)]
        if shown.set_aside:
            red.append(set_aside_note())
        red.append(fill(self.tr("Emergency number: %1"), plan.emergency_number))
        add(self._section(Zone.RED, self.tr("RED: asthma attack"), red))
        if plan.triggers:
            add(label(self.tr("My triggers"), "sectionTitle"))
            add(label(", ".join(plan.triggers)))
        add(label(self.tr("Contacts"), "sectionTitle"))
        add(label(fill(self.tr("GP or nurse: %1"), plan.gp_contact or self.tr("not given"))))
        add(label(fill(self.tr("Out of hours: %1"),
                       plan.out_of_hours_contact or self.tr("not given"))))
