"""Dates as the window shows them: always with the year, in the window's language.

``QDate.toString(format)`` is English whatever the locale (Qt 6); ``QLocale.toString`` names
days and months in the user's language.
"""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def day_text(day: date | None) -> str:
    """4 Dec 2026."""
    return "" if day is None else QLocale().toString(QDate(day), "d MMM yyyy")


def weekday_text(day: date) -> str:
    """Fri 4 Dec 2026."""
    return QLocale().toString(QDate(day), "ddd d MMM yyyy")


def full_day_text(day: date) -> str:
    """4 December 2026."""
    return QLocale().toString(QDate(day), "d MMMM yyyy")


def long_day_text(day: date) -> str:
    """Friday, 4 December 2026."""
    return QLocale().toString(QDate(day), "dddd, d MMMM yyyy")


def numeric_day_text(day: date | None) -> str:
    """04.12.2026, the form of Kazakhstan's papers (a column of dates reads best so)."""
    return "" if day is None else QLocale().toString(QDate(day), "dd.MM.yyyy")


def moment_text(moment: datetime) -> str:
    """4 Dec 2026 14:05."""
    return QLocale().toString(QDateTime(moment), "d MMM yyyy HH:mm")


def date_edit_format() -> str:
    """The locale's short date format, with the year in full (never "4/12/26")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language set: the form Kazakhstan uses
        return "dd.MM.yyyy"
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")
