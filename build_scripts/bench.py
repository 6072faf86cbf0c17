"""Performance figures for start-up and Trends (``make bench``): one ``NAME VALUE UNIT`` a line.

Not a test: the numbers depend on the machine; docs/performance.md records them with the date
and machine. The 20-year profile is ``generate_history(years=20, readings_per_session=2)``:
29,200 readings (two per session, twice a day), 7,300 diary days and about 13,700 preventer doses
logged (two a day, a few missed or not logged) with the inhalers started. Start-up is measured in
fresh processes (median of several runs) from launch to the first paint of the window,
with the app's bytecode compiled first as an installed copy has it:
a bare PySide6 QMainWindow (the floor), the same bare window importing PySide6 as the app
does (its support code compiled ahead: ``ui/pyside_code.py``; the like-for-like floor) and the
real app on the Today screen, run in turns.
The Trends figures are medians over fresh processes on the offscreen platform, drawing
included, until Qt is idle: Trends opened after a second on Today (as a person would; the app
builds the Trends page in that idle time) and, for comparison, "cold", the moment the window
is first drawn. Each figure's single runs are printed too (``# NAME runs: ...``).

Start-up is also counted in instructions (``valgrind --tool=callgrind``, launch to first paint,
every thread, once each: deterministic), the floor and the app in the same run, since on a
shared machine the times swing more than the changes being measured; so are Trends opened cold
and "All" (each block alone, in a fresh process under callgrind that counts nothing else:
``trends_instructions``). ``BENCH_CALLGRIND=0`` skips the counts (~3-8 minutes). The timed
starts end cleanly, so from the second on the app finds the diary's bytes as they last passed
the start-up check and takes that verdict (storage/check_record.py), as everyday use does;
``startup_20y_full_check_instructions_m`` counts a start after something else changed the file
(the full check). The bundle's size is printed when ``make bundle`` has built one.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = 5
# Start-ups of each kind, in turns. The same bare window took 181-346 ms in 24 starts in a
# row on a quiet machine (2026-12-01): with 15 each, the ratio of two medians moved by about
# +-0.1 between identical runs; with 40 its noise is about 0.6 of that (docs/performance.md).
STARTUP_RUNS = 40

BARE = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
launched = float(os.environ["ASTHMA_APP_LAUNCHED_AT"])
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, done)
def done():
    print(f"first_paint_ms {(time.time() - launched) * 1000:.1f}", flush=True)
    if os.environ.get("ASTHMA_APP_QUIT_AFTER_PAINT") == "now":
        os._exit(0)
    app.quit()
app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("Hello"))
window.resize(1200, 760)
window.show()
app.exec()
"""
# The same bare window importing PySide6 as the app does (ui/pyside_code.py): with PySide6's
# own support code and patterns compiled ahead. The app pays that import less than the bare
# window; against this floor the ratio counts only what the app adds.
BARE_COMPILED_AHEAD = """
from asthma_app.ui.pyside_code import compiling_ahead
with compiling_ahead():
    import PySide6.QtCore, PySide6.QtWidgets
""" + BARE


def compile_bytecode() -> None:
    """Time the app as installed: pip and PyInstaller install compiled bytecode. From a
    checkout under ``PYTHONDONTWRITEBYTECODE`` (set on some machines, this one included)
    Python would otherwise recompile every module of the app at every start (~50 ms here)."""
    import compileall

    compileall.compile_dir(ROOT / "asthma_app", quiet=1)
    # and, as the bundle has them, the dataclasses' methods (asthma_app/dataclass_code.py)
    subprocess.run([sys.executable, str(ROOT / "build_scripts" / "dataclass_code.py")],
                   check=True, capture_output=True)


def first_paint_ms(args: list[str]) -> float:
    env = dict(os.environ, ASTHMA_APP_QUIT_AFTER_PAINT="1", PYTHONPATH=str(ROOT))
    env["ASTHMA_APP_LAUNCHED_AT"] = repr(time.time())
    out = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    line = next(line for line in out.splitlines() if line.startswith("first_paint_ms"))
    return float(line.split()[1])


