"""Screenshots of the plan handover (issue 18): nurse mode, the plan editor's nurse fields,
"A plan from your nurse" (the changes side by side) at home, and the review summary's "For your
practice" part.

Run: ``python build_scripts/handover_screenshots.py`` (offscreen Qt, throwaway folders).
Writes docs/screenshots/handover-<screen>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import StepClock, sample_plan  # noqa: E402


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    os.environ["ASTHMA_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="asthma-shots-")
    from PySide6.QtCore import QDate

    from asthma_app import paths
    from asthma_app.app import create_application, create_main_window
    from asthma_app.domain.control import Attack, Care, ControlScore, Tool
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile
    from asthma_app.storage.database import open_database
    from asthma_app.ui.nurse import NurseShell

    app = create_application()
    clock = StepClock(datetime(2026, 11, 22, 9, 0))

    def shoot(widget, name: str) -> None:
        for _ in range(10):
            app.processEvents()
        path = out / f"handover-{name}.png"
        widget.grab().save(str(path))
        print(path)

    # 1. the nurse, at the practice
    nurse = NurseShell(clock)
    nurse.window.resize(760, 560)
    nurse.window.show()
    nurse.window.patient_name.setText("Alex Morgan")
    nurse.window.birth_year.setValue(1990)
    nurse.write_plan()
    editor = nurse.editor
    plan = replace(sample_plan(), agreed_by="Nurse A. Khan", agreed_on=date(2026, 11, 22),
                   personal_best=450, next_review=date(2027, 11, 22))
    editor._fill(plan, "999")
    editor.agreed_by_role.setText("Practice nurse")
    editor.agreed_with.setText("Alex")
    editor.agreed_on.setDate(QDate(2026, 11, 22))
    editor.resize(820, 560)
    shoot(editor, "nurse-editor")
    editor.save_button.click()
    nurse.window.also_plan_file.setChecked(True)
    pdf = nurse.save_for_patient(str(Path(tempfile.mkdtemp()) / "asthma-plan-Alex.pdf"))
    shoot(nurse.window, "nurse-mode")

    # 2. at home: the patient's own diary, with the plan from the last review
    db = open_database(paths.database_path())
    profile = create_profile(db, Profile("Alex Morgan", 1990), clock)
    window = create_main_window(db, clock)
    window.resize(1366, 768)
    window.show()
    window.open_profile(profile)
    session = window.session
    clock.now = datetime(2025, 11, 20, 9, 0)
    session.plans.agree(sample_plan())
    clock.now = datetime(2026, 11, 22, 9, 0)
    session.reviews.record_rcp3((True, False, True), date(2026, 11, 1))
    session.reviews.record_score(ControlScore(date(2026, 11, 2), Tool.ACT, 18))
    session.reviews.record_attack(Attack(date(2026, 9, 3), (Care.EMERGENCY_DEPARTMENT,
                                                            Care.STEROID_TABLETS)))
    session.reviews.add_question("Can I try a dry powder inhaler?")
    window.refresh_pages()
    actions = window.exchange_actions
    actions.open_nurse_plan(str(pdf))
    dialog = actions.plan_dialog
    dialog.resize(900, 600)
    shoot(dialog, "from-your-nurse")
    dialog.reject()

    # 3. the review summary's coded part, for the practice
    window.show_page("review")
    page = window.page("review")
    page.refresh()
    page.tabs.setCurrentIndex(3)
    browser = page.summary_view.browser
    for _ in range(5):
        app.processEvents()
    page.summary_view.start.setDate(QDate(2025, 11, 22))
    page.summary_view.show_summary()
    document = browser.document()
    block = document.begin()
    while block.isValid() and block.text() != "For your practice":
        block = block.next()
    if block.isValid():
        top = document.documentLayout().blockBoundingRect(block).top()
        browser.verticalScrollBar().setValue(int(top) - 10)
    shoot(window, "for-your-practice")
    nurse.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
