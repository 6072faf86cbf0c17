"""The review summary's "for your practice" part: template answers beside SNOMED CT codes,
on screen and in the PDF; an answer no concept matches exactly is left uncoded."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from asthma_app.domain.control import Attack, Care, ControlScore, Tool
from asthma_app.domain.practice_codes import practice_lines


@pytest.fixture
def reviewed(session, clock, plan_factory):
    clock.now = datetime(2026, 11, 1, 9, 0)
    session.plans.agree(plan_factory(agreed_on=date(2026, 6, 1)))
    reviews = session.reviews
    reviews.record_rcp3((True, False, False), date(2026, 10, 20))
    reviews.record_score(ControlScore(date(2026, 10, 21), Tool.ACT, 17))
    reviews.record_attack(Attack(date(2026, 9, 3), (Care.EMERGENCY_DEPARTMENT,
                                                    Care.STEROID_TABLETS)))
    reviews.add_question("Can I stop the tablets?")
    return session


def by_label(lines):
    return {line.label: line for line in lines}


def test_each_answer_carries_its_code(reviewed):
    lines = by_label(practice_lines(reviewed.reviews.summary()))
    assert lines["Written action plan held"].code == "527171000000103"
    assert lines["RCP 3 Questions"].code == "754061000000100"
    assert lines["Trouble sleeping because of asthma (last month)"].code == "170631002"
    assert lines["Asthma stopped usual activities (last month)"].code == "170638008"
    act = lines["Asthma Control Test (ACT) (total entered from a licensed form)"]
    assert (act.code, act.value.split()[0]) == ("443117005", "17")
    assert lines["A&E visits since the last review"].value == "1"
    assert lines["A&E visits since the last review"].code == "708373002"
    assert lines["Questions for the nurse"].value == "Can I stop the tablets?"


def test_no_near_miss_code_for_no_daytime_symptoms(reviewed):
    line = by_label(practice_lines(reviewed.reviews.summary()))[
        "Usual asthma symptoms during the day (last month)"]
    assert (line.value, line.code) == ("No", "")


def test_without_a_plan_nothing_says_a_plan_is_held(session):
    line = by_label(practice_lines(session.reviews.summary()))["Written action plan held"]
    assert line.code == "" and line.value == "No plan in the app"


def test_the_pdf_and_the_screen_carry_the_coded_part(qapp, reviewed, tmp_path):
    from pypdf import PdfReader

    from asthma_app.ui.printing.pdf import save_review_pdf
    from asthma_app.ui.printing.review_document import review_html

    summary = reviewed.reviews.summary()
    assert "For your practice" in review_html(summary) and "170631002" in review_html(summary)
    path = tmp_path / "review.pdf"
    save_review_pdf(summary, path)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)
    assert "For your practice" in text and "527171000000103" in text and "443117005" in text


def test_answers_and_codes_never_contradict_each_other():
    """Property: whatever the RCP3 answers and attacks, a "yes" is never coded with a "not"
    concept (nor "no" with a "yes" one), and each count matches the attacks given."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from asthma_app.domain import practice_codes as pc
    from asthma_app.domain.control import rcp3
    from asthma_app.domain.review import build_summary
    from asthma_app.domain.timeline import PlanTimeline

    yes_codes = {pc.SLEEP_YES[0], pc.DAYTIME_YES[0], pc.ACTIVITY_YES[0]}
    no_codes = {pc.SLEEP_NO[0], pc.ACTIVITY_NO[0], ""}
    cares = st.lists(st.sampled_from(list(Care)), max_size=3, unique=True).map(tuple)

    @settings(max_examples=150, deadline=None)
    @given(answers=st.tuples(st.booleans(), st.booleans(), st.booleans()),
           attacks=st.lists(st.tuples(st.integers(0, 300), cares), max_size=6))
    def check(answers, attacks):
        end = date(2026, 11, 1)
        made = [Attack(date(2026, 1, 1).fromordinal(end.toordinal() - d), care)
                for d, care in attacks]
        summary = build_summary("P", PlanTimeline.of([]), [], [], [rcp3(end, answers)], made,
                                [], date(2026, 1, 1), end, end)
        lines = practice_lines(summary)
        rcp3_lines = [line for line in lines if "(last month)" in line.label]
        assert len(rcp3_lines) == 3
        for answer, line in zip(answers, rcp3_lines, strict=True):
            assert line.code in (yes_codes if answer else no_codes)
            assert line.value == ("Yes" if answer else "No")
        ae = next(line for line in lines if line.code == pc.AE_SINCE_LAST[0])
        in_period = [a for a in made if a.occurred_on >= date(2026, 1, 1)]
        assert int(ae.value) == sum(Care.EMERGENCY_DEPARTMENT in a.care for a in in_period)

    check()
