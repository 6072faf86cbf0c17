"""When a regular medicine is taken, as agreed in the plan: a structured copy of the
clinician's words, kept beside them (never instead of them).

The app only records and counts: the schedule says which doses are *due* on a day so that the
patient can tick them and the nurse can see how many were taken. It never says how much to
take; ``puffs_each_time`` is copied from the plan as written and is only used to count an
inhaler down (docs/clinical/medicines.md).
"""

from __future__ import annotations

from enum import StrEnum

from .text import translate


class DoseTimes(StrEnum):
    """When the doses of a regular medicine are due. UNKNOWN for plans made before schedules
    existed (and until the plan is edited): such a medicine has no adherence figure."""

    UNKNOWN = ""
    MORNING = "morning"
    EVENING = "evening"
    BOTH = "morning_evening"
    OTHER = "other"  # other times, as agreed: recorded, but not counted as due

    def label(self) -> str:
        labels = {
            DoseTimes.UNKNOWN: translate("Schedule", "Not set"),
            DoseTimes.MORNING: translate("Schedule", "Every morning"),
            DoseTimes.EVENING: translate("Schedule", "Every evening"),
            DoseTimes.BOTH: translate("Schedule", "Every morning and evening"),
            DoseTimes.OTHER: translate("Schedule", "Other times, as agreed"),
        }
        return labels[self]

    def slots(self) -> tuple[Slot, ...]:
        """The doses due each day; none when the times are unknown or not fixed."""
        return {DoseTimes.MORNING: (Slot.MORNING,), DoseTimes.EVENING: (Slot.EVENING,),
                DoseTimes.BOTH: (Slot.MORNING, Slot.EVENING)}.get(self, ())

    @property
    def counted(self) -> bool:
        """Whether doses due can be counted (and so an adherence figure given)."""
        return bool(self.slots())


class Slot(StrEnum):
    MORNING = "morning"
    EVENING = "evening"

    def label(self) -> str:
        if self is Slot.MORNING:
            return translate("Schedule", "Morning")
        return translate("Schedule", "Evening")


# Hour of the day from which a dose logged without saying which one is the evening dose
# (a design choice for one-tap logging; the patient can always say which).
EVENING_FROM_HOUR = 14
