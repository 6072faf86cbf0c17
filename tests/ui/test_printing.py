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


def test_plan_without_a_review_date_prints_without_one(qapp, session, clock, plan_factory,
                                                      tmp_path):
    """A plan may have no next review date (optional in the editor): it still prints."""
    from asthma_app.app import install_domain_translator
    from asthma_app.ui.printing.pdf import save_plan_pdf

    install_domain_translator()
    clock.now = datetime(2026, 11, 1, 9, 0)
    session.plans.agree(plan_factory(next_review=None))
    path = tmp_path / "plan.pdf"
    save_plan_pdf(session, path)
    text = "\n".join(pages_text(path))
    assert "Nurse Jones" in text and "Next review" not in text


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


# --- as people use the PDFs: headings on their page, searchable words, metadata, grey print ---

@pytest.fixture
def example(qapp, tmp_path):
    """The made-up patient of docs/examples (build_scripts is on sys.path: tests/ui/conftest)."""
    from example_pdfs import sample_session

    from asthma_app.app import install_domain_translator

    install_domain_translator()
    session = sample_session(tmp_path / "example")
    yield session
    session.db.close()


def page_lines(path):
    """Each page's lines of text, words joined by one space, exactly as extracted."""
    return [[" ".join(line.split()) for line in page.extract_text().splitlines() if line.strip()]
            for page in PdfReader(str(path)).pages]


def page_with_line(pages, text) -> int:
    found = [number for number, lines in enumerate(pages) if text in lines]
    assert len(found) == 1, (text, found)
    return found[0]


def test_plan_headings_stay_with_their_lists(example, tmp_path):
    from asthma_app.domain.plan import danger_signs
    from asthma_app.ui.printing.pdf import save_plan_pdf

    path = tmp_path / "plan.pdf"
    save_plan_pdf(example, path)
    pages = page_lines(path)
    heading = page_with_line(pages, "Call 999 straight away if")
    assert danger_signs()[0] in pages[heading]
    assert "Emergency number" in pages[page_with_line(pages, "Contacts")]


def test_review_peak_flow_heading_stays_with_its_chart(example, tmp_path):
    from asthma_app.ui.printing.pdf import save_review_pdf

    path = tmp_path / "review.pdf"
    save_review_pdf(example.reviews.summary(), path)
    pages = page_lines(path)
    heading = page_with_line(pages, "Peak flow")
    assert PdfReader(str(path)).pages[heading].images, "the chart is on the heading's page"


@pytest.mark.parametrize("extra", range(0, 24, 3))
def test_no_heading_ends_a_page_whatever_the_length(printable, tmp_path, extra):
    """The plan grows line by line (a longer green zone) so each heading meets a page end."""
    from dataclasses import replace

    from asthma_app.ui.printing.pdf import save_plan_pdf

    plan = printable.plans.current()
    printable.plans.agree(replace(plan, green_instructions="\n".join(
        f"Line {n} of my own green-zone notes." for n in range(extra + 1))))
    path = tmp_path / "plan.pdf"
    save_plan_pdf(printable, path)
    for lines in page_lines(path):
        assert lines[-1] not in ("Call 112 straight away if", "Contacts", "In an asthma attack:")


def test_pdf_text_is_searchable_without_ligatures(example, tmp_path):
    """A search for "flow" or "fine" must find them: no ﬂ ﬁ ﬀ ligature characters."""
    from asthma_app.ui.printing.pdf import save_plan_pdf, save_review_pdf

    save_plan_pdf(example, tmp_path / "plan.pdf")
    save_review_pdf(example.reviews.summary(), tmp_path / "review.pdf")
    for name in ("plan", "review"):
        text = "\n".join(page.extract_text() for page in PdfReader(str(tmp_path / f"{name}.pdf"))
                         .pages)
        assert not any("\ufb00" <= char <= "\ufb06" for char in text), name
        assert "flow" in text, name
    plan_text = " ".join(" ".join(lines) for lines in page_lines(tmp_path / "plan.pdf"))
    assert "Peak flow below 400 L/min" in plan_text
    review_text = " ".join(" ".join(lines) for lines in page_lines(tmp_path / "review.pdf"))
    assert "Do I need a flu jab" in review_text and "different inhaler" in review_text


def test_pdf_metadata_names_title_author_and_language(example, tmp_path):
    from asthma_app.ui.printing.pdf import save_plan_pdf, save_review_pdf

    save_plan_pdf(example, tmp_path / "plan.pdf")
    save_review_pdf(example.reviews.summary(), tmp_path / "review.pdf")
    for name, title in (("plan", "Asthma action plan"), ("review", "Asthma review summary")):
        reader = PdfReader(str(tmp_path / f"{name}.pdf"))
        assert reader.metadata.title == title
        assert reader.metadata.author == "Sam Patel"
        assert reader.metadata.creator.startswith("Asthma")
        assert reader.trailer["/Root"]["/Lang"] == "en-GB"


