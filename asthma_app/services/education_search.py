"""Ranked, typo-tolerant full-text search over education topics (stdlib only).

Text is folded before matching: NFKD, ``casefold``, Latin accents and Arabic-script short vowel
marks removed, a few letters unified (Polish ``ł`` → ``l``; Arabic ``ك ي ه`` → Urdu ``ک ی ہ``),
zero-width joiners dropped. Words are runs of Unicode letters, marks and digits, so Bengali
vowel signs stay inside their word. A query word matches a topic word exactly, as a prefix, or
— when it is not itself a word of the library and has 4+ letters — by
:class:`difflib.SequenceMatcher` similarity (``inhailer`` → ``inhaler``). Title matches weigh
most, then keywords (and the English title and keywords of a translated topic, so "spacer"
works in every language), then the body; rare words count more.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from asthma_app.services.education import Topic

# English title/keywords of a translated topic count like its own: "spacer" works everywhere.
FIELD_WEIGHTS = {
    "title": 3.0,
    "keywords": 2.0,
    "english_title": 3.0,
    "english_keywords": 2.0,
    "body": 1.0,
}
_DROP = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x0640}  # zero-widths, Arabic tatweel
_MAP = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss",
                      "ك": "ک", "ي": "ی", "ى": "ی", "ه": "ہ", "ة": "ہ"})  # fmt: skip
_MARKDOWN = re.compile(r"!\[[^\]]*\]\([^)]*\)|[#*_`>|]|\[|\]\([^)]*\)")


def _is_stripped_mark(char: str) -> bool:
    code = ord(char)
    return 0x0300 <= code <= 0x036F or 0x064B <= code <= 0x065F or code == 0x0670


def fold(text: str) -> str:
    """Case-, accent- and spelling-variant-insensitive form of ``text``."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(c for c in text if not _is_stripped_mark(c) and ord(c) not in _DROP)
    return unicodedata.normalize("NFC", text.translate(_MAP))


def tokenize(text: str) -> list[str]:
    """Folded words: maximal runs of letters, combining marks and digits."""
    words, current = [], []
    for char in fold(text):
        if unicodedata.category(char)[0] in "LMN":
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def plain_text(markdown: str) -> str:
    """Markdown with images, link targets and markup characters removed."""
    return re.sub(r"[ \t]+", " ", _MARKDOWN.sub(" ", markdown))


@dataclass(frozen=True)
class SearchHit:
    """One result: the topic, its score (higher is better) and a short plain-text excerpt."""

    topic: Topic
    score: float
    snippet: str


@dataclass
class _Entry:
    """One topic as the search index keeps it."""

    topic: Topic
    fields: dict[str, Counter[str]]
    folded: dict[str, str]
    markdown: str  # the body, for snippets


