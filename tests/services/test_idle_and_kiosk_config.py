"""Idle arithmetic and the kiosk settings file."""

from datetime import datetime, timedelta

import pytest

from asthma_app.services.idle import IdleState, idle_state
from asthma_app.services.kiosk_config import (
    KioskConfig,
    KioskConfigError,
    load_config,
    parse_config,
)
from asthma_app.services.passwords import hash_secret, verify_secret

T0 = datetime(2026, 11, 22, 9, 0)


@pytest.mark.parametrize("idle, expected", [
    (0, (IdleState.ACTIVE, 120)), (119.5, (IdleState.ACTIVE, 1)), (120, (IdleState.WARNING, 30)),
    (149, (IdleState.WARNING, 1)), (150, (IdleState.EXPIRED, 0)), (9999, (IdleState.EXPIRED, 0)),
])
def test_idle_state(idle, expected):
    assert idle_state(T0 + timedelta(seconds=idle), T0, 120, 30) == expected


def test_lock_without_warning_expires_at_the_timeout():
    assert idle_state(T0 + timedelta(minutes=5), T0, 300)[0] is IdleState.EXPIRED


def test_defaults_without_a_file():
    config = load_config(None)
    assert config == KioskConfig()
    assert config.idle_timeout_seconds == 120 and config.warning_seconds >= 20
    assert not config.allow_print


def test_full_file(tmp_path):
    pin = hash_secret("2468")
    path = tmp_path / "kiosk.ini"
    path.write_text(f"[kiosk]\nidle_timeout_seconds = 90\nwarning_seconds = 45\n"
                    f"attendant_pin_hash = {pin}\nallow_print = yes\nlanguage = cy_GB\n"
                    f"emergency_number = 112\n", encoding="utf-8")
    config = load_config(path)
    assert (config.idle_timeout_seconds, config.warning_seconds) == (90, 45)
    assert config.allow_print and config.language == "cy_GB"
    assert config.emergency_number == "112"
    assert verify_secret("2468", config.attendant_pin_hash)


def test_warning_never_shorter_than_20_seconds():
    config = parse_config("[kiosk]\nwarning_seconds = 5\nidle_timeout_seconds = 1\n")
    assert config.warning_seconds == 20 and config.idle_timeout_seconds == 30


@pytest.mark.parametrize("text", ["[kiosk]\nidle_timeout_seconds = soon\n",
                                  "[kiosk]\nattendant_pin_hash = 1234\n", "not an ini"])
def test_bad_files_are_explained(text):
    with pytest.raises(KioskConfigError):
        parse_config(text)


def test_missing_named_file_is_an_error(tmp_path):
    with pytest.raises(KioskConfigError):
        load_config(tmp_path / "nope.ini")


def test_pin_hash_command(capsys, monkeypatch):
    import io

    from asthma_app.app import main

    monkeypatch.setattr("sys.stdin", io.StringIO("97531\n"))
    assert main(["kiosk-pin-hash", "--stdin"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("attendant_pin_hash = scrypt$")
    config = parse_config("[kiosk]\n" + line + "\n")
    assert verify_secret("97531", config.attendant_pin_hash)
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["kiosk-pin-hash", "--stdin"]) == 1


def test_a_file_saved_by_notepad_with_a_bom_and_crlf_is_read(tmp_path):
    """Windows Notepad saves UTF-8 with a byte-order mark and CRLF line ends."""
    path = tmp_path / "kiosk.ini"
    path.write_bytes("\ufeff[kiosk]\r\nlanguage = cy_GB\r\nemergency_number = 112\r\n"
                     .encode("utf-8"))
    config = load_config(path)
    assert config.language == "cy_GB" and config.emergency_number == "112"
