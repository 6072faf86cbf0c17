"""Colours, fonts and the app-wide style sheet, scaled by the in-app text size setting.

Zone colours meet WCAG AA contrast with their text colour (checked in tests), and a zone is
always shown with its word and icon too, never by colour alone.
"""

from __future__ import annotations

from ..domain.zones import Zone
from ..paths import resources_dir

# background, text: contrast ratios 7.4 (green), 10.8 (amber), 6.4 (red), 13.9 (none)
ZONE_COLOURS = {
    Zone.GREEN: ("#1b5e20", "#ffffff"),
    Zone.AMBER: ("#ffb300", "#000000"),
    Zone.RED: ("#b71c1c", "#ffffff"),
    None: ("#eceff1", "#1a1a1a"),
}
ATTACK_RED = "#b71c1c"
FOCUS = "#1565c0"
TEXT_SCALES = (100, 125, 150, 175, 200)


def relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_system_pt: float | None = None


def system_point_size() -> float:
    """The desktop's own text size, read once before our style sheet changes it."""
    global _system_pt
    if _system_pt is None:
        from PySide6.QtGui import QGuiApplication  # lazy: start-up

        size = QGuiApplication.font().pointSizeF()
        _system_pt = size if size > 0 else 10.0
    return _system_pt


def stylesheet(scale: int, base_pt: float = 10.0) -> str:
    """The whole app's style sheet for a text size of ``scale`` per cent."""
    pt = base_pt * scale / 100

    def size(factor: float) -> str:
        return f"{pt * factor:.1f}pt"

    # tick boxes grow with the text: 25 px at 125 %, 40 px at 200 %
    indicator = max(20, round(20 * scale / 100))
    # Menus: with the text enlarged by this sheet, Qt measured a menu narrower than the text
    # it draws, and cut the longest item ("Passphras...d lock..." at 200 %). Padding of our
    # own makes it measure what it draws; the tick of the open person grows with the text.
    menu_pad = max(4, round(6 * scale / 100))
    tick = (resources_dir() / "icons" / "menu-tick.svg").as_posix()

    return f"""
    QWidget {{ font-size: {size(1.1)}; }}
    QLabel#pageTitle {{ font-size: {size(1.8)}; font-weight: bold; }}
    QLabel#zoneTitle {{ font-size: {size(2.0)}; font-weight: bold; }}
    QLabel#sectionTitle {{ font-size: {size(1.35)}; font-weight: bold; }}
    QLabel#bigNumber {{ font-size: {size(2.6)}; font-weight: bold; }}
    QLabel#error {{ color: #b00020; font-weight: bold; }}
    QLabel#warning {{ color: #6d4c00; font-weight: bold; }}
    QLabel#source, QLabel#hint {{ color: #37474f; }}
    QFrame#followUpBanner {{ background: #e3f2fd; border: 1px solid #90caf9;
                             border-radius: 8px; }}
    QPushButton {{ min-height: 32px; padding: 4px 14px; border: 1px solid #7b848c;
                   border-radius: 4px; background: #f7f7f7; }}
    QPushButton:hover {{ background: #e8eef6; }}
    QPushButton:pressed, QPushButton:checked {{ background: #cfd8e3; }}
    QPushButton:disabled {{ color: #5f6368; background: #ececec; }}
    QPushButton#primary {{ background: #1565c0; color: white; border-color: #0d47a1;
                           font-weight: bold; padding: 8px 18px; }}
    QPushButton#primary:disabled {{ background: #90a4ae; color: #1a1a1a; }}
    QPushButton#attack {{ background: {ATTACK_RED}; color: white; font-weight: bold;
                          border-color: #7f0000; border-radius: 6px; padding: 8px 18px;
                          font-size: {size(1.2)}; }}
    QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QListWidget:focus,
    QTableWidget:focus, QPlainTextEdit:focus, QCheckBox:focus, QDateEdit:focus,
    QDateTimeEdit:focus {{ outline: 3px solid {FOCUS}; border: 3px solid {FOCUS}; }}
    /* a focused button gets a thick border but the same size: its padding gives way */
    QPushButton:focus {{ border: 3px solid {FOCUS}; padding: 2px 12px; }}
    QPushButton#primary:focus, QPushButton#attack:focus {{ border: 3px solid {FOCUS};
                                                           padding: 6px 16px; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
    QListWidget#nav {{ font-size: {size(1.25)}; }}
    QListWidget#nav::item {{ min-height: 44px; padding: 6px 12px; }}
    QListWidget#nav::item:selected {{ background: #1565c0; color: white; }}
    QMenu::item {{ padding: {menu_pad}px {3 * menu_pad}px {menu_pad}px {menu_pad}px; }}
    QMenu::item:selected {{ background: #1565c0; color: white; }}
    QMenu::item:disabled {{ color: #5f6368; background: transparent; }}
    QMenu::indicator {{ width: {indicator}px; height: {indicator}px; }}
    QMenu::indicator:checked {{ image: url({tick}); }}
    """


# The demo's and nurse mode's banner: a throwaway session must look unlike the real diary.
BANNER_STYLE = ("QFrame#demoBanner { background: #4a148c; }"
                "QFrame#demoBanner QLabel { color: white; font-weight: bold; }")
