"""Dates as the window shows them: always with the year, in the window's language.

Two forms, used the same way everywhere: the short one (04.12.2026, as Kazakhstan's papers
write a date) in tables, lists and fields, the long one (4 декабря 2026) in sentences; where
the weekday matters (a deadline), the long form follows its short name. A moment is the short
form with the time. ``QDate.toString(format)`` is English whatever the locale (Qt 6), so every
text goes through ``QLocale`` (its default is the window's language, see ui.language).
"""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

SHORT = "dd.MM.yyyy"
LONG = "d MMMM yyyy"


def day_text(day: date | None) -> str:
    """04.12.2026: the short form."""
    return "" if day is None else QLocale().toString(QDate(day), SHORT)


numeric_day_text = day_text


def full_day_text(day: date) -> str:
    """4 December 2026: the long form."""
    return QLocale().toString(QDate(day), LONG)


def weekday_text(day: date) -> str:
    """Fri 4 December 2026: the long form after the weekday's short name."""
    return QLocale().toString(QDate(day), f"ddd {LONG}")


def long_day_text(day: date) -> str:
    """Friday, 4 December 2026: the long form after the weekday, for a sentence."""
    return QLocale().toString(QDate(day), f"dddd, {LONG}")


def moment_text(moment: datetime) -> str:
    """04.12.2026 14:05: the short form and the time."""
    return QLocale().toString(QDateTime(moment), f"{SHORT} HH:mm")


def date_edit_format() -> str:
    """What a date field shows and takes: the short form, in every language."""
    return SHORT
