"""Screenshots of the kiosk and presenter view as a bare X session shows them (Xvfb at
1920x1080, no window manager): the real app in its own process, looked at from outside.

Writes docs/screenshots/kiosk-bare-x.png, kiosk-attack-bare-x.png, kiosk-warning-bare-x.png,
kiosk-not-set-up.png and demo-presenter.png. Needs Xvfb, xdotool and ImageMagick (the
Makefile's APT_PACKAGES). Run: ``python build_scripts/bare_x_screenshots.py`` (about 2 min).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # this process only reads PNGs
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from asthma_app.services.passwords import hash_secret
    from tests.e2e.bare_x import BareX, launch, stop

    work = Path(tempfile.mkdtemp(prefix="bare-x-shots-"))
    x = BareX()
    try:
        ini = work / "kiosk.ini"
        ini.write_text("[kiosk]\nidle_timeout_seconds = 30\nwarning_seconds = 30\n"
                       f"attendant_pin_hash = {hash_secret('0000')}\n", encoding="utf-8")
        app = launch(x, "--kiosk", "--kiosk-config", str(ini), data_dir=work / "kiosk")
        started = time.monotonic()
        x.wait_for_window("Asthma Plan")
        x.screenshot(OUT / "kiosk-bare-x.png")
        x.key("F1")
        x.wait_for_window("Asthma attack")
        x.screenshot(OUT / "kiosk-attack-bare-x.png")
        x.key("Escape")
        time.sleep(max(0.0, 34 - (time.monotonic() - started)))  # idle: the warning shows
        x.wait_for_window("Are you still there")
        x.screenshot(OUT / "kiosk-warning-bare-x.png")
        stop(app)
        app = launch(x, "--kiosk", data_dir=work / "bare")
        x.wait_for_window("Kiosk mode cannot start")
        x.screenshot(OUT / "kiosk-not-set-up.png")
        stop(app)
        app = launch(x, "--demo", "--presenter", data_dir=work / "demo")
        x.wait_for_window("DEMO")
        x.screenshot(OUT / "demo-presenter.png")
        stop(app)
    finally:
        x.close()
        shutil.rmtree(work, ignore_errors=True)
    for name in ("kiosk-bare-x", "kiosk-attack-bare-x", "kiosk-warning-bare-x",
                 "kiosk-not-set-up", "demo-presenter"):
        print(OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
