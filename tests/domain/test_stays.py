"""A caller's question about a stay: registration, notification dates, visa-free days left."""

from datetime import date, timedelta

import pytest

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.stays import (
    Entry,
    StayPurpose,
    StayWarning,
    check_stay,
    days_within_window,
)
from expat_desk.domain.visa_free import parse_visa_free

TODAY = date(2026, 12, 7)  # a Monday
LIST = parse_visa_free(
    {
        "version": 1,
        "checked_on": "2026-12-07",
        "sources": [{"id": "s", "title": "t"}],
        "countries": [
            {
                "code": "RUS",
                "reciprocal": True,
                "days_per_entry": 90,
                "days_per_180": 90,
                "sources": ["s"],
            },
            {
                "code": "USA",
                "reciprocal": False,
                "days_per_entry": 30,
                "days_per_180": 90,
                "sources": ["s"],
            },
        ],
    }
)
CALENDAR = BusinessCalendar()


def check(citizenship: str, arrival: date, departure: date | None = None, **kwargs):
    purpose = kwargs.pop("purpose", StayPurpose.WORK)
    return check_stay(citizenship, arrival, departure, purpose, LIST, CALENDAR, TODAY, **kwargs)


def codes(result) -> list[StayWarning]:
    return [code for code, _ in result.warnings]


def test_a_stay_of_30_days_needs_no_registration_and_31_does() -> None:
    arrival = date(2026, 12, 1)
    assert check("RUS", arrival, arrival + timedelta(days=29)).needs_registration is False
    day_31 = check("RUS", arrival, arrival + timedelta(days=30))
    assert (day_31.days, day_31.needs_registration) == (31, True)
    assert check("RUS", arrival).needs_registration is None  # not known without a departure


def test_notification_dates_count_business_days_over_the_holiday() -> None:
    # Friday 11 December 2026; 16 December is Independence Day.
    result = check("RUS", date(2026, 12, 11), date(2027, 1, 9))
    assert result.centre_letter_due == date(2026, 12, 15)  # Mon 14, Tue 15
    assert result.host_party_due == date(2026, 12, 17)  # Mon 14, Tue 15, Thu 17


def test_the_route_follows_the_agreement() -> None:
    assert check("RUS", date(2026, 12, 1)).police_registration is True
    assert check("USA", date(2026, 12, 1)).police_registration is False


def test_a_us_citizen_staying_395_days_is_warned_twice() -> None:
    result = check("USA", date(2026, 12, 4), date(2027, 12, 31))
    assert result.days == 393
    assert codes(result) == [StayWarning.OVER_ENTRY_LIMIT, StayWarning.OVER_WINDOW_LIMIT]
    assert result.last_visa_free_day == date(2027, 1, 2)
    assert result.days_left == 27  # 7 December to 2 January


def test_day_30_of_a_30_day_regime_is_allowed_and_day_31_is_not() -> None:
    arrival = date(2026, 12, 1)
    assert codes(check("USA", arrival, arrival + timedelta(days=29))) == []
    assert codes(check("USA", arrival, arrival + timedelta(days=30))) == [
        StayWarning.OVER_ENTRY_LIMIT
    ]


def test_earlier_entries_count_towards_the_180_days() -> None:
    september = Entry(date(2026, 9, 1), date(2026, 9, 30))
    now = (date(2026, 11, 20), date(2026, 12, 19))  # 30 days; the 180 start on 23 June
    july = Entry(date(2026, 7, 1), date(2026, 7, 30))
    assert codes(check("USA", *now, earlier=[july, september])) == []  # 90 days
    a_day_more = Entry(date(2026, 7, 1), date(2026, 7, 31))
    result = check("USA", *now, earlier=[a_day_more, september])
    assert result.warnings == ((StayWarning.OVER_WINDOW_LIMIT, {"days": "91", "limit": "90"}),)
    # Days before the 180 do not count: an entry in May is forgotten by December.
    assert codes(check("USA", *now, earlier=[Entry(date(2026, 5, 1), date(2026, 5, 30))])) == []


def test_a_private_visit_of_91_days_is_warned() -> None:
    arrival = date(2026, 12, 1)
    ok = check("RUS", arrival, arrival + timedelta(days=89), purpose=StayPurpose.PRIVATE)
    assert StayWarning.PRIVATE_VISIT_OVER_90 not in codes(ok)
    long = check("RUS", arrival, arrival + timedelta(days=90), purpose=StayPurpose.PRIVATE)
    assert StayWarning.PRIVATE_VISIT_OVER_90 in codes(long)


def test_a_citizen_of_a_visa_country_is_told_a_visa_is_needed() -> None:
    assert codes(check("IND", date(2026, 12, 1))) == [StayWarning.VISA_NEEDED]


def test_a_visa_or_permit_about_to_lapse_is_warned() -> None:
    soon = check("IND", date(2026, 12, 1), basis_until=TODAY + timedelta(days=14))
    assert codes(soon) == [StayWarning.ENTRY_BASIS_LAPSES_SOON]
    lapsed = check("IND", date(2026, 12, 1), date(2027, 1, 10), basis_until=date(2027, 1, 5))
    assert codes(lapsed) == [StayWarning.ENTRY_BASIS_LAPSES]
    later = check("USA", date(2026, 12, 1), date(2027, 6, 1), basis_until=date(2027, 6, 30))
    assert codes(later) == []  # a work permit: the visa-free limits do not apply


def test_a_citizen_of_kazakhstan_is_no_foreigner() -> None:
    with pytest.raises(ValidationError):
        check("KAZ", date(2026, 12, 1))


def test_days_within_the_window_count_both_ends_and_an_open_stay_to_today() -> None:
    entries = [Entry(date(2026, 6, 1), date(2026, 6, 10)), Entry(date(2026, 12, 1))]
    assert days_within_window(entries, date(2026, 12, 7), today=TODAY) == 7
    assert days_within_window(entries, date(2026, 6, 10), today=TODAY) == 10


def test_still_in_the_country_past_the_last_visa_free_day_is_an_overstay() -> None:
    # USA: 30 days an entry; arrived 30 days before today, so the last day was yesterday.
    result = check("USA", TODAY - timedelta(days=30))
    assert codes(result) == [StayWarning.OVERSTAYED]
    assert result.days_left == 0
    assert codes(check("USA", TODAY - timedelta(days=29))) == []
    # On a visa the visa-free term does not apply.
    assert codes(check("USA", TODAY - timedelta(days=30), basis_until=TODAY + timedelta(60))) == []


def test_a_stay_that_is_over_is_not_told_to_renew_its_visa() -> None:
    over = check("IND", date(2026, 11, 1), date(2026, 11, 20), basis_until=TODAY + timedelta(3))
    assert codes(over) == []
