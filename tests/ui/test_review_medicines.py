"""Medicines taken in the review summary, on screen and in the PDF read back: doses taken ÷
due, reliever inhalers started in the last month / 3 / 12 months, reliever use, and the UK
guidance facts stated as guidance with their source (never a verdict, never a dose)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from asthma_app.domain.inhalers import WeekUse
from asthma_app.domain.plan import Medicine, MedicineRole
from asthma_app.domain.readings import SymptomEntry
from asthma_app.domain.reliever_facts import inhaler_facts, last_week_fact
from asthma_app.domain.schedule import DoseTimes, Slot
from tests.conftest import make_plan


def _history(session, clock):
    clock.now = datetime(2026, 10, 1, 7)
    session.plans.agree(make_plan(medicines=(
        Medicine("beclometasone", MedicineRole.PREVENTER, schedule=DoseTimes.BOTH,
                 puffs_each_time=2),
        Medicine("salbutamol", MedicineRole.RELIEVER))))
    for ago in (5, 20, 200):
        session.medicines.start_inhaler("salbutamol", 200,
                                        at=datetime(2026, 11, 22, 9) - timedelta(days=ago))
    for day in range(53):
        clock.now = datetime(2026, 10, 1, 8) + timedelta(days=day)
        for dose in session.medicines.today():
            if dose.due.slot is Slot.MORNING:
                session.medicines.answer(dose.due, True)
    for offset in range(3):  # Mon-Wed of the last week: reliever on 3 days
        session.diary.log_symptoms(SymptomEntry(datetime(2026, 11, 16, 9)
                                                + timedelta(days=offset), reliever_puffs=2))
    clock.now = datetime(2026, 11, 22, 20)


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("\xa0", " ").split())


def test_summary_screen_shows_medicines_taken_and_the_sourced_facts(make_window, session,
                                                                   clock):
    _history(session, clock)
    window = make_window()
    page = window.page("review")
    window.show_page("review")
    page.refresh()
    flat = _flat(page.summary_view.browser.toPlainText())
    assert "Medicines taken" in flat
    start, end = session.reviews.default_period()
    expected = session.medicines.adherence(start, end)
    assert expected.due and expected.percent == 50
    assert (f"Preventer doses taken 50 % (doses due: {expected.due}; logged as taken: "
            f"{expected.taken};") in flat
    assert "Reliever inhalers started in the last month 2" in flat
    assert "Reliever inhalers started in the last 12 months 3" in flat
    assert "more than one reliever inhaler a month needs an urgent asthma review" in flat
    assert "BTS/SIGN" in flat and "MHRA" in flat
    assert "diagnos" not in flat.lower()


def test_review_pdf_has_medicines_taken(qapp, session, clock, tmp_path):
    from asthma_app.app import install_domain_translator
    from asthma_app.ui.printing.pdf import save_review_pdf

    install_domain_translator()
    _history(session, clock)
    path = tmp_path / "review.pdf"
    save_review_pdf(session.reviews.summary(), path)
    flat = _flat(" ".join(p.extract_text() for p in PdfReader(str(path)).pages))
    assert "Medicines taken" in flat and "Preventer doses taken 50 %" in flat
    assert "Reliever inhalers started in the last 3 months 2" in flat
    assert "UK guidance says" in flat and "talk to your nurse" in flat


COUNTS = st.fixed_dictionaries({30: st.integers(0, 5), 91: st.integers(0, 10),
                                365: st.integers(0, 30)})


@given(COUNTS, st.integers(0, 7))
def test_facts_apply_exactly_at_their_figures_and_read_as_guidance(counts, days):
    facts = inhaler_facts(counts)
    keys = {f.key for f in facts}
    assert ("reliever_inhalers_month" in keys) == (counts[30] > 1)
    assert ("reliever_inhalers_nrad" in keys) == (counts[365] > 12)
    assert ("reliever_inhalers_year" in keys) == (3 <= counts[365] <= 12)
    week = last_week_fact(WeekUse(date(2026, 11, 16), days * 2, days))
    assert (week is not None) == (days > 2)
    for fact in facts + ([week] if week else []):
        text = fact.full_text()
        assert "guidance" in text.lower() or "review of asthma deaths" in text
        assert "talk to your nurse" in text and "(Source: " in text
        # a count of what was logged, never a dose or an instruction to change treatment
        assert not re.search(r"\b(take|increase|reduce|stop)\b", text.lower())
