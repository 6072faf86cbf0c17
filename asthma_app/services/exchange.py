"""Export and import use cases (no Qt): which format, which file, and all-or-nothing writes.

PDF exports live in the UI layer (``ui/printing``) because they need Qt to draw.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..domain.readings import ReadingError, validate_reading, validate_symptoms
from ..storage import control_repository, medicine_repository, repository
from ..storage.database import transaction
from ..storage.exchange import ImportRefused, csv_format, fhir, json_backup, read_text
from ..storage.exchange.backup_import import BackupReport, import_backup
from ..storage.exchange.csv_format import CsvPreview
from .file_write import write_atomically

DATA_FORMATS = ("csv", "json", "fhir")
Progress = Callable[[int, int], None]


def export_data(session, fmt: str, path: Path, progress: Progress | None = None) -> Path:
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
                                   doses=session.medicines.doses())
        _write_text(path, json.dumps(bundle, ensure_ascii=False, indent=1) + "\n")
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
    return Path(path).suffix.lower() == ".json"


def read_backup(path: Path) -> dict:
    return json_backup.loads(read_text(path))


def import_backup_file(db, path: Path, today, name: str | None = None,
                       dry_run: bool = False) -> BackupReport:
    return import_backup(db, read_backup(path), today, name, dry_run)


def preview_csv(session, path: Path) -> CsvPreview:
    """Parse and check a CSV, leaving out rows already in the diary. Writes nothing."""
    limit = session.clock()
    preview = csv_format.parse_csv(read_text(path), today=limit.date())
    for item in preview.readings + preview.entries:
        if item.when > limit:
            raise ImportRefused(f"{item.when.isoformat(timespec='minutes')} is in the future")
        try:
            (validate_reading if hasattr(item, "blows") else validate_symptoms)(item)
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
            raise ImportRefused(f"{dose.at.isoformat(timespec='minutes')} is in the future")
    have_doses = {csv_format.dose_key(d) for d in session.medicines.doses()}
    doses = [d for d in preview.doses if csv_format.dose_key(d) not in have_doses]
    skipped = (len(preview.readings) - len(readings) + len(preview.entries) - len(entries)
               + len(preview.attacks) - len(attacks) + len(preview.doses) - len(doses))
    return replace(preview, readings=readings, entries=entries, attacks=attacks, doses=doses,
                   skipped_existing=skipped)


def apply_csv(session, preview: CsvPreview) -> int:
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
