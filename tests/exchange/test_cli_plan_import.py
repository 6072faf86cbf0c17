"""`asthma-app import` with plan files: the app's own FHIR export (refused before: it was
read as a backup), the .asthmaplan file and the plan PDF, as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def export(fmt, out, data_dir):
    done = run("export", "--profile", "Sam Patel", "--format", fmt, "--out", str(out),
               data_dir=data_dir)
    assert done.returncode == 0, done.stderr


def care_plan(path):
    bundle = json.loads(path.read_text("utf-8"))
    plans = [e["resource"] for e in bundle["entry"]
             if e["resource"]["resourceType"] == "CarePlan"
             and e["resource"]["status"] == "active"]
    assert len(plans) == 1
    return plans[0]


def test_the_apps_own_fhir_export_imports_as_the_plan(filled, data_dir, tmp_path):
    first = tmp_path / "first.json"
    export("fhir", first, data_dir)
    shown = run("import", str(first), "--profile", "Sam Patel", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert "--yes" in shown.stdout  # the changes are shown; nothing changes without --yes
    applied = run("import", str(first), "--profile", "Sam Patel", "--yes", data_dir=data_dir)
    assert applied.returncode == 0, applied.stderr
    assert "version 3" in applied.stdout
    second = tmp_path / "second.json"
    export("fhir", second, data_dir)
    one, two = care_plan(first), care_plan(second)
    assert one.pop("title").replace("version 2", "") == two.pop("title").replace("version 3", "")
    one.pop("replaces"), two.pop("replaces")  # the history grew by the imported version
    assert one == two


@pytest.mark.parametrize("fmt", ["plan-file", "pdf-plan"])
def test_plan_file_and_pdf_import_and_round_trip(filled, data_dir, tmp_path, fmt):
    first = tmp_path / ("first.asthmaplan" if fmt == "plan-file" else "first.pdf")
    export(fmt, first, data_dir)
    applied = run("import", str(first), "--profile", "Sam Patel", "--yes", data_dir=data_dir)
    assert applied.returncode == 0, applied.stderr
    again = tmp_path / "again.asthmaplan"
    export("plan-file", again, data_dir)
    if fmt == "plan-file":
        assert again.read_bytes() == first.read_bytes()
    else:  # the plan inside the PDF comes back out byte for byte
        from asthma_app.storage.exchange.plan_pdf import extract

        assert again.read_bytes() == extract(first)


def test_a_plan_for_someone_else_is_refused_unless_confirmed(filled, data_dir, tmp_path):
    plan = tmp_path / "plan.asthmaplan"
    export("plan-file", plan, data_dir)
    assert run("create-profile", "Ann Other", data_dir=data_dir).returncode == 0
    refused = run("import", str(plan), "--profile", "Ann Other", "--yes", data_dir=data_dir)
    assert refused.returncode == 2 and "Sam Patel" in refused.stderr
    taken = run("import", str(plan), "--profile", "Ann Other", "--yes", "--other-person",
                data_dir=data_dir)
    assert taken.returncode == 0, taken.stderr
