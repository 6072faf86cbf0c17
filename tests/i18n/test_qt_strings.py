"""Qt's own words (standard buttons, a text box's right-click menu) appear in the person's
language, also where Qt ships no translation of its own (Welsh, Urdu, Bengali)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit

from asthma_app import i18n
from asthma_app.qt_strings import PAIRS

LANGUAGES = ("cy", "pl", "ur", "bn")
Button = QDialogButtonBox.StandardButton
BUTTONS = Button.Ok | Button.Cancel | Button.Close | Button.Save | Button.Yes | Button.No


class Recorder(QTranslator):
    """Notes every (context, source) Qt asks for and translates nothing."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None

    def isEmpty(self):  # noqa: N802 - Qt override
        return False


def shown_texts() -> list[str]:
    """The texts of the Qt-made controls the app shows: its dialogs' and message boxes'
    standard buttons, and the right-click menus of a one-line and a many-line text box."""
    box = QDialogButtonBox(BUTTONS)
    message = QMessageBox(QMessageBox.Icon.Question, "", "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    texts = [button.text() for button in (*box.buttons(), *message.buttons())]
    for editor in (QLineEdit("x"), QPlainTextEdit("x")):
        menu = editor.createStandardContextMenu()
        texts += [action.text().split("\t")[0] for action in menu.actions()
                  if not action.isSeparator()]
        menu.deleteLater()
    return texts


def test_every_pair_marked_is_one_qt_asks_for(qapp):
    """A source that differs from Qt's by a character would be translated and never shown."""
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        shown_texts()
    finally:
        qapp.removeTranslator(recorder)
    assert set(PAIRS) <= recorder.asked
    assert {pair for pair in recorder.asked if pair[0] in {"QPlatformTheme", "QLineEdit",
                                                           "QWidgetTextControl"}} == set(PAIRS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_qt_s_own_controls_are_in_the_person_s_language(qapp, code):
    english = shown_texts()
    i18n.set_language(code)
    try:
        translated = shown_texts()
    finally:
        i18n.set_language("en")
    assert len(translated) == len(english)
    # Polish "OK" is "OK"; every other word differs from the English.
    unchanged = [text for text, source in zip(translated, english, strict=True)
                 if text == source and not (code == "pl" and text == "OK")]
    assert unchanged == []
