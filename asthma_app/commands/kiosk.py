"""``asthma-app kiosk-pin-hash``: turn an attendant PIN into the hash the kiosk file stores.

The windowed Windows program has no console (``sys.stdin`` and ``sys.stdout`` are ``None``):
there the command asks in a small window and shows the line to copy (ui/kiosk_dialogs.py).
"""

from __future__ import annotations

import argparse
import getpass
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "kiosk-pin-hash", help="make the attendant PIN hash for the kiosk settings file")
    parser.add_argument("--stdin", action="store_true",
                        help="read the PIN from standard input (for scripts)")
    parser.set_defaults(func=pin_hash)


def pin_hash(args: argparse.Namespace) -> int:
    from ..services.passwords import hash_secret  # lazy: start-up

    if sys.stdin is None or sys.stdout is None:
        return _pin_hash_window()
    if args.stdin or not sys.stdin.isatty():
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("Attendant PIN (4 to 12 digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("The two PINs are different. Nothing was made.", file=sys.stderr)
            return 1
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        print("The PIN must be 4 to 12 digits.", file=sys.stderr)
        return 1
    print(f"attendant_pin_hash = {hash_secret(pin)}")
    return 0


def _pin_hash_window() -> int:
    from ..ui.application import create_application  # lazy: start-up
    from ..ui.kiosk_dialogs import PinHashDialog  # lazy: start-up

    create_application()
    dialog = PinHashDialog()
    dialog.exec()
    return 0 if dialog.settings_line.text() else 1