def startup_times(commands: dict[str, list[str]]) -> dict[str, list[float]]:
    """First-paint times of each command, run in turns (A B C A B C ...): a busy moment of
    the machine then falls on the floor and the app alike, not on one of them."""
    for args in commands.values():
        first_paint_ms(args)  # warm the disk cache; not counted
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(STARTUP_RUNS):
        for name, args in commands.items():
            times[name].append(first_paint_ms(args))
    for name, values in times.items():
        print(f"# {name} runs: {' '.join(f'{value:.0f}' for value in values)}", flush=True)
    return times


def instructions(args: list[str], data: Path | None = None, full_check: bool = False) -> int:
    """Instructions executed from launch to the first paint, every thread counted
    (``valgrind --tool=callgrind``): unlike a time, the same for the same code and data however
    busy the machine is. The app quits the moment it has painted (``QUIT_AFTER_PAINT=now``);
    ``data`` is copied first, since a start writes to its folder. The copy keeps the record of
    the bytes that passed the start-up check at the last clean end (the timed starts before
    leave one, as everyday use does); ``full_check`` removes it: a start after the file was
    changed by anything else (storage/check_record.py)."""
    folder = Path(tempfile.mkdtemp(prefix="asthma-bench-cg-"))
    if data is not None:
        shutil.copytree(data, folder / "data")
        args = [arg.replace(str(data), str(folder / "data")) for arg in args]
        if full_check:
            from asthma_app.paths import DATABASE_NAME
            from asthma_app.storage.check_record import record_path

            record_path(folder / "data" / DATABASE_NAME).unlink(missing_ok=True)
    out = folder / "callgrind.out"
    env = dict(os.environ, ASTHMA_APP_QUIT_AFTER_PAINT="now", PYTHONPATH=str(ROOT),
               ASTHMA_APP_LAUNCHED_AT=repr(time.time()))
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                    sys.executable, *args], env=env, capture_output=True, check=True,
                   timeout=1800)
    total = next(line for line in out.read_text().splitlines() if line.startswith("totals:"))
    shutil.rmtree(folder, ignore_errors=True)
    return int(total.split()[1])


def make_data_dir(years: int | None) -> Path:
    """A data dir with one profile; with ``years`` of generated history ending today."""
    from asthma_app.domain.profile import Profile
    from asthma_app.domain.synthetic import generate_history
    from asthma_app.paths import DATABASE_NAME
    from asthma_app.services.profiles import create_profile
    from asthma_app.services.sample_data import load_history
    from asthma_app.storage.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="asthma-bench-"))
    db = open_database(folder / DATABASE_NAME)  # the file the app opens from --data-dir
    profile = create_profile(db, Profile("Bench Patient", 1980))
    if years:
        history = generate_history(years=years, readings_per_session=2,
                                   end=date.today() - timedelta(days=1))
        load_history(db, profile, history)
    db.close()
    return folder


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def settle(app) -> None:
    """Process events until Qt has nothing left to do: the layout and drawing that follow a
    change (a scroll bar appearing, a second paint) count as part of it."""
    for _ in range(50):
        start = time.perf_counter()
        app.processEvents()
        if ms_since(start) < 0.5:
            return


def counting(state: str) -> None:
    """Switch callgrind's counting ``on`` or ``off`` in this process (started under
    ``valgrind --tool=callgrind --instr-atstart=no``: see :func:`trends_instructions`)."""
    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True,
                   capture_output=True, timeout=120)


@contextmanager
def timed(figures: dict[str, float], name: str, counted: str | None) -> Iterator[None]:
    """``figures[name]``: the milliseconds the block takes; when ``name`` is ``counted``,
    callgrind counts the block's instructions (and nothing else of the process)."""
    if name == counted:
        counting("on")
    start = time.perf_counter()
    yield
    figures[name] = ms_since(start)
    if name == counted:
        counting("off")


