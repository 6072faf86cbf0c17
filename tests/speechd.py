"""A private speech-dispatcher for tests: real speech, no sound card, nothing of the machine's.

It runs with its own configuration, home and runtime folders under a temporary folder, speaks
through libao's ``null`` driver (audio is produced and thrown away, so the engine goes
Speaking -> Ready as with a loudspeaker), and listens on its own socket. Tests reach it through
``SPEECHD_ADDRESS``; every other test points that variable at a socket nobody listens on, so no
test ever starts or talks to the machine's own speech-dispatcher (docs/testing.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

MODULE_CONFIG = Path("/etc/speech-dispatcher/modules/espeak-ng.conf")
SERVER_CONFIG = """\
LogLevel 2
AudioOutputMethod "libao"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
"""


class SpeechDispatcher:
    """``start()`` returns None, or why it cannot start (then the test skips with that)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.socket = folder / "speechd.sock"
        self.process: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"unix_socket:{self.socket}"

    def start(self, timeout: float = 20.0) -> str | None:
        program = shutil.which("speech-dispatcher")
        if program is None:
            return "speech-dispatcher is not installed (Debian: speech-dispatcher)"
        if not MODULE_CONFIG.exists() or not Path("/usr/lib/speech-dispatcher-modules/"
                                                  "sd_espeak-ng").exists():
            return ("speech-dispatcher's espeak-ng module is not installed "
                    "(Debian: speech-dispatcher-espeak-ng)")
        config, home, run, logs = (self.folder / name for name in ("config", "home", "run", "log"))
        for folder in (config / "modules", home, run, logs):
            folder.mkdir(parents=True, exist_ok=True)
        run.chmod(0o700)
        (config / "speechd.conf").write_text(SERVER_CONFIG)
        shutil.copy(MODULE_CONFIG, config / "modules" / MODULE_CONFIG.name)
        (home / ".libao").write_text("default_driver=null\nquiet\n")  # over /etc/libao.conf
        env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(run),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"))
        env.pop("SPEECHD_ADDRESS", None)
        self.process = subprocess.Popen(
            [program, "--run-single", "--timeout", "0", "--communication-method", "unix_socket",
             "--socket-path", str(self.socket), "--config-dir", str(config),
             "--log-dir", str(logs), "--pid-file", str(self.folder / "pid")],
            env=env, cwd=self.folder, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.socket.exists():
                return None
            if self.process.poll() is not None:
                return f"speech-dispatcher exited with {self.process.returncode}: {self.log()}"
            time.sleep(0.05)
        self.stop()
        return f"speech-dispatcher did not open its socket in {timeout:.0f} s: {self.log()}"

    def log(self) -> str:
        found = sorted((self.folder / "log").glob("*.log"))
        return " | ".join(path.read_text(errors="replace")[-400:] for path in found)

    def stop(self) -> None:
        """Stop our server (it stops its espeak-ng module)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
