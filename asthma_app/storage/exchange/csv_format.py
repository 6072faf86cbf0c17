"""CSV of readings, diary entries and attacks, for spreadsheets: export, and import with a
preview.

One file, one row per record, ``record`` says which kind (``peak_flow``, ``diary`` or
``attack``; an attack row carries the care needed and its follow-up's state).
Written as UTF-8 with a byte-order mark so that spreadsheet programs read accents correctly.
Columns are documented in docs/data-format.md. The importer also takes a spreadsheet with
just a date/time and a peak-flow column.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ...domain.control import MAX_NOTE, Attack, Care, FollowUp
from ...domain.doses import MAX_REASON_LENGTH, DoseEvent
from ...domain.follow_up import needs_follow_up
from ...domain.plan import MAX_RELIEVER_PUFFS_LIMIT, Scale
from ...domain.readings import (
    MAX_RELIEVER_PUFFS,
    PeakFlowReading,
    Period,
    SymptomEntry,
    check_value,
)
from ...domain.schedule import Slot
from ...domain.text import fill, translate
from ...domain.typed_numbers import parse_whole_number
from . import ImportRefused

COLUMNS = ["record", "date_time", "peak_flow", "blow1", "blow2", "blow3", "scale", "period",
           "after_reliever", "daytime_symptoms", "night_waking", "activity_limited",
           "reliever_puffs", "triggers", "note", "care", "follow_up", "medicine", "taken",
           "due", "reason", "puffs", "logged_at"]
# Attack rows came after the first CSV files, and dose rows after them: their columns are
# last, so an older file (without them, and without such rows) reads exactly as before.
PEAK_FLOW, DIARY, ATTACK, DOSE = "peak_flow", "diary", "attack", "dose"
LIST_SEPARATOR = "; "
MAX_ROWS = 200_000
EARLIEST_YEAR = 1900  # as json_backup: year 1 breaks time zones (FHIR export)
DATE_FORMATS = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d")


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def to_csv(readings: list[PeakFlowReading], entries: list[SymptomEntry],
           attacks: Sequence[Attack] = (), doses: Sequence[DoseEvent] = ()) -> str:
    """Text of the CSV (without the BOM; :func:`write_csv` adds it), oldest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    rows = [(r.taken_at, 0, 0, _reading_row(r)) for r in readings]
    rows += [(e.recorded_at, 1, 0, _entry_row(e)) for e in entries]
    rows += [(a.when, 2, a.id or 0, _attack_row(a)) for a in attacks]
    rows += [(d.at, 3, d.id or 0, _dose_row(d)) for d in doses]
    for *_order, row in sorted(rows, key=lambda item: item[:3]):
        writer.writerow(row)
    return out.getvalue()


def _reading_row(r: PeakFlowReading) -> list[Any]:
    blows = list(r.blows) + [""] * (3 - len(r.blows))
    return [PEAK_FLOW, r.taken_at.isoformat(timespec="minutes"), r.value, *blows, r.scale.value,
            r.session.value, _yes(r.after_reliever), "", "", "", "", "", r.note]


def _entry_row(e: SymptomEntry) -> list[Any]:
    return [DIARY, e.recorded_at.isoformat(timespec="minutes"), "", "", "", "", "", "", "",
            _yes(e.daytime_symptoms), _yes(e.night_waking), _yes(e.activity_limited),
            e.reliever_puffs, LIST_SEPARATOR.join(e.triggers), e.note]


def _attack_row(a: Attack) -> list[Any]:
    # A date only: the app records the day of an attack, not its time.
    return [ATTACK, a.occurred_on.isoformat(), *[""] * 12, a.note,
            LIST_SEPARATOR.join(c.value for c in a.care), a.follow_up.value if a.follow_up else ""]


