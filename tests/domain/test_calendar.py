"""Tests of Kazakhstan's business calendar and the centre's own corrections on top of it.

Every date below is worked out by hand from the real calendar (Labour Code Art. 84-85: a
holiday on a weekend moves to the next working day, except 7 January and Kurban Ait; the
Government's decree for 2025 moved Sunday 5 January to Friday 3 January).
"""

from datetime import date

import pytest

from expat_desk.domain.calendar import BusinessCalendar

CENTRE_DAY_OFF = "day off set by the centre"


@pytest.fixture(scope="module")
def kz() -> BusinessCalendar:
    return BusinessCalendar()


# --- which days are business days -----------------------------------------------------------------

ORDINARY_WEEKDAYS = [
    date(2026, 11, 23),  # Monday
    date(2026, 11, 24),  # Tuesday
    date(2026, 11, 25),  # Wednesday
    date(2026, 11, 26),  # Thursday
    date(2026, 11, 27),  # Friday
    date(2026, 12, 1),  # Tuesday: First President Day, abolished from 2022
    date(2026, 12, 17),  # Thursday: the second Independence Day, abolished from 2022
    date(2024, 1, 8),  # Monday after Orthodox Christmas on a Sunday: not moved
    date(2024, 6, 17),  # Monday after Kurban Ait on Sunday 16 June 2024: not moved
    date(2025, 6, 9),  # Monday after Kurban Ait 2025: only its first day is off
    date(2024, 12, 31),  # Tuesday, New Year's Eve is a working day
]


@pytest.mark.parametrize("day", ORDINARY_WEEKDAYS, ids=str)
def test_ordinary_weekdays_are_business_days(kz: BusinessCalendar, day: date) -> None:
    assert kz.is_business_day(day)
    assert kz.why_not_working(day) is None


@pytest.mark.parametrize(
    "day",
    [date(2026, 11, 28), date(2026, 11, 29), date(2025, 1, 4), date(2026, 3, 28)],
    ids=str,
)
def test_saturday_and_sunday_are_weekend(kz: BusinessCalendar, day: date) -> None:
    assert not kz.is_business_day(day)
    assert kz.why_not_working(day) == "weekend"


# (day, a word the holiday's name must contain): the public holidays on weekdays, and the
# days off a holiday on a weekend is moved to.
HOLIDAYS = [
    (date(2025, 1, 1), "new year"),  # Wednesday
    (date(2025, 1, 2), "new year"),  # Thursday
    (date(2026, 1, 1), "new year"),  # Thursday
    (date(2026, 1, 2), "new year"),  # Friday
    (date(2025, 1, 7), "christmas"),  # Tuesday, Orthodox Christmas
    (date(2026, 1, 7), "christmas"),  # Wednesday
    (date(2025, 3, 10), "women"),  # Monday: 8 March 2025 was a Saturday
    (date(2026, 3, 9), "women"),  # Monday: 8 March 2026 is a Sunday
    (date(2025, 3, 21), "nowruz"),  # Friday, Nauryz
    (date(2025, 3, 24), "nowruz"),  # Monday: 22 March 2025 was a Saturday
    (date(2025, 3, 25), "nowruz"),  # Tuesday: 23 March 2025 was a Sunday
    (date(2026, 3, 23), "nowruz"),  # Monday, third day of Nauryz
    (date(2026, 3, 24), "nowruz"),  # Tuesday: 21 March 2026 is a Saturday
    (date(2026, 3, 25), "nowruz"),  # Wednesday: 22 March 2026 is a Sunday
    (date(2026, 5, 1), "solidarity"),  # Friday, Unity Day of the People of Kazakhstan
    (date(2026, 5, 7), "defender"),  # Thursday
    (date(2025, 5, 9), "victory"),  # Friday
    (date(2026, 5, 11), "victory"),  # Monday: 9 May 2026 is a Saturday
    (date(2025, 7, 7), "capital"),  # Monday: 6 July 2025 was a Sunday
    (date(2026, 7, 6), "capital"),  # Monday
    (date(2025, 10, 27), "republic"),  # Monday: 25 October 2025 was a Saturday
    (date(2026, 10, 26), "republic"),  # Monday: 25 October 2026 is a Sunday
    (date(2025, 12, 16), "independence"),  # Tuesday
    (date(2026, 12, 16), "independence"),  # Wednesday
    (date(2025, 6, 6), "eid al-adha"),  # Friday, Kurban Ait 2025
]


