"""Emergency numbers by region, always editable in the profile.

Numbers: docs/clinical/emergency-numbers.md.
"""

from __future__ import annotations

import pytest

from asthma_app.domain.profile import Profile, validate_profile
from asthma_app.domain.regions import REGIONS, emergency_number_for


@pytest.mark.parametrize(("region", "number"), [
    ("GB", "999"), ("IE", "112"), ("EU", "112"), ("US", "911"), ("AU", "000"), ("NZ", "111"),
])
def test_emergency_number_per_region(region, number):
    assert emergency_number_for(region) == number
    assert Profile("Ana", region=region).emergency == number


def test_every_region_has_a_name_and_number():
    for code, region in REGIONS.items():
        assert region.code == code
        assert region.emergency_number.isdigit()
        assert region.name() != code


def test_profile_override_wins():
    assert Profile("Ana", region="GB", emergency_number="112").emergency == "112"


def test_unknown_region_falls_back_to_the_uk_number():
    """Documented behaviour (hazard H10): an unknown code gives 999. The profile editor must
    offer only known regions; this test pins the fallback so a change is noticed."""
    assert emergency_number_for("XX") == "999"


def test_profile_validation_messages():
    assert validate_profile(Profile("Ana", birth_year=1990), 2026) == []
    assert validate_profile(Profile(" "), 2026) == ["Please enter a name."]
    assert validate_profile(Profile("Ana", birth_year=1905), 2026) == [
        "Please check the year of birth."]
