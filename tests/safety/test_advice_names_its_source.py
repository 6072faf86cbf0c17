"""Invariant (c): every piece of advice names its source, in all five languages.

- Zone card: whenever it shows a zone's advice, that advice is the plan's own text for the
  zone and the card says "from your action plan (agreed DATE with NAME)".
- Attack steps: from a plan, "from your action plan (agreed DATE with NAME)"; without one,
  "general emergency advice".
- Licensed questionnaire totals: the form's published guide, with its source.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asthma_app.domain.assessment import assess
from asthma_app.domain.control import SCORE_RANGES, Tool, form_guide

from .conftest import domain_language, visible
from .strategies import LANGUAGE_CODES, NOW, aged_entry, aged_reading, plans

FIXTURE_OK = settings(max_examples=120, deadline=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def app(qapp):
    from asthma_app import i18n
    from asthma_app.app import create_application

    create_application()
    yield qapp
    i18n.set_language("en")


def _plan_source(plan) -> str:
    from PySide6.QtCore import QCoreApplication

    from asthma_app.domain.text import fill
    from asthma_app.ui.widgets.common import format_date

    return fill(QCoreApplication.translate("ZoneCard", "From your action plan (agreed %1 with "
                                                       "%2)."),
                format_date(plan.agreed_on), plan.agreed_by)


@FIXTURE_OK
@given(plans(peak_flow=None), st.none() | aged_reading(), st.none() | aged_entry(),
       st.sampled_from(LANGUAGE_CODES))
def test_zone_advice_is_the_plans_own_and_says_so(app, plan, reading, entry, code):
    from asthma_app import i18n
    from asthma_app.ui.widgets.zone_card import ZoneCard

    i18n.set_language(code)
    card = ZoneCard()
    try:
        result = assess(plan, reading, entry, NOW)
        card.show_assessment(result, plan)
        if result.zone is None:
            assert card.source.text() == ""  # no advice from the plan, so no claim either
            return
        assert card.instructions.text() == plan.instructions_for(result.zone)
        assert card.source.text() == _plan_source(plan)
        assert plan.agreed_by in card.source.text()
    finally:
        card.deleteLater()


@FIXTURE_OK
@given(st.none() | plans(peak_flow=None), st.sampled_from(LANGUAGE_CODES))
def test_attack_steps_name_their_source(app, plan, code):
    from PySide6.QtCore import QCoreApplication

    from asthma_app import i18n
    from asthma_app.domain.text import fill
    from asthma_app.ui.dialogs.attack import AttackDialog
    from asthma_app.ui.widgets.common import format_date

    i18n.set_language(code)
    dialog = AttackDialog(plan, "999")
    try:
        text = dialog.text()
        if plan is None:
            expected = QCoreApplication.translate(
                "AttackDialog", "General emergency advice for the UK. Your own plan may "
                                "differ: ask your nurse.")
        else:
            expected = fill(QCoreApplication.translate(
                "AttackDialog", "Steps from your action plan (agreed %1 with %2)."),
                format_date(plan.agreed_on), plan.agreed_by)
        assert expected in text
    finally:
        dialog.deleteLater()


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([Tool.ACT, Tool.CACT, Tool.ACQ]), st.data(),
       st.sampled_from(LANGUAGE_CODES))
def test_every_licensed_total_comes_with_the_forms_guide_and_source(tool, data, code):
    low, high = SCORE_RANGES[tool]
    total = (data.draw(st.integers(low, high)) if tool is not Tool.ACQ
             else data.draw(st.integers(0, 600)) / 100)
    with domain_language(code) as tr:
        guide = form_guide(tool, total)
        assert guide is not None
        assert guide.source in guide.text()
        template = tr("Control", "%1 (Source: %2.) This is the form's guide, not a diagnosis: "
                                 "talk about it with your asthma nurse.")
        assert visible(guide.text()) == visible(
            template.replace("%1", guide.band).replace("%2", guide.source))