def trends_figures(folder: Path, idle_ms: int, counted: str | None = None) -> dict[str, float]:
    """Trends on the 20-year profile, in this (fresh) process: the window is shown, left idle
    for ``idle_ms`` (a person reading Today; the app builds the Trends page meanwhile, see
    ``pages.WARM_UP``), then Trends is opened and each range is shown. ``counted``: the one
    figure whose instructions callgrind counts (:func:`trends_instructions`)."""
    from asthma_app import dataclass_code

    dataclass_code.install(dataclass_code.shipped())  # as app.main does, before any import
    from asthma_app.app import create_application, create_main_window
    from asthma_app.paths import DATABASE_NAME
    from asthma_app.storage.database import open_database

    app = create_application()
    if idle_ms == 0:  # cold: Trends never prepared first, however slowly this process runs
        from asthma_app.ui import main_window  # (callgrind slows it: 300 ms pass in settle)

        main_window.WARM_UP_AFTER_MS = 3_600_000
    db = open_database(folder / DATABASE_NAME)
    window = create_main_window(db)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    idle_until = time.perf_counter() + idle_ms / 1000
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.005)
    settle(app)
    figures: dict[str, float] = {}
    with timed(figures, "trends_open_20y_ms", counted):
        window.show_page("trends")
        settle(app)
    page = window.page("trends")
    for key in ("2w", "3m", "1y", "all"):
        page.service.refresh()  # from the database each time, as after a fresh open
        with timed(figures, f"trends_range_{key}_20y_ms", counted):
            page.set_range(key)
            settle(app)
    figures["rss_20y_mb"] = rss_mb()
    from asthma_app.services.trends import TrendsService

    session = window.session
    end = session.clock().date()
    year = (end - timedelta(days=364), end)
    stats_runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        TrendsService(session).stats(*year)  # a fresh service: reads the year from the disk
        stats_runs.append(ms_since(start))
    figures["stats_1y_ms"] = statistics.median(stats_runs)
    window.close()
    db.close()
    return figures


TREND_RUNS = 7  # fresh processes; each figure is the median of their values (3 swung +-25 ms)
IDLE_MS = 1000  # time on Today before opening Trends: at least what a person takes


def median_trends(folder: Path) -> dict[str, tuple[float, str]]:
    def run(idle_ms: int) -> dict[str, float]:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, __file__, "--trends", str(folder), str(idle_ms)],
                             env=env, capture_output=True, text=True, timeout=300,
                             check=True).stdout
        return json.loads(out.splitlines()[-1])

    runs, cold = [], []
    for _ in range(TREND_RUNS):  # in turns, like the start-ups
        runs.append(run(IDLE_MS))
        cold.append(run(0)["trends_open_20y_ms"])
    for name in runs[0]:
        print(f"# {name} runs: {' '.join(f'{r[name]:.1f}' for r in runs)}", flush=True)
    print(f"# trends_open_cold_20y_ms runs: {' '.join(f'{c:.1f}' for c in cold)}", flush=True)
    figures = {name: statistics.median(r[name] for r in runs) for name in runs[0]}
    switches = [figures[f"trends_range_{key}_20y_ms"] for key in ("2w", "3m", "1y", "all")]
    ordered = {"trends_open_20y_ms": (figures.pop("trends_open_20y_ms"), "ms"),
               "trends_open_cold_20y_ms": (statistics.median(cold), "ms"),
               "trends_range_switch_20y_ms": (statistics.median(switches), "ms")}
    ordered.update((name, (value, "MB" if name.endswith("_mb") else "ms"))
                   for name, value in figures.items())
    return ordered


def trends_instructions(folder: Path, idle_ms: int, name: str) -> int:
    """Instructions of one Trends figure (``name`` after ``idle_ms`` on Today, as in
    :func:`median_trends`), in a fresh process under callgrind that counts that block alone:
    unlike its time, the same however fast or busy the machine is."""
    out = Path(tempfile.mkdtemp(prefix="asthma-bench-cg-")) / "callgrind.out"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")  # dicts: same order
    subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                    f"--callgrind-out-file={out}", sys.executable, __file__, "--trends",
                    str(folder), str(idle_ms), name], env=env, capture_output=True,
                   check=True, timeout=1800)
    total = next(line for line in out.read_text().splitlines() if line.startswith("totals:"))
    shutil.rmtree(out.parent, ignore_errors=True)
    return int(total.split()[1])


