"""Tests of the education library: the real files under resources/education and the loader."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from asthma_app.services import education
from asthma_app.services.education import (
    THEMES,
    TOPIC_LINKS,
    EducationError,
    load_library,
    parse_topic,
    theme_title,
    topic_for_device,
)
from asthma_app.services.education_search import fold, tokenize

ROOT = Path(__file__).resolve().parents[2] / "resources" / "education"
LANGUAGES = ("en", "cy", "pl", "ur", "bn")
TRANSLATION_NOTE = "machine-draft, not yet reviewed by a fluent speaker"
ENGLISH_IDS = sorted(p.stem for p in (ROOT / "en").glob("*.md"))


def known_fallbacks() -> set[tuple[str, str]]:
    lines = (ROOT / "FALLBACKS.md").read_text(encoding="utf-8").splitlines()
    pairs = set()
    for line in lines:
        match = re.fullmatch(r"\s*[-*]?\s*([a-z]{2,3}):\s*([a-z0-9-]+)\s*", line)
        if match:
            pairs.add((match[1], match[2]))
    return pairs


@pytest.fixture(scope="module", params=LANGUAGES)
def library(request):
    return load_library(request.param, ROOT)


def test_english_has_the_required_topics():
    assert len(ENGLISH_IDS) >= 17
    for topic_id in set(TOPIC_LINKS.values()):
        assert topic_id in ENGLISH_IDS


def test_every_language_loads_every_topic(library):
    assert sorted(t.id for t in library.topics()) == ENGLISH_IDS
    assert library.language in LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_topic_translated_or_listed_as_fallback(language):
    listed = {topic_id for lang, topic_id in known_fallbacks() if lang == language}
    present = {p.stem for p in (ROOT / language).glob("*.md")}
    assert set(ENGLISH_IDS) - present == listed, "FALLBACKS.md must list exactly the gaps"
    fallbacks = set(load_library(language, ROOT).fallbacks())
    assert fallbacks == listed


def test_front_matter_complete_and_consistent(library):
    english = load_library("en", ROOT)
    for topic in library.topics():
        assert topic.title and topic.sources and topic.keywords
        assert topic.theme in THEMES
        assert isinstance(topic.reviewed, date)
        assert topic.reviewed == english.topic(topic.id).reviewed
        assert topic.theme == english.topic(topic.id).theme
        if topic.language == "en":
            assert not topic.translation
        else:
            assert topic.translation == TRANSLATION_NOTE
            assert not topic.is_fallback


def test_english_topics_are_250_to_600_words():
    for topic in load_library("en", ROOT).topics():
        words = len(topic.body_markdown.split())
        assert 250 <= words <= 600, (topic.id, words)
        assert re.search(r"^## ", topic.body_markdown, re.M), topic.id
        assert re.search(r"^(- |\d+\. )", topic.body_markdown, re.M), topic.id


def test_images_exist_and_are_accessible(library):
    for topic in library.topics():
        for image in topic.image_paths():
            assert image.is_file(), (topic.language, topic.id, image)


def test_at_least_six_images_and_every_svg_has_title_and_desc():
    svgs = sorted((ROOT / "images").glob("*.svg"))
    assert len(svgs) >= 6
    used = {p.name for t in load_library("en", ROOT).topics() for p in t.image_paths()}
    assert len(used) >= 6
    for svg in svgs:
        text = svg.read_text(encoding="utf-8")
        assert re.search(r"<title[^>]*>[^<]+</title>", text), svg.name
        assert re.search(r"<desc[^>]*>[^<]+</desc>", text), svg.name


def all_files():
    return sorted(ROOT.rglob("*.md")) + sorted((ROOT / "images").glob("*.svg"))


def test_no_file_mentions_a_dose_in_milligrams():
    pattern = re.compile(r"\d\s*(mg|µg|mcg|micrograms?|milligrams?)\b", re.I)
    for path in all_files():
        assert not pattern.search(path.read_text(encoding="utf-8")), path


def test_no_inhaler_named_by_colour():
    colours = r"(blue|brown|purple|orange|red|green|grey|white|pink|maroon)"
    pattern = re.compile(rf"\b{colours} (inhaler|puffer|one)s?\b", re.I)
    for path in sorted((ROOT / "en").glob("*.md")):
        assert not pattern.search(path.read_text(encoding="utf-8")), path


def test_attack_topic_has_mart_air_note_and_danger_signs():
    body = load_library("en", ROOT).topic(TOPIC_LINKS["red_zone"]).body_markdown.lower()
    assert "mart or air" in body and "attack steps in your own action plan" in body
    for sign in ("blue or grey", "too breathless to speak, eat or sleep", "not helping",
                 "drowsy or confused", "exhausted", "getting worse fast", "999"):  # fmt: skip
        assert sign in body, sign


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_attack_topic_keeps_the_safety_content(language):
    topic = load_library(language, ROOT).topic("asthma-attack")
    body = topic.body_markdown
    assert "MART" in body and "AIR" in body
    assert body.count("999") >= 3
    assert "10" in body and "30" in body and "60" in body


EN_QUERIES = {
    "spacer": "inhaler-with-spacer",
    "spaser": "inhaler-with-spacer",
    "attack": "asthma-attack",
    "peak flow": "peak-flow",
    "peek flo": "peak-flow",
    "personal best": "peak-flow",
    "amber": "getting-worse",
    "MART": "mart-and-air",
    "pollution": "triggers",
    "flu jab": "colds-flu-vaccines",
    "steroid tablets": "steroid-tablets",
    "dry powder": "dry-powder-inhalers",
    "Respimat": "soft-mist-inhalers",
    "worried": "feelings",
    "school": "children",
    "PE running": "exercise",
    "review": "asthma-review",
}


@pytest.mark.parametrize(("query", "expected"), EN_QUERIES.items())
def test_english_search_finds_the_right_topic(query, expected):
    hits = load_library("en", ROOT).search(query)
    assert hits and hits[0].topic.id == expected, [(h.topic.id, h.score) for h in hits[:3]]


def test_typo_finds_inhaler_topics():
    ids = [hit.topic.id for hit in load_library("en", ROOT).search("inhailer", limit=4)]
    assert ids and all("inhaler" in topic_id for topic_id in ids[:3])


NATIVE_QUERIES = {
    "cy": {"pwl o asthma": "asthma-attack", "llif brig": "peak-flow", "gwaethygu": "getting-worse",
           "powdr sych": "dry-powder-inhalers", "niwl meddal": "soft-mist-inhalers",
           "anadlydd spacer": "inhaler-with-spacer", "pigiad ffliw": "colds-flu-vaccines",
           "tabledi steroid": "steroid-tablets"},
    "pl": {"napad astmy": "asthma-attack", "przepływ szczytowy": "peak-flow",
           "komora": "inhaler-with-spacer", "przeplyw szczytowy": "peak-flow",
           "proszkowy": "dry-powder-inhalers", "pogorszenie": "getting-worse",
           "szczepienie na grypę": "colds-flu-vaccines", "atak paniki": "feelings"},
    "ur": {"دمے کا دورہ": "asthma-attack", "پیک فلو": "peak-flow", "اسپیسر": "inhaler-with-spacer",
           "خشک پاؤڈر": "dry-powder-inhalers", "امبر زون": "getting-worse",
           "فلو کا ٹیکہ": "colds-flu-vaccines", "اسٹیرائڈ گولیاں": "steroid-tablets"},
    "bn": {"অ্যাজমা অ্যাটাক": "asthma-attack", "পিক ফ্লো": "peak-flow",
           "স্পেসার": "inhaler-with-spacer", "ড্রাই পাউডার": "dry-powder-inhalers",
           "অ্যাম্বার জোন": "getting-worse", "ফ্লুর টিকা": "colds-flu-vaccines",
           "প্যানিক অ্যাটাক": "feelings"},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [(lang, q, e) for lang, queries in NATIVE_QUERIES.items() for q, e in queries.items()],
)
def test_native_search_finds_the_right_topic(language, query, expected):
    hits = load_library(language, ROOT).search(query)
    assert hits and hits[0].topic.id == expected, [(h.topic.id, h.score) for h in hits[:3]]


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_english_words_still_find_translated_topics(language):
    hits = load_library(language, ROOT).search("spacer")
    assert hits[0].topic.id == "inhaler-with-spacer"


def test_search_edge_cases():
    library = load_library("en", ROOT)
    assert library.search("") == []
    assert library.search("   !!! ") == []
    assert library.search("zzzzqqq") == []
    assert len(library.search("asthma", limit=3)) == 3
    assert library.search("SPACER")[0].topic.id == library.search("spacer")[0].topic.id


def test_folding_is_case_accent_and_script_aware():
    assert fold("ŴYNEB") == fold("wyneb")
    assert fold("Przepływ") == fold("przeplyw")
    assert tokenize("পিক ফ্লো") == ["পিক", "ফ্লো"]  # vowel signs stay inside words
    assert fold("كتاب") == fold("کتاب")  # Arabic and Urdu kaf
    assert tokenize("دَمہ") == tokenize("دمہ")  # short vowel marks ignored


def test_by_theme_is_ordered_and_complete(library):
    groups = library.by_theme()
    order = [group.id for group in groups]
    assert order == [theme for theme in THEMES if theme in order]
    assert sum(len(group.topics) for group in groups) == len(library.topics())
    assert all(group.title == theme_title(group.id) for group in groups)


def test_theme_titles_follow_the_installed_translator(monkeypatch):
    monkeypatch.setattr(education, "translate", lambda ctx, text: f"[{ctx}] {text}")
    assert theme_title("inhalers") == "[Education] Inhalers"


def test_unknown_language_falls_back_to_english():
    library = load_library("xx", ROOT)
    assert library.language == "en"
    assert load_library("pl_PL", ROOT).language == "pl"


def test_missing_topic_falls_back_with_flag(tmp_path):
    for lang in ("en", "pl"):
        (tmp_path / lang).mkdir()
    src = ROOT / "en" / "peak-flow.md"
    (tmp_path / "en" / "peak-flow.md").write_text(src.read_text(encoding="utf-8"), "utf-8")
    library = load_library("pl", tmp_path)
    topic = library.topic("peak-flow")
    assert topic.is_fallback and topic.language == "en"
    with pytest.raises(KeyError):
        library.topic("nope")


def test_topic_links_and_devices():
    assert TOPIC_LINKS["amber_zone"] == "getting-worse"
    assert topic_for_device("Turbohaler") == "dry-powder-inhalers"
    assert topic_for_device("pMDI with Volumatic spacer") == "inhaler-with-spacer"
    assert topic_for_device("pMDI") == "inhaler-without-spacer"
    assert topic_for_device("Respimat") == "soft-mist-inhalers"
    assert topic_for_device("tablet") is None


GOOD = """---
id: sample
title: A sample
theme: basics
reviewed: 2026-11-22
sources: here
keywords: a, b
---

