"""Emergency numbers by region (docs/clinical/emergency-numbers.md).

Always editable in the profile and plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import translate


@dataclass(frozen=True)
class Region:
    """Where the person lives: the emergency numbers to show."""

    code: str
    emergency_number: str
    non_emergency: str = ""

    def name(self) -> str:
        names = {
            "GB": translate("Region", "United Kingdom"),
            "IE": translate("Region", "Ireland"),
            "EU": translate("Region", "European Union (other)"),
            "US": translate("Region", "United States or Canada"),
            "AU": translate("Region", "Australia"),
            "NZ": translate("Region", "New Zealand"),
        }
        return names.get(self.code, self.code)


REGIONS: dict[str, Region] = {
    "GB": Region("GB", "999", "111"),
    "IE": Region("IE", "112"),
    "EU": Region("EU", "112"),
    "US": Region("US", "911"),
    "AU": Region("AU", "000"),
    "NZ": Region("NZ", "111"),
}
DEFAULT_REGION = "GB"


def emergency_number_for(region_code: str) -> str:
    return REGIONS.get(region_code, REGIONS[DEFAULT_REGION]).emergency_number
