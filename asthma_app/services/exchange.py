"""Export and import use cases (no Qt): which format, which file, and all-or-nothing writes.

PDF exports live in the UI layer (``ui/printing``) because they need Qt to draw.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.readings import (
    PeakFlowReading,
    ReadingError,
    validate_reading,
    validate_symptoms,
)
from ..domain.text import fill, translate
from ..storage import control_repository, medicine_repository, repository
from ..storage.database import transaction
from ..storage.exchange import ImportRefused, csv_format, fhir, json_backup, read_text
from ..storage.exchange.backup_import import BackupReport, import_backup
from ..storage.exchange.csv_format import CsvPreview
from .file_write import write_atomically

if TYPE_CHECKING:
    from ..storage.db_types import Database
    from .session import Session

DATA_FORMATS = ("csv", "json", "fhir", "plan-file")
Progress = Callable[[int, int], None]


def export_data(session: Session, fmt: str, path: Path, progress: Progress | None = None) -> Path:
    """Write ``session``'s profile to ``path`` as csv, json or fhir."""
    db, pid, now = session.db, session.profile_id, session.clock()
    path = Path(path)
    if fmt == "csv":
        text = csv_format.to_csv(list(reversed(session.diary.readings())),
                                 list(reversed(session.diary.entries())),
                                 session.reviews.attacks(),
                                 list(reversed(session.medicines.doses())))
        _write_text(path, text, "utf-8-sig")  # with a BOM, so spreadsheets read UTF-8
    elif fmt == "json":
        data = json_backup.export_profile(db, pid, now, progress)
        _write_text(path, json_backup.dumps(data))
    elif fmt == "fhir":
        bundle = fhir.build_bundle(session.profile, session.plans.current(),
                                   session.diary.readings(), session.reviews.scores(), now,
                                   checklists=session.reviews.checklists(),
                                   child=session.reviews.child_details(),
                                   history=session.plans.history(),
                                   diary=session.diary.entries(),
                                   attacks=session.reviews.attacks(),
                                   doses=session.medicines.doses())
        _write_text(path, json.dumps(bundle, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "plan-file":
        from .plan_import import save_plan_file  # lazy: start-up

        save_plan_file(session, path)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    if progress:
        progress(1, 1)
    return path


def _write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write beside the target and rename, so a failed export never leaves half a file (and
    a target open in another program stays as it was: ``file_write``)."""

    def write(partial: Path) -> None:
        with open(partial, "w", encoding=encoding, newline="") as handle:
            handle.write(text)

    write_atomically(path, write)


def is_backup(path: Path) -> bool:
    return Path(path).suffix.lower() == ".json" and not is_plan_file(path)


def is_plan_file(path: Path) -> bool:
    """A plan from the nurse: the plan PDF, a .asthmaplan file or a FHIR file (this app's
    own export or a practice system's CarePlan), told by its content, not only its name."""
    from ..storage.exchange import plan_pdf  # lazy: start-up
    from ..storage.exchange.plan_file import FORMAT, SUFFIX  # lazy: start-up

    path = Path(path)
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # the import that follows says why
    if plan_pdf.is_pdf(head):
        return True
    if json_backup.FORMAT.encode() in head:
        return False
    return b'"resourceType"' in head or FORMAT.encode() in head


def read_backup(path: Path) -> dict[str, Any]:
    return json_backup.loads(read_text(path))


def import_backup_file(db: Database, path: Path, today: date, name: str | None = None,
                       dry_run: bool = False) -> BackupReport:
    return import_backup(db, read_backup(path), today, name, dry_run)


def preview_csv(session: Session, path: Path) -> CsvPreview:
    """Parse and check a CSV, leaving out rows already in the diary. Writes nothing."""
    limit = session.clock()
    preview = csv_format.parse_csv(read_text(path), today=limit.date())
    for item in preview.readings + preview.entries:
        if item.when > limit:
            raise ImportRefused(fill(translate("Import", "%1 is in the future."),
                                     item.when.isoformat(timespec="minutes")))
        try:
            if isinstance(item, PeakFlowReading):
                validate_reading(item)
            else:
                validate_symptoms(item)
        except ReadingError as error:
            raise ImportRefused(str(error)) from error
    have_readings = {(r.taken_at, r.value) for r in session.diary.readings()}
    have_entries = {e.recorded_at for e in session.diary.entries()}
    readings = [r for r in preview.readings if (r.taken_at, r.value) not in have_readings]
    entries = [e for e in preview.entries if e.recorded_at not in have_entries]
    have_attacks = {csv_format.attack_key(a) for a in session.reviews.attacks()}
    attacks = [a for a in preview.attacks if csv_format.attack_key(a) not in have_attacks]
    for dose in preview.doses:
        if dose.at > limit or (dose.logged_at or dose.at) > limit:
            raise ImportRefused(fill(translate("Import", "%1 is in the future."),
                                     dose.at.isoformat(timespec="minutes")))
    have_doses = {csv_format.dose_key(d) for d in session.medicines.doses()}
    doses = [d for d in preview.doses if csv_format.dose_key(d) not in have_doses]
    skipped = (len(preview.readings) - len(readings) + len(preview.entries) - len(entries)
               + len(preview.attacks) - len(attacks) + len(preview.doses) - len(doses))
    return replace(preview, readings=readings, entries=entries, attacks=attacks, doses=doses,
                   skipped_existing=skipped)


def apply_csv(session: Session, preview: CsvPreview) -> int:
    """Write a previewed CSV in one transaction; returns the number of records added."""
    db, pid, now = session.db, session.profile_id, session.clock()
    with transaction(db):
        repository.add_readings(db, pid, preview.readings, now)
        repository.add_entries(db, pid, preview.entries, now)
        for attack in preview.attacks:  # with their follow-up state as in the file
            control_repository.add_attack(db, pid, attack, now)
        medicine_repository.add_doses(db, pid, preview.doses, now)  # logged_at as in the file
    return (len(preview.readings) + len(preview.entries) + len(preview.attacks)
            + len(preview.doses))
