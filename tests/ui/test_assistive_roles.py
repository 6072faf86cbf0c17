"""What an assistive technology is told (found walking the app with pyatspi, issue 12 §4):
choosing a page by selection shows it, period choices are radio buttons, no header is
named "1", no splitter handle has a role AT-SPI cannot name, and the attack dialog's focus
starts on named text. The real AT-SPI walk is tests/e2e/test_atspi.py."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QSplitter


def _role(widget):
    return QAccessible.queryAccessibleInterface(widget).role()


def test_selecting_a_page_row_shows_that_page(window, qtbot):
    """AT-SPI's Selection.selectChild (and the item's action) select a row; they do not
    move Qt's current row."""
    nav = window.nav
    row = window.keys.index("learn")
    nav.selectionModel().select(nav.model().index(row, 0),
                                QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == row)
    assert window.current_page() is window.page("learn")


def test_trends_period_choices_are_radio_buttons(window):
    trends = window.page("trends")
    trends.prepare()
    roles = {_role(button) for button in trends.range_button.values()}
    assert roles == {QAccessible.Role.RadioButton}


def test_learn_tree_header_and_splitter_are_named_for_what_they_are(window):
    learn = window.page("learn")
    assert learn.tree.headerItem().text(0) == "Topics by theme"
    handles = [splitter.handle(i) for splitter in learn.findChildren(QSplitter)
               for i in range(splitter.count())]
    assert handles and {_role(h) for h in handles} == {QAccessible.Role.Separator}


def test_attack_dialog_focus_starts_on_its_first_text(window, qtbot):
    dialog = window.show_attack_steps()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    focus = dialog.focusWidget()
    assert focus is dialog.first_text and focus.text().startswith("Call 999 now")
    interface = QAccessible.queryAccessibleInterface(focus)
    assert interface.text(QAccessible.Text.Name).startswith("Call 999 now")
    dialog.reject()
