"""Run the real app on a real X server (Xvfb) with no window manager, as many kiosks run.

The tests drive it from outside, as a person or an assistive technology would: xdotool for
window geometry and keys, ImageMagick's ``import`` for what is on the screen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1920, 1080)


def missing_tools(*tools: str) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


class BareX:
    """An Xvfb display with nothing else on it (no window manager, no compositor)."""

    def __init__(self, size: tuple[int, int] = SCREEN):
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24",
             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.close()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        env.update(extra)
        return env

    def run(self, *command: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(command, env=self.env(), capture_output=True, text=True,
                              timeout=60, **kwargs)

    def windows(self, name: str = ".") -> list[tuple[str, tuple[int, int, int, int]]]:
        """Visible top-level windows whose title matches ``name``: (id, (x, y, w, h))."""
        found = self.run("xdotool", "search", "--onlyvisible", "--name", name).stdout.split()
        result = []
        for window in found:
            shape = self.run("xdotool", "getwindowgeometry", "--shell", window).stdout
            values = dict(line.split("=", 1) for line in shape.split())
            result.append((window, tuple(int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))))
        return result

    def wait_for_window(self, name: str, timeout: float = 60) -> tuple[int, int, int, int]:
        """The geometry of the window titled ``name`` once it is shown and stops changing."""
        deadline, last = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            found = self.windows(name)
            if found and found[0][1] == last:
                return last
            last = found[0][1] if found else None
            time.sleep(1)
        raise AssertionError(f"no window {name!r} within {timeout} s")

    def key(self, *keys: str) -> None:
        self.run("xdotool", "key", *keys)

    def screenshot(self, path: Path):
        """The whole screen, as a QImage (the test process's Qt reads the PNG)."""
        from PySide6.QtGui import QImage

        self.run("import", "-window", "root", str(path))
        return QImage(str(path))

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def launch(bare_x: BareX, *args: str, data_dir: Path, **env: str) -> subprocess.Popen:
    """``python -m asthma_app ARGS`` on the bare X display, with its own data folder."""
    return subprocess.Popen(
        [sys.executable, "-m", "asthma_app", *args], cwd=ROOT,
        env=bare_x.env(ASTHMA_APP_DATA_DIR=str(data_dir), **env),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(process: subprocess.Popen) -> str:
    """End the app (SIGTERM: it quits through Qt); its error output."""
    if process.poll() is None:
        process.terminate()
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    return err
