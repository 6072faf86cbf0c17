"""Learn search results: the snippet under each title is body text around the match, never the
title again (every result looked doubled)."""

from __future__ import annotations

import pytest

from asthma_app.services.education import load_library
from asthma_app.services.education_search import fold

from .test_education import LANGUAGES, ROOT


@pytest.mark.parametrize("language", LANGUAGES)
def test_searching_a_title_never_shows_the_title_as_its_snippet(language):
    library = load_library(language, ROOT)
    for topic in library.topics():
        for hit in library.search(topic.title):
            assert hit.snippet.strip(), hit.topic.id
            # (a body sentence may begin with the title's words; the title alone is the bug)
            assert fold(hit.snippet.strip("…")) != fold(hit.topic.title), (
                language, topic.title, hit.topic.id, hit.snippet)


def test_snippet_is_the_body_text_around_the_word():
    hits = load_library("en", ROOT).search("ambulance")
    attack = next(hit for hit in hits if hit.topic.id == "asthma-attack")
    assert "ambulance" in attack.snippet.casefold()
    assert len(attack.snippet) <= 161


def test_a_match_far_into_a_long_line_is_in_the_snippet():
    from asthma_app.services.education_search import _snippet, tokenize

    words = " ".join(f"word{n}" for n in range(80))
    plain = f"# Title\n\n{words} spacer and more words after it {words}"
    snippet = _snippet(plain, tokenize("spacer"), title="Title")
    assert "spacer" in snippet and len(snippet) <= 161
    assert snippet.startswith("…") and snippet.endswith("…")
