"""CSV export (UTF-8 with BOM, documented columns) and import with preview."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest

from asthma_app.services import exchange
from asthma_app.storage.exchange import ImportRefused
from asthma_app.storage.exchange.csv_format import COLUMNS


def test_export_has_a_bom_and_the_documented_columns(filled, tmp_path):
    path = exchange.export_data(filled, "csv", tmp_path / "d.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == COLUMNS
    assert sum(r["record"] == "peak_flow" for r in rows) == 42
    diary = next(r for r in rows if r["record"] == "diary")
    assert diary["reliever_puffs"] == "6" and diary["triggers"] == "Colds and flu; Pollen"
    assert any(r["note"] == 'é ünïcode, "quoted"' for r in rows)


def test_exported_csv_imports_into_another_profile(filled, db, clock, tmp_path):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile, open_session

    path = exchange.export_data(filled, "csv", tmp_path / "d.csv")
    other = open_session(db, create_profile(db, Profile("Alex"), clock).id, clock)
    preview = exchange.preview_csv(other, path)
    assert len(preview.readings) == 42 and len(preview.entries) == 1
    assert db["readings"].count == 44  # the preview wrote nothing
    exchange.apply_csv(other, preview)
    assert sorted(r.value for r in other.diary.readings()) == sorted(
        r.value for r in filled.diary.readings())
    again = exchange.preview_csv(other, path)
    assert again.skipped_existing == 43 + 1 + 3 and not again.readings  # its attack, 3 doses


ENCODINGS = [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b"")]


@pytest.mark.parametrize("encoding, prefix", ENCODINGS)
def test_spreadsheet_files_in_common_encodings(session, tmp_path, encoding, prefix):
    text = "Date,Peak flow,Note\r\n20/11/2026 08:00,450,café\r\n2026-11-20 20:00,470,\r\n"
    path = tmp_path / "s.csv"
    path.write_bytes(prefix + text.encode(encoding))
    preview = exchange.preview_csv(session, path)
    assert [r.value for r in preview.readings] == [450, 470]
    assert preview.readings[0].taken_at == datetime(2026, 11, 20, 8, 0)
    assert preview.readings[0].note == "café"


@pytest.mark.parametrize("text, where", [
    ("date_time,peak_flow\n2026-11-20 08:00,abc\n", "line 2, column peak_flow"),
    ("date_time,peak_flow\n2026-11-20 08:00,4500\n", "line 2, column peak_flow"),
    ("date_time,peak_flow\n2026-11-20 08:00,4\u00b20\n", "line 2, column peak_flow"),  # 4²0
    ("date_time,peak_flow\n2026-11-20 08:00,9\n", "litres per second"),
    # a decimal comma (a Polish spreadsheet's 7.2 L/s) was read as 72 L/min (issue 11 item 4)
    ("date_time,peak_flow\n2026-11-20 08:00,\"7,2\"\n", "line 2, column peak_flow"),
    ("date_time,peak_flow\n2026-11-20 08:00,450\n2026-11-20 08:00,450\n", "same as line 2"),
    ("date_time,peak_flow\n31/02/2026 08:00,450\n", "line 2, column date_time"),
    ("date_time,peak_flow\n2027-11-20 08:00,450\n", "in the future"),
    ("when,peak_flow\n2026-11-20 08:00,450,1,2\n", "line 2"),
    ("name,age\nSam,4\n", "line 1"),
    ("date_time,peak_flow\n\"2026-11-20 08:00,450\n", "line"),
    ("", "line 1"),
])
def test_bad_csv_is_refused_saying_where(session, db, tmp_path, text, where):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        exchange.preview_csv(session, path)
    assert where in str(refused.value)
    assert db["readings"].count == 0


def test_utf16_without_bom_and_huge_files_are_refused(session, tmp_path, monkeypatch):
    path = tmp_path / "u.csv"
    path.write_bytes("date_time,peak_flow\n".encode("utf-16-le"))
    with pytest.raises(ImportRefused, match="UTF-16"):
        exchange.preview_csv(session, path)
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:  # a sparse 200 MB file: refused before it is read
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ImportRefused, match=r"too big.*200 MB.*50 MB"):
        exchange.preview_csv(session, big)


def test_doses_round_trip_through_csv(filled, db, clock, tmp_path):
    """Dose rows (taken, not taken with a reason, a scheduled one logged late) are exported and
    come back the same; deleted doses are not exported (as deleted readings are not)."""
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile, open_session

    path = exchange.export_data(filled, "csv", tmp_path / "d.csv")
    rows = list(csv.DictReader(path.read_bytes().decode("utf-8-sig").splitlines()))
    doses = [r for r in rows if r["record"] == "dose"]
    assert len(doses) == 3
    late = next(r for r in doses if r["due"])
    assert (late["due"], late["taken"], late["puffs"], late["logged_at"]) == (
        "2026-11-20 morning", "yes", "2", "2026-11-21T07:00")
    other = open_session(db, create_profile(db, Profile("Alex"), clock).id, clock)
    preview = exchange.preview_csv(other, path)
    assert len(preview.doses) == 3
    exchange.apply_csv(other, preview)

    def seen(session):
        return sorted((d.medicine, d.at, d.taken, d.due_on, d.slot, d.reason, d.puffs,
                       d.logged_late) for d in session.medicines.doses())
    assert seen(other) == seen(filled)
    assert exchange.preview_csv(other, path).doses == []  # nothing twice


@pytest.mark.parametrize("row, where", [
    ("dose,2026-11-20T08:00" + "," * 16 + ",yes,,,,", "medicine"),
    ("dose,2026-11-20T08:00" + "," * 16 + "Clenil,yes,2026-11-20 noon,,,", "due"),
    ("dose,2026-11-20T08:00" + "," * 16 + "Clenil,yes,,,99,", "puffs"),
])
def test_bad_dose_rows_are_refused_saying_where(session, tmp_path, row, where):
    path = tmp_path / "bad.csv"
    path.write_text(",".join(COLUMNS) + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=where):
        exchange.preview_csv(session, path)