@pytest.mark.parametrize(("day", "word"), HOLIDAYS, ids=[str(d) for d, _ in HOLIDAYS])
def test_public_holidays_and_moved_days_are_days_off_named(
    kz: BusinessCalendar, day: date, word: str
) -> None:
    assert not kz.is_business_day(day)
    reason = kz.why_not_working(day)
    assert reason is not None
    assert word in reason.lower()


def test_holiday_names_do_not_depend_on_the_computers_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A manager's Windows PC usually sets none of these; the names must still read in English.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    reason = BusinessCalendar().why_not_working(date(2026, 3, 23))
    assert reason is not None
    assert "nowruz" in reason.lower()


def test_orthodox_christmas_on_a_weekend_is_not_moved(kz: BusinessCalendar) -> None:
    # 7 January 2024 was a Sunday, 7 January 2023 a Saturday: the Monday after is worked.
    assert not kz.is_business_day(date(2024, 1, 7))
    assert kz.is_business_day(date(2024, 1, 8))
    assert kz.is_business_day(date(2023, 1, 9))


def test_decreed_transfer_of_january_2025(kz: BusinessCalendar) -> None:
    # Friday 3 January 2025 off, Sunday 5 January 2025 worked in its place.
    friday, saturday, sunday = date(2025, 1, 3), date(2025, 1, 4), date(2025, 1, 5)
    assert not kz.is_business_day(friday)
    reason = kz.why_not_working(friday)
    assert reason is not None
    assert reason != "weekend"
    assert not kz.is_business_day(saturday)
    assert kz.is_business_day(sunday)
    assert kz.why_not_working(sunday) is None


# --- counting business days -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        # Counted from the day after the start: Wednesday + 1 is Thursday.
        (date(2026, 11, 25), 1, date(2026, 11, 26)),
        # Thursday + 2 crosses the weekend: Friday 27, Monday 30.
        (date(2026, 11, 26), 2, date(2026, 11, 30)),
        # A Saturday start: Monday is the first.
        (date(2026, 11, 28), 1, date(2026, 11, 30)),
        # New Year: 1-2 January 2026 (Thu-Fri) off, then the weekend; Monday 5 is the first.
        (date(2025, 12, 31), 1, date(2026, 1, 5)),
        (date(2025, 12, 31), 2, date(2026, 1, 6)),
        # Orthodox Christmas, Wednesday 7 January 2026, skipped: the third is Thursday 8.
        (date(2025, 12, 31), 3, date(2026, 1, 8)),
        (date(2026, 1, 6), 1, date(2026, 1, 8)),
        # New Year 2025 with the transfer: 1-2 Jan off, Fri 3 off, Sat 4 weekend,
        # Sun 5 worked (1st), Mon 6 (2nd), Tue 7 Christmas, Wed 8 (3rd).
        (date(2024, 12, 31), 1, date(2025, 1, 5)),
        (date(2024, 12, 31), 3, date(2025, 1, 8)),
        # Nauryz 2026: Mon 23 - Wed 25 March off after the weekend; Thursday 26 is the first.
        (date(2026, 3, 20), 1, date(2026, 3, 26)),
        (date(2026, 3, 20), 3, date(2026, 3, 30)),
        # May 2026: Fri 1 off; Mon 4, Tue 5, Wed 6; Thu 7 off; Fri 8; Mon 11 off; Tue 12.
        (date(2026, 4, 30), 4, date(2026, 5, 8)),
        (date(2026, 4, 30), 5, date(2026, 5, 12)),
        # Kurban Ait, Friday 6 June 2025, then the weekend: Monday 9 is the first.
        (date(2025, 6, 5), 1, date(2025, 6, 9)),
        # Independence Day, Wednesday 16 December 2026.
        (date(2026, 12, 15), 1, date(2026, 12, 17)),
    ],
)
def test_add_business_days(kz: BusinessCalendar, start: date, count: int, expected: date) -> None:
    assert kz.add_business_days(start, count) == expected


@pytest.mark.parametrize("start", [date(2026, 11, 25), date(2026, 11, 28), date(2026, 3, 23)])
def test_adding_no_business_days_gives_the_start_even_on_a_day_off(
    kz: BusinessCalendar, start: date
) -> None:
    assert kz.add_business_days(start, 0) == start


