"""Smoke test of the built bundle: what is inside, a CLI round trip, a passphrase-protected
person's encrypted diary (SQLCipher), a plan PDF written and read back (pypdf), GUI starts and
a second launch handing over to the first; headless, temporary data folder.

The two libraries the app imports only when needed (``sqlcipher3`` for a protected person,
``pypdf`` for the plan inside a PDF) are exercised through the bundle's own command line, so a
bundle that left one out, or whose compiled SQLCipher does not load, fails here.

Usage: python build_scripts/smoke_bundle.py [PATH_TO_EXECUTABLE]
Default: the bundle ``build_bundle.py`` makes on this platform (``bundle_paths``): on Windows
``asthma-app.exe`` (windowed) with ``asthma-app-cli.exe`` for the command line, on macOS the
executable inside ``Asthma Plan & Diary.app``. Prints timings: bundle GUI start to first paint
vs the same from source (``--no-source`` skips that, e.g. for an installed package).
Exit status 0 when every step passed.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("cy", "pl", "ur", "bn")
PASSPHRASE = "smoke test passphrase"
# A plan file made by the app (build_scripts/example_pdfs.py's made-up patient).
PLAN_FILE = ROOT / "build_scripts" / "smoke_plan.asthmaplan"


def bundle_paths(platform: str = sys.platform, dist: Path = ROOT / "dist") -> tuple[Path, Path]:
    """(windowed program, command-line program) of the bundle built on ``platform``."""
    if platform == "win32":
        folder = dist / "asthma-app"
        return folder / "asthma-app.exe", folder / "asthma-app-cli.exe"
    if platform == "darwin":
        exe = dist / "Asthma Plan & Diary.app" / "Contents" / "MacOS" / "asthma-app"
        return exe, exe
    exe = dist / "asthma-app" / "asthma-app"
    return exe, exe


def bundle_root(exe: Path) -> Path:
    """The folder holding everything PyInstaller collected (the .app on macOS)."""
    exe = exe.resolve()
    return exe.parents[2] if exe.parent.name == "MacOS" else exe.parent


def run(command: list[str], data: Path, stdin: str = "", **env) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASTHMA_APP_DATA_DIR": str(data),
                **env}
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=full_env,
                          input=stdin)


def check(result: subprocess.CompletedProcess, what: str) -> None:
    if result.returncode != 0:
        raise SystemExit(f"FAILED {what}: exit {result.returncode}\n{result.stdout}\n"
                         f"{result.stderr}")
    print(f"ok   {what}")


def contents(exe: Path) -> None:
    """Translations and read-aloud are in the bundle (both were once left out)."""
    root = bundle_root(exe)
    for code in LANGUAGES:
        if not any(root.rglob(f"asthma_app_{code}.qm")):
            raise SystemExit(f"FAILED translation {code} missing from {root}")
    print("ok   app translations (cy, pl, ur, bn) bundled")
    engines = sorted(p.name for p in root.rglob("*qtexttospeech_*") if "mock" not in p.name)
    if not engines:
        raise SystemExit(f"FAILED no text-to-speech engine plug-in in {root}")
    print(f"ok   read-aloud engines bundled: {', '.join(engines)}")
    if sys.platform.startswith("linux"):
        speech_libraries_resolve(root)
        icu = next(root.rglob("libicudata.so.*"), None)
        if icu is not None and icu.stat().st_size > 10_000_000:  # the full one is 32 MB
            raise SystemExit(f"FAILED {icu.name} is not the trimmed one (icu_data.py)")
        print("ok   ICU data trimmed to our languages")


SYSTEM_SPEECH = ("libspeechd",)  # from the system's speech-dispatcher, when installed


def speech_libraries_resolve(root: Path) -> None:
    """Linux: every library the speech plug-in needs is in the bundle (a missing one means the
    plug-in silently fails to load and read-aloud disappears), except speech-dispatcher's own
    client library, which belongs with the system's speech service."""
    internal = next((p.parent for p in root.rglob("libQt6Core.so.6")), root)
    for plugin in root.rglob("libqtexttospeech_speechd.so"):
        env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                 env=env).stdout
        missing = [line.split()[0] for line in listing.splitlines() if "not found" in line
                   and not line.strip().startswith(SYSTEM_SPEECH)]
        if missing:
            raise SystemExit(f"FAILED {plugin.name} cannot load: {', '.join(missing)} missing")
        print(f"ok   {plugin.name} finds every library it needs")


