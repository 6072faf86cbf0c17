"""File-dialog filters such as "PDF document (*.pdf)": a translated description, then the
file patterns in brackets.

Qt's file dialogs read the patterns from the brackets to choose which files to list, so only
the description goes to translators and the patterns are added here: a pattern mistyped in a
translation would hide the very files the dialog is for.

In a right-to-left language (Urdu) a LEFT-TO-RIGHT MARK before the brackets keeps the patterns
in their order: without it "(*.csv)" was drawn "(csv.*)". Qt reads the patterns from the
brackets at the end, which the mark leaves as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

PATTERNS = {"csv": "*.csv", "json": "*.json", "fhir": "*.json", "pdf": "*.pdf",
            "plan-file": "*.asthmaplan", "nurse-plan": "*.pdf *.asthmaplan *.json"}


def _description(kind: str) -> str:
    # written out call by call: pyside6-lupdate finds only literal texts
    translate = QCoreApplication.translate
    if kind == "csv":
        return translate("FileFilter", "CSV spreadsheet")
    if kind == "json":
        return translate("FileFilter", "JSON backup")
    if kind == "fhir":
        return translate("FileFilter", "FHIR health record")
    if kind == "pdf":
        return translate("FileFilter", "PDF document")
    if kind == "plan-file":
        return translate("FileFilter", "Asthma plan file")
    if kind == "nurse-plan":
        return translate("FileFilter", "Plan from the nurse")
    raise KeyError(kind)


def file_filter(kind: str) -> str:
    """The filter for ``kind`` (a key of ``PATTERNS``) in the language of the moment."""
    mark = "\u200e" if QGuiApplication.isRightToLeft() else ""
    return f"{_description(kind)}{mark} ({PATTERNS[kind]})"
