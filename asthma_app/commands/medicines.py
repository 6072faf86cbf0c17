"""``asthma-app log-dose`` and ``asthma-app doses``: medicines taken, without the window.

Like ``log-reading``, each opens the person with ``open_person`` (asking for a passphrase
where there is one) and prints plain facts: what was logged, the doses due today, doses left.
Nothing here suggests a dose."""

from __future__ import annotations

import argparse
from datetime import datetime

from .diary import add_passphrase_option, open_person


def register(subparsers) -> None:
    log = subparsers.add_parser("log-dose", help="log a dose of a regular medicine in the plan")
    log.add_argument("--profile", required=True, help="profile name")
    log.add_argument("medicine", help="the medicine's name as in the plan (drug or brand)")
    log.add_argument("--at", help="date and time taken, YYYY-MM-DDTHH:MM (default: now)")
    log.add_argument("--not-taken", action="store_true", help="record the dose as not taken")
    log.add_argument("--reason", default="", help="with --not-taken: why (optional)")
    add_passphrase_option(log)
    log.set_defaults(func=log_dose)
    show = subparsers.add_parser("doses", help="print today's doses, doses left and the "
                                               "doses logged, newest first")
    show.add_argument("--profile", required=True, help="profile name")
    show.add_argument("--limit", type=int, default=20)
    add_passphrase_option(show)
    show.set_defaults(func=print_doses)


def log_dose(args: argparse.Namespace) -> int:
    from ..domain.doses import DoseError  # lazy: start-up
    from ..domain.text import translate  # lazy: start-up

    if args.reason and not args.not_taken:
        print(translate("CommandLine", "A reason is only kept with --not-taken. Nothing was "
                                       "saved."))
        return 2
    session = open_person(args)
    try:
        moment = datetime.fromisoformat(args.at) if args.at else None
    except ValueError:
        print(translate("CommandLine", "Please give the time as YYYY-MM-DDTHH:MM. Nothing was "
                                       "saved."))
        return 2
    try:
        saved = session.medicines.log_dose(args.medicine, at=moment, taken=not args.not_taken,
                                           reason=args.reason)
    except DoseError as error:
        print(error)
        return 2
    print(_line(saved))
    return 0


def _line(event) -> str:
    state = "taken" if event.taken else "not taken"
    due = (f"{event.due_on.isoformat()} {event.slot.value}" if event.slot
           else "not a scheduled dose")
    late = "\tlogged late" if event.logged_late else ""
    reason = f"\t{event.reason}" if event.reason else ""
    return (f"{event.at.isoformat(timespec='minutes')}\t{event.medicine}\t{state}\t"
            f"{due}{late}{reason}")


def print_doses(args: argparse.Namespace) -> int:
    session = open_person(args)
    medicines = session.medicines
    print("Due today:")
    for dose in medicines.today():
        print(f"  {dose.due.slot.value}\t{dose.due.medicine.title()}\t{dose.state.value}")
    for medicine in medicines.unscheduled():
        print(f"  {medicine.title()}\ttimes not set in the plan: no doses counted")
    for left in medicines.doses_left():
        count = "unknown (check the inhaler's counter)" if left.shown is None else left.shown
        refill = "\trefill soon" if left.refill_due else ""
        print(f"Doses left\t{left.inhaler.medicine}\t{count}{refill}")
    print("Logged:")
    for event in medicines.doses(limit=args.limit):
        print("  " + _line(event))
    return 0
