"""``asthma-app export`` and ``asthma-app import``: share data with clinics and scripts.

Exit codes: 0 done, 2 the input was refused (message on stderr, nothing written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import CommandRefused
from .diary import add_passphrase_option, open_db, open_person

FORMATS = ("csv", "json", "fhir", "pdf-plan", "pdf-review")


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
        "import", help="import a JSON backup (as a new profile) or CSV readings (into a profile)")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--profile", help="JSON: name for the new profile (default: the name in "
                                       "the backup); CSV: the profile to add the readings to")
    imp.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    add_passphrase_option(imp)
    imp.set_defaults(func=run_import)


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
