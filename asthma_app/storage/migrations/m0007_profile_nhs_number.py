"""An optional NHS number on each profile (issue 18), so that a practice can match a FHIR
export to the right record. Empty for every existing profile."""

VERSION = 7


def apply(db) -> None:
    db["profiles"].add_column("nhs_number", str)
