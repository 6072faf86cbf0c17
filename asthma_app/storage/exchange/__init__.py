"""Export and import: CSV (readings and diary), a versioned JSON backup of one profile, and an
HL7 FHIR R4 Bundle. No Qt. Formats are documented in docs/data-format.md.

Imports are all or nothing: everything is checked first, then written in one transaction. Every
problem is an :class:`ImportRefused` whose message says what is wrong and where.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ...domain.text import fill, translate

MAX_IMPORT_BYTES = 50 * 1024 * 1024  # 20 years of twice-daily readings is about 6 MB


class ImportRefused(ValueError):
    """A file that cannot be imported. ``where`` is e.g. "line 12, column peak_flow"."""

    def __init__(self, message: str, where: str = ""):
        # "where: what", in the reader's language (a colon is not a colon in every script)
        super().__init__(fill(translate("Import", "%1: %2"), where, message) if where
                         else message)
        self.message, self.where = message, where


def read_text(path: str | os.PathLike[str], limit: int = MAX_IMPORT_BYTES) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1252.

    Refuses files over ``limit`` bytes before reading them, and anything it cannot decode
    for certain (e.g. UTF-16 without a BOM), rather than guessing and importing nonsense.
    """
    return decode(read_bytes(path, limit))


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes, with the same refusals as :func:`read_text` (PDFs are binary)."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as error:
        raise ImportRefused(fill(translate("Import", "The file can't be opened (%1)."),
                                 error.strerror)) from error
    # Only a plain file: a folder fails, a pipe would wait for ever, /dev/zero never ends.
    # Checked before opening, because opening a pipe already waits.
    if not stat.S_ISREG(info.st_mode):
        raise ImportRefused(translate("Import", "This is not a file that can be imported (it "
                                                "is a folder or a device). Nothing was "
                                                "imported."))
    if info.st_size > limit:
        raise ImportRefused(fill(translate(
            "Import", "The file is too big to import (%1 MB; the limit is %2 MB). Nothing "
                      "was imported."), info.st_size // (1024 * 1024), limit // (1024 * 1024)))
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)  # a file that grows while we read is cut off here
    except OSError as error:
        raise ImportRefused(fill(translate("Import", "The file can't be opened (%1)."),
                                 error.strerror)) from error
    if len(raw) > limit:
        raise ImportRefused(fill(translate(
            "Import", "The file is too big to import (%1 MB; the limit is %2 MB). Nothing "
                      "was imported."), len(raw) // (1024 * 1024), limit // (1024 * 1024)))
    return raw


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return _decode(raw[3:], "utf-8", "UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(raw, "utf-16", "UTF-16")
    if b"\x00" in raw:
        raise ImportRefused(translate(
            "Import", "The file looks like UTF-16 text without a byte-order mark, or is not a "
                      "text file. Save it again as 'CSV UTF-8' and try again."))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return _decode(raw, "cp1252", "Windows-1252")


def _decode(raw: bytes, codec: str, name: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as error:
        raise ImportRefused(fill(translate(
            "Import", "The file is not valid %1 text (byte %2). Save it again as 'CSV UTF-8' "
                      "and try again."), name, error.start + 1)) from error