def bundle_mb() -> float | None:
    """Size of the Linux onedir bundle (``make bundle``), if one was built, in MB (10^6)."""
    folder = ROOT / "dist" / "asthma-app"
    if not folder.is_dir():
        return None
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def main() -> int:
    started = datetime.now()
    load = os.getloadavg()[0]
    empty, twenty = make_data_dir(None), make_data_dir(20)
    bare_script = Path(tempfile.mkdtemp(prefix="asthma-bench-")) / "bare.py"
    bare_script.write_text(BARE)
    bare_ahead_script = bare_script.with_name("bare_compiled_ahead.py")
    bare_ahead_script.write_text(BARE_COMPILED_AHEAD)
    compile_bytecode()
    times = startup_times({
        "startup_bare_pyside_ms": [str(bare_script)],
        "startup_bare_pyside_compiled_ahead_ms": [str(bare_ahead_script)],
        "startup_empty_ms": ["-m", "asthma_app", "--data-dir", str(empty)],
        "startup_20y_ms": ["-m", "asthma_app", "--data-dir", str(twenty)]})
    figures = {name: (statistics.median(values), "ms") for name, values in times.items()}
    figures["startup_20y_vs_bare_ratio"] = (
        figures["startup_20y_ms"][0] / figures["startup_bare_pyside_ms"][0], "x")
    # The same ratio taken turn by turn (each start beside the floor's of the same turn),
    # then the median: when the machine changes speed within a run, the two medians above can
    # fall in different speeds (not the target's figure; docs/performance.md).
    figures["startup_20y_vs_bare_paired_ratio"] = (statistics.median(
        app / bare for app, bare in zip(times["startup_20y_ms"],
                                        times["startup_bare_pyside_ms"], strict=True)), "x")
    figures["startup_20y_vs_bare_compiled_ahead_ratio"] = (
        figures["startup_20y_ms"][0] / figures["startup_bare_pyside_compiled_ahead_ms"][0], "x")
    figures.update(median_trends(twenty))
    if os.environ.get("BENCH_CALLGRIND", "1") != "0" and shutil.which("valgrind"):
        bare = instructions([str(bare_script)])
        first_paint_ms(["-m", "asthma_app", "--data-dir", str(twenty)])  # a clean end last
        app = instructions(["-m", "asthma_app", "--data-dir", str(twenty)], data=twenty)
        figures["startup_bare_pyside_instructions_m"] = (bare / 1e6, "M")
        figures["startup_20y_instructions_m"] = (app / 1e6, "M")
        figures["startup_20y_vs_bare_instructions_ratio"] = (app / bare, "x")
        full = instructions(["-m", "asthma_app", "--data-dir", str(twenty)], data=twenty,
                            full_check=True)
        figures["startup_20y_full_check_instructions_m"] = (full / 1e6, "M")
        for figure, idle_ms, name in (
                ("trends_open_cold_20y_instructions_m", 0, "trends_open_20y_ms"),
                ("trends_range_all_20y_instructions_m", IDLE_MS, "trends_range_all_20y_ms")):
            figures[figure] = (trends_instructions(twenty, idle_ms, name) / 1e6, "M")
    size = bundle_mb()
    if size is not None:
        figures["bundle_linux_onedir_mb"] = (size, "MB")
    print(f"# {started:%Y-%m-%d %H:%M}, {os.cpu_count()} CPUs, load average at start "
          f"{load:.1f}, at end {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}, "
          "20-year profile: 29,200 readings (2 per session), 7,300 diary days, about 13,700 "
          "preventer doses logged and 170 inhalers")
    for name, (value, unit) in figures.items():
        print(f"{name} {value:.2f} {unit}" if unit == "x" else f"{name} {value:.1f} {unit}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--trends"]:  # one fresh process of median_trends
        print(json.dumps(trends_figures(Path(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:5])))
        raise SystemExit(0)
    raise SystemExit(main())
