"""The Learn page: themes, search, fallback notice, printing, and the context links."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services.education import THEMES, theme_title
from tests.ui.helpers import click, type_into, unnamed_controls


def open_learn(window):
    window.show_page("learn")
    return window.page("learn")


def test_topics_are_grouped_by_translated_theme(window_with_plan, qtbot):
    window = window_with_plan
    learn = open_learn(window)
    groups = [learn.tree.topLevelItem(i).text(0) for i in range(learn.tree.topLevelItemCount())]
    assert groups == [theme_title(t) for t in THEMES]
    assert learn.view.topic is not None  # the first topic is shown straight away
    assert unnamed_controls(window) == []
    window.language.setCurrentIndex(window.language.findData("pl"))
    learn = open_learn(window)
    assert learn.tree.topLevelItem(0).text(0) == "Podstawy astmy"


def test_search_with_a_typo_finds_the_inhaler_topic_and_shows_it(window_with_plan, qtbot):
    window = window_with_plan
    learn = open_learn(window)
    type_into(qtbot, learn.search, "inhailer")
    assert learn.results.isVisible() and not learn.tree.isVisible()
    titles = learn.result_titles()
    assert any("inhaler" in title.casefold() for title in titles[:3]), titles
    item = learn.results.item(0)
    rect = learn.results.visualItemRect(item)
    qtbot.mouseClick(learn.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert learn.view.topic.id == item.data(Qt.ItemDataRole.UserRole)
    assert "inhaler" in learn.view.browser.toPlainText().casefold()
    learn.search.clear()
    assert learn.tree.isVisible() and not learn.results.isVisible()


def test_search_with_no_match_says_so(window_with_plan, qtbot):
    window = window_with_plan
    learn = open_learn(window)
    type_into(qtbot, learn.search, "zzqqxx")
    assert learn.no_results.isVisible() and learn.results.count() == 0


def test_topic_shows_reviewed_date_sources_and_its_pictures(window):
    learn = open_learn(window)
    learn.show_topic("inhaler-with-spacer")
    assert "Last reviewed: " in learn.view.meta.text() and "Sources: " in learn.view.meta.text()
    document = learn.view.browser.document()
    links = [p.name for p in learn.view.topic.image_paths()]
    assert links
    learn.view.browser.grab()  # lay out and paint, which loads the pictures
    for name in links:
        image = document.resource(QTextDocument.ResourceType.ImageResource.value,
                                  QUrl(f"../images/{name}"))
        assert image is not None and not image.isNull(), name


def test_fallback_topic_in_welsh_is_marked_as_english(window, tmp_path, monkeypatch):
    # Every topic is translated today, so take one Welsh file away from a copy of the library.
    import shutil

    from asthma_app import paths

    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir() / "education", copy / "education")
    (copy / "education" / "cy" / "exercise.md").unlink()
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    window.language.setCurrentIndex(window.language.findData("cy"))
    learn = open_learn(window)
    fallbacks = learn.library.fallbacks()
    assert fallbacks == ["exercise"]
    learn.show_topic(fallbacks[0])
    assert not learn.view.fallback.isHidden()
    assert learn.view.fallback.text().startswith("Nid yw'r pwnc hwn yn eich iaith eto")
    translated = next(t.id for t in learn.library.topics() if not t.is_fallback)
    learn.show_topic(translated)
    assert learn.view.fallback.isHidden() and not learn.view.unreviewed.isHidden()


def test_text_size_buttons_and_app_text_size_change_the_topic_text(window_with_plan, qtbot):
    window = window_with_plan
    learn = open_learn(window)
    before = learn.view.text_point_size()
    click(qtbot, learn.view.bigger)
    assert learn.view.text_point_size() > before
    click(qtbot, learn.view.smaller)
    click(qtbot, learn.view.smaller)
    assert learn.view.text_point_size() < before
    learn.view.set_zoom(100)
    window.text_size.setCurrentIndex(window.text_size.findData(200))
    QApplication.processEvents()
    assert learn.view.text_point_size() > before * 1.5


def test_print_a_topic_to_pdf(window, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    learn = open_learn(window)
    learn.show_topic("peak-flow")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "topic.pdf"))
    learn.view.print_to(printer)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "topic.pdf").pages)
    words = " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures, tab spacing
    assert "peak flow meter" in words.casefold()
    assert "Last reviewed: Sunday, 22 November 2026" in words


def test_amber_zone_card_links_to_the_getting_worse_topic(make_window, session, plan_factory,
                                                          clock, qtbot):
    session.plans.agree(plan_factory())
    session.diary.log_reading(PeakFlowReading(clock(), (350,)))  # 70 % of 500: amber
    window = make_window()
    card = window.page("today").card
    assert card.learn_more.isVisible()
    click(qtbot, card.learn_more)
    assert window.current_page() is window.page("learn")
    assert window.page("learn").view.topic.id == "getting-worse"


def test_green_zone_card_has_no_learn_more(make_window, session, plan_factory, clock):
    session.plans.agree(plan_factory())
    session.diary.log_reading(PeakFlowReading(clock(), (480,)))
    window = make_window()
    assert not window.page("today").card.learn_more.isVisible()


def test_plan_medicines_link_to_their_inhaler_topic(window_with_plan, qtbot):
    window = window_with_plan
    window.show_page("plan")
    buttons = window.page("plan").view.learn_buttons
    assert next(b.accessibleName() for b in buttons).startswith("Learn more about beclometasone")
    click(qtbot, buttons[0])  # pressurised inhaler with spacer
    assert window.page("learn").view.topic.id == "inhaler-with-spacer"
    window.show_page("plan")
    click(qtbot, window.page("plan").view.learn_buttons[1])
    assert window.page("learn").view.topic.id == "inhaler-without-spacer"


def test_peak_flow_dialog_links_to_the_peak_flow_topic(window_with_plan, qtbot):
    from asthma_app.ui.widgets.topic_view import TopicView

    dialog = window_with_plan.page("today").open_peak_flow()
    dialog.blows[0].setText("420")
    click(qtbot, dialog.how_to)
    assert dialog.isVisible() and dialog.blows[0].text() == "420"  # nothing typed is lost
    assert dialog.topic_window.isVisible()
    assert dialog.topic_window.findChild(TopicView).topic.id == "peak-flow"
