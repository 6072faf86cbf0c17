"""The review loop's records everywhere data goes: JSON backup round trip (follow-ups and
checklists), refusals, CSV and FHIR."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from asthma_app.domain.checklist import PlanGiven, ReviewChecklist, Smoking, YesNo
from asthma_app.domain.child_details import ChildDetails
from asthma_app.domain.control import Attack, Care, FollowUp
from asthma_app.services import exchange
from asthma_app.storage.exchange import ImportRefused, json_backup
from asthma_app.storage.exchange.backup_import import import_backup


@pytest.fixture
def looped(filled):
    reviews = filled.reviews
    booked = reviews.record_attack(Attack(date(2026, 11, 10), (Care.EMERGENCY_DEPARTMENT,)))
    reviews.set_follow_up(booked.id, FollowUp.BOOKED)
    reviews.record_checklist(ReviewChecklist(
        date(2026, 11, 21), technique_checked_on=date(2026, 11, 21), device="pMDI",
        spacer=YesNo.YES, smoking=Smoking.NEVER, second_hand_smoke=YesNo.NO,
        flu_vaccine=YesNo.YES, plan_given=PlanGiven.UPDATED, agenda="Swimming"))
    reviews.save_child_details(ChildDetails("Dad 07700 900000", "Oak Nursery",
                                            date(2026, 11, 1), True, False, "ibuprofen"))
    return filled


def test_json_round_trip_keeps_follow_ups_and_checklists(looped, tmp_path):
    from asthma_app.services.profiles import open_session
    from asthma_app.storage.database import open_database

    first = exchange.export_data(looped, "json", tmp_path / "one.json")
    data = json.loads(first.read_text("utf-8"))
    assert sorted(a["follow_up"] for a in data["attacks"]) == ["booked", "open"]
    assert data["review_checklists"][0]["smoking"] == "never"
    (tmp_path / "other").mkdir()
    other = open_database(tmp_path / "other" / "asthma.sqlite3")
    report = import_backup(other, json_backup.loads(first.read_text("utf-8")),
                           date(2026, 11, 22))
    again = open_session(other, report.profile_id, looped.clock)
    assert [(a.occurred_on, a.follow_up) for a in again.reviews.follow_ups()] == [
        (date(2026, 11, 20), FollowUp.OPEN), (date(2026, 11, 10), FollowUp.BOOKED)]
    assert [replace(c, id=None) for c in again.reviews.checklists()] == [
        replace(c, id=None) for c in looped.reviews.checklists()]
    assert replace(again.reviews.child_details(), id=None) == replace(
        looped.reviews.child_details(), id=None)
    second = exchange.export_data(again, "json", tmp_path / "two.json")
    strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}
    assert strip(json.loads(second.read_text("utf-8"))) == strip(data)
    other.close()


def test_older_backup_without_the_new_fields_imports(looped, db, tmp_path):
    data = json.loads(exchange.export_data(looped, "json", tmp_path / "b.json").read_text())
    for attack in data["attacks"]:
        del attack["follow_up"], attack["follow_up_changed_at"]
    del data["review_checklists"]
    report = import_backup(db, data, date(2026, 11, 22), name="Old copy")
    assert report.counts["review_checklists"] == 0


@pytest.mark.parametrize("table, key, value", [
    ("attacks", "follow_up", "maybe"), ("review_checklists", "smoking", "sometimes"),
    ("review_checklists", "technique_checked_on", "2027-01-01"),
    ("review_checklists", "agenda", "x" * 2001), ("child_details", "spacer", 2),
    ("child_details", "school_copy_on", "2027-01-01")])
def test_bad_review_loop_values_are_refused_and_nothing_written(looped, db, tmp_path, table,
                                                                key, value):
    data = json.loads(exchange.export_data(looped, "json", tmp_path / "b.json").read_text())
    data[table][0][key] = value
    before = db["profiles"].count
    with pytest.raises(ImportRefused):
        import_backup(db, data, date(2026, 11, 22), name="Bad copy")
    assert db["profiles"].count == before


def test_fhir_has_the_checklist_coded_where_a_code_exists(looped, tmp_path):
    from fhir.resources.R4B.bundle import Bundle

    path = exchange.export_data(looped, "fhir", tmp_path / "b.json")
    bundle = Bundle.model_validate(json.loads(path.read_text("utf-8")))
    checks = [e.resource for e in bundle.entry if e.resource.__resource_type__ == "Observation"
              and e.resource.code.coding  # diary entries (issue 18) carry text only
              and e.resource.code.coding[0].code == "270442000"]
    assert len(checks) == 1
    check = checks[0]
    assert check.code.coding[0].system == "http://snomed.info/sct"
    assert check.effectiveDateTime.isoformat() == "2026-11-21"
    parts = {c.code.text: c for c in check.component}
    assert parts["Action plan"].code.coding[0].code == "811921000000103"
    assert parts["Action plan"].valueString == "updated"
    assert parts["Smoking status"].valueString == "never"
    assert parts["Inhaler technique checked"].valueDateTime.isoformat() == "2026-11-21"
    uncoded = [name for name, c in parts.items() if not c.code.coding]
    assert sorted(uncoded) == sorted(["Inhaler technique checked", "Inhaler device",
                                      "Uses a spacer", "Smoking status",
                                      "Second-hand smoke exposure", "Flu vaccine this season",
                                      "Patient's agenda for the review"])
