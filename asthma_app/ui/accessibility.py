"""What assistive technologies are told where Qt's own answer is wrong.

Qt gives a splitter's handle the role "grip", which AT-SPI has no name for: screen readers
met two objects of role "unknown" on the Learn page. Handles are dividers, so they are said
to be separators. The factory is asked only while an assistive technology (or a test) reads
the accessibility tree.
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
    """Once per process, before any window is read."""
    global _installed
    if not _installed:
        from PySide6.QtGui import QAccessible  # lazy: start-up

        QAccessible.installFactory(_factory)
        _installed = True
