"""Nurse mode (``asthma-app --nurse``, or from the demo's Nurse menu): write a patient's plan
during a review on the practice computer, and hand it over as a file.

A throwaway session like the demo (ui/demo.py): a temporary folder with an empty diary, deleted
when the nurse starts again or leaves, so nothing about the patient stays on the practice
computer unless the nurse saves a file. The plan is written in the app's own plan editor (every
safety rule applies) with the nurse's fields (role, "agreed with"); one step then saves the
printed plan PDF carrying the plan file, and if wanted the same data as a ``.asthmaplan`` file
beside it (services/plan_import.py, docs/plan-handover.md).

Its own small shell and window (no diary pages): ``app.py`` runs it like the other shells,
and Ctrl+C / SIGTERM end it through ``end()`` (ui/os_signals.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import fill
from .file_filters import file_filter
from .theme import BANNER_STYLE
from .widgets.common import format_date, label


class NurseWindow(QMainWindow):
    """The nurse's one screen: who the plan is for, write the plan, save it for the patient."""

    def __init__(self, shell):
        super().__init__()
        self.shell = shell
        self.setWindowTitle(self.tr("Nurse mode - Asthma Plan & Diary"))
        banner = QFrame()
        banner.setObjectName("demoBanner")
        banner.setStyleSheet(BANNER_STYLE)
        banner_text = label(self.tr("NURSE MODE: nothing about the patient is kept on this "
                                    "computer unless you save a file."))
        banner_text.setAccessibleName(self.tr("Nurse mode"))
        QVBoxLayout(banner).addWidget(banner_text)
        self.patient_name = QLineEdit()
        self.birth_year = QSpinBox()
        this_year = shell.clock().year
        self.birth_year.setRange(this_year - 121, this_year)
        self.birth_year.setSpecialValueText(self.tr("not given"))
        self.birth_year.setValue(this_year - 121)  # "not given" until typed
        form = QFormLayout()
        for text, widget in ((self.tr("Patient's name"), self.patient_name),
                             (self.tr("Year of birth"), self.birth_year)):
            form.addRow(text, widget)
            widget.setAccessibleName(text)
        self.write_button = QPushButton(self.tr("Write the plan..."))
        self.write_button.clicked.connect(shell.write_plan)
        self.status = label(self.tr("No plan written yet."))
        self.status.setWordWrap(True)
        self.also_plan_file = QCheckBox(self.tr("Also save a .asthmaplan file beside the PDF"))
        self.save_button = QPushButton(self.tr("Save the plan for the patient (PDF)..."))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: shell.save_for_patient())
        self.restart_button = QPushButton(self.tr("Start again with another patient"))
        self.restart_button.clicked.connect(shell.restart)
        self.leave_button = QPushButton(self.tr("Leave nurse mode"))
        self.leave_button.clicked.connect(shell.left)
        self.problem = label("", "error")
        self.problem.hide()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(banner)
        layout.addWidget(label(self.tr(
            "Write the plan with the patient, then save it. The PDF is the printed plan and "
            "carries the plan inside it: the patient opens it in the app at home with File > "
            "Open a plan from my nurse.")))
        layout.addLayout(form)
        for item in (self.write_button, self.status, self.also_plan_file, self.save_button,
                     self.problem, self.restart_button, self.leave_button):
            layout.addWidget(item)
        layout.addStretch(1)
        self.setCentralWidget(body)

    def person(self) -> tuple[str, int | None]:
        year = self.birth_year.value()
        return (self.patient_name.text().strip(),
                None if year == self.birth_year.minimum() else year)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class NurseShell(QObject):
    """Owns the throwaway folder, its diary and the nurse window.

    Signals: ``plan_written(object)`` when the editor saved a plan; ``saved(object)`` with the
    PDF's path after saving for the patient; ``left`` when the nurse leaves.
    """

    plan_written = Signal(object)
    saved = Signal(object)
    left = Signal()

    def __init__(self, clock, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.folder = self.db = self.session = self.editor = None
        self.window = NurseWindow(self)
        self._fresh_folder()

    def _fresh_folder(self) -> None:
        import tempfile  # lazy: none (move it to the top)

        from .. import paths  # lazy: none (move it to the top)
        from ..storage.database import open_database  # lazy: none (move it to the top)

        self.folder = Path(tempfile.mkdtemp(prefix="asthma-nurse-"))
        self.db = open_database(self.folder / paths.DATABASE_NAME, self.folder / "backups")
        self.session = None

    def _session_for_patient(self):
        """The throwaway profile named as the patient (renamed if the nurse corrects it)."""
        from dataclasses import replace  # lazy: none (move it to the top)

        from ..domain.profile import Profile  # lazy: none (move it to the top)

        # lazy: none (move it to the top)
        from ..services.profiles import ProfileError, create_profile, open_session
        from ..storage import repository  # lazy: none (move it to the top)

        name, year = self.window.person()
        db = self.db
        assert db is not None  # a fresh folder is open from __init__/restart until close
        if self.session is None:
            profile = create_profile(db, Profile(name=name, birth_year=year), self.clock)
        else:
            wanted = replace(self.session.profile, name=name, birth_year=year)
            from ..domain.profile import validate_profile  # lazy: none (move it to the top)

            problems = validate_profile(wanted, self.clock().year)
            if problems:
                raise ProfileError(problems)
            profile = repository.update_profile(db, wanted)
        assert profile.id is not None  # saved just now
        self.session = open_session(db, profile.id, self.clock)
        return self.session

    def write_plan(self) -> None:
        from ..services.profiles import ProfileError  # lazy: none (move it to the top)
        from .dialogs.plan_editor import PlanEditor  # lazy: start-up

        try:
            session = self._session_for_patient()
        except ProfileError as error:
            self.window.show_problem("\n".join(error.problems))
            return
        self.window.show_problem("")
        self.editor = PlanEditor(session, self.window, session.profile.emergency, nurse=True)
        self.editor.plan_saved.connect(self._on_editor_plan_saved)
        self.editor.open()

    def _on_editor_plan_saved(self, plan) -> None:
        session = self.session
        assert session is not None  # the editor is open only with a session (_drop_folder)
        self.window.status.setText(fill(self.tr("Plan ready for %1: agreed %2 with %3."),
                                        session.profile.name, format_date(plan.agreed_on),
                                        plan.agreed_by))
        self.window.save_button.setEnabled(True)
        self.plan_written.emit(plan)

    def save_for_patient(self, path: str | None = None) -> Path | None:
        """One step: the printed plan PDF with the plan inside, and the .asthmaplan file
        beside it if the box is ticked. Nothing else is written anywhere."""
        from ..services.plan_import import save_plan_file  # lazy: start-up
        from .printing.pdf import save_plan_pdf  # lazy: start-up

        if self.session is None or self.session.plans.current() is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # lazy: start-up

            name = self.session.profile.name or "patient"
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save the plan for the patient"),
                f"asthma-plan-{name}.pdf", file_filter("pdf"))
            if not path:
                return None
        pdf = Path(path)
        try:
            save_plan_pdf(self.session, pdf)
            if self.window.also_plan_file.isChecked():
                save_plan_file(self.session, pdf.with_suffix(".asthmaplan"))
        except OSError as error:  # a full stick, a read-only folder, a PDF open elsewhere
            self.window.show_problem(str(error))
            return None
        self.window.show_problem("")
        self.window.status.setText(fill(self.tr("Saved: %1"), str(pdf)))
        self.saved.emit(pdf)
        return pdf

    def restart(self) -> None:
        """Forget this patient: a new empty folder, the form cleared."""
        self._drop_folder()
        self._fresh_folder()
        self.window.patient_name.clear()
        self.window.birth_year.setValue(self.window.birth_year.minimum())
        self.window.status.setText(self.tr("No plan written yet."))
        self.window.save_button.setEnabled(False)

    def _drop_folder(self) -> None:
        from ..services.file_write import remove_tree  # lazy: start-up

        if self.editor is not None:
            self.editor.close()
            self.editor = None
        self.session = None
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.folder is not None:
            remove_tree(self.folder)
            self.folder = None

    def end(self) -> None:
        """Ctrl+C / SIGTERM (ui/os_signals.py): nothing of the patient is kept."""
        self.close()

    def close(self) -> None:
        from shiboken6 import isValid  # lazy: start-up

        self._drop_folder()
        if isValid(self.window):  # not already gone with the application
            self.window.hide()
            self.window.deleteLater()
