"""The plan file (.asthmaplan), and the same bytes inside the printed plan's PDF.

The PDF attachment is read back with poppler's ``pdfdetach`` (a C++ implementation, not the
pypdf that writes it) as well as through the app's own reader."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from asthma_app.domain.plan import PlanKind
from asthma_app.services import plan_import
from asthma_app.storage.exchange import ImportRefused
from asthma_app.storage.exchange import plan_file as fmt


def test_plan_file_keeps_every_field_and_the_nurse_fields(session, plan_factory):
    plan = plan_factory(agreed_by_role="Practice nurse", agreed_with="Sam and his mum")
    text = fmt.dumps(plan, "Sam Patel", 1990)
    document = json.loads(text)
    assert document["format"] == "asthma-app-plan" and document["format_version"] == 1
    found = fmt.loads(text)
    assert found.plan == plan and (found.name, found.birth_year) == ("Sam Patel", 1990)
    assert found.plan.agreed_by_role == "Practice nurse"


def test_export_import_export_gives_the_same_bytes(session, plan_factory, tmp_path):
    session.plans.agree(plan_factory(agreed_by_role="Practice nurse", agreed_with="Sam"))
    first = plan_import.save_plan_file(session, tmp_path / "a.asthmaplan")
    plan_import.accept(session, plan_import.read_plan_file(first))
    second = plan_import.save_plan_file(session, tmp_path / "b.asthmaplan")
    assert first.read_bytes() == second.read_bytes()
    assert session.plans.current().version == 2


def test_saving_the_plan_file_with_no_plan_yet_says_so_and_writes_nothing(session, tmp_path):
    # the File menu offers it for anyone: with no plan it failed with a TypeError (asdict of
    # None), which the window could only report as "Something went wrong"
    path = tmp_path / "none.asthmaplan"
    with pytest.raises(ValueError, match="no action plan to save"):
        plan_import.save_plan_file(session, path)
    assert not path.exists()


def test_a_mart_plan_with_reliever_steps_is_refused_with_the_reason(plan_factory, tmp_path):
    from asthma_app.domain.plan import default_uk_attack_steps

    plan = plan_factory(kind=PlanKind.MART, max_reliever_puffs_per_day=8)
    data = json.loads(fmt.dumps(plan, "Sam Patel", 1990))
    data["plan"]["attack_steps"] = list(default_uk_attack_steps())
    data["plan"]["attack_steps_ref"] = ""
    path = tmp_path / "unsafe.asthmaplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportRefused, match="not for MART or AIR"):
        plan_import.read_plan_file(path)


def test_a_new_mart_plan_needs_its_most_puffs(plan_factory, tmp_path):
    path = tmp_path / "p.asthmaplan"
    path.write_text(fmt.dumps(plan_factory(kind=PlanKind.MART), "Sam", None), encoding="utf-8")
    with pytest.raises(ImportRefused, match="most reliever puffs"):
        plan_import.read_plan_file(path)


@pytest.mark.parametrize(("content", "reason"), [
    (b"readings,date\n1,2\n", "not an action plan"),
    (b'{"format": "asthma-app-plan", "format_version": 1, "plan": [', "damaged"),
    (b'{"format": "asthma-app-plan", "format_version": 7, "person": {}, "plan": {}}',
     "newer version"),
    (b'{"format": "asthma-app-backup", "format_version": 2}', "not an action plan"),
    (b"%PDF-1.4\n garbage", "damaged"),
])
def test_refusals_say_why(tmp_path, content, reason):
    path = tmp_path / "file.asthmaplan"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=reason):
        plan_import.read_plan_file(path)


def test_person_match_ignores_case_and_spaces_but_not_the_year(session, plan_factory):
    found = fmt.loads(fmt.dumps(plan_factory(), "  sam  PATEL ", 1990))
    assert plan_import.person_matches(found, session.profile)
    assert not plan_import.person_matches(replace(found, birth_year=1991), session.profile)
    assert not plan_import.person_matches(replace(found, name="Sara Patel"), session.profile)
    assert plan_import.person_matches(replace(found, birth_year=None), session.profile)


def test_comparison_names_what_changes(session, plan_factory):
    old = plan_factory()
    new = replace(old, personal_best=450, next_review=date(2027, 6, 1),
                  amber_instructions="Double the preventer for a week, as agreed.")
    changed = {c.label for c in plan_import.compare(old, new) if c.changed}
    assert changed == {"Peak flow levels", "Next review", "When worse (amber)"}


@pytest.fixture
def plan_pdf(qapp, session, plan_factory, tmp_path):
    from asthma_app.ui.printing.pdf import save_plan_pdf

    session.plans.agree(plan_factory(agreed_by_role="Practice nurse", agreed_with="Sam"))
    path = tmp_path / "plan.pdf"
    save_plan_pdf(session, path)
    return path


@pytest.mark.skipif(shutil.which("pdfdetach") is None, reason="poppler-utils not installed")
def test_the_printed_plan_carries_the_plan_file(session, plan_pdf, tmp_path):
    listing = subprocess.run(["pdfdetach", "-list", str(plan_pdf)], capture_output=True,
                             text=True, check=True).stdout
    assert fmt.ATTACHMENT_NAME in listing
    out = tmp_path / "out.asthmaplan"
    subprocess.run(["pdfdetach", "-save", "1", "-o", str(out), str(plan_pdf)], check=True)
    assert out.read_text(encoding="utf-8") == plan_import.plan_file_text(session)


def test_the_printed_plan_still_reads_as_the_plan_and_keeps_its_language(plan_pdf):
    from pypdf import PdfReader

    reader = PdfReader(str(plan_pdf))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "GREEN" in text and "Practice nurse" in text
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_the_plan_pdf_opens_as_the_same_plan(session, plan_pdf):
    found = plan_import.read_plan_file(plan_pdf)
    assert found.source == "pdf"
    assert found.plan == replace(session.plans.current(), version_id=None, version=None)


def test_a_pdf_without_a_plan_is_refused(qapp, session, plan_factory, tmp_path):
    from asthma_app.ui.printing.pdf import save_review_pdf

    session.plans.agree(plan_factory())
    path = tmp_path / "review.pdf"
    save_review_pdf(session.reviews.summary(), path)
    with pytest.raises(ImportRefused, match="no plan inside"):
        plan_import.read_plan_file(path)
