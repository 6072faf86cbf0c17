"""The plan's night-waking sign is found in any plan written in English or in the current
language, and nothing else is taken for it (property test)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.plan import default_amber_signs, night_waking_sign

NIGHT_SIGN = "I am waking up at night because of my asthma"
others = st.lists(st.text(min_size=1, max_size=40).filter(
    lambda text: text.strip().casefold() != NIGHT_SIGN.casefold()), max_size=6)


@given(others, others, st.sampled_from([NIGHT_SIGN, NIGHT_SIGN.upper(), f"  {NIGHT_SIGN} "]))
def test_the_sign_is_found_wherever_it_is_in_the_list(before, after, sign):
    assert night_waking_sign([*before, sign, *after]) == sign


@given(others)
def test_nothing_else_is_taken_for_it(signs):
    assert night_waking_sign(signs) is None


def test_the_default_signs_have_it():
    assert night_waking_sign(default_amber_signs()) == NIGHT_SIGN
