"""Property tests: whatever bytes or JSON an importer is given, it either imports or raises
ImportRefused, and a refused import leaves every table as it was."""

from __future__ import annotations

import itertools
import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asthma_app.services import exchange
from asthma_app.storage.exchange import ImportRefused, json_backup

TABLES = ["profiles", "plan_versions", "readings", "symptom_entries", "control_scores",
          "attacks", "review_questions"]
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=8), children, max_size=4), max_leaves=12)


NAMES = itertools.count(1)


def counts(db):
    return [db[t].count for t in TABLES]


def attempt(action, db):
    before = counts(db)
    try:
        action()
    except ImportRefused as refused:
        assert str(refused)
        assert counts(db) == before


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_any_bytes_as_csv(session, db, tmp_path, raw):
    path = tmp_path / "x.csv"
    path.write_bytes(raw)
    attempt(lambda: exchange.apply_csv(session, exchange.preview_csv(session, path)), db)


csv_cells = st.sampled_from(["2026-11-20 08:00", "20/11/2026", "450", "0", "-5", "abc", "",
                             "yes", "diary", "peak_flow", "EU", "Wright", "morning", "99999",
                             '"', "1e3", "450.5", "\u00e9", "2026-02-30 08:00"])


@SETTINGS
@given(rows=st.lists(st.lists(csv_cells, min_size=1, max_size=6), max_size=6),
       header=st.permutations(["record", "date_time", "peak_flow", "blow1", "scale",
                               "reliever_puffs"]))
def test_spreadsheet_like_csv(session, db, tmp_path, rows, header):
    text = "\n".join([",".join(header)] + [",".join(r) for r in rows])
    path = tmp_path / "y.csv"
    path.write_text(text, encoding="utf-8")
    attempt(lambda: exchange.apply_csv(session, exchange.preview_csv(session, path)), db)


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_any_bytes_as_backup(db, tmp_path, raw):
    path = tmp_path / "x.json"
    path.write_bytes(raw)
    attempt(lambda: exchange.import_backup_file(db, path, date(2026, 11, 22)), db)


@SETTINGS
@given(data=st.data())
def test_corrupted_real_backups(filled, db, tmp_path, data):
    backup = json_backup.export_profile(db, filled.profile_id, filled.clock())
    backup["profile"]["name"] = f"Copy {next(NAMES)}"  # a valid import must not block the next
    table = data.draw(st.sampled_from(["profile", "plan_versions", "readings",
                                       "symptom_entries", "control_scores", "attacks",
                                       "review_questions"]))
    target = backup[table]
    if isinstance(target, list):
        target = target[data.draw(st.integers(0, len(target) - 1))]
    if table == "plan_versions" and data.draw(st.booleans()):
        target = target["plan"]
    key = data.draw(st.sampled_from(sorted(target)))
    target[key] = data.draw(json_values)
    path = tmp_path / "c.json"
    path.write_text(json.dumps(backup), encoding="utf-8")
    attempt(lambda: exchange.import_backup_file(db, path, date(2026, 11, 22)), db)
