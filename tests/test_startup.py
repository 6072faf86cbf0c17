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


WARM_UP_SCRIPT = """
import sys, time
from pathlib import Path
from asthma_app.app import create_application, create_main_window
from asthma_app.storage.database import open_database

app = create_application()
window = create_main_window(open_database(Path(sys.argv[1])))
seen = {}
window.first_painted.connect(lambda: seen.setdefault("at_paint", "trends" in window._built))
window.show()
deadline = time.monotonic() + 30
while "trends" not in window._built and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
trends = window.page("trends")
print(seen.get("at_paint"), trends.built, trends.isVisible(), trends._dirty,
      "PySide6.QtCharts" in sys.modules)
"""


def test_trends_is_built_in_idle_time_after_the_first_paint_and_reads_data_when_shown(
        db, data_dir, clock):
    from asthma_app import paths

    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", WARM_UP_SCRIPT, str(paths.database_path())],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # not before the paint; built soon after, hidden, its data still to be read when shown
    assert done.stdout.split() == ["False", "True", "False", "True", "True"]


def test_a_clean_end_lets_the_next_start_take_the_last_verdict_until_the_file_changes(
        db, data_dir, clock):
    """Real processes: the app's own clean end records the bytes it checked; the next start
    with the same bytes takes that verdict (storage/check_record.py); a write by another
    program in between brings the full check back."""
    from asthma_app import paths
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASTHMA_APP_QUIT_AFTER_PAINT="1",
               PYTHONPATH=str(ROOT))

    def start() -> str:
        done = subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir)],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return dict(line.split(" ", 1) for line in done.stdout.splitlines())["start_check"]

    assert start() == "ok"  # nothing recorded yet: the full check
    assert start() == "recalled"
    script = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
              " c.execute(\"UPDATE profiles SET name = 'Sam B'\"); c.commit(); c.close()")
    subprocess.run([sys.executable, "-c", script, str(paths.database_path())], check=True,
                   timeout=60)
    assert start() == "ok"  # changed by another program: checked in full again
    assert start() == "recalled"


NAMESPACE_SCRIPT = """
import os, sys
exit_now = os._exit

def report(code):
    import PySide6.QtCore, PySide6.QtGui
    print("qt_namespace_built", "Qt" in PySide6.QtCore.__dict__, flush=True)
    print("qaccessible_built", "QAccessible" in PySide6.QtGui.__dict__, flush=True)
    exit_now(code)

os._exit = report  # the start-up hook quits this way the moment the window has painted
from asthma_app.app import main
main(["--data-dir", sys.argv[1]])
"""


def _to_first_paint(script: str, data_dir) -> subprocess.CompletedProcess:
    """``script`` in a fresh process that starts the app on ``data_dir`` and quits at once
    after the first paint."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASTHMA_APP_QUIT_AFTER_PAINT="now",
               PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", script, str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_first_paint_does_not_build_the_qt_namespace(db, data_dir, clock):
    """PySide6 builds all ~100 Python enums of ``Qt`` on its first use (~100 million
    instructions): labels set their text format by value (ui/widgets/common.PLAIN_TEXT).
    ``QAccessible`` (~190 enum members) waits for the first splitter (ui/accessibility.py)."""
    from PySide6.QtCore import Qt

    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile
    from asthma_app.ui.widgets import common

    assert Qt.TextFormat.PlainText.value == common.PLAIN_TEXT
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == common.SELECTABLE_BY_MOUSE
    create_profile(db, Profile("Sam"), clock)
    db.close()
    done = _to_first_paint(NAMESPACE_SCRIPT, data_dir)
    assert "first_paint_ms" in done.stdout, done.stderr
    assert "qt_namespace_built False" in done.stdout
    assert "qaccessible_built False" in done.stdout


MODULES_SCRIPT = """
import os, sys
exit_now = os._exit

def report(code):
    print("loaded", " ".join(sorted(sys.modules)), flush=True)
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    print("gui_types", " ".join(sorted(PySide6.QtGui.__dict__)), flush=True)
    print("widget_types", " ".join(sorted(PySide6.QtWidgets.__dict__)), flush=True)
    print("core_types", " ".join(sorted(PySide6.QtCore.__dict__)), flush=True)
    exit_now(code)

