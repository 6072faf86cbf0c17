"""Attack steps on screen: standard steps in the current language, never the reliever steps
on a MART or AIR plan, no raw placeholders in the editor (issues 11 and 12)."""

from __future__ import annotations

from asthma_app import i18n
from asthma_app.domain.plan import PlanKind
from asthma_app.domain.text import fill
from asthma_app.ui.widgets.plan_view import PlanView
from tests.conftest import make_plan
from tests.safety.catalogue import LANGUAGES, saba_steps

from .helpers import all_text, click


def reliever_lines_in(text: str) -> list[str]:
    """Any standard reliever-inhaler step, in any shipped language, found in ``text``."""
    return [step for language in LANGUAGES for step in saba_steps(language)
            if fill(step, "999") in text or fill(step, "112") in text]


def test_standard_steps_follow_the_current_language(window_with_plan):
    i18n.set_language("ur")
    text = all_text(window_with_plan.show_attack_steps())
    assert saba_steps("ur")[1] in text
    assert saba_steps("en")[1] not in text


def test_mart_plan_built_without_steps_shows_no_reliever_steps(qtbot):
    for kind in (PlanKind.MART, PlanKind.AIR):
        view = PlanView()
        qtbot.addWidget(view)
        view.show_plan(make_plan(kind=kind))
        text = all_text(view)
        assert "Asthma attack steps" in text
        assert reliever_lines_in(text) == []


def test_editor_shows_the_emergency_number_not_a_placeholder(window_with_plan):
    editor = window_with_plan.page("plan").open_editor()
    assert "%1" not in editor.attack_steps.toPlainText()
    assert "999" in editor.attack_steps.toPlainText()


def test_reliever_plan_switched_to_mart_in_polish_never_keeps_reliever_steps(window_with_plan,
                                                                             qtbot):
    i18n.set_language("pl")
    editor = window_with_plan.page("plan").open_editor()
    editor.kind.setCurrentIndex(editor.kind.findData(PlanKind.MART.value))
    if hasattr(editor, "max_puffs"):
        editor.max_puffs.setValue(8)
    click(qtbot, editor.save_button)
    plan = window_with_plan.session.plans.current()
    assert plan.kind is PlanKind.MART
    i18n.set_language("en")
    view = PlanView()
    qtbot.addWidget(view)
    view.show_plan(plan)
    assert reliever_lines_in(all_text(view)) == []
    assert reliever_lines_in(all_text(window_with_plan.show_attack_steps())) == []
