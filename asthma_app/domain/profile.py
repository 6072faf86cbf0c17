"""A person whose asthma is recorded (a family may have several on one computer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .regions import DEFAULT_REGION, emergency_number_for
from .text import translate


@dataclass(frozen=True)
class Profile:
    """One person whose diary this is."""

    name: str
    birth_year: int | None = None
    region: str = DEFAULT_REGION
    emergency_number: str = ""
    created_at: datetime | None = None
    id: int | None = None
    nhs_number: str = ""  # optional, digits only, checked (domain/nhs_number.py)

    @property
    def emergency(self) -> str:
        return self.emergency_number or emergency_number_for(self.region)


MAX_NAME_LENGTH = 80  # letters; the name boxes say so rather than cutting (ui/widgets)


def validate_profile(profile: Profile, this_year: int) -> list[str]:
    problems = []
    if not profile.name.strip():
        problems.append(translate("Profile", "Please enter a name."))
    if len(profile.name) > MAX_NAME_LENGTH:
        problems.append(translate("Profile", "Please use a shorter name (80 letters at most)."))
    if profile.birth_year is not None and not this_year - 120 <= profile.birth_year <= this_year:
        problems.append(translate("Profile", "Please check the year of birth."))
    from .nhs_number import problem  # lazy: start-up

    nhs = problem(profile.nhs_number)
    if nhs:
        problems.append(nhs)
    return problems