# Sample

Text.
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# no front matter\n", "must start"),
        ("---\nid: sample\ntitle: x\n", "no closing"),
        (GOOD.replace("title: A sample\n", ""), "missing title"),
        (GOOD.replace("theme: basics", "theme: nonsense"), "unknown theme"),
        (GOOD.replace("2026-11-22", "22/11/2026"), "reviewed must be a date"),
        (GOOD.replace("sources: here", "sources here"), "line 6"),
        (GOOD.replace("keywords: a, b", "keywords: a, b\nkeywords: c"), "given twice"),
        (GOOD.replace("id: sample", "id: other"), "does not match"),
        (GOOD.split("# Sample")[0], "no text"),
    ],
)
def test_malformed_front_matter_names_the_file(tmp_path, text, message):
    path = tmp_path / "sample.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EducationError, match=message) as info:
        parse_topic(path, "en")
    assert str(path) in str(info.value)


def test_malformed_file_in_library_raises(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "broken.md").write_text("no front matter", encoding="utf-8")
    with pytest.raises(EducationError, match=r"broken\.md"):
        load_library("en", tmp_path)


def test_good_file_parses(tmp_path):
    path = tmp_path / "sample.md"
    path.write_text(GOOD, encoding="utf-8")
    topic = parse_topic(path, "en")
    assert topic.keywords == ("a", "b") and topic.reviewed == date(2026, 11, 22)


def test_default_root_is_the_bundled_resources():
    assert education.default_root().resolve() == ROOT
    assert load_library("en").topic("peak-flow").title.startswith("Peak flow")


def test_no_qt_imported():
    import subprocess
    import sys

    code = ("import sys, asthma_app.services.education as e; e.load_library('bn').search('x');"
            "assert not any(m.startswith('PySide6') for m in sys.modules)")  # fmt: skip
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT.parents[1])
