"""The start-up path as the app runs it: a real process on a real diary, to the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_start_up_paints_today_and_turns_the_collector_back_on(db, data_dir, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASTHMA_APP_QUIT_AFTER_PAINT="1",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert float(lines["first_paint_ms"]) > 0
    assert lines["collector_on"] == "True"  # off only while the first screen is built
