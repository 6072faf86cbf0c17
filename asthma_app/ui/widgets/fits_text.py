"""A dialog as tall as its word-wrapped text needs, also after a message appears in it.

A top-level dialog is sized before the style sheet's larger text reaches its wrapped labels,
and it does not grow by itself when a wrapped message (an error) is set later: at 200 % text
the last lines of an explanation or an error were cut off. Mixed in before QDialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class FitsWrappedText:
    """Its height for its width becomes its minimum height, at each resize and re-layout."""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # type: ignore[misc]
        self._fit_height()

    def event(self, event) -> bool:
        handled = super().event(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def _fit_height(self) -> None:
        needed = self.heightForWidth(self.width())  # type: ignore[attr-defined]
        if needed > self.minimumHeight():  # type: ignore[attr-defined]
            self.setMinimumHeight(needed)  # type: ignore[attr-defined]
