"""Screenshots of the medicines screens (issue 16), on a 1366x768 screen in English at 100 %
and 200 % and in Urdu at 200 %: Today with the doses due, doses left and the refill note, the
plan editor's medicine times, Trends with the doses-taken chart, the review summary's
"Medicines taken" and the new-inhaler dialog.

Run under Xvfb to see the real window system (``xvfb-run -a -s "-screen 0 1366x768x24"
python build_scripts/medicine_screenshots.py``) or offscreen (the default when no display).
Writes docs/screenshots/medicines-<screen>-<language>-<scale>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_profile(db, now):
    from asthma_app.domain.readings import SymptomEntry
    from asthma_app.services.demo import populate
    from asthma_app.services.profiles import open_session

    profile = populate(db, now)  # the demo patient: six months of doses and inhalers
    session = open_session(db, profile.id, lambda: now)
    reliever = next(i for i in session.medicines.doses_left() if i.inhaler.role.relieves)
    session.diary.log_symptoms(SymptomEntry(now - timedelta(minutes=5), reliever_puffs=6))
    session.medicines.correct_count(reliever.inhaler, 18)  # read from the counter today
    morning = session.medicines.today()[0]
    session.medicines.answer(morning.due, True)
    return profile


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ["ASTHMA_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="asthma-shots-")

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QScrollArea

    from asthma_app import paths
    from asthma_app.app import create_application, create_main_window
    from asthma_app.storage.database import open_database
    from translations import build

    build()
    app = create_application()
    now = datetime(2026, 11, 22, 9, 0)

    def clock():
        return now
    db = open_database(paths.database_path())
    window = create_main_window(db, clock)
    window.resize(1366, 768)
    window.show()
    window.open_profile(build_profile(db, now))
    window.root.setCurrentIndex(1)
    print("platform:", QGuiApplication.platformName())

    def shoot(widget, name: str) -> None:
        for _ in range(10):
            app.processEvents()
        path = out / f"medicines-{name}.png"
        widget.grab().save(str(path))
        print(path)

    for language, scale in (("en", 100), ("en", 200), ("ur", 200)):
        window.language.setCurrentIndex(window.language.findData(language))
        window.text_size.setCurrentIndex(window.text_size.findData(scale))
        tag = f"{language}-{scale}"
        window.show_page("today")
        page = window.page("today")
        page.refresh()
        for _ in range(5):
            app.processEvents()
        area = page.findChild(QScrollArea)
        if area is not None:
            area.ensureWidgetVisible(page.doses)
        shoot(window, f"today-{tag}")
        window.show_page("trends")
        trends = window.page("trends")
        trends.set_range("3m")
        shoot(window, f"trends-{tag}")
        window.show_page("review")
        review = window.page("review")
        review.refresh()
        review.tabs.setCurrentIndex(3)
        browser = review.summary_view.browser
        for _ in range(5):
            app.processEvents()
        document = browser.document()
        block = document.findBlockByNumber(0)
        while block.isValid() and block.text() != review.tr("Medicines taken") and \
                "Medicines taken" not in block.text():
            block = block.next()
        if block.isValid():
            top = document.documentLayout().blockBoundingRect(block).top()
            browser.verticalScrollBar().setValue(int(top))
        shoot(window, f"summary-{tag}")
        window.show_page("today")
        dialog = window.page("today").doses.open_new_inhaler()
        shoot(dialog, f"new-inhaler-{tag}")
        dialog.reject()
        editor = window.page("plan").open_editor()
        editor.resize(1300, 700)
        table = editor.medicines.table
        for _ in range(5):
            app.processEvents()
        scroller = editor.findChild(QScrollArea)
        if scroller is not None:
            scroller.ensureWidgetVisible(editor.medicines, 0, 0)
        table.scrollTo(table.model().index(0, 7))
        table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
        shoot(editor, f"plan-editor-{tag}")
        editor.reject()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
