"""The clinic kiosk's settings file (INI, section ``[kiosk]``); documented in docs/kiosk.md.

Pure: reads text, checks every value and explains problems in plain words.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path

from ..domain.text import fill, translate
from .passwords import parse_hash

MIN_WARNING_SECONDS = 20  # WCAG 2.2.1: enough time to say "I'm still here"
MIN_IDLE_SECONDS = 30


class KioskConfigError(ValueError):
    """The settings file cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class KioskConfig:
    """A clinic kiosk's settings, read from its configuration file."""

    idle_timeout_seconds: int = 120
    warning_seconds: int = 30
    attendant_pin_hash: str = ""
    allow_print: bool = False
    language: str = "en_GB"
    emergency_number: str = "999"


def parse_config(text: str) -> KioskConfig:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error as error:
        raise KioskConfigError(fill(translate("Kiosk", "The kiosk settings file could not be "
                                                       "read: %1"), str(error))) from error
    section = parser["kiosk"] if parser.has_section("kiosk") else {}
    defaults = KioskConfig()
    try:
        idle = int(section.get("idle_timeout_seconds", defaults.idle_timeout_seconds))
        warning = int(section.get("warning_seconds", defaults.warning_seconds))
        allow = section.get("allow_print", "no").strip().lower() in ("yes", "true", "1", "on")
    except ValueError as error:
        raise KioskConfigError(translate(
            "Kiosk", "Times in the kiosk settings must be whole numbers of seconds.")) from error
    pin = section.get("attendant_pin_hash", "").strip()
    if pin:
        try:
            parse_hash(pin)
        except ValueError as error:
            raise KioskConfigError(translate(
                "Kiosk", "attendant_pin_hash is not a PIN hash. Make one with "
                         "'asthma-app kiosk-pin-hash'.")) from error
    return KioskConfig(
        idle_timeout_seconds=max(MIN_IDLE_SECONDS, idle),
        warning_seconds=max(MIN_WARNING_SECONDS, warning),
        attendant_pin_hash=pin, allow_print=allow,
        language=section.get("language", defaults.language).strip() or defaults.language,
        emergency_number=section.get("emergency_number", defaults.emergency_number).strip()
        or defaults.emergency_number)


def load_config(path: Path | None) -> KioskConfig:
    """The settings in ``path``; the defaults when there is no file."""
    if path is None or not Path(path).exists():
        if path is not None:
            raise KioskConfigError(fill(translate("Kiosk", "No kiosk settings file at %1."),
                                        str(path)))
        return KioskConfig()
    # utf-8-sig: Windows Notepad starts the file with a byte-order mark
    return parse_config(Path(path).read_text(encoding="utf-8-sig"))
