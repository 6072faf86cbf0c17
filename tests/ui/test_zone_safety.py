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
    assert "is 79 % of your best of 500" in dialog.zone_text.text()