class SearchIndex:
    """Index of one library's topics; build once, query many times."""

    def __init__(self, topics: Iterable[Topic], english: Mapping[str, Topic] = {}):
        self._entries = []
        for topic in topics:
            plain = plain_text(topic.body_markdown)
            texts = {"title": topic.title, "keywords": " ".join(topic.keywords), "body": plain}
            source = english.get(topic.id)
            translated = source is not None and source is not topic and not topic.is_fallback
            texts["english_title"] = source.title if source and translated else ""
            texts["english_keywords"] = " ".join(source.keywords) if source and translated else ""
            fields = {name: Counter(tokenize(text)) for name, text in texts.items()}
            folded = {name: " ".join(tokenize(text)) for name, text in texts.items()}
            self._entries.append(_Entry(topic, fields, folded, topic.body_markdown))
        self._df: Counter[str] = Counter()
        for entry in self._entries:
            self._df.update(set().union(*entry.fields.values()))
        self._vocabulary = sorted(self._df)
        self._cache: dict[str, list[tuple[str, float]]] = {}

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        words = list(dict.fromkeys(tokenize(query)))
        if not words or limit <= 0:
            return []
        phrase = " ".join(words)
        hits = []
        for entry in self._entries:
            score, matched = 0.0, 0
            for word in words:
                best = self._score_word(entry, word)
                score += best
                matched += best > 0
            if not matched:
                continue
            score *= 0.5 + 0.5 * matched / len(words)
            if len(words) > 1:
                score += sum(2.0 * FIELD_WEIGHTS[f] for f, t in entry.folded.items() if phrase in t)
            hits.append(SearchHit(entry.topic, round(score, 4), _snippet(entry.markdown, words,
                                                                title=entry.topic.title)))
        hits.sort(key=lambda hit: (-hit.score, hit.topic.title.casefold()))
        return hits[:limit]

    def _score_word(self, entry: _Entry, word: str) -> float:
        """Sum over fields of the best-matching candidate word in that field."""
        total = 0.0
        for name, counts in entry.fields.items():
            best = 0.0
            for candidate, quality in self._candidates(word):
                count = counts.get(candidate, 0)
                if count:
                    idf = math.log(1 + len(self._entries) / self._df[candidate])
                    tf = 1.0 if name != "body" else 0.5 + 0.5 * min(count, 5) / 5
                    best = max(best, quality * idf * tf)
            total += FIELD_WEIGHTS[name] * best
        return total

    def _candidates(self, word: str) -> list[tuple[str, float]]:
        """Vocabulary words that ``word`` may mean, with a match quality in (0, 1]."""
        if word in self._cache:
            return self._cache[word]
        found = []
        known = word in self._df  # a real word: no need to guess at typos
        for candidate in self._vocabulary:
            if candidate == word:
                found.append((candidate, 1.0))
            elif len(word) >= 3 and candidate.startswith(word):
                found.append((candidate, 0.8))
            elif not known and len(word) >= 4 and abs(len(candidate) - len(word)) <= 2:
                ratio = _similarity(word, candidate)
                if ratio >= 0.8:
                    found.append((candidate, 0.7 * ratio))
        self._cache[word] = found
        return found


def _similarity(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.8 or matcher.quick_ratio() < 0.8:
        return 0.0
    return matcher.ratio()


def _snippet(markdown: str, words: list[str], width: int = 160, title: str = "") -> str:
    """About ``width`` characters of the body around the first match of a query word: in a
    paragraph if one holds it, else in a heading. Never the title (the body's first heading
    repeats it, and every result looked doubled); no match: the first paragraph."""
    paragraphs: list[str] = []
    headings: list[str] = []
    for raw in markdown.splitlines():
        line = plain_text(raw).strip()
        if line and fold(line) != fold(title):
            (headings if raw.lstrip().startswith("#") else paragraphs).append(line)
    for line in paragraphs + headings:
        start = _match_start(line, words)
        if start is not None:
            return _window(line, start, width)
    return _window(paragraphs[0], 0, width) if paragraphs else ""


def _word_spans(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of ``line``, words as tokenize() sees them."""
    start: int | None = None
    for index, char in enumerate(line + " "):
        inside = unicodedata.category(char)[0] in "LMN"
        if inside and start is None:
            start = index
        elif not inside and start is not None:
            yield start, index
            start = None


def _match_start(line: str, words: list[str]) -> int | None:
    for start, end in _word_spans(line):
        if any(fold(line[start:end]).startswith(word) for word in words):
            return start
    return None


def _window(line: str, start: int, width: int) -> str:
    """``width`` characters of ``line`` with the one at ``start`` in the first third, cut at
    spaces and marked "…" where cut."""
    if len(line) <= width:
        return line
    begin = max(0, min(start - width // 3, len(line) - width + 1))
    if begin:
        space = line.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    end = begin + width - 2
    if end < len(line):
        space = line.rfind(" ", max(start + 1, begin), end)
        end = space if space > start else end
    text = line[begin:end].strip()
    return ("…" if begin else "") + text + ("…" if end < len(line) else "")
