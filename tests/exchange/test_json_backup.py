"""JSON backup: round trip through an empty data dir, and refusals that write nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from asthma_app.services import exchange
from asthma_app.storage.exchange import ImportRefused, json_backup
from asthma_app.storage.exchange.backup_import import import_backup

TABLES = ["profiles", "plan_versions", "readings", "symptom_entries", "control_scores",
          "attacks", "review_questions"]


def counts(db):
    return {table: db[table].count for table in TABLES}


def content(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def test_round_trip_through_an_empty_data_dir_gives_the_same_content(filled, tmp_path):
    from asthma_app.services.profiles import open_session
    from asthma_app.storage.database import open_database

    first = exchange.export_data(filled, "json", tmp_path / "one.json")
    data = content(first)
    assert data["format"] == "asthma-app-backup"
    assert data["format_version"] == json_backup.FORMAT_VERSION
    assert len(data["readings"]) == 44 and len(data["plan_versions"]) == 2
    assert sum(1 for r in data["readings"] if r["replaced_by"]) == 1
    assert sum(1 for r in data["readings"] if r["deleted_at"]) == 1
    (tmp_path / "other").mkdir()
    other = open_database(tmp_path / "other" / "asthma.sqlite3")
    report = import_backup(other, json_backup.loads(first.read_text("utf-8")), date(2026, 11, 22))
    assert report.counts["readings"] == 44
    again = open_session(other, report.profile_id, filled.clock)
    second = exchange.export_data(again, "json", tmp_path / "two.json")
    assert content(second) == data
    assert [r.value for r in again.diary.readings()] == [r.value for r in filled.diary.readings()]
    assert again.reviews.summary() == filled.reviews.summary()
    other.close()


def test_same_name_is_refused_unless_renamed_and_dry_run_writes_nothing(filled, db, tmp_path):
    path = exchange.export_data(filled, "json", tmp_path / "b.json")
    before = counts(db)
    with pytest.raises(ImportRefused, match="already a profile"):
        exchange.import_backup_file(db, path, date(2026, 11, 22))
    report = exchange.import_backup_file(db, path, date(2026, 11, 22), "Sam copy", dry_run=True)
    assert report.profile_id is None and counts(db) == before
    exchange.import_backup_file(db, path, date(2026, 11, 22), "Sam copy")
    assert db["readings"].count == 2 * before["readings"]


def test_medicines_taken_survive_the_round_trip(filled, tmp_path):
    """Doses (late, not taken with a reason, deleted), inhalers and the correction come back
    with their links, and doses left and adherence are the same after the import."""
    from asthma_app.services.profiles import open_session
    from asthma_app.storage.database import open_database

    data = content(exchange.export_data(filled, "json", tmp_path / "one.json"))
    assert len(data["dose_events"]) == 4 and len(data["inhalers"]) == 2
    assert sum(1 for d in data["dose_events"] if d["deleted_at"]) == 1
    assert [c["inhaler"] for c in data["inhaler_corrections"]] == [1]
    (tmp_path / "other").mkdir()
    other = open_database(tmp_path / "other" / "asthma.sqlite3")
    report = import_backup(other, data, date(2026, 11, 22))
    again = open_session(other, report.profile_id, filled.clock)
    assert again.medicines.doses_left() == [
        type(left)(inhaler=next(i for i in again.medicines.inhalers()
                                if i.medicine == left.inhaler.medicine),
                   count=left.count, used=left.used, corrected_at=left.corrected_at)
        for left in filled.medicines.doses_left()]
    assert [(d.medicine, d.taken, d.reason, d.logged_late) for d in again.medicines.doses()] \
        == [(d.medicine, d.taken, d.reason, d.logged_late) for d in filled.medicines.doses()]
    other.close()


def _mutate(filled, tmp_path, change):
    data = json_backup.export_profile(filled.db, filled.profile_id, filled.clock())
    change(data)
    data["profile"]["name"] = "Other"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, where", [
    (lambda d: d.update(format_version=json_backup.FORMAT_VERSION + 1), "newer version"),
    (lambda d: d["readings"][3].update(value="450"), "readings[3].value"),
    (lambda d: d["readings"][5].update(blow1=5000, value=5000), "readings[5].value"),
    (lambda d: d["readings"][7].update(taken_at="yesterday"), "readings[7].taken_at"),
    # only the app's own forms, never the future: such a reading would become the "newest"
    (lambda d: d["readings"][7].update(taken_at="2030-01-01T08:00:00"), "readings[7].taken_at"),
    (lambda d: d["readings"][7].update(taken_at="20261101T080000"), "readings[7].taken_at"),
    (lambda d: d["readings"][7].update(taken_at="2026-11-20T07:58:00+00:00"),
     "readings[7].taken_at"),
    (lambda d: d["control_scores"][0].update(taken_on="2026-11-01T10:00:00"),
     "control_scores[0].taken_on"),
    (lambda d: d["control_scores"][0].update(taken_on="2099-01-01"),
     "control_scores[0].taken_on"),
    (lambda d: d["attacks"][0].update(occurred_on="2099-01-01"), "attacks[0].occurred_on"),
    (lambda d: d.update(reminders=[{"kind": "peak_flow", "time_of_day": "99:99", "enabled": 1,
                                    "created_at": "2026-11-20T10:00:00"}]),
     "reminders[0].time_of_day"),
    (lambda d: d["readings"].append(dict(d["readings"][0])), "appears twice"),
    (lambda d: d["control_scores"][0].update(total=9), "control_scores[0].total"),
    (lambda d: d["attacks"][0].update(care=["helicopter"]), "attacks[0].care[0]"),
    (lambda d: d["plan_versions"][1]["plan"].update(personal_best=5), "plan_versions[1].plan"),
    (lambda d: d["plan_versions"][0]["plan"].update(amber_below_pct="80"), "amber_below_pct"),
    (lambda d: d["readings"][0].update(plan_version=9), "readings[0].plan_version"),
    (lambda d: d["symptom_entries"][0].update(reliever_puffs=-1), "reliever_puffs"),
    (lambda d: d["dose_events"][0].update(taken_at="2099-01-01T08:00:00"),
     "dose_events[0].taken_at"),
    (lambda d: d["dose_events"][0].update(slot="noon"), "dose_events[0].slot"),
    (lambda d: d["dose_events"][2].update(due_on=None), "dose_events[2]"),
    (lambda d: d["inhalers"][0].update(size=0), "inhalers[0].size"),
    (lambda d: d["inhalers"][0].update(role="sweets"), "inhalers[0].role"),
    (lambda d: d["inhaler_corrections"][0].update(inhaler=9), "inhaler_corrections[0].inhaler"),
    (lambda d: d["plan_versions"][0]["plan"]["medicines"][0].update(puffs_each_time="2"),
     "medicines[0]"),
])
def test_bad_backups_are_refused_saying_where_and_write_nothing(filled, db, tmp_path, change,
                                                                where):
    path = _mutate(filled, tmp_path, change)
    before = counts(db)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_backup_file(db, path, date(2026, 11, 22))
    assert where in str(refused.value)
    assert counts(db) == before


def test_truncated_json_names_the_line(filled, db, tmp_path):
    text = json_backup.dumps(json_backup.export_profile(db, filled.profile_id, filled.clock()))
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"line \d+, column \d+"):
        exchange.import_backup_file(db, path, date(2026, 11, 22))


def test_a_failure_while_writing_rolls_everything_back(filled, db, tmp_path, monkeypatch):
    from asthma_app.storage.exchange import backup_import

    path = exchange.export_data(filled, "json", tmp_path / "b.json")
    before = counts(db)
    real_insert_count = {"n": 0}
    original = backup_import._write

    def failing_write(db_, profile, plans, tables):
        original(db_, profile, plans, tables)
        real_insert_count["n"] += 1
        raise OSError("disk full (simulated after every row was inserted)")

    monkeypatch.setattr(backup_import, "_write", failing_write)
    with pytest.raises(OSError):
        exchange.import_backup_file(db, path, date(2026, 11, 22), "Copy")
    assert real_insert_count["n"] == 1 and counts(db) == before
