"""The education library: plain-language topics stored as Markdown, one folder per language.

Files live in ``resources/education/<lang>/<topic-id>.md``. Each starts with simple front matter
(``key: value`` lines between two ``---`` lines; lists comma-separated)::

    ---
    id: inhaler-with-spacer
    title: Using a pressurised inhaler with a spacer
    theme: inhalers
    reviewed: 2026-11-22
    sources: Asthma + Lung UK inhaler videos, docs/clinical/plans.md (medicines)
    keywords: spacer, pMDI, puffer
    translation: machine-draft, not yet reviewed by a fluent speaker   (translations only)
    ---

A topic missing in the chosen language is taken from English and marked ``is_fallback``.
Malformed front matter raises :class:`EducationError` naming the file. Pure Python: no Qt, no
network. Theme titles go through :func:`asthma_app.domain.text.translate` when asked for, so
they follow the translator installed at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from types import MappingProxyType

from asthma_app import paths
from asthma_app.domain.text import translate
from asthma_app.services.education_search import SearchHit, SearchIndex

DEFAULT_LANGUAGE = "en"
REQUIRED_KEYS = ("id", "title", "theme", "reviewed", "sources", "keywords")
OPTIONAL_KEYS = ("translation",)
LIST_KEYS = ("sources", "keywords")
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def _theme_titles() -> dict[str, str]:
    """Theme ids in display order with their titles, translated at call time."""
    return {
        "basics": translate("Education", "Asthma basics"),
        "medicines": translate("Education", "Medicines"),
        "inhalers": translate("Education", "Inhalers"),
        "monitoring": translate("Education", "Checking your asthma"),
        "attacks": translate("Education", "Getting worse and attacks"),
        "living": translate("Education", "Living with asthma"),
        "review": translate("Education", "Your asthma review"),
    }


THEMES: tuple[str, ...] = tuple(_theme_titles())
"""Theme ids in display order; :func:`theme_title` gives the (translated) title."""


def theme_title(theme_id: str) -> str:
    return _theme_titles()[theme_id]


# Reading order inside each theme; topics not listed come after, sorted by title.
TOPIC_ORDER: tuple[str, ...] = (
    "what-is-asthma", "preventers-and-relievers", "mart-and-air", "steroid-tablets",
    "inhaler-with-spacer", "inhaler-without-spacer", "dry-powder-inhalers", "soft-mist-inhalers",
    "peak-flow", "getting-worse", "asthma-attack", "triggers", "exercise", "colds-flu-vaccines",
    "children", "feelings", "asthma-review",
)  # fmt: skip

TOPIC_LINKS = MappingProxyType(
    {
        # zones and the peak-flow dialog
        "green_zone": "preventers-and-relievers",
        "amber_zone": "getting-worse",
        "red_zone": "asthma-attack",
        "attack": "asthma-attack",
        "peak_flow": "peak-flow",
        # medicine roles (asthma_app.domain.plan.MedicineRole values)
        "preventer": "preventers-and-relievers",
        "reliever": "preventers-and-relievers",
        "mart": "mart-and-air",
        "air": "mart-and-air",
        "tablets": "steroid-tablets",
        # devices
        "pmdi_spacer": "inhaler-with-spacer",
        "pmdi": "inhaler-without-spacer",
        "dry_powder": "dry-powder-inhalers",
        "soft_mist": "soft-mist-inhalers",
        # other screens
        "review": "asthma-review",
        "triggers": "triggers",
    }
)
"""Names the UI uses to link a zone card, medicine or dialog to the topic that explains it."""

_DEVICE_WORDS = (
    ("soft_mist", ("soft mist", "soft-mist", "respimat")),
    ("dry_powder", ("dry powder", "dry-powder", "dpi", "turbohaler", "accuhaler", "easyhaler",
                    "ellipta", "spiromax", "nexthaler", "handihaler", "breezhaler", "genuair")),
    ("pmdi_spacer", ("spacer", "aerochamber", "volumatic")),
    ("pmdi", ("pmdi", "mdi", "pressurised", "pressurized", "aerosol", "evohaler", "puffer")),
)  # fmt: skip


def topic_for_device(device: str) -> str | None:
    """The topic id explaining a free-text device name ("pMDI with spacer", "Turbohaler")."""
    text = device.casefold()
    for link, words in _DEVICE_WORDS:
        if any(word in text for word in words):
            return TOPIC_LINKS[link]
    return None


class EducationError(ValueError):
    """A topic file that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Topic:
    """One education page. ``body_markdown`` is the text after the front matter."""

    id: str
    title: str
    theme: str
    reviewed: date
    sources: tuple[str, ...]
    keywords: tuple[str, ...]
    body_markdown: str
    language: str
    is_fallback: bool = False
    translation: str = ""  # e.g. "machine-draft, not yet reviewed by a fluent speaker"
    path: Path | None = None  # resolve relative image links against path.parent

    def image_paths(self) -> list[Path]:
        """Files of the images the body references (``![alt](../images/x.svg)``)."""
        base = self.path.parent if self.path else Path(".")
        return [(base / link).resolve() for link in _IMAGE_RE.findall(self.body_markdown)]


@dataclass(frozen=True)
class ThemeGroup:
    """Education topics grouped under one theme."""

    id: str
    title: str
    topics: tuple[Topic, ...]


