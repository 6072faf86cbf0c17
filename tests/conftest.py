"""Shared test set-up: headless Qt, a fresh data dir per test, a controllable clock."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test starts or talks to this machine's speech-dispatcher: by default read aloud finds
# nobody listening (the degraded path); tests/speechd.py starts a private one for speaking.
NO_SPEECH_DISPATCHER = "unix_socket:/nonexistent/asthma-app-tests/speechd.sock"
os.environ["SPEECHD_ADDRESS"] = NO_SPEECH_DISPATCHER


class FakeClock:
    """A clock the test moves by hand: ``clock.advance(minutes=5)``."""

    def __init__(self, start: datetime = datetime(2026, 11, 22, 8, 0, 0)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder; nothing touches the real profile."""
    from asthma_app import paths

    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    monkeypatch.setenv(paths.ENV_KIOSK_DIR, str(tmp_path / "kiosk"))  # never the real one
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)
    from asthma_app.services import vaults

    vaults.lock()  # a protected person's vault opened by a test closes with it


@pytest.fixture(autouse=True)
def jobs_end_with_their_test(data_dir):
    """A background job (``ui.workers.run_job``) still running when its test ends would
    write into the next test's data folder: wait for it here."""
    yield
    import sys

    workers = sys.modules.get("asthma_app.ui.workers")  # never imports Qt for pure tests
    if workers is not None:
        assert workers.wait_for_all(30), "a background job did not end"


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def db(data_dir):
    from asthma_app import paths
    from asthma_app.storage.database import open_database

    database = open_database(paths.database_path())
    yield database
    database.close()


@pytest.fixture
def session(db, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile, open_session

    profile = create_profile(db, Profile(name="Sam Patel", birth_year=1990), clock)
    return open_session(db, profile.id, clock)


def make_plan(**overrides):
    """A complete preventer + reliever plan with a personal best of 500 L/min."""
    from asthma_app.domain.plan import ActionPlan, Medicine, MedicineRole, PlanKind

    values = dict(
        kind=PlanKind.PREVENTER_RELIEVER, agreed_by="Nurse Jones", agreed_on=date(2026, 11, 1),
        personal_best=500, green_instructions="Take my preventer every morning and evening.",
        amber_instructions="Keep taking my preventer. Take my reliever as my plan says. "
                           "See my GP or nurse within 24 hours if I am getting worse.",
        red_instructions="This is an asthma attack. Follow the attack steps and call 999.",
        medicines=(Medicine("beclometasone", MedicineRole.PREVENTER, brand="Clenil",
                            device="pressurised inhaler with spacer", strength="100 micrograms",
                            instructions="2 puffs morning and evening"),
                   Medicine("salbutamol", MedicineRole.RELIEVER, device="pressurised inhaler",
                            strength="100 micrograms",
                            instructions="1 to 2 puffs when needed")),
        triggers=("colds", "pollen"), gp_contact="Riverside Surgery 01234 567890",
        next_review=date(2027, 11, 1))
    values.update(overrides)
    return ActionPlan(**values)


@pytest.fixture
def plan_factory():
    return make_plan