def test_adding_negative_business_days_is_refused(kz: BusinessCalendar) -> None:
    with pytest.raises(ValueError, match="negative"):
        kz.add_business_days(date(2026, 11, 25), -1)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 11, 25), date(2026, 11, 25), 0),
        (date(2026, 11, 25), date(2026, 11, 26), 1),  # the end counts, the start does not
        (date(2026, 11, 27), date(2026, 11, 28), 0),  # Friday to Saturday
        (date(2026, 11, 27), date(2026, 11, 30), 1),  # Friday to Monday
        (date(2026, 11, 23), date(2026, 11, 30), 5),  # a whole week
        (date(2026, 3, 20), date(2026, 3, 30), 3),  # Nauryz: Thu 26, Fri 27, Mon 30
        (date(2024, 12, 31), date(2025, 1, 8), 3),  # Sun 5, Mon 6, Wed 8
        # Reversed: how many business days late.
        (date(2026, 11, 30), date(2026, 11, 27), -1),
        (date(2026, 3, 30), date(2026, 3, 20), -3),
    ],
)
def test_business_days_between(kz: BusinessCalendar, start: date, end: date, expected: int) -> None:
    assert kz.business_days_between(start, end) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 25), date(2026, 11, 25)),  # a business day is its own
        (date(2026, 11, 28), date(2026, 11, 30)),  # Saturday -> Monday
        (date(2026, 3, 21), date(2026, 3, 26)),  # Nauryz Saturday -> Thursday after
        (date(2026, 1, 1), date(2026, 1, 5)),  # New Year -> Monday 5 January
        (date(2025, 1, 3), date(2025, 1, 5)),  # the transferred Friday -> the worked Sunday
        (date(2026, 5, 9), date(2026, 5, 12)),  # Victory Day Saturday -> Tuesday
    ],
)
def test_next_business_day(kz: BusinessCalendar, day: date, expected: date) -> None:
    assert kz.next_business_day(day) == expected


# --- the centre's own corrections -----------------------------------------------------------------


def test_centre_day_off_on_a_wednesday() -> None:
    wednesday = date(2026, 11, 25)
    calendar = BusinessCalendar(days_off=[wednesday])
    assert not calendar.is_business_day(wednesday)
    assert calendar.why_not_working(wednesday) == CENTRE_DAY_OFF
    # Tuesday + 1 skips it; the days around it are untouched.
    assert calendar.add_business_days(date(2026, 11, 24), 1) == date(2026, 11, 26)
    assert calendar.is_business_day(date(2026, 11, 24))
    assert calendar.is_business_day(date(2026, 11, 26))
    assert calendar.next_business_day(wednesday) == date(2026, 11, 26)


def test_centre_working_saturday() -> None:
    saturday = date(2026, 11, 28)
    calendar = BusinessCalendar(working_days=[saturday])
    assert calendar.is_business_day(saturday)
    assert calendar.why_not_working(saturday) is None
    assert not calendar.is_business_day(date(2026, 11, 29))
    # Friday + 1 is now the Saturday.
    assert calendar.add_business_days(date(2026, 11, 27), 1) == saturday
    assert calendar.business_days_between(date(2026, 11, 27), date(2026, 11, 30)) == 2


def test_centre_working_day_wins_over_a_public_holiday() -> None:
    # A transfer announced late can make a day the package calls a holiday a working day.
    holiday = date(2026, 5, 11)
    calendar = BusinessCalendar(working_days=[holiday])
    assert calendar.is_business_day(holiday)
    assert calendar.add_business_days(date(2026, 5, 8), 1) == holiday


def test_centre_day_off_wins_over_a_worked_sunday() -> None:
    calendar = BusinessCalendar(days_off=[date(2025, 1, 5)])
    assert not calendar.is_business_day(date(2025, 1, 5))
    assert calendar.why_not_working(date(2025, 1, 5)) == CENTRE_DAY_OFF
    assert calendar.add_business_days(date(2024, 12, 31), 1) == date(2025, 1, 6)


def test_centre_day_off_on_a_weekend_is_named_as_the_centres() -> None:
    calendar = BusinessCalendar(days_off=[date(2026, 11, 28)])
    assert calendar.why_not_working(date(2026, 11, 28)) == CENTRE_DAY_OFF


def test_a_day_cannot_be_both_a_day_off_and_a_working_day() -> None:
    with pytest.raises(ValueError, match="2026-12-31"):
        BusinessCalendar(
            days_off=[date(2026, 12, 31), date(2026, 12, 30)],
            working_days=[date(2026, 12, 31), date(2026, 11, 28)],
        )


def test_the_national_calendar_is_unchanged_without_corrections(kz: BusinessCalendar) -> None:
    assert kz.days_off == frozenset()
    assert kz.working_days == frozenset()
    assert BusinessCalendar(days_off=[date(2026, 11, 25)]).is_business_day(date(2026, 11, 26))