def launches_twice(exe: Path, data: Path) -> None:
    """A second launch asks the first to come forward and exits 0; the first keeps running."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASTHMA_APP_DATA_DIR": str(data)}
    first = subprocess.Popen([str(exe)], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (data / "app.lock").exists():
            if first.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"FAILED first launch: {first.communicate()}")
            time.sleep(0.2)
        time.sleep(2)  # it listens once its first screen is drawn
        second = run([str(exe)], data)
        check(second, "second launch hands over and exits")
        if first.poll() is not None:
            raise SystemExit("FAILED the first launch ended when the second started")
        print("ok   first launch still running")
    finally:
        first.terminate()
        try:
            first.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.communicate()


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


def protected_person(exe: Path, data: Path) -> None:
    """A passphrase-protected person made, written and read through the bundle: their diary
    is a SQLCipher file (the bundle's sqlcipher3 and its SQLCipher library load), unreadable
    as SQLite, and nothing is shown without the passphrase."""
    secret = PASSPHRASE + "\n"
    check(run([str(exe), "create-profile", "Smoke Vault", "--passphrase-stdin"], data,
              stdin=secret), "create-profile with a passphrase")
    check(run([str(exe), "log-reading", "--profile", "Smoke Vault", "390", "--at",
               "2026-01-03T08:00", "--passphrase-stdin"], data, stdin=secret),
          "log-reading in the encrypted diary")
    listed = run([str(exe), "readings", "--profile", "Smoke Vault", "--passphrase-stdin"], data,
                 stdin=secret)
    check(listed, "readings from the encrypted diary")
    if "2026-01-03T08:00\t390" not in listed.stdout:
        raise SystemExit(f"FAILED encrypted reading not read back: {listed.stdout!r}")
    print("ok   encrypted reading written and read back")
    refused = run([str(exe), "readings", "--profile", "Smoke Vault"], data)
    if refused.returncode != 2 or "390" in refused.stdout + refused.stderr:
        raise SystemExit(f"FAILED readings without the passphrase: exit {refused.returncode}"
                         f"\n{refused.stdout}\n{refused.stderr}")
    print("ok   nothing shown without the passphrase")
    vaults = sorted((data / "people").glob("*.db"))
    if not vaults:
        raise SystemExit(f"FAILED no encrypted diary in {data / 'people'}")
    for path in vaults:
        not_sqlite(path)
    print(f"ok   encrypted diary not readable as SQLite ({len(vaults)} file)")


def not_sqlite(path: Path) -> None:
    """``path`` has no SQLite header and Python's own SQLite cannot read it."""
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise SystemExit(f"FAILED {path.name} is a plain SQLite file")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()
    raise SystemExit(f"FAILED {path.name} opened as plain SQLite")


def plan_pdf_round_trip(exe: Path, folder: Path) -> None:
    """The plan hand-over: a plan taken from a plan file, printed to a PDF carrying it (Qt's
    PDF writer, then pypdf attaches the plan), and that PDF imported on another computer (a
    second data folder), where pypdf reads the attachment back."""
    nurse, home, pdf = folder / "nurse", folder / "home", folder / "plan.pdf"
    for data in (nurse, home):
        check(run([str(exe), "create-profile", "Sam Patel", "--birth-year", "1990"], data),
              f"create-profile ({data.name})")
    check(run([str(exe), "import", str(PLAN_FILE), "--profile", "Sam Patel", "--yes"], nurse),
          "import a plan file")
    check(run([str(exe), "export", "--profile", "Sam Patel", "--format", "pdf-plan", "--out",
               str(pdf)], nurse), "export the plan PDF")
    if not pdf.read_bytes().startswith(b"%PDF-"):
        raise SystemExit(f"FAILED {pdf.name} is not a PDF")
    taken = run([str(exe), "import", str(pdf), "--profile", "Sam Patel", "--yes"], home)
    check(taken, "import the plan PDF")
    if "with Nurse Jones is now plan version 1" not in taken.stdout:
        raise SystemExit(f"FAILED the PDF's plan not taken: {taken.stdout!r}")
    print("ok   plan PDF written and its plan read back")


def gui_start(command: list[str], data: Path, label: str, runs: int = 3) -> float:
    """Median seconds from process start to quitting after the first paint."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = run(command, data, ASTHMA_APP_QUIT_AFTER_PAINT="1")
        times.append(time.perf_counter() - start)
        check(result, f"{label} GUI starts, paints and exits 0")
    return sorted(times)[len(times) // 2]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    compare = "--no-source" not in args
    args = [arg for arg in args if arg != "--no-source"]
    gui, cli = (Path(args[0]), Path(args[0])) if args else bundle_paths()
    if args and gui.name == "asthma-app.exe":
        cli = gui.with_name("asthma-app-cli.exe")
    if not gui.exists():
        raise SystemExit(f"No bundle at {gui}: build it first with 'make bundle'.")
    contents(gui)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        cli_round_trip(cli, data)
        protected_person(cli, data / "vault")
        plan_pdf_round_trip(cli, data / "handover")
        bundle = gui_start([str(gui)], data, "bundle")
        launches_twice(gui, Path(folder) / "twice")
        if compare:
            source = gui_start([sys.executable, "-m", "asthma_app"], data, "source")
    timing = f"bundle {bundle:.2f} s" + (f", source {source:.2f} s" if compare else "")
    print(f"start-up to first paint (median of 3): {timing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
