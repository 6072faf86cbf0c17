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


def test_editor_standard_steps_are_saved_as_a_reference(window_with_plan, qtbot):
    from asthma_app.domain.attack_steps import OWN_INHALER_V1, SABA_UK_V1

    editor = window_with_plan.page("plan").open_editor()
    assert editor.steps_choice.currentData() == "standard"
    assert editor.attack_steps.isReadOnly()
    editor.emergency.setText("112")
    assert "Call 112 for an ambulance" in editor.attack_steps.toPlainText()
    assert editor.plan().attack_steps_ref == SABA_UK_V1 and editor.plan().attack_steps == ()
    editor.kind.setCurrentIndex(editor.kind.findData(PlanKind.AIR.value))
    assert reliever_lines_in(editor.attack_steps.toPlainText()) == []
    assert editor.plan().attack_steps_ref == OWN_INHALER_V1


def test_editor_own_steps_are_kept_as_typed_and_reliever_steps_refused_on_mart(
        window_with_plan, qtbot):
    editor = window_with_plan.page("plan").open_editor()
    editor.steps_choice.setCurrentIndex(editor.steps_choice.findData("own"))
    assert not editor.attack_steps.isReadOnly()
    click(qtbot, editor.save_button)
    assert "type your own attack steps" in editor.problems.text()
    editor.kind.setCurrentIndex(editor.kind.findData(PlanKind.MART.value))
    editor.max_puffs.setValue(8)
    trimmed = [fill(step, "999") for step in saba_steps("en")[:4]]
    editor.attack_steps.setPlainText("\n".join(trimmed))
    click(qtbot, editor.save_button)
    assert "not for MART or AIR" in editor.problems.text()
    assert len(window_with_plan.session.plans.history()) == 1
    own = "Take 1 puff every 1 to 3 minutes, up to 6 puffs.\nCall 999 if no better."
    editor.attack_steps.setPlainText(own)
    click(qtbot, editor.save_button)
    plan = window_with_plan.session.plans.current()
    assert plan.attack_steps == tuple(own.splitlines())
    assert plan.max_reliever_puffs_per_day == 8


def test_mart_maximum_puffs_shown_in_plan_view_and_attack_dialog(make_window, session):
    session.plans.agree(make_plan(kind=PlanKind.MART, max_reliever_puffs_per_day=8))
    window = make_window()
    line = "The most reliever puffs I can take in a day: 8 (as written in my plan)."
    assert line in all_text(window.page("plan"))
    assert line in all_text(window.show_attack_steps())


def test_editor_needs_the_mart_maximum_and_enables_it_only_for_mart_air(window_with_plan,
                                                                        qtbot):
    editor = window_with_plan.page("plan").open_editor()
    assert not editor.max_puffs.isEnabled()
    editor.kind.setCurrentIndex(editor.kind.findData(PlanKind.MART.value))
    assert editor.max_puffs.isEnabled() and editor.max_puffs.value() == 0
    click(qtbot, editor.save_button)
    assert "most reliever puffs in a day" in editor.problems.text()


def test_air_plan_for_a_child_by_year_of_birth_is_warned(make_window, db, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Ali", birth_year=clock().year - 9), clock)
    editor = make_window().page("plan").open_editor()
    assert not editor.air_warning.isVisible()
    editor.kind.setCurrentIndex(editor.kind.findData(PlanKind.AIR.value))
    assert editor.air_warning.isVisible()
    assert "12 and over" in editor.air_warning.text()
    editor.kind.setCurrentIndex(editor.kind.findData(PlanKind.MART.value))
    assert not editor.air_warning.isVisible()


def test_withdrawn_reliever_steps_are_flagged_never_shown(qtbot):
    from dataclasses import replace

    from asthma_app.domain.attack_steps import OWN_INHALER_V1

    plan = replace(make_plan(kind=PlanKind.AIR), attack_steps_ref=OWN_INHALER_V1,
                   withdrawn_attack_steps=saba_steps("en"))
    view = PlanView()
    qtbot.addWidget(view)
    view.show_plan(plan)
    text = all_text(view)
    assert "not right for this kind of plan" in text
    assert reliever_lines_in(text) == []


def test_plan_pdf_has_current_language_steps_and_mart_maximum(qapp, session, tmp_path):
    from asthma_app.ui.printing.pdf import save_plan_pdf

    from .test_printing import pages_text

    session.plans.agree(make_plan(kind=PlanKind.MART, max_reliever_puffs_per_day=8))
    path = tmp_path / "plan.pdf"
    save_plan_pdf(session, path)
    text = " ".join(pages_text(path))
    assert "The most reliever puffs I can take in a day: 8 (as written in my plan)." in text
    assert "Sit up straight. Try to keep calm." in text
    assert "up to 10 puffs" not in text


def test_attack_steps_show_the_emergency_number_without_scrolling_where_there_is_room(
        window_with_plan, qtbot):
    """The dialog stayed 640x620 whatever the screen: on the 1920x1080 kiosk, or at 200 %,
    "Emergency number: 999" was below the fold (kiosk-attack-bare-x.png). Where the screen
    has room, everything shows without scrolling; never taller than the screen."""
    from PySide6.QtCore import QPoint, QRect

    window_with_plan.text_size.setCurrentIndex(window_with_plan.text_size.findData(200))
    dialog = window_with_plan.show_attack_steps()
    dialog.fit_to(QRect(0, 0, 3840, 2160))
    qtbot.waitExposed(dialog)
    viewport = dialog.scroll_area.viewport()
    bottom = dialog.number_label.mapTo(viewport, QPoint(0, dialog.number_label.height()))
    assert bottom.y() <= viewport.height(), (bottom.y(), viewport.height(), dialog.size())
    dialog.fit_to(QRect(0, 0, 1366, 768))
    assert dialog.height() <= 768


def test_attack_steps_grow_once_shown_when_something_is_below_the_fold(qtbot):
    """The kiosk frames a dialog (title, thick border) only once it shows: the room it takes
    pushed the emergency number below the fold. Shown, the dialog grows to fit, on screen."""
    from asthma_app.ui.dialogs.attack import AttackDialog

    dialog = AttackDialog(None, "999")
    qtbot.addWidget(dialog)
    dialog.resize(640, 400)  # as if a frame had taken 220 px
    dialog.show()
    limit = int(dialog.screen().availableGeometry().height() * 0.9)  # a larger text size
    qtbot.waitUntil(lambda: dialog.scroll_area.verticalScrollBar().maximum() == 0  # may not fit
                    or dialog.height() == limit, timeout=2000)