def parse_topic(path: Path, language: str) -> Topic:
    """Read one topic file; raise :class:`EducationError` naming ``path`` if it is malformed."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EducationError(f"{path}: cannot read education topic ({exc})") from exc
    fields, body = _split_front_matter(path, text)
    missing = [key for key in REQUIRED_KEYS if not fields.get(key)]
    if missing:
        raise EducationError(f"{path}: front matter is missing {', '.join(missing)}")
    if fields["id"] != path.stem:
        raise EducationError(f"{path}: id '{fields['id']}' does not match the file name")
    if fields["theme"] not in THEMES:
        raise EducationError(f"{path}: unknown theme '{fields['theme']}' (use one of {THEMES})")
    try:
        reviewed = date.fromisoformat(fields["reviewed"])
    except ValueError as exc:
        raise EducationError(f"{path}: reviewed must be a date like 2026-11-22") from exc
    if not body.strip():
        raise EducationError(f"{path}: topic has no text after the front matter")
    return Topic(
        id=fields["id"],
        title=fields["title"],
        theme=fields["theme"],
        reviewed=reviewed,
        sources=_split_list(fields["sources"]),
        keywords=_split_list(fields["keywords"]),
        body_markdown=body.strip() + "\n",
        language=language,
        translation=fields.get("translation", ""),
        path=path,
    )


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, str], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise EducationError(f"{path}: front matter must start with a '---' line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise EducationError(f"{path}: front matter has no closing '---' line") from None
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon or key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            raise EducationError(f"{path}: line {number}: expected 'key: value', got {line!r}")
        if key in fields:
            raise EducationError(f"{path}: line {number}: '{key}' is given twice")
        fields[key] = value.strip()
    return fields, "\n".join(lines[end + 1 :])


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


class Library:
    """The topics of one language (with English fallbacks), in reading order."""

    def __init__(self, language: str, topics: Iterable[Topic], english: Iterable[Topic] = ()):
        self.language = language
        self._topics = {topic.id: topic for topic in sorted(topics, key=_order_key)}
        self._english = {topic.id: topic for topic in english}
        self._index: SearchIndex | None = None

    def topics(self) -> list[Topic]:
        return list(self._topics.values())

    def topic(self, topic_id: str) -> Topic:
        try:
            return self._topics[topic_id]
        except KeyError:
            raise KeyError(f"no education topic with id {topic_id!r}") from None

    def __contains__(self, topic_id: object) -> bool:
        return topic_id in self._topics

    def fallbacks(self) -> list[str]:
        """Ids of topics shown in English because this language does not have them yet."""
        return [topic.id for topic in self._topics.values() if topic.is_fallback]

    def by_theme(self) -> list[ThemeGroup]:
        """Themes in display order, each with its topics; empty themes are left out."""
        groups = []
        for theme_id in THEMES:
            topics = tuple(t for t in self._topics.values() if t.theme == theme_id)
            if topics:
                groups.append(ThemeGroup(theme_id, theme_title(theme_id), topics))
        return groups

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        """Ranked, typo-tolerant full-text search (see :mod:`education_search`)."""
        if self._index is None:
            self._index = SearchIndex(self.topics(), self._english)
        return self._index.search(query, limit)


def _order_key(topic: Topic) -> tuple[int, str]:
    rank = TOPIC_ORDER.index(topic.id) if topic.id in TOPIC_ORDER else len(TOPIC_ORDER)
    return rank, topic.title.casefold()


def default_root() -> Path:
    return paths.resources_dir() / "education"  # looked up on use: tests point it elsewhere


def available_languages(root: Path | None = None) -> list[str]:
    """Language folders present under the library root (``en`` first)."""
    root = root or default_root()
    names = sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.glob("*.md")))
    return sorted(names, key=lambda name: name != DEFAULT_LANGUAGE)


def resolve_language(language: str, root: Path) -> str:
    """``"pl_PL"`` or ``"pl-PL"`` → ``"pl"`` when only the short folder exists."""
    code = language.replace("_", "-").strip()
    for candidate in (code, code.lower(), code.split("-")[0].lower()):
        if candidate and (root / candidate).is_dir():
            return candidate
    return DEFAULT_LANGUAGE


def load_language(language: str, root: Path) -> list[Topic]:
    folder = root / language
    return [parse_topic(path, language) for path in sorted(folder.glob("*.md"))]


def load_library(language: str, root: Path | None = None) -> Library:
    """Topics in ``language``; any topic it lacks comes from English with ``is_fallback``."""
    root = Path(root) if root is not None else default_root()
    english = load_language(DEFAULT_LANGUAGE, root)
    if not english:
        raise EducationError(f"{root / DEFAULT_LANGUAGE}: no English education topics found")
    language = resolve_language(language, root)
    if language == DEFAULT_LANGUAGE:
        return Library(language, english, english)
    own = {topic.id: topic for topic in load_language(language, root)}
    topics = [own.get(t.id) or _as_fallback(t) for t in english]
    topics += [t for topic_id, t in own.items() if topic_id not in {e.id for e in english}]
    return Library(language, topics, english)


def _as_fallback(topic: Topic) -> Topic:
    return replace(topic, is_fallback=True)


__all__ = [
    "THEMES", "TOPIC_LINKS", "EducationError", "Library", "SearchHit", "Topic", "ThemeGroup",
    "available_languages", "load_library", "parse_topic", "theme_title", "topic_for_device",
]  # fmt: skip
