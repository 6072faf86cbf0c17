"""Dates and times as the reader's language writes them, for screens and printed documents
alike. Its own module so that the printing package need not import the widgets package (which
imports printing to show and print the review summary): no import cycle between the two."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

DATETIME_FORMAT = "d MMM yyyy, HH:mm"


def format_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)


def format_datetime(value: datetime) -> str:
    """Day, short month name and 24-hour time: unambiguous in every language we ship."""
    moment = QDateTime(QDate(value.year, value.month, value.day), _qtime(value))
    return QLocale().toString(moment, DATETIME_FORMAT)


def _qtime(value: datetime):
    from PySide6.QtCore import QTime  # lazy: start-up

    return QTime(value.hour, value.minute, value.second)
