"""``asthma-app profiles``, ``create-profile``, ``log-reading`` and ``readings``: the diary
without the window (scripts, smoke tests of installed builds).

Every command that reads or writes a person's data opens it with ``open_person``: for a
passphrase-protected person it asks for the passphrase (at the terminal, or the first line of
standard input with ``--passphrase-stdin``) and refuses, showing and changing nothing, without
the right one. Wrong tries count towards the same growing wait as the window's lock screen."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime

from .. import paths
from . import CommandRefused

PASSPHRASE_STDIN_HELP = ("for a passphrase-protected person: read the passphrase from the "
                         "first line of standard input instead of asking at the terminal")


MIN_PASSPHRASE = 4  # as the window's passphrase dialog asks


def add_passphrase_option(parser) -> None:
    parser.add_argument("--passphrase-stdin", action="store_true", help=PASSPHRASE_STDIN_HELP)


def register(subparsers) -> None:
    profiles = subparsers.add_parser("profiles", help="list the profiles in the data dir")
    profiles.set_defaults(func=list_profiles)
    create = subparsers.add_parser("create-profile", help="add a person to the data dir")
    create.add_argument("name")
    create.add_argument("--birth-year", type=int)
    create.add_argument("--passphrase-stdin", action="store_true",
                        help="protect the new person with a passphrase (at least 4 "
                             "characters), read from the first line of standard input: their "
                             "diary is kept encrypted")
    create.set_defaults(func=create_profile_command)
    log = subparsers.add_parser("log-reading", help="save a peak-flow reading")
    log.add_argument("--profile", required=True, help="profile name")
    log.add_argument("blows", nargs="+", help="one to three blows in L/min")
    log.add_argument("--at", help="date and time, YYYY-MM-DDTHH:MM (default: now)")
    add_passphrase_option(log)
    log.set_defaults(func=log_reading)
    show = subparsers.add_parser("readings", help="print a profile's readings, newest first")
    show.add_argument("--profile", required=True, help="profile name")
    show.add_argument("--limit", type=int, default=20)
    add_passphrase_option(show)
    show.set_defaults(func=print_readings)


def open_db():
    """The diary, unless it is damaged: the command line never repairs (the window may have
    the file open); it says so and leaves the repair to the app's start-up, which runs it
    under the single-instance lock."""
    from ..domain.text import translate  # lazy: start-up
    from ..storage import integrity  # lazy: start-up
    from ..storage.database import StorageError, open_database  # lazy: start-up
    from ..storage.recovery import newest_good_backup  # lazy: start-up

    path = paths.database_path()
    verdict = integrity.check(path)
    if verdict or (verdict.status == integrity.EMPTY
                   and newest_good_backup(paths.backups_dir()) is not None):
        raise StorageError(translate(
            "Storage", "The diary file is damaged. Start the app to repair it: it keeps the "
                       "damaged file and tells you what it brought back. Nothing was changed."))
    db = open_database(path, paths.backups_dir())
    if (path.parent / "people").is_dir():  # a move the window or a command was killed in
        from ..storage.vault_moves import finish_pending  # lazy: start-up

        finish_pending(db)
    return db


def find_profile(db, name: str):
    from ..services.profiles import profiles  # lazy: start-up

    matches = [p for p in profiles(db) if p.name.casefold() == name.strip().casefold()]
    if not matches:
        raise SystemExit(f"No profile called {name!r}. Run 'asthma-app profiles' to list them.")
    return matches[0]


def unlock(db, profile, args: argparse.Namespace) -> None:
    """Nothing happens unless ``profile`` has no passphrase or the user gives it."""
    from ..domain.text import fill, translate  # lazy: start-up
    from ..services import profile_security as security  # lazy: start-up
    from ..services.session import system_clock  # lazy: start-up

    if not security.has_passphrase(db, profile.id):
        return
    if getattr(args, "passphrase_stdin", False):
        secret = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    elif sys.stdin is not None and sys.stdin.isatty():
        secret = getpass.getpass(fill(translate("CommandLine", "Passphrase for %1: "),
                                      profile.name))
    else:
        raise CommandRefused(fill(translate(
            "CommandLine", "%1's diary is protected by a passphrase. Type it at a terminal, "
                           "or give it on standard input with --passphrase-stdin. Nothing "
                           "was shown or changed."), profile.name))
    result = security.try_passphrase(db, profile.id, secret, system_clock())
    if not result.ok:
        raise CommandRefused(result.message() or translate(
            "CommandLine", "That passphrase is not right. Nothing was shown or changed."))
    from ..services import vaults  # lazy: start-up

    vaults.unlock(db, profile.id, secret, system_clock())  # their diary is in their vault


def open_person(args: argparse.Namespace):
    """The session of ``args.profile``, once its passphrase (if any) has been given."""
    from ..services.profiles import open_session  # lazy: start-up

    db = open_db()
    profile = find_profile(db, args.profile)
    before_unlock(db, profile, args)
    unlock(db, profile, args)
    return open_session(db, profile.id)


def before_unlock(db, profile, args: argparse.Namespace) -> None:
    """A command's own refusal before the passphrase is asked (see exchange's exports)."""
    check = getattr(args, "before_unlock", None)
    if check is not None:
        check(db, profile, args)


def list_profiles(args: argparse.Namespace) -> int:
    from ..services.profiles import profiles  # lazy: start-up

    for profile in profiles(open_db()):
        print(profile.name)
    return 0


def create_profile_command(args: argparse.Namespace) -> int:
    from ..domain.profile import Profile  # lazy: start-up
    from ..services.profiles import ProfileError, create_profile  # lazy: start-up

    secret = None
    if args.passphrase_stdin:  # checked before anything is written
        secret = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
        if len(secret) < MIN_PASSPHRASE:
            from ..domain.text import translate  # lazy: start-up

            raise CommandRefused(translate(
                "CommandLine", "Please give a passphrase of at least 4 characters on the "
                               "first line of standard input. Nothing was created."))
    db = open_db()
    try:
        profile = create_profile(db, Profile(args.name, birth_year=args.birth_year))
    except ProfileError as error:
        print(error)
        return 2
    if secret is not None:
        from ..services import profile_security as security  # lazy: start-up

        security.set_passphrase(db, profile.id, secret)  # moves the diary into their vault
    print(f"Created profile {profile.name}")
    return 0


def log_reading(args: argparse.Namespace) -> int:
    from ..domain.readings import PeakFlowReading, ReadingError, parse_blow  # lazy: start-up

    session = open_person(args)
    values = []
    for text in args.blows:
        check = parse_blow(text)
        if not check.ok:
            print(check.error)
            return 2
        values.append(check.value)
    moment = datetime.fromisoformat(args.at) if args.at else session.clock()
    try:
        saved = session.diary.log_reading(PeakFlowReading(moment, tuple(values)))
    except ReadingError as error:
        print(error)
        return 2
    print(f"Saved {saved.value} L/min at {saved.taken_at.isoformat(timespec='minutes')}")
    return 0


def print_readings(args: argparse.Namespace) -> int:
    session = open_person(args)
    for reading in session.diary.readings(limit=args.limit):
        print(f"{reading.taken_at.isoformat(timespec='minutes')}\t{reading.value}\t"
              f"{reading.scale.value}\t{reading.session.value}")
    return 0
