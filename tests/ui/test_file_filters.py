"""The File menu's file dialogs name their file types in the person's language: the
description is translated (compiled .qm files), the patterns in brackets never are (Qt's
dialogs read them to choose which files to show)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FILTER = re.compile(r"^(?P<label>.+?)\u200e? \((?P<patterns>\*\.[a-z]+(?: \*\.[a-z]+)*)\)$")


@pytest.fixture
def dialogs(monkeypatch):
    """The filter each file dialog was opened with; the dialog itself is cancelled (the
    native dialog is the boundary)."""
    from PySide6.QtWidgets import QFileDialog

    shown: list[str] = []

    def record(_parent, _caption, _folder, file_filter, *_rest, **_kw):
        shown.append(file_filter)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", record)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", record)
    return shown


def file_menu_filters(window, dialogs) -> list[str]:
    """Open every file dialog of the File menu through its real code."""
    dialogs.clear()
    actions = window.exchange_actions
    for fmt in ("csv", "json", "fhir", "pdf-plan", "pdf-review", "plan-file"):
        actions.export(fmt)
    actions.import_backup()
    actions.import_csv()
    actions.open_nurse_plan()
    return list(dialogs)


@pytest.mark.parametrize("language", ["ur", "cy"])
def test_file_menu_dialogs_name_file_types_in_the_language(window_with_plan, dialogs,
                                                           language):
    from asthma_app import i18n

    english = file_menu_filters(window_with_plan, dialogs)
    assert len(english) == 9
    i18n.set_language(language)
    translated = file_menu_filters(window_with_plan, dialogs)
    assert len(translated) == len(english)
    for before, after in zip(english, translated, strict=True):
        was, now = FILTER.match(before), FILTER.match(after)
        assert was and now, (before, after)
        assert now["patterns"] == was["patterns"]  # what the dialog shows stays the same
        assert now["label"] != was["label"], f"{after!r} is not in {language}"
    assert "PDF document (*.pdf)" in english


def test_translations_never_carry_the_patterns():
    """Only descriptions go to translators: a mistyped pattern would hide the very files."""
    for code in ("cy", "pl", "ur", "bn"):
        root = ET.parse(ROOT / "translations" / f"asthma_app_{code}.ts").getroot()
        context = next(c for c in root.iter("context") if c.findtext("name") == "FileFilter")
        for message in context.iter("message"):
            text = message.findtext("translation") or ""
            assert text and "*" not in text and "(" not in text, (code, text)


def drawn_before(text: str, first: str, then: str, right_to_left: bool) -> bool:
    """Whether ``first`` is drawn left of ``then`` on one line of ``text`` (Qt's layout)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left
                            else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()

    def x(char: str) -> float:
        found = line.cursorToX(text.index(char))
        return found[0] if isinstance(found, tuple) else found

    return x(first) < x(then)


@pytest.mark.parametrize("language", ["en", "ur"])
def test_qt_s_dialog_lists_the_files_of_the_type_in_either_direction(qtbot, tmp_path, language):
    """The mark that keeps "(*.csv)" in order in Urdu leaves the patterns readable to Qt."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QFileDialog, QListView

    from asthma_app import i18n
    from asthma_app.ui.file_filters import file_filter

    for name in ("peak-flows.csv", "notes.txt"):
        (tmp_path / name).write_text("x")
    i18n.set_language(language)
    try:
        wanted = file_filter("csv")
        dialog = QFileDialog(None, "", str(tmp_path), wanted)
    finally:
        i18n.set_language("en")
    assert wanted.endswith(" (*.csv)")
    assert drawn_before(wanted, "*", "v", right_to_left=language == "ur")  # not "(csv.*)"
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QListView, "listView")
    model = view.model()

    def listed() -> list[str]:
        root = view.rootIndex()
        return sorted(model.index(row, 0, root).data()
                      for row in range(model.rowCount(root))) if root != QModelIndex() else []

    qtbot.waitUntil(lambda: listed() == ["peak-flows.csv"])
