"""Children's plans: the child's details saved from the Plan page, and the one-page school
copy read back from the PDF, for a symptom-only plan as much as a peak-flow one."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from asthma_app.domain.child_details import ChildDetails
from asthma_app.domain.control import ControlError
from asthma_app.domain.plan import PlanKind, default_uk_attack_steps, resolve_attack_steps
from tests.ui.helpers import click, type_into, unnamed_controls


def _pdf_text(path):
    pages = PdfReader(str(path)).pages
    return len(pages), " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
                                for p in pages)


@pytest.mark.parametrize("symptom_only", [False, True])
def test_details_saved_and_school_copy_is_one_page(make_window, session, plan_factory, qtbot,
                                                   tmp_path, symptom_only):
    plan = plan_factory(personal_best=None) if symptom_only else plan_factory()
    assert plan.uses_peak_flow is not symptom_only
    session.plans.agree(plan)
    window = make_window()
    dialog = window.page("plan").open_child_details()
    assert unnamed_controls(dialog) == []
    type_into(qtbot, dialog.carer, "Mum (Priya) 07700 900123")
    type_into(qtbot, dialog.school, "Oak Primary 01234 000111")
    dialog.copy_given.setChecked(True)
    dialog.spacer.setChecked(True)
    dialog.uses_mask.setChecked(True)
    type_into(qtbot, dialog.allergies, "penicillin")
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == ""
    saved = window.session.reviews.child_details()
    assert saved == ChildDetails("Mum (Priya) 07700 900123", "Oak Primary 01234 000111",
                                 date(2026, 11, 22), True, True, "penicillin", id=saved.id)
    path = dialog.save_school_copy(str(tmp_path / "school.pdf"))
    count, text = _pdf_text(path)
    assert count == 1
    for words in ("copy for school or nursery", "Sam Patel", "Call 999 now",
                  "In an asthma attack", "Mum (Priya) 07700 900123", "Oak Primary 01234 000111",
                  "penicillin", "salbutamol", "Riverside Surgery", "Nurse Jones",
                  "Uses a mask with the spacer Yes", "22 November 2026"):
        assert words in text, words
    shown = resolve_attack_steps(window.session.plans.current()).steps
    assert shown[0][:20] in text  # the steps the plan page shows


def test_school_copy_without_a_plan_uses_the_general_steps(session, qapp, tmp_path):
    from asthma_app.ui.printing.pdf import save_school_copy_pdf

    count = save_school_copy_pdf(session, tmp_path / "s.pdf")
    _count, text = _pdf_text(tmp_path / "s.pdf")
    assert count == 1 and "No action plan recorded" in text
    assert default_uk_attack_steps()[0][:20] in text and "not recorded" in text


def test_future_copy_date_is_refused(session):
    with pytest.raises(ControlError, match="future"):
        session.reviews.save_child_details(ChildDetails(school_copy_on=date(2026, 12, 1)))
    assert session.reviews.child_details() is None


@pytest.mark.parametrize("kind", [PlanKind.MART, PlanKind.AIR])
def test_school_copy_of_a_mart_or_air_plan_never_has_the_reliever_steps(session, plan_factory,
                                                                        qapp, kind):
    """The school copy goes through the same resolution as the plan page: a MART/AIR plan's
    copy shows its own (or the general own-inhaler) steps, never "up to 10 puffs"."""
    from asthma_app.domain.text import fill
    from asthma_app.ui.printing.school_copy import school_copy_html

    plan = plan_factory(kind=kind, max_reliever_puffs_per_day=8)
    html = school_copy_html(session.profile, plan, None)
    for step in resolve_attack_steps(plan).steps:
        assert fill(step, plan.emergency_number).split()[0] in html
    assert "10 puffs" not in html
    assert not any(step[:30] in html for step in default_uk_attack_steps())


def test_child_details_are_in_the_review_summary_and_the_plan_pdf(session, plan_factory, qapp,
                                                                  tmp_path):
    """Issue 17: the children's fields reach the review summary (screen and PDF share its
    HTML) and the printed plan, not only the school copy."""
    from asthma_app.ui.printing.pdf import save_plan_pdf
    from asthma_app.ui.printing.review_document import review_html

    session.plans.agree(plan_factory())
    session.reviews.save_child_details(ChildDetails(
        "Dad (Omar) 07700 900456", "Elm Nursery 01234 000222", date(2026, 11, 20), True, False,
        "ibuprofen"))
    html = review_html(session.reviews.summary(), chart=False)
    for words in ("Child&#x27;s details", "Dad (Omar) 07700 900456", "Elm Nursery 01234 000222",
                  "ibuprofen", "20 November 2026"):
        assert words in html, words
    save_plan_pdf(session, tmp_path / "plan.pdf")
    _count, text = _pdf_text(tmp_path / "plan.pdf")
    for words in ("Child's details", "Dad (Omar) 07700 900456", "ibuprofen"):
        assert words in text, words


def test_no_child_section_for_an_adult_without_details(session, plan_factory, qapp):
    from asthma_app.ui.printing.review_document import review_html

    session.plans.agree(plan_factory())
    assert "Child&#x27;s details" not in review_html(session.reviews.summary(), chart=False)
