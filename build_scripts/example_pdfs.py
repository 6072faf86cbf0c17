"""Write docs/examples/plan.pdf and review.pdf (+ PNG previews via pdftoppm) from a made-up
patient, in a throw-away data dir.

Run: QT_QPA_PLATFORM=offscreen python build_scripts/example_pdfs.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sample_session(data_dir: Path):
    from asthma_app import paths
    from asthma_app.domain.control import Attack, Care, ControlScore, Tool
    from asthma_app.domain.plan import ActionPlan, Medicine, MedicineRole, PlanKind
    from asthma_app.domain.profile import Profile
    from asthma_app.domain.synthetic import generate_history
    from asthma_app.services.profiles import create_profile, open_session
    from asthma_app.storage.database import open_database

    paths.set_data_dir(data_dir)
    now = {"t": datetime(2025, 3, 1, 9, 0)}
    clock = lambda: now["t"]
    db = open_database(paths.database_path())
    session = open_session(db, create_profile(db, Profile("Sam Patel", 1990), clock).id, clock)
    session.plans.agree(ActionPlan(
        kind=PlanKind.PREVENTER_RELIEVER, agreed_by="Nurse Jones", agreed_on=date(2025, 3, 1),
        personal_best=500, next_review=date(2026, 3, 1),
        green_instructions="Take my preventer every morning and evening, even when I feel well.",
        amber_instructions="Keep taking my preventer. Take my reliever as written below. "
                           "See my GP or nurse within 24 hours if I am getting worse.",
        red_instructions="This is an asthma attack. Follow the steps below.",
        medicines=(Medicine("beclometasone", MedicineRole.PREVENTER, "Clenil", "inhaler with "
                            "spacer", "100 micrograms", "2 puffs morning and evening"),
                   Medicine("salbutamol", MedicineRole.RELIEVER, "", "inhaler with spacer",
                            "100 micrograms", "1 to 2 puffs when needed")),
        triggers=("colds", "pollen"), gp_contact="Riverside Surgery 01234 567890",
        out_of_hours_contact="NHS 111"))
    history = generate_history(years=1, seed=3, end=date(2026, 2, 20))
    now["t"] = datetime(2026, 2, 21, 9, 0)
    start = datetime(2025, 3, 2)
    from asthma_app.storage import repository

    repository.add_readings(db, session.profile_id,
                            [replace(r, plan_version_id=None) for r in history.readings
                             if r.taken_at >= start], now["t"])
    repository.add_entries(db, session.profile_id,
                           [replace(e, plan_version_id=None) for e in history.entries
                            if e.recorded_at >= start], now["t"])
    reviews = session.reviews
    reviews.record_rcp3((False, True, False), date(2026, 2, 1))
    reviews.record_rcp3((True, True, False), date(2025, 12, 20))
    reviews.record_score(ControlScore(date(2026, 1, 10), Tool.ACT, 19))
    reviews.record_attack(Attack(date(2025, 12, 12), (Care.URGENT_APPOINTMENT,
                                                      Care.STEROID_TABLETS), "After a cold"))
    reviews.add_question("Could I try a different inhaler that is easier to use?")
    reviews.add_question("Do I need a flu jab this year?")
    return session


def main() -> int:
    from asthma_app.app import create_application
    from asthma_app.ui.printing.pdf import save_plan_pdf, save_review_pdf

    create_application()
    out = ROOT / "docs" / "examples"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        session = sample_session(Path(folder))
        save_plan_pdf(session, out / "plan.pdf")
        save_review_pdf(session.reviews.summary(), out / "review.pdf")
        session.db.close()
    for name in ("plan", "review"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(out / f"{name}.pdf"),
                        str(out / name)], check=True)
    print("\n".join(sorted(p.name for p in out.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
