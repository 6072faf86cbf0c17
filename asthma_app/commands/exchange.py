"""``asthma-app export`` and ``asthma-app import``: share data with clinics and scripts.

Exit codes: 0 done, 2 the input was refused (message on stderr, nothing written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import CommandRefused
from .diary import add_passphrase_option, open_db, open_person

FORMATS = ("csv", "json", "fhir", "pdf-plan", "pdf-review", "plan-file")


def register(subparsers) -> None:
    export = subparsers.add_parser("export", help="export a profile's data to a file")
    export.add_argument("--profile", required=True, help="profile name")
    export.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    export.add_argument("--out", required=True, metavar="PATH", help="file to write")
    export.add_argument("--plain-export", action="store_true",
                        help="for a passphrase-protected person: write the export anyway, "
                             "knowing that the file is NOT encrypted (anyone who can open it "
                             "can read it)")
    add_passphrase_option(export)
    export.set_defaults(func=run_export, before_unlock=_plain_export_chosen)
    imp = subparsers.add_parser(
        "import", help="import a JSON backup (as a new profile), CSV readings (into a profile) "
                       "or a plan from the nurse (plan PDF, .asthmaplan or FHIR CarePlan)")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--profile", help="JSON: name for the new profile (default: the name in "
                                       "the backup); CSV and plans: the profile to add to")
    imp.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imp.add_argument("--yes", action="store_true",
                     help="plans: make the file's plan the new plan version (without it, the "
                          "changes are shown and nothing is written)")
    imp.add_argument("--other-person", action="store_true",
                     help="plans: take the plan even though the name or year of birth in the "
                          "file is not the profile's")
    add_passphrase_option(imp)
    imp.set_defaults(func=run_import)
    nhs = subparsers.add_parser(
        "set-nhs-number", help="keep a profile's NHS number (checked), so that a practice can "
                               "match its FHIR export; an empty NUMBER removes it")
    nhs.add_argument("--profile", required=True, help="profile name")
    nhs.add_argument("number", metavar="NUMBER")
    add_passphrase_option(nhs)
    nhs.set_defaults(func=run_set_nhs_number)


def _session(args):
    return open_person(args)


def _plain_export_chosen(db, profile, args) -> None:
    """An export is a plain file: for a protected person, only when asked for knowingly."""
    from ..domain.text import fill, translate  # lazy: start-up
    from ..services.profile_security import has_passphrase  # lazy: start-up

    if has_passphrase(db, profile.id) and not args.plain_export:
        raise CommandRefused(fill(translate(
            "CommandLine", "%1's diary is protected by a passphrase, but an export file is "
                           "not encrypted: anyone who can open the file can read it. If that "
                           "is what you want, add --plain-export. Nothing was written."),
            profile.name))


def run_export(args: argparse.Namespace) -> int:
    from ..services.file_write import FileInUseError  # lazy: start-up

    try:
        return _export(args)
    except FileInUseError as error:  # the target is open in Excel or Acrobat (Windows)
        print(error, file=sys.stderr)
        return 1


def _export(args: argparse.Namespace) -> int:
    session = _session(args)
    out = Path(args.out)
    if args.fmt.startswith("pdf"):
        # lazy: start-up
        from ..ui.application import create_application, use_offscreen_without_display

        use_offscreen_without_display()  # drawing a PDF needs no screen
        create_application()
        from ..ui.printing.pdf import save_plan_pdf, save_review_pdf  # lazy: start-up

        if args.fmt == "pdf-plan":
            if session.plans.current() is None:
                print("This profile has no action plan yet.", file=sys.stderr)
                return 2
            save_plan_pdf(session, out)
        else:
            save_review_pdf(session.reviews.summary(), out)
    elif args.fmt == "plan-file":
        if session.plans.current() is None:
            print("This profile has no action plan yet.", file=sys.stderr)
            return 2
        from ..services.plan_import import save_plan_file  # lazy: start-up

        save_plan_file(session, out)
    else:
        from ..services.exchange import export_data  # lazy: start-up

        export_data(session, args.fmt, out)
    print(f"Saved {out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ..services import exchange  # lazy: start-up
    from ..storage.exchange import ImportRefused  # lazy: start-up

    path = Path(args.path)
    try:
        if exchange.is_plan_file(path):
            return _import_plan(args, path)
        if exchange.is_backup(path):
            db = open_db()
            from ..services.session import system_clock  # lazy: start-up

            report = exchange.import_backup_file(db, path, system_clock().date(), args.profile,
                                                 args.dry_run)
            counts = ", ".join(f"{n} {table}" for table, n in report.counts.items() if n)
            verb = "Checked (nothing written)" if args.dry_run else "Imported"
            print(f"{verb}: profile {report.profile_name!r}: {counts or 'no records'}")
            return 0
        if not args.profile:
            print("For a CSV file, say which profile to add it to: --profile NAME",
                  file=sys.stderr)
            return 2
        session = _session(args)
        preview = exchange.preview_csv(session, path)
        added = len(preview.readings) + len(preview.entries) + len(preview.attacks)
        if not args.dry_run:
            exchange.apply_csv(session, preview)
        verb = "Would add" if args.dry_run else "Added"
        print(f"{verb} {len(preview.readings)} readings, {len(preview.entries)} diary "
              f"entries and {len(preview.attacks)} attacks ({added} records); "
              f"{preview.skipped_existing} already in the diary.")
        return 0
    except ImportRefused as error:
        print(f"{path.name}: {error} Nothing was imported.", file=sys.stderr)
        return 2


def _import_plan(args: argparse.Namespace, path: Path) -> int:
    """Show what the plan changes; only ``--yes`` makes it the new plan version."""
    from ..services import plan_import  # lazy: start-up

    if not args.profile:
        print("For a plan, say whose plan it is: --profile NAME", file=sys.stderr)
        return 2
    from ..storage.exchange import ImportRefused  # lazy: start-up

    try:
        found = plan_import.read_plan_file(path)
    except ImportRefused as error:  # its message already says that nothing was changed
        print(f"{path.name}: {error}", file=sys.stderr)
        return 2
    session = _session(args)
    if not plan_import.person_matches(found, session.profile) and not args.other_person:
        year = found.birth_year or "not given"
        print(f"{path.name}: this plan is for {found.name!r} (born {year}), not "
              f"{session.profile.name!r}. If it is right for {session.profile.name}, add "
              "--other-person. Nothing was imported.", file=sys.stderr)
        return 2
    changes = [c for c in plan_import.compare(session.plans.current(), found.plan) if c.changed]
    for change in changes:
        print(f"{change.label}:\n  now:  {_indent(change.before)}\n"
              f"  file: {_indent(change.after)}")
    for text in found.not_read:
        print(f"Not used from the file: {text}")
    if not changes:
        print("The file's plan is the same as the current plan.")
    if args.dry_run or not args.yes:
        print("Nothing was written. To make this the plan, run again with --yes.")
        return 0
    plan = plan_import.accept(session, found)
    print(f"The plan agreed {plan.agreed_on.isoformat()} with {plan.agreed_by} is now plan "
          f"version {plan.version}.")
    return 0


def _indent(text: str) -> str:
    return text.replace("\n", "\n        ")


def run_set_nhs_number(args: argparse.Namespace) -> int:
    from ..services.profiles import ProfileError, set_nhs_number  # lazy: start-up

    session = _session(args)
    try:
        profile = set_nhs_number(session.db, session.profile, args.number)
    except ProfileError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"NHS number for {profile.name}: {profile.nhs_number or 'none'}")
    return 0
