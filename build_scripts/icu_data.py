"""A smaller ICU data library for the Linux bundle: only what Qt can ask ICU for in our languages.

PySide6's Linux wheels carry ICU 73, whose ``libicudata.so.73`` (32 MB, a fifth of the bundle)
is one "common data" package of ~3,900 items for every locale ICU knows. Qt Core links it, so
the file must be there, but Qt asks ICU only for collation (``QCollator``, used by the file
dialogs and locale-aware sorting), case mapping (no data files) and time-zone names, and the
app speaks five languages. This keeps every item that is not tied to a locale (root data,
normalisation, the collation tables' base, time-zone rules, supplemental data, break rules)
and the locale items of our languages, and drops the rest:
- conversion tables (``*.cnv``): Qt 6 on Unix uses UTF-8, never a legacy codec by itself;
- the break iterators' word dictionaries (``brkitr/*.dict``: Chinese, Japanese, Thai, Khmer,
  Lao, Burmese): Qt breaks text with its own tables;
- transliterators (``translit/``): Qt never opens one;
- locale items (``de.res``, ``coll/fr.res``, ``zone/ja.res``, ...) of languages the app does
  not ship. Asking ICU for such a locale gets the root locale's data, as for any locale ICU
  does not know (a warning, not an error).

The package format (ICU's ``udata.cpp``): a header (its size in the first two bytes, "CmnD"
at byte 12), then a table of contents, ``count`` and ``count`` pairs of (name offset, data
offset) counted from the table's start, the names sorted (ICU searches them by halving), then
the items, each aligned to 16 bytes. The new library is one read-only symbol,
``icudt73_dat``, assembled with the C compiler (``.incbin``), as ICU's own ``genccode`` makes it.
tests/test_icu_data.py checks that Qt sorts, cases and names time zones the same with it.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "cy", "pl", "ur", "bn")  # en_GB (the source) and the four translations
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")  # "pl", "en_GB", "sr_Latn_RS"; not "root"
DROPPED_FOLDERS = ("translit",)


def keep(name: str, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether the item ``name`` (e.g. ``icudt73l/coll/pl.res``) stays in the package."""
    path = name.split("/", 1)[1] if "/" in name else name
    if path.endswith(".cnv") or (path.startswith("brkitr/") and path.endswith(".dict")):
        return False
    if path.split("/")[0] in DROPPED_FOLDERS:
        return False
    stem = path.rsplit("/", 1)[-1]
    if stem.endswith(".res") and _LOCALE.match(stem[:-4]):
        return stem[:-4].split("_")[0] in languages
    return True


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes), ...]) of an ICU common data package."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD" or data[4 + 4] != 0:  # little-endian
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(data)
        items.append((name, data[toc + data_offset:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package with these items (kept in their sorted order), laid out as ICU's tools do."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    name_offsets, offset = [], table_size
    for name, _ in items:
        name_offsets.append(offset)
        offset += len(name) + 1
    offset = (offset + 15) & ~15
    body, data_offsets = bytearray(), []
    for _, item in items:
        data_offsets.append(offset + len(body))
        body += item
        body += b"\0" * (-len(body) % 16)
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    start = table + names
    return header + start + b"\xaa" * (-len(start) % 16) + bytes(body)  # ICU pads with 0xaa


def symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of a data symbol of an ELF shared library (binutils' readelf finds it)."""
    listing = subprocess.run(["readelf", "-W", "--dyn-syms", "-S", str(library)],
                             capture_output=True, text=True, check=True).stdout
    match = re.search(r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+"
                      + re.escape(symbol) + r"\s*$", listing, re.MULTILINE)
    if not match:
        raise ValueError(f"{symbol} not found in {library}")
    address, size, section = int(match[1], 16), int(match[2], 0), int(match[3])
    row = re.search(r"\[\s*" + str(section) + r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)",
                    listing)
    section_address, section_offset = int(row[1], 16), int(row[2], 16)
    offset = address - section_address + section_offset
    return library.read_bytes()[offset:offset + size]


def trim_library(source: Path, dest: Path, languages: tuple[str, ...] = LANGUAGES) -> dict:
    """Write a trimmed copy of ``libicudataNN.so.NN`` to ``dest``; return what it did."""
    version = re.search(r"\.so\.(\d+)", source.name)[1]
    symbol = f"icudt{version}_dat"
    header, items = read_package(symbol_bytes(source, symbol))
    kept = [item for item in items if keep(item[0], languages)]
    package = write_package(header, kept)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        blob = Path(folder) / "data.bin"
        blob.write_bytes(package)
        assembly = Path(folder) / "data.S"
        assembly.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
            f'{symbol}:\n.incbin "{blob}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{source.name}",
                        "-o", str(dest), str(assembly)], check=True)
    return {"items": len(items), "kept": len(kept), "before": source.stat().st_size,
            "after": dest.stat().st_size}


if __name__ == "__main__":  # python build_scripts/icu_data.py SOURCE.so DEST.so
    print(trim_library(Path(sys.argv[1]), Path(sys.argv[2])))
