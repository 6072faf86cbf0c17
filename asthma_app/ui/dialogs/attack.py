""""Having an asthma attack?": the emergency number, danger signs and attack steps.

The steps come from the patient's plan (its own steps as written, or the standard set it
refers to, in the current language; never the reliever-inhaler steps on a MART or AIR plan)
or, without a plan, the general UK steps; the source is always said.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from ...domain.plan import (
    ActionPlan,
    danger_signs,
    default_uk_attack_steps,
    max_puffs_line,
    resolve_attack_steps,
)
from ...domain.text import fill
from ..widgets.common import format_date, label
from ..widgets.read_aloud import SHORTCUT as READ_ALOUD_SHORTCUT
from ..widgets.read_aloud import ReadAloud


class AttackDialog(QDialog):
    """Signals: ``record_requested`` from "Record this attack" (shown when a diary is open:
    ``can_record``), after which the dialog closes."""

    record_requested = Signal()

    def __init__(self, plan: ActionPlan | None, emergency_number: str, parent=None,
                 can_record: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Asthma attack: what to do now"))
        self.setAccessibleName(self.tr("Asthma attack steps"))
        number = plan.emergency_number if plan else emergency_number
        steps = resolve_attack_steps(plan).steps if plan else default_uk_attack_steps()

        body = QWidget()
        layout = QVBoxLayout(body)
        call = label(fill(self.tr("Call %1 now if you have any of these danger signs:"), number),
                     "sectionTitle")
        layout.addWidget(call)
        # The focus starts on the first thing to know (a screen reader reads it at once), not
        # on the scrolling container; Tab goes on to Close.
        call.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        call.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.first_text = call
        layout.addWidget(label("\n".join(f"\u2022 {sign}" for sign in danger_signs())))
        layout.addWidget(label(self.tr("What to do in an asthma attack"), "sectionTitle"))
        if plan is None:  # the general steps are for a separate reliever, not MART or AIR
            self.mart_air_note = label(fill(self.tr(
                "These steps are for people who use a separate reliever inhaler. If you use "
                "MART or AIR, use your inhaler as your plan says, and call %1 if you are not "
                "getting better."), number), "warning")
            layout.addWidget(self.mart_air_note)
        for index, step in enumerate(steps, start=1):
            layout.addWidget(label(f"{index}. {fill(step, number)}"))
        puffs = max_puffs_line(plan) if plan else None
        if puffs:  # MART/AIR: the plan's own daily limit, as written
            layout.addWidget(label(puffs))
        self.number_label = label(fill(self.tr("Emergency number: %1"), number), "bigNumber")
        layout.addWidget(self.number_label)
        if plan:
            source = fill(self.tr("Steps from your action plan (agreed %1 with %2)."),
                          format_date(plan.agreed_on), plan.agreed_by)
        else:
            source = self.tr("General emergency advice for the UK. Your own plan may differ: "
                             "ask your nurse.")
        layout.addWidget(label(source, "source"))
        layout.addStretch(1)

        self.read_aloud = ReadAloud(self.text, self.tr("Read the attack steps aloud"))
        shortcut = QShortcut(QKeySequence(READ_ALOUD_SHORTCUT), self)
        shortcut.activated.connect(self.read_aloud.toggle)

        self.body = body
        self.scroll_area = scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Asthma attack steps"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        # the range changes once the layout settles, after a kiosk frame or a new text size
        scroll.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.record_button = None
        if can_record:  # afterwards, not instead: the steps above come first
            self.record_button = buttons.addButton(self.tr("Afterwards: record this attack"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
            self.record_button.clicked.connect(self._on_record_clicked)
        outer = QVBoxLayout(self)
        outer.addWidget(self.read_aloud)
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.fit_to(screen.availableGeometry() if screen else QRect(0, 0, 640, 620))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def fit_to(self, available: QRect) -> None:
        """640x620, or taller until every step and the emergency number show without
        scrolling (a 1920x1080 kiosk has the room); never over 90 % of the screen's height."""
        width = 640
        outer, body = self.layout(), self.body.layout()
        if outer is None or body is None:
            return
        margins = outer.contentsMargins()
        chrome = (self.read_aloud.sizeHint().height() + self.buttons.sizeHint().height()
                  + 2 * outer.spacing() + margins.top() + margins.bottom()
                  + 2 * self.scroll_area.frameWidth() + 8)
        inner = width - margins.left() - margins.right() - 2 * self.scroll_area.frameWidth()
        needed = body.totalHeightForWidth(inner) + chrome
        self.resize(width, min(max(620, needed), int(available.height() * 0.9)))

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        self.first_text.setFocus(Qt.FocusReason.OtherFocusReason)
        # once shown: the kiosk's frame (title, border) and styles take room fit_to never saw
        QTimer.singleShot(0, self, self._grow_to_fit)

    def _on_range_changed(self, _low: int, _high: int) -> None:
        if self.isVisible():
            self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller by what the steps still need to show without scrolling, within the screen."""
        missing = self.scroll_area.verticalScrollBar().maximum()  # what is below the fold, in px
        screen = self.screen() or QGuiApplication.primaryScreen()
        if missing > 0 and screen is not None:
            limit = int(screen.availableGeometry().height() * 0.9)
            self.resize(self.width(), max(self.height(), min(self.height() + missing, limit)))

    def _on_record_clicked(self) -> None:
        self.accept()
        self.record_requested.emit()

    def text(self) -> str:
        """Everything the dialog says, for tests and screen-reader checks."""
        return "\n".join(child.text() for child in self.findChildren(type(self.number_label))
                         if child is not self.read_aloud.reason)
