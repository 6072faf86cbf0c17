"""Issue 11 in the real window: exact zones across meter scales and a peak flow gone stale."""

from __future__ import annotations

from .helpers import type_into


def test_peak_flow_preview_judges_the_other_scale_exactly(make_window, session, plan_factory,
                                                         qtbot):
    """Item 1. A Wright plan (best 500, amber below 80 %) and an EU reading of 344, which is
    Wright 399.77: the preview before saving says amber, as the saved reading will."""
    from asthma_app.domain.plan import Scale

    session.plans.agree(plan_factory(scale=Scale.WRIGHT))
    dialog = make_window().page("today").open_peak_flow()
    dialog.scale.setCurrentIndex(dialog.scale.findData(Scale.EU.value))
    type_into(qtbot, dialog.blows[0], "344")
    assert dialog.zone_text.text().startswith("Amber zone")
    assert "is 79\u00a0% of your best of 500" in dialog.zone_text.text()


def test_card_shows_an_out_of_date_red_peak_flow_beside_fresh_symptoms(window_with_plan, session,
                                                                      clock):
    """Item 7. Best 500; a red peak flow (200) 30 hours ago, then a diary entry now with
    nothing ticked. The card says what the symptoms say, and that the peak flow is out of
    date, with its value, zone and time, asking for a new one: it never looks current."""
    from datetime import timedelta

    from asthma_app.domain.readings import PeakFlowReading, SymptomEntry

    session.diary.log_reading(PeakFlowReading(clock() - timedelta(hours=30), (200,)))
    session.diary.log_symptoms(SymptomEntry(clock()))
    window_with_plan.refresh_pages()
    card = window_with_plan.page("today").card
    assert card.title.text().startswith("Green zone")
    assert "None of your plan's warning signs were ticked." in card.reasons.text()
    assert card.stale.isVisible() and "NOT ALL UP TO DATE" in card.stale.text()
    assert card.parts.isVisible()
    text = card.parts.text()
    assert "Peak flow out of date" in text and "21 Nov 2026, 02:00" in text
    assert "Red zone" in text and "200\u00a0L/min is 40\u00a0% of your best of 500" in text
    assert "do a peak flow now" in text
    assert "NOT ALL UP TO DATE" in card.accessibleDescription()


def test_card_with_everything_fresh_shows_no_out_of_date_mark(window_with_plan, session, clock):
    from asthma_app.domain.readings import PeakFlowReading, SymptomEntry

    session.diary.log_reading(PeakFlowReading(clock(), (450,)))
    session.diary.log_symptoms(SymptomEntry(clock()))
    window_with_plan.refresh_pages()
    card = window_with_plan.page("today").card
    assert not card.stale.isVisible() and not card.parts.isVisible()
