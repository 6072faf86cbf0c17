"""Qt translation workflow: refresh the .ts sources, compile .qm files, list unfinished work.

Usage (from the repository root)::

    python build_scripts/translations.py update        # pyside6-lupdate asthma_app/**/*.py
    python build_scripts/translations.py build         # pyside6-lrelease -> translations/*.qm
    python build_scripts/translations.py untranslated  # unfinished entries, per language

English (en_GB) is the source language: it has no .ts file; the source text is shown as is.
``update`` keeps existing translations and marks changed source text "unfinished"; strings
that disappeared from the code are dropped (``-no-obsolete``). ``build`` only rebuilds a .qm
older than its .ts. ``untranslated`` exits 1 when anything is unfinished (handy in CI).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
SOURCES = ROOT / "asthma_app"
LANGUAGES = ("cy", "pl", "ur", "bn")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"asthma_app_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def tool(name: str) -> str:
    """``pyside6-lupdate`` next to this Python (a venv's ``bin``, or ``Scripts`` on Windows,
    where it is ``pyside6-lupdate.exe``), else on PATH."""
    for candidate in (name, name + ".exe"):
        beside = Path(sys.executable).parent / candidate
        if beside.is_file():
            return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def python_sources() -> list[str]:
    # Relative paths keep the <location> lines in the .ts short and machine independent.
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(languages=LANGUAGES) -> None:
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in languages:
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
                        "-target-language", language, *python_sources(),
                        "-ts", str(ts_path(language).relative_to(ROOT))],
                       cwd=ROOT, check=True)


def build(languages=LANGUAGES, force: bool = False) -> list[Path]:
    built = []
    for language in languages:
        source, target = ts_path(language), qm_path(language)
        if not source.exists():
            continue
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                           check=True)
        built.append(target)
    return built


def messages(path: Path):
    """(context, source, translation element, message element) for every message of a .ts."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation"), message


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no finished, non-empty translation."""
    found = []
    for context, source, translation, _message in messages(path):
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue  # no longer in the code; not shown, not work to do
        text = "".join(translation.itertext()) if translation is not None else ""
        if kind == "unfinished" or not text.strip():
            found.append((context, source))
    return found


def report_untranslated(languages=LANGUAGES) -> int:
    total = 0
    for language in languages:
        path = ts_path(language)
        if not path.exists():
            print(f"{language}: {path.name} missing (run update)")
            total += 1
            continue
        items = unfinished(path)
        total += len(items)
        print(f"{language}: {len(items)} unfinished")
        for context, source in items:
            print(f"  [{context}] {source}")
    return 1 if total else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "untranslated"))
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--force", action="store_true", help="build: rebuild every .qm")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.languages)
    elif args.command == "build":
        for path in build(args.languages, args.force):
            print(path.relative_to(ROOT))
    else:
        return report_untranslated(args.languages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
