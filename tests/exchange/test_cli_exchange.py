"""`asthma-app export` / `import` as real subprocesses on temp data dirs."""

from __future__ import annotations

import json
import subprocess
import sys


def run(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def test_json_round_trip_through_the_command_line(filled, data_dir, tmp_path):
    first = tmp_path / "first.json"
    done = run("export", "--profile", "sam patel", "--format", "json", "--out", str(first),
               data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    empty = tmp_path / "empty"
    checked = run("import", str(first), "--dry-run", data_dir=empty)
    assert checked.returncode == 0 and "nothing written" in checked.stdout
    assert run("profiles", data_dir=empty).stdout.strip() == ""
    imported = run("import", str(first), data_dir=empty)
    assert imported.returncode == 0, imported.stderr
    second = tmp_path / "second.json"
    assert run("export", "--profile", "Sam Patel", "--format", "json", "--out", str(second),
               data_dir=empty).returncode == 0
    one, two = (json.loads(p.read_text("utf-8")) for p in (first, second))
    one.pop("exported_at"), two.pop("exported_at")
    assert one == two
    again = run("import", str(first), data_dir=empty)
    assert again.returncode == 2 and "already a profile" in again.stderr


def test_csv_and_fhir_exports_and_a_refused_import(filled, data_dir, tmp_path):
    for fmt in ("csv", "fhir"):
        out = tmp_path / f"out.{fmt}"
        done = run("export", "--profile", "Sam Patel", "--format", fmt, "--out", str(out),
                   data_dir=data_dir)
        assert done.returncode == 0 and out.stat().st_size > 1000, done.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("date_time,peak_flow\n2026-11-20 08:00,450\n2026-11-20 09:00,x\n")
    refused = run("import", str(bad), "--profile", "Sam Patel", data_dir=data_dir)
    assert refused.returncode == 2
    assert "line 3, column peak_flow" in refused.stderr and "Nothing was imported" in refused.stderr
    good = tmp_path / "good.csv"
    good.write_text("date_time,peak_flow\n2026-11-10 08:00,450\n")
    added = run("import", str(good), "--profile", "Sam Patel", data_dir=data_dir)
    assert added.returncode == 0 and "Added 1 readings" in added.stdout
