"""First run: create a profile, then enter the plan or start a diary without one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.profile import MAX_NAME_LENGTH, Profile
from ..domain.regions import DEFAULT_REGION, REGIONS
from ..domain.text import fill
from ..services.profiles import ProfileError, create_profile
from ..storage.database import StorageError
from .widgets.common import label
from .widgets.length_limit import length_message


class FirstRunPage(QWidget):
    """Signals: ``profile_created(object)``; ``choice_made(str)``: "plan" or "diary"."""

    profile_created = Signal(object)
    choice_made = Signal(str)

    def __init__(self, db, clock, parent=None):
        super().__init__(parent)
        self._db, self._clock = db, clock
        self.steps = QStackedWidget()
        self.steps.addWidget(self._profile_step())
        self.steps.addWidget(self._plan_step())
        self.steps.setMaximumWidth(760)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.steps, 4)
        layout.addStretch(1)

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.steps.currentIndex() == 0:
            self.name.setFocus()

    def _profile_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.name = QLineEdit()  # no silent cut at the limit: the message says it
        self.birth_year = QSpinBox()
        this_year = self._clock().year
        self.birth_year.setRange(this_year - 120, this_year)
        self.birth_year.setValue(this_year - 40)
        self.region = QComboBox()
        for code, region in REGIONS.items():
            self.region.addItem(fill(self.tr("%1 (emergency number %2)"), region.name(),
                                     region.emergency_number), code)
        self.region.setCurrentIndex(self.region.findData(DEFAULT_REGION))
        for text, widget in ((self.tr("Your name"), self.name),
                             (self.tr("Year of birth"), self.birth_year),
                             (self.tr("Where you live"), self.region)):
            form.addRow(text, widget)
            widget.setAccessibleName(text)
            form.labelForField(widget).setBuddy(widget)
            if widget is self.name:
                form.addRow("", length_message(self.name, MAX_NAME_LENGTH))
        self.profile_error = label("", "error")
        self.profile_error.hide()
        self.create_button = QPushButton(self.tr("Continue"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self._create_profile)
        self.name.returnPressed.connect(self._create_profile)
        layout = QVBoxLayout(page)
        layout.addWidget(label(self.tr("Welcome"), "pageTitle"))
        layout.addWidget(label(self.tr(
            "This app keeps your asthma action plan, your peak flow and how you feel, and shows "
            "you what your plan says to do. Everything stays on this computer.")))
        layout.addLayout(form)
        layout.addWidget(self.profile_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        self.extra_buttons = QHBoxLayout()  # e.g. "Try the demo", added by the demo feature
        layout.addLayout(self.extra_buttons)
        layout.addStretch(1)
        return page

    def _plan_step(self) -> QWidget:
        page = QWidget()
        self.enter_plan = QPushButton(self.tr("Enter the plan I agreed with my nurse"))
        self.enter_plan.setObjectName("primary")
        self.enter_plan.clicked.connect(lambda: self.choice_made.emit("plan"))
        self.no_plan = QPushButton(self.tr("I don't have a plan yet"))
        self.no_plan.clicked.connect(lambda: self.choice_made.emit("diary"))
        layout = QVBoxLayout(page)
        layout.addWidget(label(self.tr("Your asthma action plan"), "pageTitle"))
        layout.addWidget(label(self.tr(
            "Your plan tells you what to do every day, when your asthma is getting worse, and "
            "in an asthma attack. If you have a paper plan from your GP or asthma nurse, copy "
            "it in now: it is best done together with your nurse.")))
        layout.addWidget(label(self.tr(
            "No plan yet? Ask your GP surgery for an asthma review and a written action plan. "
            "Until then you can keep a diary of your peak flow and symptoms to take with you.")))
        layout.addWidget(self.enter_plan)
        layout.addWidget(self.no_plan)
        layout.addStretch(1)
        return page

    def carry_over(self, old: FirstRunPage) -> None:
        """Take the step and typed answers of the page this one replaces (language change)."""
        self.name.setText(old.name.text())
        self.birth_year.setValue(old.birth_year.value())
        self.region.setCurrentIndex(old.region.currentIndex())
        self.steps.setCurrentIndex(old.steps.currentIndex())  # a profile is never made twice

    def _create_profile(self) -> None:
        region = self.region.currentData()
        profile = Profile(name=self.name.text().strip(), birth_year=self.birth_year.value(),
                          region=region, emergency_number=REGIONS[region].emergency_number)
        try:
            saved = create_profile(self._db, profile, self._clock)
        except ProfileError as error:
            self.profile_error.setText("\n".join(error.problems))
            self.profile_error.show()
            return
        except StorageError as error:
            self.profile_error.setText(str(error))
            self.profile_error.show()
            return
        self.steps.setCurrentIndex(1)
        self.profile_created.emit(saved)
