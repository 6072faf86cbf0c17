"""Qt's own words (standard buttons, a text box's right-click menu, Qt's file dialog) appear in
the person's language, also where Qt ships no translation of its own (Welsh, Urdu, Bengali)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

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


def file_dialog_texts(qapp, folder) -> list[str]:
    """What Qt's own file dialog shows when saving over a file: its labels, buttons, tool tips,
    the column names of its detail view, and the question before the file is replaced."""
    (folder / "peak-flows.csv").write_text("x")
    dialog = QFileDialog(None, "", str(folder), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qapp.processEvents()
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    texts += [button.text() or button.toolTip() for button in dialog.findChildren(QAbstractButton)
              if button.isVisible()]
    name_box = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_box is not None
    name_box.setText("peak-flows.csv")
    questions: list[str] = []

    def answer_no():
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(10, answer_no)
            return
        questions.append(box.text())
        box.reject()

    QTimer.singleShot(0, answer_no)
    dialog.accept()  # the file exists: Qt asks before replacing it
    dialog.close()
    dialog.deleteLater()
    assert len(questions) == 1
    return texts + questions


def test_every_pair_marked_is_one_qt_asks_for(qapp, tmp_path):
    """A source that differs from Qt's by a character would be translated and never shown."""
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        shown_texts()
        file_dialog_texts(qapp, tmp_path)
    finally:
        qapp.removeTranslator(recorder)
    assert set(PAIRS) <= recorder.asked


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


@pytest.mark.parametrize("code", LANGUAGES)
def test_qt_s_file_dialog_is_in_the_person_s_language(qapp, tmp_path, code):
    english = file_dialog_texts(qapp, tmp_path)
    i18n.set_language(code)
    try:
        translated = file_dialog_texts(qapp, tmp_path)
    finally:
        i18n.set_language("en")
    assert "File &name:" in english and any("already exists" in text for text in english)
    assert len(translated) == len(english)
    unchanged = [text for text in translated if text in english]
    assert unchanged == []
