"""Qt's own words on the app's screens, translated in our files where Qt has no translation.

Qt draws some text itself: the standard buttons of every dialog and message box (OK, Cancel,
Yes, No, Close, Save) and the menu a right click opens in a text box (Undo, Copy, Paste...).
Qt asks every installed translator for them under Qt's own context ("QPlatformTheme",
"QLineEdit"...), and ships translations of them (``qtbase_*.qm``) for Polish but not for Welsh,
Urdu or Bengali, so a person using the app in those languages met English buttons on our
translated dialogs. Marking the same (context, source) pairs here puts them into our ``.ts``
files (``build_scripts/translations.py update`` reads every module), and our translator
answers Qt's question. The sources must be Qt's exactly: a pair Qt does not ask for is never
shown (``tests/i18n/test_qt_strings.py`` checks each pair against the widgets that show it).

Nothing imports this module at run time; it is read by lupdate and by the tests.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# The standard buttons the app's dialogs and message boxes use.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)

# A text box's right-click menu: one line (QLineEdit) or several (QWidgetTextControl, the
# engine of QPlainTextEdit and QTextEdit), each asked under its own context.
LINE_EDIT_MENU = (
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)
TEXT_EDIT_MENU = (
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)

# (context, source) of every string above, for the tests.
PAIRS = (
    *(("QPlatformTheme", source) for source in STANDARD_BUTTONS),
    *(("QLineEdit", source) for source in LINE_EDIT_MENU),
    *(("QWidgetTextControl", source) for source in TEXT_EDIT_MENU),
)
