"""Keep left-to-right pieces of right-to-left translations (Urdu) in Unicode isolates.

A line's direction is taken from its first strong letter. An Urdu sentence that begins with
"%1 L/min" or "RCP 3" was laid out left to right (left-aligned, the L/min value at the wrong
end). Wrapping each number with its unit ("%1 L/min", "%3 %", "170 cm") and each run of Latin
words ("NHS 111", "PIN") in LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE (U+2066 ...
U+2069) keeps them in reading order and out of that choice (Unicode Bidirectional Algorithm,
UAX #9, rule P2). The isolates are invisible. Values filled in at run time are isolated by
``asthma_app.domain.text.fill``.

Usage, after ``translations.py update`` and editing: ``python build_scripts/rtl_isolates.py``
(idempotent; tests/i18n/test_rtl_text.py fails if a translation needs it).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RTL_LANGUAGES = ("ur",)
LRI, PDI = "\u2066", "\u2069"
_UNIT = re.compile(r"(?:%\d+|\d+(?:[.,]\d+)?)\s?(?:L/min|KB|MB|cm|%(?!\d))")
# A run may start with the dot of a file extension ("(.asthmaplan)"): left outside, the dot
# was drawn at the run's other end ("(asthmaplan.)").
_LATIN = re.compile(r"(?<!%)(?:(?<=[\s(])\.)?[A-Za-z][A-Za-z0-9_&./-]*"
                    r"(?:\s+[A-Za-z0-9][A-Za-z0-9_&./-]*)*")
_ISOLATED = re.compile(f"{LRI}[^{PDI}]*{PDI}")
_DOT_OUTSIDE = re.compile(rf"(?<=[\s(])\.{LRI}")


def isolate(text: str) -> str:
    """``text`` with numbers-with-units and Latin runs in LRI ... PDI (already isolated parts
    are left as they are; an extension's dot left outside one is moved in)."""
    text = _DOT_OUTSIDE.sub(LRI + ".", text)
    out, last = [], 0
    for match in _ISOLATED.finditer(text):
        out.append(_isolate_free(text[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_isolate_free(text[last:]))
    return "".join(out)


def _isolate_free(text: str) -> str:
    parts, last = [], 0
    for match in _UNIT.finditer(text):
        parts.append(_LATIN.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text[last:match.start()]))
        parts.append(f"{LRI}{match.group(0)}{PDI}")
        last = match.end()
    parts.append(_LATIN.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text[last:]))
    return "".join(parts)


_ELEMENT = re.compile(r"(<(?:translation|numerusform)(?: [^>]*)?>)([^<]+)(</)")


def _escape(text: str) -> str:
    """As pyside6-lupdate writes text: & < > and ' escaped, " left as it is."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;"))


def isolate_ts(text: str) -> tuple[str, int]:
    """The .ts file's text with every translation isolated; only those texts change, so the
    file stays as lupdate wrote it. Returns (new text, how many translations changed)."""
    changed = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal changed
        new = isolate(html.unescape(match.group(2)))
        if new == html.unescape(match.group(2)):
            return match.group(0)
        changed += 1
        return match.group(1) + _escape(new) + match.group(3)

    return _ELEMENT.sub(replace, text), changed


def main() -> int:
    for language in RTL_LANGUAGES:
        path = ROOT / "translations" / f"asthma_app_{language}.ts"
        text, changed = isolate_ts(path.read_text("utf-8"))
        if changed:
            path.write_text(text, "utf-8")
        print(f"{path.name}: {changed} translations isolated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
