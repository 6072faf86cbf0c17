"""What assistive technologies are told where Qt's own answer is wrong.

Qt gives a splitter's handle the role "grip", which AT-SPI has no name for: screen readers
met two objects of role "unknown" on the Learn page. Handles are dividers, so they are said
to be separators. The factory is asked only while an assistive technology (or a test) reads
the accessibility tree. It is installed by the page that makes a splitter, before making it
(Learn), not at start-up: touching ``QAccessible`` makes PySide6 build its ~190 enum members
(~16 million instructions) before the first paint, for a page most starts never open.
"""

from __future__ import annotations

_installed = False


def _factory(key: str, obj):
    from PySide6.QtGui import QAccessible  # lazy: start-up
    from PySide6.QtWidgets import QAccessibleWidget, QSplitterHandle  # lazy: start-up

    if key == "QSplitterHandle" and isinstance(obj, QSplitterHandle):
        return QAccessibleWidget(obj, QAccessible.Role.Separator)
    return None


def install() -> None:
    """Once per process, before the first splitter is made (``pages/learn.py``)."""
    global _installed
    if not _installed:
        from PySide6.QtGui import QAccessible  # lazy: start-up

        QAccessible.installFactory(_factory)
        _installed = True
