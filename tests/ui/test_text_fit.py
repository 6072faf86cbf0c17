"""At 200 % text size, in every language, no label or button text is cut off.

The longest translation (by total characters) is found from the .ts files, not assumed; the
test runs every language anyway, since a shorter text in a wider script can still be wider.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from asthma_app.domain.readings import PeakFlowReading

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))

import translations  # noqa: E402

PAGES = ("today", "diary", "plan", "learn")


def longest_translation() -> str:
    def total(language):
        return sum(len(t.text or "") for _c, _s, t, _m in
                   translations.messages(translations.ts_path(language)) if t is not None)
    return max(translations.LANGUAGES, key=total)



def clipped(root) -> list[str]:
    """Visible labels and buttons whose text does not fit their size."""
    problems = []
    for widget in root.findChildren(QLabel):
        if not widget.isVisible() or not widget.text() or (widget.pixmap() and \
                not widget.pixmap().isNull()):
            continue
        if widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if needed_height > widget.height() + 1:
                problems.append(f"label {widget.text()[:40]!r}: needs height {needed_height}, "
                                f"has {widget.height()}")
        elif widget.sizeHint().width() > widget.width() + 1:
            problems.append(f"label {widget.text()[:40]!r}: needs width "
                            f"{widget.sizeHint().width()}, has {widget.width()}")
    for button in root.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        padding = 8  # the style sheet's side padding is at least 2 x 4 px
        advance = button.fontMetrics().horizontalAdvance(button.text())
        if advance > button.width() - padding:
            problems.append(f"button {button.text()!r}: text {advance} px, button "
                            f"{button.width()} px")
    return problems


@pytest.mark.parametrize("language", ["en", *translations.LANGUAGES])
def test_nothing_is_clipped_at_200_percent(language, make_window, session, plan_factory,
                                           clock):
    session.plans.agree(plan_factory())
    session.diary.log_reading(PeakFlowReading(clock(), (350,)))  # amber: longest zone card
    window = make_window()
    window.text_size.setCurrentIndex(window.text_size.findData(200))
    window.language.setCurrentIndex(window.language.findData(language))
    problems = []
    for key in PAGES:
        window.show_page(key)
        QApplication.processEvents()
        problems += [f"{key}: {p}" for p in clipped(window)]
        shown = [w for kind in (QLabel, QPushButton) for w in window.page(key).findChildren(kind)
                 if w.isVisible() and w.text()]
        assert len(shown) >= 3, key  # the check really looked at this page's text
    assert problems == []


def test_the_longest_translation_is_among_those_checked():
    assert longest_translation() in translations.LANGUAGES


def test_the_checker_finds_cut_off_text(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button = QPushButton("A much longer button text than fits")
    button.setFixedWidth(60)
    words = QLabel("A label that does not wrap and is far too long for its width")
    words.setFixedWidth(60)
    layout.addWidget(button)
    layout.addWidget(words)
    root.show()
    assert len(clipped(root)) == 2
