"""The NHS number's modulus-11 check digit (NHS Data Model and Dictionary)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.nhs_number import check_digit, is_valid, normalise, problem

# 943 476 5919 is the NHS's own published example of a valid number
KNOWN_VALID = "9434765919"


def test_the_published_example_is_valid_and_a_typo_is_not():
    assert is_valid(KNOWN_VALID) and is_valid("943 476 5919") and is_valid("943-476-5919")
    assert not is_valid("9434765918") and not is_valid("943476591") and not is_valid("")
    assert not is_valid("９４３４７６５９１９")  # full-width digits are not typed by accident
    assert problem("") is None and problem("943 476 5919") is None
    assert "not a valid NHS number" in problem("1234567890")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_exactly_one_tenth_digit_or_none_makes_it_valid(first_nine):
    """Property: for nine digits, the valid tenth digits are exactly the computed check digit
    (none when the check comes to 10), worked out here again by hand."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(first_nine))
    expected = (11 - total % 11) % 11
    valid = [d for d in "0123456789" if is_valid(first_nine + d)]
    assert valid == ([] if expected == 10 else [str(expected)])
    assert check_digit(first_nine) == (None if expected == 10 else expected)


@given(st.text(alphabet="0123456789", min_size=10, max_size=10), st.integers(0, 9),
       st.integers(1, 9))
def test_any_single_wrong_digit_is_caught(number, position, change):
    """Property: changing one digit of a valid number always makes it invalid (the weights
    are all below 11, a prime)."""
    if not is_valid(number):
        return
    wrong = number[:position] + str((int(number[position]) + change) % 10) + \
        number[position + 1:]
    assert not is_valid(wrong)
    assert normalise(" ".join(number)) == number


def test_formatted_as_the_nhs_writes_it():
    from asthma_app.domain.nhs_number import formatted

    assert formatted("9434765919") == "943 476 5919"
    assert formatted("943-476-5919") == "943 476 5919"
    assert formatted("") == "" and formatted("12345") == "12345"  # not ten digits: as typed
