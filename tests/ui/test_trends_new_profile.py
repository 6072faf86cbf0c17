"""The Trends page for a profile made today: only its own days are counted, and the diary
charts have a value axis a reader can use."""

from __future__ import annotations

import pytest


def value_labels(view) -> list[str]:
    """The value-axis labels QtCharts really shows in a chart view (too little room: "...")."""
    found = []
    for item in view.scene().items():
        label = item.toGraphicsObject()
        if (label is not None and label.metaObject().className() == "ValueAxisLabel"
                and item.isVisible()):
            found.append(label.toPlainText())
    return found


def test_new_profile_trends_count_only_today(window_with_plan, qtbot):
    window_with_plan.show_page("trends")
    page = window_with_plan.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    stats = page.view.stats
    assert (stats.days, stats.days_no_data, stats.readings_missed) == (1, 1, 2)


@pytest.mark.parametrize("percent", [100, 200])
def test_reliever_and_nights_axes_show_a_scale_with_no_data(window_with_plan, qtbot, percent):
    window_with_plan.apply_text_scale(percent)
    window_with_plan.show_page("trends")
    page = window_with_plan.page("trends")
    qtbot.waitUntil(lambda: page.view is not None)
    charts = page.charts
    qtbot.wait(50)
    for axis, view, labels in ((charts.value_axes[1], charts.reliever_view, ["0", "2", "4"]),
                               (charts.value_axes[2], charts.nights_view, ["0", "1"])):
        assert axis.min() == 0 and int(labels[-1]) <= axis.max() < int(labels[-1]) + 1
        assert sorted(value_labels(view), key=int) == labels


def test_count_axis_has_whole_ticks_and_room_for_the_data():
    from hypothesis import given
    from hypothesis import strategies as st

    from asthma_app.ui.charts import count_axis

    @given(st.integers(0, 5000), st.integers(1, 10))
    def check(highest, least):
        top, ticks = count_axis(highest, least)
        assert top >= max(highest, least) and 2 <= ticks <= 3
        assert top % (ticks - 1) == 0  # every tick on a whole number

    check()