def _dose_row(d: DoseEvent) -> list[Any]:
    due = f"{d.due_on.isoformat()} {d.slot.value}" if d.due_on and d.slot else ""
    logged = d.logged_at.isoformat(timespec="minutes") if d.logged_at else ""
    return [DOSE, d.at.isoformat(timespec="minutes"), *[""] * 15, d.medicine, _yes(d.taken),
            due, d.reason, "" if d.puffs is None else d.puffs, logged]


def write_csv(path: str | os.PathLike[str], readings: list[PeakFlowReading],
              entries: list[SymptomEntry], attacks: Sequence[Attack] = ()) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(to_csv(readings, entries, attacks))


# --- import -------------------------------------------------------------------------------

@dataclass
class CsvPreview:
    """What an import would add. Nothing is written until the caller accepts it."""

    readings: list[PeakFlowReading] = field(default_factory=list)
    entries: list[SymptomEntry] = field(default_factory=list)
    attacks: list[Attack] = field(default_factory=list)
    doses: list[DoseEvent] = field(default_factory=list)
    skipped_existing: int = 0  # rows already in the diary (same time and value)
    warnings: list[str] = field(default_factory=list)


_HEADER_ALIASES = {"date": "date_time", "datetime": "date_time", "date/time": "date_time",
                   "when": "date_time", "time": "time", "peak flow": "peak_flow",
                   "peakflow": "peak_flow", "pef": "peak_flow", "l/min": "peak_flow",
                   "reading": "peak_flow", "value": "peak_flow"}


def _header(cells: list[str]) -> list[str]:
    names = []
    for cell in cells:
        key = cell.strip().lower().replace("_", " ")
        names.append(_HEADER_ALIASES.get(key, key.replace(" ", "_")))
    if "date_time" not in names or ("peak_flow" not in names and "record" not in names):
        raise ImportRefused(translate(
            "Import", "The first row must name the columns, with at least a date_time column "
                      "and a peak_flow column (see the data format help)."), _line(1))
    duplicates = {n for n in names if n and names.count(n) > 1}
    if duplicates:
        raise ImportRefused(fill(translate("Import", "The column %1 appears twice."),
                                 repr(sorted(duplicates)[0])), _line(1))
    return names


def parse_csv(text: str, today: date | None = None) -> CsvPreview:
    """Check every row; raise ImportRefused naming the line and column of the first problem.
    ``today``: attack rows dated after it are refused (readings are checked by the caller)."""
    if "\x00" in text:
        raise ImportRefused(translate("Import", "The file contains binary data, not text."))
    lines = csv.reader(io.StringIO(text, newline=""), strict=True)
    preview = CsvPreview()
    seen: dict[tuple[Any, ...], int] = {}
    try:
        names = _header(next(lines, []))
        for number, cells in enumerate(lines, start=2):
            if number > MAX_ROWS:
                raise ImportRefused(fill(translate(
                    "Import", "There are more than %1 rows. Split the file and import each "
                              "part."), MAX_ROWS), _line(number))
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(names):
                raise ImportRefused(fill(translate(
                    "Import", "This row has %1 cells but there are only %2 columns."),
                    len(cells), len(names)), _line(number))
            row = dict(zip(names, (c.strip() for c in cells), strict=False))
            item = _parse_row(row, number, today)
            key = (type(item).__name__, item.when, getattr(item, "value", None),
                   attack_key(item) if isinstance(item, Attack) else None,
                   dose_key(item) if isinstance(item, DoseEvent) else None)
            if key in seen:
                raise ImportRefused(fill(translate(
                    "Import", "This row is the same as line %1."), seen[key]), _line(number))
            seen[key] = number
            if isinstance(item, PeakFlowReading):
                preview.readings.append(item)
            elif isinstance(item, Attack):
                preview.attacks.append(item)
            elif isinstance(item, DoseEvent):
                preview.doses.append(item)
            else:
                preview.entries.append(item)
    except csv.Error as error:
        raise ImportRefused(fill(translate("Import", "The CSV is malformed (%1)."), error),
                            _line(lines.line_num)) from error
    if not (preview.readings or preview.entries or preview.attacks or preview.doses):
        raise ImportRefused(translate("Import", "There are no rows to import in this file."))
    return preview


