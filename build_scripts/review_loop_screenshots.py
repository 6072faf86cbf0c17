"""Screenshots of the review-loop screens (issue 17) in English and Urdu at 100 % and 200 %:
Today with the follow-up banner and the red card's "Record this attack", the review summary's
year at a glance, the nurse's checklist, and the child's details dialog.

Run: ``python build_scripts/review_loop_screenshots.py`` (offscreen Qt, throwaway data dir).
Writes docs/screenshots/review-loop-<screen>-<language>-<scale>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import StepClock, sample_plan  # noqa: E402


def build_profile(db, clock):
    from asthma_app.domain.checklist import PlanGiven, ReviewChecklist, Smoking, YesNo
    from asthma_app.domain.child_details import ChildDetails
    from asthma_app.domain.control import Attack, Care
    from asthma_app.domain.profile import Profile
    from asthma_app.domain.readings import PeakFlowReading, SymptomEntry
    from asthma_app.services.profiles import create_profile, open_session

    profile = create_profile(db, Profile("Alex Morgan", 2015), clock)
    session = open_session(db, profile.id, clock)
    today = clock.now
    clock.now = today - timedelta(days=60)
    session.plans.agree(sample_plan())
    clock.now = today
    reviews = session.reviews
    for day in (date(2026, 1, 12), date(2026, 6, 3)):
        reviews.record_attack(Attack(day, (Care.STEROID_TABLETS,)))
    reviews.record_checklist(ReviewChecklist(
        date(2025, 12, 1), technique_checked_on=date(2025, 12, 1), device="pressurised inhaler",
        spacer=YesNo.YES, smoking=Smoking.NEVER, second_hand_smoke=YesNo.NO,
        plan_given=PlanGiven.UPDATED, agenda="Sport at school"))
    for offset in range(4):
        session.diary.log_symptoms(SymptomEntry(today - timedelta(days=offset + 1),
                                                reliever_puffs=2, daytime_symptoms=True))
    reviews.record_attack(Attack(today.date() - timedelta(days=1),
                                 (Care.EMERGENCY_DEPARTMENT, Care.STEROID_TABLETS)))
    reviews.save_child_details(ChildDetails("Sam Morgan (dad) 07700 900123",
                                            "Oak Primary School 01632 960111",
                                            date(2026, 11, 2), True, False, "penicillin"))
    session.diary.log_reading(PeakFlowReading(today - timedelta(minutes=20), (210, 220, 215)))
    return profile


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ["ASTHMA_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="asthma-shots-")

    from asthma_app import paths
    from asthma_app.app import create_application, create_main_window
    from asthma_app.storage.database import open_database
    from translations import build

    build()
    app = create_application()
    clock = StepClock(datetime(2026, 11, 22, 9, 0))
    db = open_database(paths.database_path())
    window = create_main_window(db, clock)
    window.resize(1366, 768)
    window.show()
    window.open_profile(build_profile(db, clock))
    window.root.setCurrentIndex(1)

    def shoot(widget, name: str) -> None:
        for _ in range(10):
            app.processEvents()
        path = out / f"review-loop-{name}.png"
        widget.grab().save(str(path))
        print(path)

    for language in ("en", "ur"):
        window.language.setCurrentIndex(window.language.findData(language))
        for scale in (100, 200):
            window.text_size.setCurrentIndex(window.text_size.findData(scale))
            tag = f"{language}-{scale}"
            window.show_page("today")
            shoot(window, f"today-{tag}")
            window.show_page("review")
            page = window.page("review")
            page.refresh()
            page.tabs.setCurrentIndex(3)
            browser = page.summary_view.browser
            for _ in range(5):
                app.processEvents()
            document = browser.document()
            block = document.findBlockByNumber(0)
            while block.isValid() and "12" not in block.text():  # the year at a glance
                block = block.next()
            if block.isValid():
                top = document.documentLayout().blockBoundingRect(block).top()
                browser.verticalScrollBar().setValue(int(top))
            shoot(window, f"summary-{tag}")
            page.tabs.setCurrentIndex(4)
            shoot(window, f"checklist-{tag}")
            dialog = window.page("plan").open_child_details()
            shoot(dialog, f"child-{tag}")
            dialog.reject()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
