"""Attacks in the CSV (record = attack): care needed and the follow-up's state go out and come
back; bad attack rows are refused saying where; a CSV without attack rows still imports."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.control import Attack, Care, FollowUp
from asthma_app.domain.follow_up import needs_follow_up
from asthma_app.services import exchange
from asthma_app.storage.exchange import ImportRefused
from asthma_app.storage.exchange.csv_format import parse_csv, to_csv


@pytest.fixture
def with_attacks(filled):
    # filled has an attack on 2026-11-20 (111, steroid tablets) with an open follow-up
    reviews = filled.reviews
    reviews.record_attack(Attack(date(2026, 11, 1), (Care.EMERGENCY_DEPARTMENT, Care.AMBULANCE,
                                                     Care.HOSPITAL_ADMISSION), "night, \"bad\""))
    reviews.record_attack(Attack(date(2026, 11, 10), (Care.OUT_OF_HOURS,)))
    reviews.record_attack(Attack(date(2026, 6, 1), (Care.URGENT_APPOINTMENT,), "old"))
    booked = next(a for a in reviews.attacks() if a.occurred_on == date(2026, 11, 1))
    reviews.set_follow_up(booked.id, FollowUp.BOOKED)
    return filled


def _key(attacks):
    return sorted((a.occurred_on, tuple(sorted(a.care)), a.note, a.follow_up) for a in attacks)


def test_attacks_are_exported_as_attack_rows(with_attacks, tmp_path):
    path = exchange.export_data(with_attacks, "csv", tmp_path / "d.csv")
    rows = list(csv.DictReader(path.read_text("utf-8-sig").splitlines()))
    attacks = [r for r in rows if r["record"] == "attack"]
    assert len(attacks) == 4
    first = next(r for r in attacks if r["date_time"] == "2026-11-01")
    assert first["care"] == "emergency_department; ambulance; hospital_admission"
    assert first["follow_up"] == "booked" and first["note"] == 'night, "bad"'
    old = next(r for r in attacks if r["date_time"] == "2026-06-01")
    assert old["follow_up"] == "" and old["peak_flow"] == ""


def test_attacks_round_trip_through_export_and_import(with_attacks, db, clock, tmp_path):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile, open_session

    path = exchange.export_data(with_attacks, "csv", tmp_path / "d.csv")
    other = open_session(db, create_profile(db, Profile("Alex"), clock).id, clock)
    preview = exchange.preview_csv(other, path)
    assert len(preview.attacks) == 4
    assert other.reviews.attacks() == []  # the preview wrote nothing
    assert exchange.apply_csv(other, preview) == 42 + 1 + 4 + 3  # and the filled doses
    assert _key(other.reviews.attacks()) == _key(with_attacks.reviews.attacks())
    # the follow-up states came back as they were, so Today shows the same reminders
    assert [(a.occurred_on.day, a.follow_up) for a in other.reviews.follow_ups()] == [
        (20, FollowUp.OPEN), (10, FollowUp.OPEN), (1, FollowUp.BOOKED)]
    again = exchange.preview_csv(other, path)
    assert again.skipped_existing == 43 + 4 + 3 and not again.attacks  # and 3 doses
    # and exported again, the attack rows are the same
    two = exchange.export_data(other, "csv", tmp_path / "e.csv").read_text("utf-8-sig")
    one = path.read_text("utf-8-sig")
    assert [r for r in one.splitlines() if r.startswith("attack,")] == [
        r for r in two.splitlines() if r.startswith("attack,")]


HEADER = "record,date_time,care,follow_up,note\n"


@pytest.mark.parametrize("row, where, words", [
    ("attack,2026-11-20,helicopter,,\n", "line 2, column care", "helicopter"),
    ("attack,2026-11-20,ambulance; ambulance,,\n", "line 2, column care", "once"),
    ("attack,2026-11-20,ambulance,maybe,\n", "line 2, column follow_up", "maybe"),
    ("attack,2026-11-20,nhs_111,open,\n", "line 2, column follow_up", "follow-up"),
    ("attack,20/13/2026,ambulance,,\n", "line 2, column date_time", ""),
    ("attack,2027-01-01,ambulance,open,\n", "line 2, column date_time", "future"),
    ("attack,2026-11-20,ambulance,open,\nattack,2026-11-20,ambulance,open,\n", "line 3",
     "line 2"),
    ("attack,2026-11-20,ambulance,open," + "x" * 3000 + "\n", "line 2, column note", "long"),
])
def test_bad_attack_rows_are_refused_saying_where(session, tmp_path, row, where, words):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        exchange.preview_csv(session, path)
    assert where in str(refused.value) and words in str(refused.value)
    assert session.reviews.attacks() == []


def test_attack_row_messages_are_translated(session, tmp_path):
    from asthma_app.domain import text

    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "attack,2026-11-20,helicopter,,\n", encoding="utf-8")
    text.install_translator(lambda context, source: f"<{context}>{source.upper()}")
    try:
        with pytest.raises(ImportRefused) as refused:
            exchange.preview_csv(session, path)
    finally:
        text.install_translator(lambda _context, source: source)
    assert refused.value.message.startswith("<Import>")
    assert "helicopter" in refused.value.message  # the value typed is kept as typed


def test_older_csv_without_attack_columns_still_imports(session, tmp_path):
    old = ("record,date_time,peak_flow,blow1,blow2,blow3,scale,period,after_reliever,"
           "daytime_symptoms,night_waking,activity_limited,reliever_puffs,triggers,note\r\n"
           "peak_flow,2026-11-20T08:00,450,450,,,EU,morning,no,,,,,,\r\n"
           "diary,2026-11-20T09:00,,,,,,,,no,yes,no,2,Pollen,\r\n")
    path = tmp_path / "old.csv"
    path.write_bytes(b"\xef\xbb\xbf" + old.encode())
    preview = exchange.preview_csv(session, path)
    assert len(preview.readings) == 1 and len(preview.entries) == 1 and preview.attacks == []
    assert exchange.apply_csv(session, preview) == 2


@given(day=st.dates(date(1990, 1, 1), date(2026, 11, 22)),
       care=st.lists(st.sampled_from(list(Care)), unique=True, max_size=7),
       state=st.sampled_from([None, *FollowUp]),
       note=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40))
def test_attack_rows_keep_the_follow_up_rule(day, care, state, note):
    """Any attack goes through the CSV unchanged, and a follow-up state is taken exactly when
    the care needed is one after which guidance asks for a follow-up."""
    attack = Attack(day, tuple(care), note, follow_up=state)
    text = to_csv([], [], [attack])
    if state is not None and not needs_follow_up(attack.care):
        with pytest.raises(ImportRefused, match="column follow_up"):
            parse_csv(text, today=date(2026, 11, 22))
        return
    [back] = parse_csv(text, today=date(2026, 11, 22)).attacks
    assert (back.occurred_on, back.care, back.follow_up) == (day, tuple(care), state)
    assert back.note == note.strip()  # cells are trimmed on import, as for every row
