"""An optional NHS number on each profile (issue 18), so that a practice can match a FHIR
export to the right record. Empty for every existing profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 7


def apply(db: Database) -> None:
    db["profiles"].add_column("nhs_number", str)
