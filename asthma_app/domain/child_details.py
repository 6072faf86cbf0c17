"""A child's details beside the action plan (docs/clinical/reviews.md, "Children's plans"):
a parent or carer to call, the school or nursery's contact and the day they were given a
copy of the plan, spacer and mask, and drug allergies. Each save is a new row, so the history
stays; the newest is the one shown. Works the same with a symptom-only plan."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .control import ControlError
from .text import translate

MAX_FIELD = 300


@dataclass(frozen=True)
class ChildDetails:
    """The extra details of a child's plan: who to call, school, spacer and mask, allergies."""

    carer_contact: str = ""
    school_contact: str = ""
    school_copy_on: date | None = None
    spacer: bool = False
    mask: bool = False
    allergies: str = ""
    id: int | None = None

    @property
    def empty(self) -> bool:
        return not (self.carer_contact or self.school_contact or self.school_copy_on
                    or self.spacer or self.mask or self.allergies)


def validate_child_details(details: ChildDetails, today: date) -> ChildDetails:
    """The details with their text tidied, or ControlError saying what to fix."""
    if details.school_copy_on is not None and details.school_copy_on > today:
        raise ControlError(translate("ChildDetails", "The date the school was given a copy "
                                                     "can't be in the future."))
    texts = (details.carer_contact, details.school_contact, details.allergies)
    if any(len(text) > MAX_FIELD for text in texts):
        raise ControlError(translate("ChildDetails", "Some of the text is too long. Please "
                                                     "shorten it."))
    return replace(details, carer_contact=" ".join(details.carer_contact.split()),
                   school_contact=" ".join(details.school_contact.split()),
                   allergies=" ".join(details.allergies.split()))