os._exit = report  # the start-up hook quits this way the moment the window has painted
from asthma_app.app import main
main(["--data-dir", sys.argv[1]])
"""

# Not needed to draw Today, so not imported before it is drawn (docs/performance.md): the
# schema migrations of a diary that has them all (their names tell the version); recovery
# and backups, for a diary the check passed (the daily backup job clears a cut-off backup's
# leftovers after the paint); exact fractions, only for readings and plans on two scales;
# the reminders (their tray icon and timer start a moment after the paint, ui/home.py).
NOT_BEFORE_THE_FIRST_PAINT = (
    "asthma_app.ui.reminders",
    "asthma_app.services.reminders",
    "asthma_app.storage.migrations.m0001_initial",
    "asthma_app.storage.migrations.m0010_dose_days",
    "asthma_app.storage.recovery",
    "asthma_app.storage.backup",
    "fractions",
    "decimal",
)


def test_the_first_paint_imports_only_what_today_needs(db, data_dir, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    db.close()
    done = _to_first_paint(MODULES_SCRIPT, data_dir)
    assert "first_paint_ms" in done.stdout, done.stderr
    loaded = set(next(line for line in done.stdout.splitlines()
                      if line.startswith("loaded ")).split()[1:])
    assert "asthma_app.ui.pages.today" in loaded  # the report is taken at the paint
    assert loaded.isdisjoint(NOT_BEFORE_THE_FIRST_PAINT), \
        sorted(loaded & set(NOT_BEFORE_THE_FIRST_PAINT))
    # No event filter in Python on the window (ui/plan_drop.py): PySide6 builds an event's
    # Python type when Python first receives one, and a filter receives every kind
    gui_types = set(next(line for line in done.stdout.splitlines()
                         if line.startswith("gui_types ")).split()[1:])
    assert "QPaintEvent" in gui_types  # the window's own paintEvent (first_painted)
    assert gui_types.isdisjoint({"QMoveEvent", "QResizeEvent", "QDragEnterEvent"})
    # PySide6 builds a class's Python type and enums on first use: the lock screen's
    # passphrase field, and Qt's own translations (not for English), wait for their use
    widget_types = set(next(line for line in done.stdout.splitlines()
                            if line.startswith("widget_types ")).split()[1:])
    assert "QLabel" in widget_types
    assert "QLineEdit" not in widget_types
    core_types = set(next(line for line in done.stdout.splitlines()
                          if line.startswith("core_types ")).split()[1:])
    assert "QTimer" in core_types
    assert "QLibraryInfo" not in core_types


SCAN_SCRIPT = """
import sys
from asthma_app.ui.application import create_application

app = create_application()
feature = sys.modules["PySide6.support.feature"]
read = []
real = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: read.append(module.__name__) or real(module)
import iniconfig  # noqa: F401 - neither the app's nor Python's: PySide6 still reads it
import colorsys  # noqa: F401 - Python's own
import json  # noqa: F401 - Python's own, imported before PySide6
from asthma_app.domain.nhs_number import normalise  # noqa: F401 - the app's, after PySide6
from asthma_app.ui.file_filters import file_filter  # noqa: F401 - a ui module
print("read", *read)
table = feature.pyside_feature_dict
print("value", table.get("asthma_app.domain.nhs_number"), table.get("asthma_app.ui.file_filters"),
      table.get("colorsys"), table.get("json"), real(colorsys), real(json))
"""


def test_pyside_does_not_read_the_source_of_the_app_s_modules():
    """PySide6 reads the source of each module imported after it, for its ``__feature__``
    modes (ui/application.py, ``_NoFeatureScan``): the app's modules are told apart by
    their layer instead, and Python's own are known not to use PySide6, with the value the
    scan gives."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCAN_SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) if " " in line else (line, "")
                 for line in done.stdout.splitlines())
    assert "iniconfig" in lines["read"].split()  # the hook runs: not the app's, not Python's
    assert all(name.startswith("iniconfig") for name in lines["read"].split())
    # what the scan finds: PySide6 is used in ui/ only, and in none of Python's own modules
    assert lines["value"] == "-1 0 -1 -1 False False"


