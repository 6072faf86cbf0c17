"""The plan editor's medicines table driven with real keys: Tab moves through the cells, the
"Used as" and "When" choices and the puffs each time without losing what is typed, and nothing
in it is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox


@pytest.fixture
def editor(window_with_plan, qtbot):
    dialog = window_with_plan.page("plan").open_editor()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_text(qtbot, text: str) -> None:
    """Like a keyboard: each key goes to whatever has the focus when it is pressed (the first
    key typed on a cell opens its editor, and the rest go there)."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def tab(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_tab_walks_a_new_row_and_keeps_every_typed_word(editor, qtbot):
    medicines = editor.medicines
    medicines.set_medicines(())
    row = medicines.add_row()
    medicines.table.setFocus()
    medicines.table.setCurrentCell(row, 0)
    for text in ("salbutamol", "Ventolin", "inhaler", "100 micrograms"):
        type_text(qtbot, text)
        tab(qtbot)
    role = medicines.table.cellWidget(row, 4)
    assert QApplication.focusWidget() is role, QApplication.focusWidget()
    qtbot.keyClick(role, Qt.Key.Key_Down)  # a choice made with the keyboard
    tab(qtbot)  # after "Used as": on to the instructions, not out of the table
    type_text(qtbot, "2 puffs when needed")
    tab(qtbot)
    when = medicines.table.cellWidget(row, 6)
    assert QApplication.focusWidget() is when, QApplication.focusWidget()
    qtbot.keyClick(when, Qt.Key.Key_Down)  # "Every morning"
    tab(qtbot)
    type_text(qtbot, "2")
    tab(qtbot)
    type_text(qtbot, "blue")
    tab(qtbot)  # the last cell: the edit is committed and focus moves on
    [medicine] = medicines.medicines()
    assert (medicine.drug, medicine.brand, medicine.device, medicine.strength,
            medicine.instructions, medicine.colour) == (
        "salbutamol", "Ventolin", "inhaler", "100 micrograms", "2 puffs when needed", "blue")
    assert medicine.role.value == role.itemData(1)
    assert (medicine.schedule.value, medicine.puffs_each_time) == ("morning", 2)
    assert not medicines.table.isAncestorOf(QApplication.focusWidget())


def test_shift_tab_from_used_as_goes_back_to_strength(editor, qtbot):
    medicines = editor.medicines
    row = medicines.add_row()
    role = medicines.table.cellWidget(row, 4)
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, "200 micrograms")
    tab(qtbot)
    assert medicines.table.item(row, 3).text() == "200 micrograms"


@pytest.mark.parametrize("percent", [100, 200])
def test_headers_and_cells_are_not_cut_off(window_with_plan, qtbot, percent):
    window_with_plan.apply_text_scale(percent)
    editor = window_with_plan.page("plan").open_editor()
    table = editor.medicines.table
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        needed = QFontMetrics(header.font()).horizontalAdvance(text)
        assert header.sectionSize(column) >= needed, (text, header.sectionSize(column), needed)
        for row in range(table.rowCount()):
            widget = table.cellWidget(row, column)
            if isinstance(widget, QComboBox):
                assert table.columnWidth(column) >= widget.sizeHint().width()
                assert table.rowHeight(row) >= widget.sizeHint().height()
                continue
            item = table.item(row, column)
            metrics = QFontMetrics(table.font())
            assert table.columnWidth(column) >= metrics.horizontalAdvance(item.text()) + 6, (
                item.text())
            assert table.rowHeight(row) >= metrics.height() + 4


def test_puffs_each_time_must_be_a_whole_number_as_written(editor):
    medicines = editor.medicines
    medicines.set_medicines(())
    row = medicines.add_row()
    medicines.table.item(row, 0).setText("beclometasone")
    medicines.table.item(row, 7).setText("two")
    assert any("whole number from 1 to" in p for p in medicines.problems())
    medicines.table.item(row, 7).setText("")
    assert medicines.problems() == []
    assert medicines.medicines()[0].puffs_each_time is None
