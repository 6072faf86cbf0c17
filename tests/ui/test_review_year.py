"""The year at a glance on the review summary screen and in the PDF read back: the 12-month
totals, and the UK guidance facts stated as guidance with their source."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from asthma_app.domain.control import Attack, Care
from asthma_app.domain.readings import SymptomEntry


def _history(session, clock):
    clock.now = datetime(2026, 11, 22, 8, 0)
    reviews = session.reviews
    for day in (date(2025, 11, 22), date(2026, 3, 1), date(2026, 9, 9)):  # first day counts
        reviews.record_attack(Attack(day, (Care.STEROID_TABLETS,)))
    reviews.record_attack(Attack(date(2026, 9, 9), (Care.EMERGENCY_DEPARTMENT,
                                                    Care.HOSPITAL_ADMISSION)))
    reviews.record_attack(Attack(date(2025, 11, 21), (Care.STEROID_TABLETS,)))  # outside
    for offset in range(3):  # Mon-Wed of one week: reliever on more than 2 days
        session.diary.log_symptoms(SymptomEntry(datetime(2026, 11, 16, 9) + timedelta(days=offset),
                                             reliever_puffs=2))


def test_summary_screen_shows_the_year_and_the_sourced_facts(window_with_plan, qtbot, clock):
    window = window_with_plan
    _history(window.session, clock)
    page = window.page("review")
    window.show_page("review")
    page.refresh()
    text = page.summary_view.browser.toPlainText()
    assert "The last 12 months at a glance" in text
    flat = " ".join(text.split())
    assert "From Saturday, 22 November 2025 to Sunday, 22 November 2026." in flat
    assert "Courses of steroid tablets 3" in flat
    assert "Asthma attacks recorded 4" in flat and "A&E visits 1" in flat
    assert "Stays in hospital 1" in flat
    assert "UK guidance says that people who need more than 2 courses" in flat
    assert "talk to your nurse" in flat and "Why asthma still kills" in flat
    assert "on more than 2 days a week" in flat and "MHRA" in flat


def test_review_pdf_has_the_year_and_the_facts(qapp, session, clock, tmp_path):
    from asthma_app.app import install_domain_translator
    from asthma_app.ui.printing.pdf import save_review_pdf

    install_domain_translator()
    _history(session, clock)
    path = tmp_path / "review.pdf"
    save_review_pdf(session.reviews.summary(), path)
    flat = " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
                    for p in PdfReader(str(path)).pages)
    assert "The last 12 months at a glance" in flat
    assert "Courses of steroid tablets 3" in flat and "Asthma attacks recorded 4" in flat
    assert "UK guidance says" in flat and "talk to your nurse" in flat
