"""The demo patient: seeded, six months, colds, amber days, an attack, RCP3, MART variant."""

from datetime import datetime, timedelta

from asthma_app.domain.control import Care, Tool
from asthma_app.domain.plan import PlanKind, validate_plan
from asthma_app.services import demo
from asthma_app.storage import control_repository, repository
from asthma_app.storage.database import open_database

NOW = datetime(2026, 11, 22, 9, 0)


def _dump(path):
    db = open_database(path)
    try:
        return {table: [dict(row) for row in db[table].rows]
                for table in ("profiles", "plan_versions", "readings", "symptom_entries",
                              "attacks", "control_scores")}
    finally:
        db.close()


def test_demo_patient_covers_every_screen(tmp_path):
    db = open_database(tmp_path / "demo.sqlite3")
    profile = demo.populate(db, NOW)
    readings = repository.list_readings(db, profile.id)
    entries = repository.list_entries(db, profile.id)
    days = {r.taken_at.date() for r in readings}
    assert 170 <= len(days) <= demo.DEMO_DAYS
    assert len(readings) >= 2 * len(days) - 2  # twice daily
    assert min(days) == (NOW - timedelta(days=demo.DEMO_DAYS - 1)).date()
    assert max(r.taken_at for r in readings) <= NOW
    assert len(entries) >= 170
    assert any("Colds and flu" in e.triggers for e in entries)
    assert sum(bool(e.amber_signs) for e in entries) >= 10
    assert any(e.red_signs for e in entries)
    # read back through the same repository the Review page uses: one format for both
    attacks = control_repository.list_attacks(db, profile.id)
    assert len(attacks) == 1 and Care.URGENT_APPOINTMENT in attacks[0].care
    scores = control_repository.list_scores(db, profile.id, Tool.RCP3)
    assert len(scores) >= 5
    assert all(len(score.answers) == 3 and score.total == sum(score.answers) for score in scores)
    assert len({score.total for score in scores}) >= 2  # varied, not a constant
    plan = repository.current_plan(db, profile.id)
    assert plan.kind is PlanKind.PREVENTER_RELIEVER and plan.personal_best
    assert len(repository.plan_history(db, profile.id)) == 2
    versions = {r.plan_version_id for r in readings}
    assert versions == {v.version_id for _t, v in repository.plan_history(db, profile.id)}
    db.close()


def test_switch_to_mart_adds_a_valid_version(tmp_path):
    db = open_database(tmp_path / "demo.sqlite3")
    profile = demo.populate(db, NOW)
    mart = demo.switch_to_mart(db, profile.id, NOW)
    assert mart.kind is PlanKind.MART and validate_plan(mart, new=True) == []
    assert mart.max_reliever_puffs_per_day == 8
    assert repository.current_plan(db, profile.id).kind is PlanKind.MART
    assert all(m.role.value == "mart" for m in mart.medicines)
    db.close()


def test_seeded_and_deterministic(tmp_path):
    built = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        built.append(_dump(demo.build_template(tmp_path / name, NOW)))
    first, second = built
    for rows in (*first.values(), *second.values()):
        for row in rows:
            row.pop("created_at", None)
    assert first == second


def test_restore_brings_back_the_starting_point(tmp_path):
    template = demo.build_template(tmp_path, NOW)
    target = tmp_path / "asthma.sqlite3"
    demo.restore(template, target)
    start = _dump(target)
    db = open_database(target)
    profile = repository.list_profiles(db)[0]
    demo.switch_to_mart(db, profile.id, NOW)
    repository.set_deleted(db, "readings", repository.latest_reading(db, profile.id).id, NOW)
    db.close()
    assert _dump(target) != start
    demo.restore(template, target)
    assert _dump(target) == start


def test_demo_patient_has_a_realistic_medicine_history(tmp_path):
    """About two preventer doses a day logged, most taken, some missed with a reason, and
    an inhaler of each medicine in use with a doses-left count."""
    from datetime import datetime, timedelta

    from asthma_app.services.demo import populate
    from asthma_app.services.profiles import open_session
    from asthma_app.storage.database import open_database

    db = open_database(tmp_path / "demo.sqlite3")
    now = datetime(2026, 11, 22, 9, 0)
    profile = populate(db, now)
    session = open_session(db, profile.id, lambda: now)
    medicines = session.medicines
    doses = medicines.doses()
    assert 300 <= len(doses) <= 364
    assert any(not d.taken and d.reason for d in doses)
    month = medicines.adherence(now.date() - timedelta(days=28), now.date() - timedelta(days=1))
    assert 75 <= month.percent <= 98
    left = medicines.doses_left()
    assert {d.inhaler.role.value for d in left} == {"preventer", "reliever"}
    assert all(d.count is not None and 0 <= d.count <= 200 for d in left)
    db.close()
