"""The real app walked by a real assistive-technology client (pyatspi over AT-SPI) on Xvfb.

Every pushable, editable and checkable object is named; no object has role "unknown"; no
header is named by a bare number; choosing a page through the Selection interface changes
the page; Trends' period choices are radio buttons; the attack dialog puts focus on a named
object; on a home diary, the People menu's NHS number and passphrase dialogs (opened by real
X input) have every control named. Skipped only where the AT-SPI bus (or its client) cannot
start.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _upstream(package: str) -> str | None:
    if shutil.which("dpkg-query") is None:
        return None
    found = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                           capture_output=True, text=True)
    return found.stdout.split("-")[0] if found.returncode == 0 else None


def _run_harness(tmp_path_factory, *args: str, prepare=None) -> dict:
    from .bare_x import BareX, missing_tools

    missing = missing_tools("Xvfb", "dbus-run-session", "dbus-send",
                            *(["xdotool"] if "home" in args else []))
    if missing:
        pytest.skip(f"the AT-SPI bus cannot start without {', '.join(missing)}")
    client = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if client.returncode != 0:
        pytest.skip("no AT-SPI client: /usr/bin/python3 cannot import pyatspi "
                    "(Debian package python3-pyatspi)")
    # the client library and the bus come from the same at-spi release
    versions = {_upstream("python3-pyatspi"), _upstream("at-spi2-core")}
    assert len(versions - {None}) <= 1 or \
        len({v.rsplit(".", 1)[0] for v in versions}) == 1, versions
    display = BareX((1366, 768))
    try:
        data = tmp_path_factory.mktemp("atspi-data")
        if prepare is not None:
            prepare(data)
        env = display.env(ASTHMA_APP_DATA_DIR=str(data))
        run = subprocess.run(["dbus-run-session", "--", sys.executable,
                              str(HERE / "atspi_harness.py"), *args],
                             env=env, capture_output=True, text=True, timeout=600)
    finally:
        display.close()
    if run.returncode == 77:
        pytest.skip(f"the AT-SPI bus could not start: {run.stderr.strip()[-300:]}")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def walk(tmp_path_factory):
    return _run_harness(tmp_path_factory)


def _one_person(data: Path) -> None:
    subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data),
                    "create-profile", "Nia Jones"], check=True, capture_output=True)


@pytest.fixture(scope="module")
def home_walk(tmp_path_factory):
    return _run_harness(tmp_path_factory, "home", prepare=_one_person)


def test_every_control_is_named_and_no_role_is_unknown(walk):
    assert walk["unnamed"] == []
    assert walk["unknown_roles"] == []
    assert walk["numbered_headers"] == []


def test_choosing_a_page_through_the_selection_interface_shows_it(walk):
    assert len(walk["pages"]) >= 5 and walk["errors"] == []
    assert [p["name"] for p in walk["pages"] if not p["page_shown"]] == []
    assert walk["action_page"]["page_shown"], walk["action_page"]


def test_trends_period_choices_are_radio_buttons(walk):
    assert walk["periods"] and set(walk["periods"].values()) == {"radio button"}, \
        walk["periods"]


def test_attack_dialog_focus_is_on_a_named_object(walk):
    focus = walk["attack_focus"]
    assert focus is not None, walk.get("attack_window")
    assert focus["name"].strip(), focus


def test_the_people_menus_dialogs_open_and_every_control_is_named(home_walk):
    """The NHS number and passphrase dialogs, opened through the People menu by a real
    AT-SPI client (the demo has no People menu, so this walk runs on a home diary)."""
    assert home_walk["errors"] == []
    dialogs = home_walk["dialogs"]
    assert set(dialogs) == {"NHS number", "Passphrase and lock"}, dialogs
    for title, found in dialogs.items():
        assert found["opened"], (title, found)
        assert found["unnamed"] == [], (title, found["unnamed"])
    assert dialogs["NHS number"]["edits"] == ["NHS number"]
    assert "New passphrase" in dialogs["Passphrase and lock"]["edits"]
