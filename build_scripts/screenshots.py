"""Render every screen of the app to PNG in docs/screenshots, so the docs stay current.

Run: ``python build_scripts/screenshots.py`` (what ``make screenshots`` does): the main set in
English at 100 % on a 1366x768 laptop (``today.png`` ...), then every screen again for each
(language, text size, screen size) in MATRIX, as ``docs/screenshots/matrix/<screen>-<language>-
<scale>-<size>.png``, each combination in its own process so nothing carries over.
``--size``, ``--scale``, ``--language`` and ``--suffix`` render one combination only.
Uses the offscreen Qt platform and a throwaway data dir with a sample profile.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# English and Urdu (right to left) at 100 % and 200 %, on a laptop and on a kiosk screen.
MATRIX = [(language, scale, size) for size in ("1366x768", "1920x1080")
          for language in ("en", "ur") for scale in (100, 200)]


class StepClock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def sample_plan():
    from asthma_app.domain.plan import ActionPlan, Medicine, MedicineRole, PlanKind

    return ActionPlan(
        kind=PlanKind.PREVENTER_RELIEVER, agreed_by="Nurse A. Jones", agreed_on=date(2026, 10, 5),
        personal_best=480, next_review=date(2027, 10, 5), triggers=("colds", "cold air", "pollen"),
        green_instructions="Take my preventer every morning and evening, even when I feel well.",
        amber_instructions="Keep taking my preventer. Use my reliever as written below. "
                           "If I am not better in 24 hours, see my GP or nurse.",
        red_instructions="This is an asthma attack. Follow the attack steps now.",
        medicines=(Medicine("beclometasone", MedicineRole.PREVENTER, brand="Clenil Modulite",
                            device="pressurised inhaler with spacer", strength="100 micrograms",
                            instructions="2 puffs morning and evening"),
                   Medicine("salbutamol", MedicineRole.RELIEVER, device="pressurised inhaler",
                            strength="100 micrograms", instructions="1 to 2 puffs when needed")),
        gp_contact="Riverside Surgery, 01632 960000", out_of_hours_contact="NHS 111")


def build_profile(db, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.domain.readings import PeakFlowReading, SymptomEntry
    from asthma_app.services.profiles import create_profile, open_session

    profile = create_profile(db, Profile("Alex Morgan", 1984), clock)
    session = open_session(db, profile.id, clock)
    start = clock.now - timedelta(days=6)
    today = clock.now
    clock.now = start - timedelta(days=8)  # the plan was saved before these readings
    session.plans.agree(sample_plan())
    clock.now = today
    for day, (morning, evening) in enumerate([(450, 470), (440, 465), (430, 455), (400, 420),
                                              (380, 410), (360, 390)]):
        base = start + timedelta(days=day)
        session.diary.log_reading(PeakFlowReading(base.replace(hour=8), (morning - 10, morning)))
        session.diary.log_reading(PeakFlowReading(base.replace(hour=20), (evening,)))
    session.diary.log_symptoms(SymptomEntry(
        clock.now - timedelta(hours=2), daytime_symptoms=True, night_waking=True,
        reliever_puffs=4, triggers=("colds",),
        amber_signs=("I am waking up at night because of my asthma",)))
    session.diary.log_reading(PeakFlowReading(clock.now - timedelta(minutes=30), (350, 362, 355)))
    return profile


def shoot_learn(window, shoot) -> None:
    """The education library in English and in Urdu (right to left), then back to English."""
    from translations import build  # build_scripts/ is on sys.path as the script folder

    build()
    for language in ("en", "ur"):
        window.language.setCurrentIndex(window.language.findData(language))
        window.show_topic("inhaler-with-spacer")
        shoot(window, f"learn-{language}")
    window.language.setCurrentIndex(window.language.findData("en"))


def render_matrix() -> int:
    """The main set, then every combination of MATRIX, each in a fresh process."""
    out = ROOT / "docs" / "screenshots"
    status = subprocess.call([sys.executable, __file__, "--size", "1366x768"])
    for language, scale, size in MATRIX:
        status |= subprocess.call([sys.executable, __file__, "--size", size, "--scale",
                                   str(scale), "--language", language,
                                   "--out", str(out / "matrix"),
                                   f"--suffix=-{language}-{scale}-{size}"])
    return status


def main() -> int:
    if len(sys.argv) == 1:
        return render_matrix()
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--language", default="en")
    parser.add_argument("--suffix", default=None, help="added to each name (default: -<scale>)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ["ASTHMA_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="asthma-shots-")

    from PySide6.QtTest import QTest

    from asthma_app import paths
    from asthma_app.app import create_application, create_main_window
    from asthma_app.storage.database import open_database

    _app = create_application()  # kept for the whole run
    clock = StepClock(datetime(2026, 11, 22, 9, 0))
    db = open_database(paths.database_path())
    window = create_main_window(db, clock)
    window.text_size.setCurrentIndex(window.text_size.findData(args.scale))
    window.resize(width, height)
    window.show()
    suffix = args.suffix if args.suffix is not None else (
        "" if args.scale == 100 else f"-{args.scale}")
    if args.language != "en":
        from translations import build  # the .qm files the language switch loads

        build()
        window.language.setCurrentIndex(window.language.findData(args.language))

    def shoot(widget, name: str) -> None:
        # until the layout has settled (a scroll bar may appear) and each "Read aloud" button
        # has come (it connects to the speech engine 400 ms after its first paint)
        QTest.qWait(600)
        widget.grab().save(str(out / f"{name}{suffix}.png"))
        print(out / f"{name}{suffix}.png")

    shoot(window, "first-run")
    window.open_profile(build_profile(db, clock))
    window.root.setCurrentIndex(1)
    for key in ("today", "diary", "plan", "trends"):
        window.show_page(key)
        if key == "trends":
            window.page(key).set_range("2w")  # the sample has a week of readings
        shoot(window, key)
    window.show_page("today")
    dialog = window.page("today").open_peak_flow()
    for field, value in zip(dialog.blows, ("340", "355", "350"), strict=True):
        field.setText(value)
    shoot(dialog, "log-peak-flow")
    dialog.reject()
    dialog = window.page("today").open_symptoms()
    shoot(dialog, "log-symptoms")
    dialog.reject()
    dialog = window.page("plan").open_editor()
    shoot(dialog, "plan-editor")
    dialog.reject()
    dialog = window.show_attack_steps()
    shoot(dialog, "attack-steps")
    dialog.reject()
    if args.suffix is None:  # the main set: learn-en.png and learn-ur.png
        shoot_learn(window, shoot)
    else:
        window.show_topic("inhaler-with-spacer")
        shoot(window, "learn")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
