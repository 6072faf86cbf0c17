"""Smoke test of the built bundle: CLI round trip and a GUI start, headless, temp data dir.

Usage: python build_scripts/smoke_bundle.py [PATH_TO_EXECUTABLE]   (default: dist/asthma-app/)
Prints timings: bundle GUI start to first paint vs the same from source.
Exit status 0 when every step passed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / "dist" / "asthma-app" / ("asthma-app.exe" if os.name == "nt" else "asthma-app")


def run(command: list[str], data: Path, **env) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASTHMA_APP_DATA_DIR": str(data),
                **env}
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=full_env)


def check(result: subprocess.CompletedProcess, what: str) -> None:
    if result.returncode != 0:
        raise SystemExit(f"FAILED {what}: exit {result.returncode}\n{result.stdout}\n"
                         f"{result.stderr}")
    print(f"ok   {what}")


def cli_round_trip(exe: Path, data: Path) -> None:
    check(run([str(exe), "--version"], data), "--version")
    check(run([str(exe), "create-profile", "Smoke Test"], data), "create-profile")
    check(run([str(exe), "log-reading", "--profile", "Smoke Test", "410", "430",
               "--at", "2026-01-02T08:00"], data), "log-reading")
    listed = run([str(exe), "readings", "--profile", "Smoke Test"], data)
    check(listed, "readings")
    if "2026-01-02T08:00\t430" not in listed.stdout:
        raise SystemExit(f"FAILED reading not read back: {listed.stdout!r}")
    print("ok   reading written and read back")


def gui_start(command: list[str], data: Path, label: str, runs: int = 3) -> float:
    """Median seconds from process start to quitting after the first paint."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = run(command, data, ASTHMA_APP_QUIT_AFTER_PAINT="1")
        times.append(time.perf_counter() - start)
        check(result, f"{label} GUI starts, paints and exits 0")
    return sorted(times)[len(times) // 2]


def main() -> int:
    exe = Path(sys.argv[1]) if len(sys.argv) > 1 else EXE
    if not exe.exists():
        raise SystemExit(f"No bundle at {exe}: build it first with 'make bundle'.")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        cli_round_trip(exe, data)
        bundle = gui_start([str(exe)], data, "bundle")
        source = gui_start([sys.executable, "-m", "asthma_app"], data, "source")
    print(f"start-up to first paint (median of 3): bundle {bundle:.2f} s, source {source:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