def _line(number: int) -> str:
    return fill(translate("Import", "line %1"), number)


def _where(number: int, column: str) -> str:
    return fill(translate("Import", "line %1, column %2"), number, column)


def _parse_row(row: dict[str, Any], number: int,
               today: date | None = None
               ) -> PeakFlowReading | SymptomEntry | Attack | DoseEvent:
    kind = (row.get("record") or PEAK_FLOW).lower()
    moment = _moment(row, number)
    if kind == DIARY:
        return _parse_entry(row, moment, number)
    if kind == ATTACK:
        return _parse_attack(row, moment, number, today)
    if kind == DOSE:
        return _parse_dose(row, moment, number)
    if kind != PEAK_FLOW:
        raise ImportRefused(fill(translate("Import", "The record must be %1, %2, %3 or %4, "
                                                     "not %5."),
                                 PEAK_FLOW, DIARY, ATTACK, DOSE, f"{kind!r:.20}"),
                            _where(number, "record"))
    blows = tuple(_blow(row, key, number) for key in ("blow1", "blow2", "blow3")
                  if row.get(key))
    if not blows:
        blows = (_blow(row, "peak_flow", number),)
    scale = row.get("scale") or Scale.EU.value
    if scale not in set(Scale):
        raise ImportRefused(fill(translate("Import", "The scale must be EU or Wright, not %1."),
                                 f"{scale!r:.20}"), _where(number, "scale"))
    period = row.get("period") or None
    if period is not None and period not in set(Period):
        raise ImportRefused(translate("Import", "The period must be morning or evening."),
                            _where(number, "period"))
    return PeakFlowReading(moment, blows, Scale(scale), Period(period) if period else None,
                           _bool(row, "after_reliever", number), row.get("note", ""))


def _parse_entry(row: dict[str, Any], moment: datetime, number: int) -> SymptomEntry:
    text = row.get("reliever_puffs") or "0"
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_RELIEVER_PUFFS:
        raise ImportRefused(fill(translate(
            "Import", "Reliever puffs must be a whole number from 0 to %1."),
            MAX_RELIEVER_PUFFS), _where(number, "reliever_puffs"))
    triggers = tuple(t.strip() for t in (row.get("triggers") or "").split(";") if t.strip())
    return SymptomEntry(moment, _bool(row, "daytime_symptoms", number),
                        _bool(row, "night_waking", number), _bool(row, "activity_limited", number),
                        int(text), triggers, note=row.get("note", ""))


def dose_key(dose: DoseEvent) -> tuple[Any, ...]:
    """What makes two logged doses the same one: medicine, moment, taken, the dose due."""
    return dose.medicine, dose.at, dose.taken, dose.due_on, dose.slot


def _parse_dose(row: dict[str, Any], moment: datetime, number: int) -> DoseEvent:
    medicine = row.get("medicine") or ""
    if not medicine or len(medicine) > 300:
        raise ImportRefused(translate(
            "Import", "A dose needs the medicine's name (300 letters at most)."),
            _where(number, "medicine"))
    due_on, slot = None, None
    if row.get("due"):
        parts = row["due"].split()
        try:
            due_on, slot = date.fromisoformat(parts[0]), Slot(parts[1])
        except (ValueError, IndexError) as error:
            raise ImportRefused(fill(translate(
                "Import", "Due must be a date and morning or evening, for example %1."),
                "2026-11-20 morning"), _where(number, "due")) from error
    puffs = None
    if row.get("puffs"):
        text = row["puffs"]
        if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= \
                MAX_RELIEVER_PUFFS_LIMIT:
            raise ImportRefused(fill(translate(
                "Import", "Puffs must be a whole number from 1 to %1."),
                MAX_RELIEVER_PUFFS_LIMIT), _where(number, "puffs"))
        puffs = int(text)
    reason = row.get("reason") or ""
    if len(reason) > MAX_REASON_LENGTH:
        raise ImportRefused(fill(translate(
            "Import", "The reason is too long (%1 letters at most)."), MAX_REASON_LENGTH),
            _where(number, "reason"))
    logged = _moment({"date_time": row["logged_at"]}, number) if row.get("logged_at") else None
    return DoseEvent(medicine, moment, _bool(row, "taken", number), due_on, slot, reason,
                     puffs, logged)


