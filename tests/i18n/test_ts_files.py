"""The .ts translation sources: complete, placeholders kept, review status stated."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))

import translations  # noqa: E402

PLACEHOLDER = re.compile(r"%[0-9n]")


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_ts_file_has_no_unfinished_entries(language):
    path = translations.ts_path(language)
    assert path.exists(), f"run: python build_scripts/translations.py update {language}"
    assert translations.unfinished(path) == []


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_source(language):
    wrong = []
    for context, source, translation, _message in translations.messages(
            translations.ts_path(language)):
        for text in _translated_texts(translation):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"[{context}] {source!r} -> {text!r}")
            if source[:1].isspace() != text[:1].isspace():  # " hours" is glued to a number
                wrong.append(f"[{context}] leading space differs: {source!r} -> {text!r}")
    assert wrong == []


def _translated_texts(translation) -> list[str]:
    """The translation, or each plural form of it (``<numerusform>``) for %n messages."""
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_ts_language_attribute_and_no_empty_context(language):
    # An empty context means lupdate misread a call (e.g. an alias tr = translate).
    path = translations.ts_path(language)
    root = __import__("xml.etree.ElementTree", fromlist=["parse"]).parse(path).getroot()
    assert root.get("language") == language
    assert all((context.findtext("name") or "").strip() for context in root.iter("context"))


def test_ts_files_cover_every_translate_call_in_domain_and_services():
    """lupdate's Python parser finds translate("Context", "...") outside Qt code too."""
    sources = {source for _c, source, _t, _m in translations.messages(translations.ts_path("pl"))}
    call = re.compile(r'translate\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*)"\s*\)')
    found = []
    for folder in ("domain", "services"):
        for path in (ROOT / "asthma_app" / folder).rglob("*.py"):
            if path.name == "text.py":
                continue  # its docstring shows the call shape with dummy text
            found += [ast.literal_eval(f'"{text}"')
                      for _context, text in call.findall(path.read_text(encoding="utf-8"))]
    assert found, "expected single-line translate() calls in domain/services"
    assert [text for text in found if text not in sources] == []


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_language_states_its_review_status(language):
    status = (ROOT / "translations" / "STATUS.md").read_text(encoding="utf-8")
    assert re.search(rf"^- `{language}` \w+: \S", status, re.MULTILINE)


def test_trend_keywords_appear_in_the_translated_amber_signs():
    """trend_notes looks for the translated word "reliever"/"night" in the plan's signs."""
    for language in translations.LANGUAGES:
        table = {(c, s): t.text for c, s, t, _m in translations.messages(
            translations.ts_path(language))}
        reliever = table[("Trends", "reliever")].casefold()
        night = table[("Trends", "night")].casefold()
        assert reliever in table[("Plan", "I am using my reliever 3 or more times a week")] \
            .casefold(), language
        assert night in table[("Plan", "I am waking up at night because of my asthma")] \
            .casefold(), language


def test_untranslated_command_lists_unfinished_entries(tmp_path, capsys, monkeypatch):
    ts = tmp_path / "asthma_app_xx.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS language="xx">'
                  "<context><name>Today</name>"
                  "<message><source>Done</source><translation>Fait</translation></message>"
                  "<message><source>Left %1</source><translation type=\"unfinished\">"
                  "</translation></message></context></TS>", encoding="utf-8")
    monkeypatch.setattr(translations, "TRANSLATIONS", tmp_path)
    assert translations.main(["untranslated", "xx"]) == 1
    out = capsys.readouterr().out
    assert "xx: 1 unfinished" in out and "[Today] Left %1" in out and "Done" not in out
