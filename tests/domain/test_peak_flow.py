"""Peak-flow maths against the worked values in docs/clinical/peak-flow.md."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.peak_flow import (
    CHILD_HEIGHTS_CM,
    CHILD_PREDICTED_EU,
    convert,
    eu_to_wright,
    predicted_adult_eu,
    predicted_adult_wright,
    predicted_child_eu,
    wright_to_eu,
)
from asthma_app.domain.plan import Scale

# docs/clinical/peak-flow.md worked values (Nunn & Gregg 1989, then EN 13826), nearest L/min
NUNN_GREGG = [
    ("M", 20, 175, 590, 571),
    ("M", 40, 175, 636, 633),
    ("M", 60, 175, 587, 566),
    ("F", 20, 165, 473, 425),
    ("F", 40, 165, 483, 437),
    ("F", 60, 165, 443, 391),
]


@pytest.mark.parametrize(("sex", "age", "height", "wright", "eu"), NUNN_GREGG)
def test_nunn_gregg_worked_values(sex, age, height, wright, eu):
    assert round(predicted_adult_wright(sex, age, height)) == wright
    assert predicted_adult_eu(sex, age, height) == eu


def test_nunn_gregg_by_hand_for_one_row():
    """Men, 40 y, 175 cm: 0.544*ln 40 = 2.00673; -0.0151*40 = -0.604; -74.7/175 = -0.42686;
    sum + 5.48 = 6.45587; exp = 636.4 L/min Wright."""
    assert predicted_adult_wright("M", 40, 175) == pytest.approx(636.44, abs=0.01)


@pytest.mark.parametrize(("sex", "age"), [("M", 14), ("F", 86), ("X", 40)])
def test_adult_formula_outside_its_range_raises(sex, age):
    with pytest.raises(ValueError):
        predicted_adult_wright(sex, age, 170)


def test_wright_to_eu_by_hand():
    """W = 400: 50.356 + 160 + 0.0008814*160000 (=141.024) - 0.0000001116*64e6 (=7.1424)
    = 344.2376."""
    assert wright_to_eu(400) == pytest.approx(344.2376, abs=1e-6)
    assert convert(400, Scale.WRIGHT, Scale.EU) == 344


@pytest.mark.parametrize("wright", [0, 0.5, 800.5, 1000, -10])
def test_wright_to_eu_out_of_range_raises(wright):
    with pytest.raises(ValueError):
        wright_to_eu(wright)


@pytest.mark.parametrize("eu", [10, 50, 878, 1000])
def test_eu_to_wright_out_of_range_raises(eu):
    # the formula covers W 1..800, i.e. EU 50.76..877.3
    with pytest.raises(ValueError):
        eu_to_wright(eu)


@given(st.floats(1, 800))
def test_round_trip_on_floats(wright):
    assert eu_to_wright(wright_to_eu(wright)) == pytest.approx(wright, abs=1e-6)


@given(st.integers(60, 800))
def test_round_trip_in_whole_litres(wright):
    """Whole L/min both ways: the EU scale is compressed below ~370 Wright (slope 0.4..1), so
    two Wright values can share one EU value; the round trip is then off by at most 1."""
    there = convert(wright, Scale.WRIGHT, Scale.EU)
    back = convert(there, Scale.EU, Scale.WRIGHT)
    assert abs(back - wright) <= 1
    if wright >= 400:  # slope > 1 here: exact
        assert back == wright


def test_same_scale_is_identity():
    assert convert(450, Scale.EU, Scale.EU) == 450
    assert convert(450, Scale.WRIGHT, Scale.WRIGHT) == 450


@given(st.integers(1, 799))
def test_wright_to_eu_rises(wright):
    assert wright_to_eu(wright + 1) > wright_to_eu(wright)


@pytest.mark.parametrize(("height", "expected"), list(zip(CHILD_HEIGHTS_CM, CHILD_PREDICTED_EU,
                                                          strict=True)))
def test_child_table_exact_points(height, expected):
    assert predicted_child_eu(height) == expected


def test_child_table_matches_clinical_facts():
    assert tuple(range(85, 171, 5)) == CHILD_HEIGHTS_CM
    assert CHILD_PREDICTED_EU == (87, 95, 104, 115, 127, 141, 157, 174, 192, 212, 233, 254, 276,
                                  299, 323, 346, 370, 393)


@pytest.mark.parametrize(("height", "expected"), [
    (87.5, 91),    # 87 + (95 - 87) * 2.5 / 5 = 91
    (86, 89),      # 87 + 8 * 1/5 = 88.6 -> 89
    (132.5, 222),  # 212 + 21 * 0.5 = 222.5 -> round half to even = 222
    (168, 384),    # 370 + 23 * 3/5 = 383.8 -> 384
    (101, 117),    # 115 + 12 * 1/5 = 117.4 -> 117
])
def test_child_table_interpolates(height, expected):
    assert predicted_child_eu(height) == expected


@pytest.mark.parametrize("height", [84.9, 80, 170.1, 200, 0])
def test_child_outside_table_is_none(height):
    assert predicted_child_eu(height) is None


@pytest.mark.parametrize(("age", "sex", "height"), [
    (15, "M", 100),   # the example: the formula gave 339 L/min for a 1 m tall adult
    (40, "F", 139), (40, "M", 211), (40, "M", 60), (30, "F", 260),
    (86, "F", 165), (99, "M", 175),   # past the adult ages
    (10, "M", 84), (10, "F", 171),    # outside the children's table
    (40, "", 170), (40, "X", 170),    # no sex chosen
])
def test_no_prediction_outside_the_validated_ranges(age, sex, height):
    """Issue 11 item 8: no prediction at all outside the ages and heights the formulas are
    used for (docs/clinical/peak-flow.md), in the domain and in the service."""
    from asthma_app.domain.peak_flow import predicted_eu
    from asthma_app.services.personal_best import predicted

    assert predicted_eu(age, sex, height) is None
    assert predicted(age, sex, height) is None


@pytest.mark.parametrize(("age", "sex", "height", "expected"), [
    (15, "M", 140, round(wright_to_eu(predicted_adult_wright("M", 15, 140)))),
    (85, "F", 210, round(wright_to_eu(predicted_adult_wright("F", 85, 210)))),
    (40, "M", 175, 633), (14, "F", 85, 87), (14, "F", 170, 393),
])
def test_prediction_inside_the_ranges_including_the_ends(age, sex, height, expected):
    from asthma_app.domain.peak_flow import predicted_eu

    assert predicted_eu(age, sex, height) == expected


@pytest.mark.parametrize("height", [139.9, 210.1, 100])
def test_adult_formula_refuses_implausible_heights(height):
    with pytest.raises(ValueError):
        predicted_adult_wright("M", 40, height)
