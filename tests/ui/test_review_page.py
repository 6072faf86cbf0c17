"""The Review page driven like a user: RCP3 flow, attack log from the Today banner, summary."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QCheckBox

from asthma_app.domain.control import Care, Tool
from asthma_app.domain.readings import PeakFlowReading
from tests.ui.helpers import all_text, click, type_into, unnamed_controls


def _month_old_window(make_window, session, plan_factory, clock):
    """The monthly check is offered once the profile is 28 days old."""
    session.plans.agree(plan_factory())
    clock.advance(days=28)
    return make_window()


def test_rcp3_flow_from_the_today_banner(make_window, session, plan_factory, clock, qtbot):
    window = _month_old_window(make_window, session, plan_factory, clock)
    today = window.page("today")
    assert today.banners.rcp3.isVisible()
    click(qtbot, today.banners.rcp3.accept_button)
    page = window.page("review")
    assert window.current_page() is page
    assert not page.rcp3_save.isEnabled()
    for group, answer in zip(page.rcp3_groups, (1, 1, 0), strict=True):
        click(qtbot, group.button(answer))
    assert page.rcp3_save.isEnabled()
    click(qtbot, page.rcp3_save)
    assert "2 out of 3" in page.rcp3_result.text()
    assert "talk to your asthma nurse" in page.rcp3_result.text()
    saved = window.session.reviews.scores(Tool.RCP3)
    assert [s.answers for s in saved] == [(True, True, False)]
    assert not today.banners.rcp3.isVisible() and page.rcp3_history.count() == 1
    assert unnamed_controls(page) == []


def test_not_now_hides_the_rcp3_banner(make_window, session, plan_factory, clock, qtbot):
    window = _month_old_window(make_window, session, plan_factory, clock)
    banners = window.page("today").banners
    click(qtbot, banners.rcp3.dismiss_button)
    assert not banners.rcp3.isVisible()
    assert window.session.db["control_scores"].count == 0


def test_attack_offered_after_a_red_day_and_logged(make_window, session, clock, plan_factory,
                                                   qtbot):
    clock.now = datetime(2026, 11, 1, 9, 0)
    session.plans.agree(plan_factory())
    clock.now = datetime(2026, 11, 22, 8, 0)
    session.diary.log_reading(PeakFlowReading(datetime(2026, 11, 21, 19, 0), (200,)))
    window = make_window()
    banner = window.page("today").banners.attack
    assert banner.isVisible() and "red zone" in banner.text.text()
    click(qtbot, banner.accept_button)
    page = window.page("review")
    assert page.tabs.currentIndex() == 1
    assert page.attack_date.date().day() == 21
    page.care_boxes[Care.EMERGENCY_DEPARTMENT].setChecked(True)
    page.care_boxes[Care.STEROID_TABLETS].setChecked(True)
    type_into(qtbot, page.attack_note, "after a cold")
    click(qtbot, page.attack_save)
    attacks = window.session.reviews.attacks()
    assert attacks[0].occurred_on == date(2026, 11, 21)
    assert attacks[0].care == (Care.EMERGENCY_DEPARTMENT, Care.STEROID_TABLETS)
    assert not banner.isVisible()
    assert "A&E" in page.attack_list.item(0).text()
    assert not any(box.isChecked() for box in page.findChildren(QCheckBox))


def test_questions_and_the_summary_screen(window_with_plan, qtbot, tmp_path):
    window = window_with_plan
    page = window.page("review")
    window.show_page("review")
    type_into(qtbot, page.question_text, "Can I use a spacer at school?")
    click(qtbot, page.question_add)
    click(qtbot, page.question_add)  # empty: refused with a message, nothing saved
    assert "type your question" in page.question_message.text()
    assert page.question_list.count() == 1
    page.question_list.setCurrentRow(0)
    click(qtbot, page.question_answered)
    assert "(answered)" in page.question_list.item(0).text()
    type_into(qtbot, page.question_text, "Flu jab?")
    click(qtbot, page.question_add)
    page.question_list.setCurrentRow(1)
    click(qtbot, page.question_remove)
    assert page.question_list.count() == 1
    page.tabs.setCurrentIndex(3)
    summary = page.summary_view
    text = summary.browser.toPlainText()
    assert "Asthma review summary" in text and "Nurse Jones" in text
    assert "My questions for the review" in text
    pdf = summary.save_pdf_to(str(tmp_path / "r.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert unnamed_controls(page) == []
    assert "My asthma review" in all_text(page)


def test_export_from_the_menu_runs_in_a_worker(window_with_plan, qtbot, tmp_path):
    actions = window_with_plan.exchange_actions
    out = tmp_path / "backup.json"
    with qtbot.waitSignal(window_with_plan.statusBar().messageChanged, timeout=10000):
        actions.export("json", str(out))
    assert out.exists() and '"format": "asthma-app-backup"' in out.read_text("utf-8")


def test_csv_import_previews_before_writing(window_with_plan, qtbot, tmp_path):
    actions = window_with_plan.exchange_actions
    path = tmp_path / "r.csv"
    path.write_text("date_time,peak_flow\n2026-11-20 08:00,450\n", encoding="utf-8")
    actions.import_csv(str(path), confirm=False)
    assert window_with_plan.session.diary.readings() == []
    actions.import_csv(str(path), confirm=True)
    assert [r.value for r in window_with_plan.session.diary.readings()] == [450]


def test_a_licensed_total_shows_the_forms_own_guide_and_source(window_with_plan, qtbot):
    """Issue 11 item 10: an ACT total of 18 is never a bare number: after saving, in the list
    and in the review summary it is shown with the ACT guide's band (16 to 19) and source."""
    from asthma_app.domain.control import Tool

    window = window_with_plan
    page = window.page("review")
    window.show_page("review")
    page.score_tool.setCurrentIndex(page.score_tool.findData(Tool.ACT))
    page.score_total.setValue(18)
    click(qtbot, page.score_save)
    band = "The form's guide says a total from 16 to 19 means asthma that is not well controlled."
    assert band in page.score_guide.text() and "Nathan RA" in page.score_guide.text()
    listed = [page.rcp3_history.item(i).text() for i in range(page.rcp3_history.count())]
    assert any("score 18" in item and band in item for item in listed)
    page.tabs.setCurrentIndex(3)
    page.summary_view.show_summary()
    summary = page.summary_view.browser.toPlainText()
    assert band in summary and "not a diagnosis" in summary
