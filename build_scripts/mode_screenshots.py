"""Render the demo and kiosk screens to docs/screenshots (demo.png, kiosk.png,
kiosk-warning.png). Run: ``python build_scripts/mode_screenshots.py``."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QEvent

    from asthma_app.app import create_application, demo_shell, kiosk_shell
    from asthma_app.services.kiosk_config import KioskConfig
    from asthma_app.services.passwords import hash_secret

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    clock = Clock(datetime(2026, 11, 22, 9, 0))

    def shoot(widget, name):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        widget.grab().save(str(out / name))
        print(out / name)

    demo = demo_shell(clock)
    demo.window.resize(1366, 768)
    demo.window.show()
    shoot(demo.window, "demo.png")
    demo.close()
    kiosk = kiosk_shell(KioskConfig(attendant_pin_hash=hash_secret("0000")), clock,
                       full_screen=False)
    kiosk.window.resize(1366, 768)
    kiosk.window.first_run.name.setText("Visitor")
    kiosk.window.first_run.create_button.click()
    kiosk.window.first_run.no_plan.click()
    dialog = kiosk.window.page("today").open_peak_flow()
    dialog.blows[0].setText("420")
    shoot(dialog, "kiosk-peak-flow.png")
    dialog.reject()
    shoot(kiosk.window, "kiosk.png")
    clock.now += timedelta(seconds=125)
    kiosk.watcher.check()
    shoot(kiosk.warning_dialog, "kiosk-warning.png")
    kiosk.leave()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
