"""Export and import: CSV (readings and diary), a versioned JSON backup of one profile, and an
HL7 FHIR R4 Bundle. No Qt. Formats are documented in docs/data-format.md.

Imports are all or nothing: everything is checked first, then written in one transaction. Every
problem is an :class:`ImportRefused` whose message says what is wrong and where.
"""

from __future__ import annotations

MAX_IMPORT_BYTES = 50 * 1024 * 1024  # 20 years of twice-daily readings is about 6 MB


class ImportRefused(ValueError):
    """A file that cannot be imported. ``where`` is e.g. "line 12, column peak_flow"."""

    def __init__(self, message: str, where: str = ""):
        super().__init__(f"{where}: {message}" if where else message)
        self.message, self.where = message, where


def read_text(path, limit: int = MAX_IMPORT_BYTES) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1252.

    Refuses files over ``limit`` bytes before reading them, and anything it cannot decode
    for certain (e.g. UTF-16 without a BOM), rather than guessing and importing nonsense.
    """
    from pathlib import Path

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportRefused(f"The file can't be opened ({error.strerror}).") from error
    if size > limit:
        raise ImportRefused(f"The file is too big to import ({size // (1024 * 1024)} MB; the "
                            f"limit is {limit // (1024 * 1024)} MB). Nothing was imported.")
    return decode(path.read_bytes())


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return _decode(raw[3:], "utf-8", "UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(raw, "utf-16", "UTF-16")
    if b"\x00" in raw:
        raise ImportRefused("The file looks like UTF-16 text without a byte-order mark, or is "
                            "not a text file. Save it again as 'CSV UTF-8' and try again.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return _decode(raw, "cp1252", "Windows-1252")


def _decode(raw: bytes, codec: str, name: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as error:
        raise ImportRefused(f"The file is not valid {name} text (byte {error.start + 1}). Save "
                            "it again as 'CSV UTF-8' and try again.") from error
