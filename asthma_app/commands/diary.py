"""``asthma-app profiles``, ``create-profile``, ``log-reading`` and ``readings``: the diary
without the window (scripts, smoke tests of installed builds)."""

from __future__ import annotations

import argparse
from datetime import datetime

from .. import paths


def register(subparsers) -> None:
    profiles = subparsers.add_parser("profiles", help="list the profiles in the data dir")
    profiles.set_defaults(func=list_profiles)
    create = subparsers.add_parser("create-profile", help="add a person to the data dir")
    create.add_argument("name")
    create.add_argument("--birth-year", type=int)
    create.set_defaults(func=create_profile_command)
    log = subparsers.add_parser("log-reading", help="save a peak-flow reading")
    log.add_argument("--profile", required=True, help="profile name")
    log.add_argument("blows", nargs="+", help="one to three blows in L/min")
    log.add_argument("--at", help="date and time, YYYY-MM-DDTHH:MM (default: now)")
    log.set_defaults(func=log_reading)
    show = subparsers.add_parser("readings", help="print a profile's readings, newest first")
    show.add_argument("--profile", required=True, help="profile name")
    show.add_argument("--limit", type=int, default=20)
    show.set_defaults(func=print_readings)


def open_db():
    """The diary, unless it is damaged: the command line never repairs (the window may have
    the file open); it says so and leaves the repair to the app's start-up, which runs it
    under the single-instance lock."""
    from ..domain.text import translate
    from ..storage import integrity
    from ..storage.database import StorageError, open_database
    from ..storage.recovery import newest_good_backup

    path = paths.database_path()
    verdict = integrity.check(path)
    if verdict or (verdict.status == integrity.EMPTY
                   and newest_good_backup(paths.backups_dir()) is not None):
        raise StorageError(translate(
            "Storage", "The diary file is damaged. Start the app to repair it: it keeps the "
                       "damaged file and tells you what it brought back. Nothing was changed."))
    return open_database(path, paths.backups_dir())


def find_profile(db, name: str):
    from ..services.profiles import profiles

    matches = [p for p in profiles(db) if p.name.casefold() == name.strip().casefold()]
    if not matches:
        raise SystemExit(f"No profile called {name!r}. Run 'asthma-app profiles' to list them.")
    return matches[0]


def list_profiles(args: argparse.Namespace) -> int:
    from ..services.profiles import profiles

    for profile in profiles(open_db()):
        print(profile.name)
    return 0


def create_profile_command(args: argparse.Namespace) -> int:
    from ..domain.profile import Profile
    from ..services.profiles import ProfileError, create_profile

    try:
        profile = create_profile(open_db(), Profile(args.name, birth_year=args.birth_year))
    except ProfileError as error:
        print(error)
        return 2
    print(f"Created profile {profile.name}")
    return 0


def log_reading(args: argparse.Namespace) -> int:
    from ..domain.readings import PeakFlowReading, ReadingError, parse_blow
    from ..services.profiles import open_session

    db = open_db()
    session = open_session(db, find_profile(db, args.profile).id)
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
    from ..services.profiles import open_session

    db = open_db()
    session = open_session(db, find_profile(db, args.profile).id)
    for reading in session.diary.readings(limit=args.limit):
        print(f"{reading.taken_at.isoformat(timespec='minutes')}\t{reading.value}\t"
              f"{reading.scale.value}\t{reading.session.value}")
    return 0
