"""Command line: options, and sub-commands for clinics and scripts (``app.main`` runs them).

Kept free of Qt imports so that ``--help`` and ``--version`` answer instantly.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from . import APP_DISPLAY_NAME, __version__, paths


def text_percent(value: str) -> int:
    if not value.isascii() or not value.isdigit() or not 100 <= int(value) <= 200:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number from 100 to 200")
    return int(value)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The full parser; without ``commands``, only the options for opening the window (and no
    ``--help``), which is quicker to build at every start."""
    parser = argparse.ArgumentParser(
        prog="asthma-app", add_help=commands, exit_on_error=commands,
        description=f"{APP_DISPLAY_NAME}: keep your asthma action plan, log peak flow and "
                    "symptoms, and see your zone. Works offline; your data stays on this computer.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"folder for the diary and backups (or set {paths.ENV_DATA_DIR}); "
                             "default: your user data folder")
    parser.add_argument("--text-scale", type=text_percent, metavar="PERCENT",
                        help="text size from 100 to 200 per cent")
    parser.add_argument("--demo", action="store_true",
                        help="open a made-up patient in a throwaway copy (for nurses' demos)")
    parser.add_argument("--nurse", action="store_true",
                        help="nurse mode: write a patient's plan at a review and save it as a "
                             "PDF that carries the plan; nothing is kept (docs/plan-handover.md)")
    parser.add_argument("--presenter", action="store_true",
                        help="larger text for showing the app on a second screen")
    parser.add_argument("--kiosk", action="store_true",
                        help="clinic kiosk: full screen, one visitor at a time (docs/kiosk.md)")
    parser.add_argument("--kiosk-config", metavar="PATH",
                        help="kiosk settings file (INI); see docs/kiosk.md")
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND",
                                       help="run a command instead of opening the window")
    from importlib import import_module  # lazy: start-up

    from .commands import COMMAND_MODULES  # lazy: start-up

    for name in COMMAND_MODULES:
        import_module(name).register(subparsers)
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The options, with the data folder set; every file made from here on is private."""
    from .private_files import restrict_new_files  # lazy: start-up

    restrict_new_files()  # first: every file and folder made from here on is private
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        rest = True
    if rest:  # a command, --help or a mistake: the full parser runs it or explains
        args = build_parser().parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    return args


def run_command(args: argparse.Namespace) -> int:
    """A sub-command (``args.func``), its refusals and storage problems as exit codes."""
    from .commands import CommandRefused  # lazy: start-up
    from .storage.database import StorageError, friendly_message  # lazy: start-up

    try:
        return args.func(args)
    except CommandRefused as error:  # a protected person without the passphrase
        print(error, file=sys.stderr)
        return 2
    except StorageError as error:
        print(error, file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as error:  # a new folder on read-only media; damage
        print(friendly_message(error), file=sys.stderr)
        return 1
