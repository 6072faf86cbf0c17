"""The two suggested lines in the plan editor: offered, added only on a click, then ordinary
text the clinician can edit or remove (and the button comes back when it is removed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.plan_suggestions import add_line, offer, suggested_lines
from tests.ui.helpers import click


@given(st.text(max_size=200))
def test_add_line_adds_once_and_keeps_what_was_there(text):
    for line in suggested_lines():
        once = add_line(text, line)
        assert line.text in once and text.rstrip() in once
        assert add_line(once, line) == once
        assert not offer(once, line)


def test_lines_carry_the_figures_and_are_never_added_by_themselves(window_with_plan, qtbot):
    amber, green = suggested_lines()
    assert "7 days" in amber.text and "24 hours" in amber.text
    assert "12 weeks" in green.text and "preventer dose" in green.text
    editor = window_with_plan.page("plan").open_editor()
    before = editor.amber_text.toPlainText()
    assert amber.text not in before and green.text not in editor.green_text.toPlainText()
    button = editor.suggestion_buttons["amber_not_better"]
    assert button.isEnabled()
    click(qtbot, button)
    assert editor.amber_text.toPlainText() == before + "\n" + amber.text
    assert not button.isEnabled()
    # the clinician edits it: it is plain text, and the offer comes back
    editor.amber_text.setPlainText(before + "\nIf not better after 5 days, see the nurse.")
    assert button.isEnabled()
    click(qtbot, editor.suggestion_buttons["settled_step_down"])
    click(qtbot, editor.save_button)
    plan = window_with_plan.session.plans.current()
    assert plan.amber_instructions.endswith("If not better after 5 days, see the nurse.")
    assert plan.green_instructions.endswith(green.text)
