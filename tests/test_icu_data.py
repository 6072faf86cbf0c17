"""The Linux bundle's trimmed ICU data (build_scripts/icu_data.py) answers Qt as the full one.

Qt Core is run in a fresh process twice, once with PySide6's own ``libicudata`` and once with
the trimmed copy first on the library path, and what Qt asks ICU for must come out the same:
locale-aware sorting (``QCollator``), case mapping and time-zone names in our five languages;
in languages we do not ship (the app then shows English) the same but for time-zone names,
which come in English.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_scripts"))
import icu_data  # noqa: E402

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("cc") or not shutil.which("readelf"),
    reason="the trimmed ICU library is built on Linux, with a C compiler and binutils")

PROBE = r"""
import json
from PySide6.QtCore import QByteArray, QCollator, QLocale, QTimeZone
words = ["żaba", "zebra", "Łódź", "lody", "ćma", "cma", "Ysbyty", "ffordd", "fforc", "llyn",
         "lwc", "chwarae", "cath", "অসুখ", "আমি", "کتاب", "آپ", "Äpfel", "apple", "Zürich",
         "10", "9", "ßa", "résumé", "resume"]
out = {}
for name in ["en_GB", "cy_GB", "pl_PL", "ur_PK", "bn_BD", "de_DE", "ja_JP", "C"]:
    locale = QLocale(name)
    collator = QCollator(locale)
    numeric = QCollator(locale)
    numeric.setNumericMode(True)
    zone = QTimeZone(QByteArray(b"Europe/London"))
    out[name] = {
        "sorted": sorted(words, key=collator.sortKey),
        "numeric": numeric.compare("9", "10"),
        "upper": [locale.toUpper(word) for word in words],
        "lower": [locale.toLower(word.upper()) for word in words],
        "zone": [zone.displayName(QTimeZone.TimeType.StandardTime, kind, locale)
                 for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName,
                              QTimeZone.NameType.OffsetName)],
    }
print(json.dumps(out, ensure_ascii=False))
"""


def icu_library() -> Path:
    import PySide6

    return next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))


def probe(library_path: str | None) -> dict:
    env = dict(os.environ)
    if library_path:  # Qt's RUNPATH comes after LD_LIBRARY_PATH
        env["LD_LIBRARY_PATH"] = library_path
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                            text=True, check=True, timeout=120)
    return json.loads(result.stdout)


def test_package_round_trips_byte_for_byte():
    data = icu_data.symbol_bytes(icu_library(), "icudt" + icu_library().name.split(".")[-1]
                                 + "_dat")
    header, items = icu_data.read_package(data)
    assert len(items) > 3000
    assert icu_data.write_package(header, items) == data


def test_keep_rules():
    assert icu_data.keep("icudt73l/coll/pl.res")
    assert icu_data.keep("icudt73l/en_GB.res")
    assert icu_data.keep("icudt73l/zone/bn_IN.res")
    assert icu_data.keep("icudt73l/coll/root.res")
    assert icu_data.keep("icudt73l/coll/ucadata.icu")
    assert icu_data.keep("icudt73l/zoneinfo64.res")
    assert icu_data.keep("icudt73l/brkitr/line.brk")
    assert not icu_data.keep("icudt73l/coll/de.res")
    assert not icu_data.keep("icudt73l/ja.res")
    assert not icu_data.keep("icudt73l/ibm-943_P15A-2003.cnv")
    assert not icu_data.keep("icudt73l/brkitr/cjdict.dict")
    assert not icu_data.keep("icudt73l/translit/Latin_ASCII.res")


def test_qt_answers_the_same_with_the_trimmed_library(tmp_path):
    source = icu_library()
    report = icu_data.trim_library(source, tmp_path / source.name)
    assert report["after"] < report["before"] / 4
    full, trimmed = probe(None), probe(str(tmp_path))
    for name in ("en_GB", "cy_GB", "pl_PL", "ur_PK", "bn_BD", "C"):  # the app's languages
        assert trimmed[name] == full[name], name
    for name in ("de_DE", "ja_JP"):  # not shipped: the same but for time-zone names in English
        assert {**trimmed[name], "zone": None} == {**full[name], "zone": None}, name
        assert trimmed[name]["zone"] == full["en_GB"]["zone"]
    # the probe did exercise the languages: Polish sorts Ł after L, Welsh "ll" after "lw"
    assert full["pl_PL"]["sorted"].index("Łódź") > full["pl_PL"]["sorted"].index("lody")
    assert full["cy_GB"]["sorted"].index("llyn") > full["cy_GB"]["sorted"].index("lwc")
