"""Dates on screen carry their year and speak the window's language."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from expat_desk.ui import dates


@pytest.fixture
def locale():
    """Set the window's language for one test, and put the old one back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "month", "weekday"),
    [("en_GB", "Dec", "Fri"), ("ru_KZ", "дек", "пт"), ("kk_KZ", "жел", "жм")],
)
def test_every_date_names_the_month_in_the_language_and_shows_the_year(
    qapp, locale, name: str, month: str, weekday: str
) -> None:
    locale(name)
    day = date(2026, 12, 4)
    # The long form names the month in the language; the short one is as papers write it.
    for text in (dates.weekday_text(day), dates.full_day_text(day), dates.long_day_text(day)):
        assert "2026" in text and month.casefold() in text.casefold(), text
    assert dates.day_text(day) == "04.12.2026"
    assert dates.moment_text(datetime(2026, 12, 4, 14, 5)) == "04.12.2026 14:05"
    assert weekday.casefold() in dates.weekday_text(day).casefold()
    assert dates.numeric_day_text(day) == "04.12.2026"
    assert dates.day_text(None) == ""
