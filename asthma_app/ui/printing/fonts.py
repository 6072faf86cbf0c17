"""The printed documents' font: one function for the plan, the review summary, the school copy
and the page headers, so that every PDF shapes the current language's script the same way."""

from __future__ import annotations

from PySide6.QtGui import QFont

from ... import i18n


def print_font(points: float) -> QFont:
    """The printed documents' font, with ligatures off: Qt's PDF writer puts "ﬂ" for "fl" in
    the text layer, and a search of the PDF for "flow" then finds nothing."""
    font = QFont("DejaVu Sans")
    font.setFamilies([*_script_fonts(), "DejaVu Sans"])
    font.setPointSizeF(points)
    for feature in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def _script_fonts() -> list[str]:
    """The installed fonts the app prefers for the current language's script (Urdu: Naskh,
    Bengali), first: DejaVu Sans has no Urdu shaping, and Qt warned and fell back."""
    from PySide6.QtGui import QFontDatabase  # lazy: start-up

    installed = set(QFontDatabase.families())
    return [family for family in i18n.language(i18n.current_language()).fonts
            if family in installed]
