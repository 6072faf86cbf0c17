"""Qt's own words on the app's screens, translated in our files where Qt has no translation.

Qt draws some text itself: the standard buttons of every dialog and message box (OK, Cancel,
Yes, No, Close, Save), the menu a right click opens in a text box (Undo, Copy, Paste...) and
its own file dialog (Linux without a desktop's portal, e.g. a kiosk: Windows and macOS show
the system's).
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
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
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

# Qt's own file dialog: its labels, buttons, menu, tool tips, accessible names and the question
# before a file is replaced. Its shortcuts ("Alt+Left") are left alone: translated, they would
# change the keys. Then the names of its columns and of kinds of entries.
FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
)
FILE_COLUMNS = (
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
)
FILE_KINDS = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)

# (context, source) of every string above, for the tests.
PAIRS = (
    *(("QPlatformTheme", source) for source in STANDARD_BUTTONS),
    *(("QLineEdit", source) for source in LINE_EDIT_MENU),
    *(("QWidgetTextControl", source) for source in TEXT_EDIT_MENU),
    *(("QFileDialog", source) for source in FILE_DIALOG),
    *(("QFileSystemModel", source) for source in FILE_COLUMNS),
    *(("QAbstractFileIconProvider", source) for source in FILE_KINDS),
)
