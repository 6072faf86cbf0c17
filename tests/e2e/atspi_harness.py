"""Inside a private D-Bus session (``dbus-run-session``): start the AT-SPI bus, the app with
Qt's accessibility on, and the pyatspi client; print the client's JSON. The app runs in demo
mode, or with ``home`` as argument on the diary in ``ASTHMA_APP_DATA_DIR`` (the People menu's
dialogs are walked there: the demo has no People menu).

Exit 77 (with the reason on stderr) when the AT-SPI bus cannot start, so the test can skip
for that reason and no other.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"


def bus_is_up() -> bool:
    probe = subprocess.run(
        ["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply", "/org/a11y/bus",
         "org.a11y.Bus.GetAddress"], capture_output=True, text=True, timeout=10)
    return probe.returncode == 0 and "unix:" in probe.stdout


def main() -> int:
    launcher = next((path for path in LAUNCHERS if os.path.exists(path)), None)
    if launcher is None:
        print("at-spi-bus-launcher not found (Debian package at-spi2-core)", file=sys.stderr)
        return 77
    bus = subprocess.Popen([launcher, "--launch-immediately"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    app = None
    try:
        deadline = time.monotonic() + 20
        while not bus_is_up():
            if time.monotonic() > deadline or bus.poll() is not None:
                print("the AT-SPI bus did not start", file=sys.stderr)
                return 77
            time.sleep(0.3)
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   QT_QPA_PLATFORM="xcb")
        home = sys.argv[1:] == ["home"]
        app = subprocess.Popen([sys.executable, "-m", "asthma_app", *([] if home else ["--demo"])],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
        client = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_client.py"), *sys.argv[1:]],
                                capture_output=True, text=True, timeout=400)
        sys.stdout.write(client.stdout)
        sys.stderr.write(client.stderr)
        return client.returncode
    finally:
        for process in (app, bus):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()


if __name__ == "__main__":
    sys.exit(main())
