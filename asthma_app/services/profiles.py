"""Creating and finding the people recorded on this computer."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain.profile import Profile, validate_profile
from ..storage import repository
from .session import Clock, Session, system_clock

if TYPE_CHECKING:
    from ..storage.db_types import Database


class ProfileError(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def create_profile(db: Database, profile: Profile,
                   clock: Clock = system_clock) -> Profile:
    now = clock()
    problems = validate_profile(profile, now.year)
    if problems:
        raise ProfileError(problems)
    return repository.add_profile(db, profile, now)


def profiles(db: Database) -> list[Profile]:
    return repository.list_profiles(db)


def open_session(db: Database, profile_id: int,
                 clock: Clock = system_clock) -> Session:
    """The person's session; for a protected person, on their vault once it is unlocked
    (``vaults.unlock``). The profile itself is read from the shared file (their name there is
    the one kept up to date), their NHS number from the vault."""
    # a vault can only be open once services.vaults was imported (by an unlock or a move):
    # a household without passphrases never imports it (start-up, docs/performance.md)
    vaults = sys.modules.get(f"{__package__}.vaults")
    own = vaults.database_for(db, profile_id) if vaults is not None else db
    profile = repository.get_profile(db, profile_id)
    if own is not db:  # a rename is made in the shared file: the vault's copy follows
        from ..storage.person_rows import sync_profile  # lazy: start-up

        sync_profile(db, own, profile_id)
        # the NHS number is kept only in the vault (storage/person_rows.py)
        profile = replace(profile, nhs_number=repository.get_profile(own, profile_id).nhs_number)
    return Session(own, profile, clock)


def set_nhs_number(db: Database, profile: Profile, text: str) -> Profile:
    """Keep (or with "" remove) the profile's NHS number, checked by its check digit."""
    from ..domain.nhs_number import normalise, problem  # lazy: start-up

    message = problem(text)
    if message:
        raise ProfileError([message])
    return repository.update_profile(db, replace(profile, nhs_number=normalise(text)))
