"""Migration 4: attack steps stored as copied text become references; reliever steps on a
MART or AIR plan are withdrawn (kept, never shown) and flagged."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import sqlite_utils

from asthma_app.domain.attack_steps import OWN_INHALER_V1, SABA_UK_V1
from asthma_app.domain.plan import PlanKind, resolve_attack_steps
from asthma_app.domain.profile import Profile
from asthma_app.domain.text import fill
from asthma_app.storage import migrations, repository
from asthma_app.storage.database import open_database
from asthma_app.storage.migrations import m0004_attack_steps_reference
from asthma_app.storage.plan_codec import plan_to_dict
from tests.conftest import make_plan
from tests.safety.catalogue import saba_steps

NOW = datetime(2026, 11, 22, 8, 0)
OWN = ("Take 4 puffs of salbutamol through the spacer.", "Call 112 if you are no better.")


def old_form(kind: PlanKind, steps: tuple[str, ...]) -> str:
    """A plan version as versions 1-3 stored it: the steps as text, no reference."""
    data = plan_to_dict(make_plan(kind=kind))
    for key in ("attack_steps_ref", "withdrawn_attack_steps", "max_reliever_puffs_per_day"):
        data.pop(key)
    data["attack_steps"] = list(steps)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


CASES = [  # (kind, stored steps, expected reference, own steps, withdrawn)
    (PlanKind.PREVENTER_RELIEVER, saba_steps("pl"), SABA_UK_V1, (), ()),
    (PlanKind.PREVENTER_RELIEVER, tuple(fill(s, "999") for s in saba_steps("en")[:5]),
     SABA_UK_V1, (), ()),
    (PlanKind.PREVENTER_RELIEVER, OWN, "", OWN, ()),
    (PlanKind.MART, saba_steps("en")[:3] + saba_steps("en")[4:], OWN_INHALER_V1, (),
     saba_steps("en")[:3] + saba_steps("en")[4:]),
    (PlanKind.AIR, saba_steps("bn"), OWN_INHALER_V1, (), saba_steps("bn")),
    (PlanKind.MART, ("Take 1 puff every 1 to 3 minutes, up to 6 puffs.",), "",
     ("Take 1 puff every 1 to 3 minutes, up to 6 puffs.",), ()),
    (PlanKind.AIR, (), OWN_INHALER_V1, (), ()),
]


def test_version_3_plans_are_rewritten_as_references(tmp_path):
    path, backups = tmp_path / "old.sqlite3", tmp_path / "backups"
    db = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.migrate(db, path, backups, upto=3)
    profile = repository.add_profile(db, Profile("Ana Old", birth_year=1970), NOW)
    for number, (kind, steps, *_expected) in enumerate(CASES, start=1):
        db["plan_versions"].insert({"profile_id": profile.id, "version": number,
                                    "created_at": NOW.isoformat(), "agreed_by": "Nurse Jones",
                                    "agreed_on": "2026-11-01", "data": old_form(kind, steps)})
    db.close()

    db = open_database(path, backups)
    try:
        assert migrations.current_version(db) == migrations.latest_version()
        history = sorted((plan for _, plan in repository.plan_history(db, profile.id)),
                         key=lambda plan: plan.version)
        stored = [json.loads(row["data"]) for row in db["plan_versions"].rows_where(
            order_by="version")]
    finally:
        db.close()
    for plan, data, (kind, _steps, ref, own, withdrawn) in zip(history, stored, CASES,
                                                                 strict=True):
        assert (plan.kind, plan.attack_steps_ref, plan.attack_steps,
                plan.withdrawn_attack_steps) == (kind, ref, own, withdrawn)
        assert data["attack_steps_ref"] == ref  # written to the file, not only read so
        assert resolve_attack_steps(plan).set_aside is bool(withdrawn)
        assert plan.agreed_by == "Nurse Jones" and plan.personal_best == 500
    # the backup taken before migrating keeps the old form
    [backup] = backups.glob("before-migration-v3-*.sqlite3")
    old = sqlite_utils.Database(sqlite3.connect(str(backup)))
    try:
        assert all("attack_steps_ref" not in row["data"] for row in old["plan_versions"].rows)
    finally:
        old.close()


def test_migration_leaves_new_form_untouched(tmp_path):
    db = open_database(tmp_path / "db.sqlite3", tmp_path / "backups")
    try:
        profile = repository.add_profile(db, Profile("Ana"), NOW)
        repository.add_plan_version(db, profile.id, make_plan(attack_steps=OWN), NOW)
        before = [row["data"] for row in db["plan_versions"].rows]
        with db.atomic():
            m0004_attack_steps_reference.apply(db)
        assert [row["data"] for row in db["plan_versions"].rows] == before
    finally:
        db.close()
