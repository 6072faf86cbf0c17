"""One concept, one box: when the plan has the sign "I am waking up at night because of my
asthma", the symptoms dialog shows that sign in place of its own "I woke up at night" box, and
ticking it records both (the diary's night count and the plan's amber sign)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QCheckBox

from asthma_app.domain.plan import default_amber_signs
from asthma_app.domain.readings import SymptomEntry

NIGHT_SIGN = "I am waking up at night because of my asthma"


def visible_night_boxes(dialog) -> list[str]:
    return [box.text() for box in dialog.findChildren(QCheckBox)
            if box.isVisibleTo(dialog) and "night" in box.text()]


@pytest.fixture
def dialog_for(session, qtbot):
    from asthma_app.ui.dialogs.symptoms import SymptomDialog

    def build(plan=None, existing=None):
        if plan is not None:
            session.plans.agree(plan)
        dialog = SymptomDialog(session, existing=existing)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return build


def test_one_night_box_and_it_counts_both_ways(dialog_for, plan_factory):
    dialog = dialog_for(plan_factory(amber_signs=default_amber_signs()))
    assert visible_night_boxes(dialog) == [NIGHT_SIGN]
    dialog.night.setChecked(True)
    entry = dialog.entry()
    assert entry.night_waking and NIGHT_SIGN in entry.amber_signs
    assert dialog.preview.text().startswith("Amber")


def test_with_no_plan_the_default_signs_also_give_one_box(dialog_for):
    dialog = dialog_for()
    assert visible_night_boxes(dialog) == [NIGHT_SIGN]


def test_a_plan_without_a_night_sign_keeps_the_diary_box(dialog_for, plan_factory):
    dialog = dialog_for(plan_factory(amber_signs=("My symptoms are coming back",)))
    assert visible_night_boxes(dialog) == ["I woke up at night because of my asthma"]
    dialog.night.setChecked(True)
    entry = dialog.entry()
    assert entry.night_waking and entry.amber_signs == ()


@pytest.mark.parametrize(("night", "signs"), [(True, ()), (False, (NIGHT_SIGN,))])
def test_old_entries_with_either_box_ticked_show_it_ticked(dialog_for, plan_factory, night,
                                                            signs):
    old = SymptomEntry(datetime(2026, 11, 20, 9, 0), night_waking=night, amber_signs=signs)
    dialog = dialog_for(plan_factory(amber_signs=default_amber_signs()), existing=old)
    assert dialog.night.isChecked()
    entry = dialog.entry()
    assert entry.night_waking and NIGHT_SIGN in entry.amber_signs
