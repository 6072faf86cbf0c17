"""PDFs read back with pypdf, and rendered with pdftoppm to prove they are real PDFs."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader


@pytest.fixture
def printable(qapp, session, clock, plan_factory):
    from asthma_app.app import install_domain_translator
    from asthma_app.domain.control import Attack, Care
    from asthma_app.domain.readings import PeakFlowReading

    install_domain_translator()
    clock.now = datetime(2026, 10, 1, 9, 0)
    session.plans.agree(plan_factory(agreed_on=date(2026, 10, 1), emergency_number="112",
                                     out_of_hours_contact="Out-of-hours 0300 123",
                                     red_instructions="Attack: follow the steps below."))
    clock.now = datetime(2026, 11, 22, 8, 0)
    for day in range(1, 51):
        moment = datetime(2026, 10, 1, 8, 0) + timedelta(days=day)
        session.diary.log_reading(PeakFlowReading(moment, (400 + day,)))
    session.reviews.record_rcp3((True, True, False), date(2026, 11, 1))
    session.reviews.record_attack(Attack(date(2026, 11, 2), (Care.AMBULANCE,)))
    for n in range(25):  # enough questions to need a second page
        session.reviews.add_question(f"Question number {n} about my inhaler technique?")
    return session


def pages_text(path):
    """Each page's words, with ligatures (fl, ff) undone and tabs/newlines made spaces."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in PdfReader(str(path)).pages]


def test_plan_pdf_has_zone_words_emergency_number_and_name_on_every_page(printable, tmp_path):
    from asthma_app.ui.printing.pdf import save_plan_pdf

    path = tmp_path / "plan.pdf"
    count = save_plan_pdf(printable, path)
    pages = pages_text(path)
    assert len(pages) == count and 1 <= count <= 2
    text = "\n".join(pages)
    for word in ("GREEN", "AMBER", "RED", "Green zone", "Amber zone", "Red zone",
                 "Nurse Jones", "salbutamol", "Call 112", "Out-of-hours 0300 123",
                 "Peak flow below 400 L/min", "Peak flow below 250 L/min"):
        assert word in text, word
    assert "999" not in text  # the plan's own number, not a default
    for number, page in enumerate(pages, start=1):
        assert "Sam Patel" in page and f"Page {number} of {count}" in page


def test_review_pdf_has_name_dates_and_page_numbers_on_every_page(printable, tmp_path):
    from asthma_app.ui.printing.pdf import save_review_pdf

    path = tmp_path / "review.pdf"
    count = save_review_pdf(printable.reviews.summary(), path)
    pages = pages_text(path)
    assert count >= 2 and len(pages) == count
    for number, page in enumerate(pages, start=1):
        assert "Sam Patel" in page and f"Page {number} of {count}" in page
        assert "1 October 2026" in page and "22 November 2026" in page
    text = "\n".join(pages)
    for words in ("Nurse Jones", "2 out of 3", "talk to your asthma nurse", "Ambulance",
                  "Question number 24", "Readings"):
        assert words in text, words
    reader = PdfReader(str(path))
    assert any("/Image" in str(page.get("/Resources", {}).get("/XObject", {}))
               or page.images for page in reader.pages)  # the chart is embedded
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(path),
                        str(tmp_path / "look")], check=True)
        assert (tmp_path / "look-1.png").stat().st_size > 1000