def attack_key(attack: Attack) -> tuple[Any, ...]:
    """What makes two attacks the same one: the day, the care and the note."""
    return attack.occurred_on, frozenset(attack.care), attack.note


def _parse_attack(row: dict[str, Any], moment: datetime, number: int,
                  today: date | None) -> Attack:

    if today is not None and moment.date() > today:
        raise ImportRefused(fill(translate("Import", "The attack on %1 is in the future."),
                                 moment.date().isoformat()), _where(number, "date_time"))
    names = [c.strip() for c in (row.get("care") or "").split(";") if c.strip()]
    known = {c.value for c in Care}
    for name in names:
        if name not in known:
            raise ImportRefused(fill(translate(
                "Import", "%1 is not a kind of care this app knows. Use: %2."), name[:30],
                ", ".join(c.value for c in Care)), _where(number, "care"))
    if len(set(names)) != len(names):
        raise ImportRefused(translate("Import", "Each kind of care can be named only once."),
                            _where(number, "care"))
    care = tuple(Care(name) for name in names)
    state = (row.get("follow_up") or "").lower()
    if state and state not in {f.value for f in FollowUp}:
        raise ImportRefused(fill(translate(
            "Import", "The follow-up must be open, booked, done or empty, not %1."),
            state[:20]), _where(number, "follow_up"))
    if state and not needs_follow_up(care):
        raise ImportRefused(translate(
            "Import", "Only an attack that needed A&E, an ambulance, a hospital stay, an "
                      "out-of-hours doctor or steroid tablets has a follow-up."),
            _where(number, "follow_up"))
    note = row.get("note", "")
    if len(note) > MAX_NOTE:
        raise ImportRefused(fill(translate(
            "Import", "The note is too long (%1 letters; at most %2)."), len(note), MAX_NOTE),
            _where(number, "note"))
    return Attack(moment.date(), care, note, follow_up=FollowUp(state) if state else None)


def _moment(row: dict[str, Any], number: int) -> datetime:
    text = row.get("date_time", "")
    if row.get("time"):
        text = f"{text} {row['time']}"
    for pattern in DATE_FORMATS if text.isascii() else ():  # strptime takes "٢٠٢٦" as 2026
        try:
            moment = datetime.strptime(text, pattern)
        except ValueError:
            continue
        if moment.year < EARLIEST_YEAR:
            raise ImportRefused(fill(translate("Import", "%1 is before %2: not a date this app "
                                                         "could have saved."), text,
                                     EARLIEST_YEAR), _where(number, "date_time"))
        return moment
    raise ImportRefused(fill(translate(
        "Import", "%1 is not a date and time like 2026-11-20 08:30 or 20/11/2026 08:30."),
        f"{text!r:.30}"), _where(number, "date_time"))


def _blow(row: dict[str, Any], key: str, number: int) -> int:
    text = row.get(key) or ""
    # The one typed-number rule: "7,2" (a decimal comma) is refused, never read as 72.
    typed = parse_whole_number(text, "en")
    if typed.value is None or not text.strip() or typed.value < 0:  # None: refused
        raise ImportRefused(fill(translate("Import", "%1 is not a whole number of L/min."),
                                 f"{text!r:.20}"), _where(number, key))
    check = check_value(typed.value)
    if not check.ok:
        raise ImportRefused(check.error, _where(number, key))
    return typed.value


def _bool(row: dict[str, Any], key: str, number: int) -> bool:
    text = (row.get(key) or "no").lower()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    raise ImportRefused(fill(translate("Import", "This must be yes or no, not %1."),
                             f"{text!r:.20}"), _where(number, key))