@pytest.mark.skipif(not shutil.which("pdftoppm") or not shutil.which("pdftotext"),
                    reason="poppler-utils (pdftoppm, pdftotext) not installed")
def test_zone_bars_differ_in_grey_and_their_words_stay_readable(example, tmp_path):
    """Printed in black and white: GREEN, AMBER and RED bars are clearly different greys, and
    each zone word keeps at least 4.5:1 contrast against its own bar."""
    import re

    from PySide6.QtGui import QImage, qGray

    from asthma_app.ui.printing.pdf import save_plan_pdf
    from asthma_app.ui.theme import contrast_ratio

    path = tmp_path / "plan.pdf"
    save_plan_pdf(example, path)
    dpi = 100
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(path),
                    str(tmp_path / "grey")], check=True)
    image = QImage(str(tmp_path / "grey-1.png"))
    boxes = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"],
                           capture_output=True, text=True, check=True).stdout
    greys = {}
    for word in ("GREEN", "AMBER", "RED"):
        match = re.search(rf'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                          rf"{word}</word>", boxes)
        x0, y0, x1, y1 = (float(v) * dpi / 72 for v in match.groups())
        pixels = sorted(qGray(image.pixel(x, y)) for x in range(int(x0) - 4, int(x1) + 4)
                        for y in range(int(y0) - 4, int(y1) + 4))
        background = pixels[len(pixels) // 2]  # thin strokes: the median is the bar
        ink = pixels[0] if background > 128 else pixels[-1]
        greys[word] = background
        assert contrast_ratio(*(f"#{v:02x}{v:02x}{v:02x}" for v in (background, ink))) >= 4.5, (
            word, background, ink)
    values = sorted(greys.values())
    assert values[1] - values[0] >= 50 and values[2] - values[1] >= 50, greys


def test_review_chart_has_a_text_alternative(example, tmp_path):
    from asthma_app.ui.printing.pdf import save_review_pdf

    summary = example.reviews.summary()
    path = tmp_path / "review.pdf"
    save_review_pdf(summary, path)
    text = " ".join(" ".join(lines) for lines in page_lines(path))
    stats = summary.stats
    assert "Chart:" in text
    assert f"from {stats.lowest} to {stats.highest} L/min" in text and "below the red line" in text


@pytest.mark.parametrize(("language", "title", "page", "tag"), [
    ("cy", "Fy nghynllun gweithredu asthma", "Tudalen 1 o", "cy-GB"),
    ("pl", "Mój plan działania w astmie", "Strona 1 z", "pl-PL"),
    ("ur", None, None, "ur-PK"),  # Qt's text layer holds Arabic script in drawing order
])
def test_plan_pdf_is_in_the_chosen_language_and_says_so(example, tmp_path, language, title,
                                                        page, tag):
    """The printed plan's own headings are translated (they were English in every language:
    lupdate did not see them) and /Lang names the language."""
    from asthma_app import i18n
    from asthma_app.ui.printing.pdf import save_plan_pdf

    i18n.set_language(language)
    path = tmp_path / "plan.pdf"
    save_plan_pdf(example, path)
    text = " ".join(" ".join(lines) for lines in page_lines(path))
    assert title is None or (title in text and page in text)
    assert PdfReader(str(path)).trailer["/Root"]["/Lang"] == tag  # and no Qt font warning


def test_review_pdf_headings_are_in_the_chosen_language(example, tmp_path):
    from asthma_app import i18n
    from asthma_app.ui.printing.pdf import save_review_pdf

    i18n.set_language("pl")
    path = tmp_path / "review.pdf"
    save_review_pdf(example.reviews.summary(), path)
    text = " ".join(" ".join(lines) for lines in page_lines(path))
    for words in ("Podsumowanie wizyty kontrolnej astmy", "Kontrola astmy", "Przepływ szczytowy",
                  "Napady i pilna pomoc", "Moje pytania na wizytę kontrolną", "Wykres:"):
        assert words in text, words


def test_urdu_plan_is_printed_in_the_apps_urdu_font(example, tmp_path):
    """Urdu in the app's Naskh font, not whatever fallback Qt finds (it took Noto Kufi, after
    warning that DejaVu Sans cannot shape Urdu)."""
    from PySide6.QtGui import QFontDatabase

    from asthma_app import i18n
    from asthma_app.ui.printing.pdf import save_plan_pdf

    if "Noto Naskh Arabic" not in QFontDatabase.families():
        pytest.skip("Noto Naskh Arabic is not installed (Debian: fonts-noto-core)")
    i18n.set_language("ur")
    path = tmp_path / "plan.pdf"
    save_plan_pdf(example, path)
    fonts = {str(font["/BaseFont"]) for page in PdfReader(str(path)).pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("NotoNaskhArabic" in name for name in fonts), fonts
    assert not any("Kufi" in name for name in fonts), fonts