COMPILED_SCRIPT = """
import os, sys
from pathlib import Path
from asthma_app import dataclass_code
from asthma_app.ui import pyside_code
exit_now = os._exit

def report(code):
    print("dataclass_methods", dataclass_code.counts["found"], dataclass_code.counts["compiled"],
          flush=True)
    print("pyside_support_code", *pyside_code.counts.values(), flush=True)
    exit_now(code)

os._exit = report  # the start-up hook quits this way the moment the window has painted
dataclass_code.shipped = lambda: Path(sys.argv[2])
pyside_code.shipped = lambda: Path(sys.argv[2]).with_name(pyside_code.FILE_NAME)
from asthma_app.app import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_first_paint_compiles_no_dataclass_method_the_build_compiled(
        db, data_dir, clock, tmp_path):
    """``build_scripts/dataclass_code.py`` compiles the methods ``dataclasses`` makes for
    every class of the app; start-up then parses and compiles none
    (asthma_app/dataclass_code.py). Nor any of PySide6's support code (ui/pyside_code.py)."""
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    db.close()
    compiled = tmp_path / "dataclass_code.marshal"
    made = subprocess.run([sys.executable, str(ROOT / "build_scripts" / "dataclass_code.py"),
                           "--output", str(compiled)], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert made.returncode == 0, made.stderr
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASTHMA_APP_QUIT_AFTER_PAINT="now",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", COMPILED_SCRIPT, str(data_dir), str(compiled)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found, compiled_now = next(line for line in done.stdout.splitlines()
                               if line.startswith("dataclass_methods ")).split()[1:]
    assert int(compiled_now) == 0
    assert int(found) > 100  # ~40 classes, 4-6 methods each
    found, compiled_now, patterns, patterns_compiled = next(
        line for line in done.stdout.splitlines()
        if line.startswith("pyside_support_code ")).split()[1:]
    assert (int(found), int(compiled_now)) == (14, 0)  # PySide6 6.11: 14 modules, all found
    # and its regular expressions (those the app had not compiled already)
    assert int(patterns) > 5 and int(patterns_compiled) == 0


def _noting_until_first_paint(noting: str, name: str, found: str) -> str:
    """A start-up script: ``noting`` (code that wraps something and keeps a list ``found``)
    runs first; when the window has painted, the script prints ``name`` and that list."""
    return noting + f"""
exit_now = os._exit

def report(code):
    print("{name}", *{found}, flush=True)
    exit_now(code)

os._exit = report  # the start-up hook quits this way the moment the window has painted
from asthma_app.app import main
main(["--data-dir", sys.argv[1]])
"""


THREADS_SCRIPT = _noting_until_first_paint("""
import os, sys, threading
started = []
start = threading.Thread.start

def noting_the_name(thread):
    started.append(thread.name)
    start(thread)

threading.Thread.start = noting_the_name
""", "threads_started", "started")


def test_start_up_starts_no_thread_but_the_check(db, data_dir, clock):
    """Before the first paint the only other thread is the start-up check, whose hash runs
    without Python's lock. Threads that need the lock in many small steps (PySide6 reading
    the font list, "startup4"; fontconfig's start importing ctypes, "startup6") only made the
    main thread wait for them: neither made the start faster (docs/performance.md)."""
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    db.close()
    done = _to_first_paint(THREADS_SCRIPT, data_dir)
    assert "first_paint_ms" in done.stdout, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("threads_started"))
    assert line.split()[1:] == ["quick-check"]


SIGNATURES_SCRIPT = _noting_until_first_paint("""
import inspect, os, sys
asked = []
signature = inspect.signature

def noting_the_object(obj, *args, **kwargs):
    asked.append(getattr(obj, "__qualname__", repr(obj)))
    return signature(obj, *args, **kwargs)

inspect.signature = noting_the_object
""", "signatures_asked", "asked")


def test_start_up_makes_no_dataclass_docstring(db, data_dir, clock):
    """A dataclass without a docstring of its own gets one made by ``dataclasses`` at import,
    from ``inspect.signature`` (~0.1 ms each, 16 classes before the first paint until
    "startup6"): every dataclass on the way to Today's first paint has its own."""
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Sam"), clock)
    db.close()
    done = _to_first_paint(SIGNATURES_SCRIPT, data_dir)
    assert "first_paint_ms" in done.stdout, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("signatures_asked"))
    assert line.split()[1:] == []
