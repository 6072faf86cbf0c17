"""Opening a plan from the nurse in the window (File menu, or a file dropped on the window).

Read and checked by services/plan_import.py; a plan for another name or year of birth is
asked about first (No is the default); then the comparison dialog; only "Make this my plan"
saves it, as a new plan version "agreed DATE with NAME". Every refusal is a calm message and
changes nothing. The dialogs are opened, never exec()'d: the event loop keeps running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain.text import fill
from .file_filters import file_filter
from .widgets.common import format_date

translate = QCoreApplication.translate


def open_nurse_plan(actions, path: str | None = None) -> None:
    from ..services import plan_import  # lazy: start-up
    from ..storage.exchange import ImportRefused  # lazy: start-up

    window = actions.window
    if getattr(window, "session", None) is None:
        actions._failed(translate("PlanHandover", "Open or create the person the plan is for "
                                                  "first, then open the plan."))
        return
    if path is None:
        from PySide6.QtWidgets import QFileDialog  # lazy: start-up

        path, _ = QFileDialog.getOpenFileName(
            window, translate("PlanHandover", "Open a plan from my nurse"), "",
            file_filter("nurse-plan"))
        if not path:
            return
    try:
        found = plan_import.read_plan_file(Path(path))
    except ImportRefused as error:
        actions._failed(str(error))
        return
    profile = window.session.profile
    if plan_import.person_matches(found, profile):
        _compare(actions, found)
    else:
        _ask_about_person(actions, found, profile)


def _ask_about_person(actions, found, profile) -> None:
    from PySide6.QtWidgets import QMessageBox  # lazy: start-up

    whose = found.name or translate("PlanHandover", "(no name)")
    if found.birth_year:
        whose = fill(translate("PlanHandover", "%1, born %2"), whose, found.birth_year)
    text = fill(translate(
        "PlanHandover", "This plan is for %1, but the diary open now is %2's. A plan for "
                        "someone else could give the wrong advice. Use it for %2 anyway?"),
        whose, profile.name)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("PlanHandover", "A plan for someone else?"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      actions.window)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.accepted.connect(lambda: _compare(actions, found))  # Yes is the accept role
    actions.person_question = box
    box.open()


def _compare(actions, found) -> None:
    from ..services import plan_import  # lazy: start-up
    from .dialogs.plan_import import PlanImportDialog  # lazy: start-up

    current = actions.window.session.plans.current()
    changes = plan_import.compare(current, found.plan, format_date)
    dialog = PlanImportDialog(found, changes, current is not None, actions.window)
    dialog.accepted.connect(lambda: _use(actions, found))
    actions.plan_dialog = dialog
    dialog.open()


def _use(actions, found) -> None:
    from ..services import plan_import  # lazy: start-up
    from ..services.plans import PlanRejected  # lazy: none (move it to the top)

    window = actions.window
    try:
        plan = plan_import.accept(window.session, found)
    except (PlanRejected, OSError) as error:
        actions._failed(str(error))
        return
    window.refresh_pages()
    window.statusBar().showMessage(fill(
        translate("PlanHandover", "Your plan is now the one agreed %1 with %2."),
        format_date(plan.agreed_on), plan.agreed_by), 15000)
