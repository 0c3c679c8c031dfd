"""A recorded stay: what it may hold, and what it warns of today."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.stay_records import (
    STAY_FIELDS,
    EntryBasis,
    StayNote,
    check_stay_record,
    review_stay,
)
from expat_desk.domain.stays import Entry, StayPurpose, StayWarning
from expat_desk.domain.visa_free import parse_visa_free

TODAY = date(2026, 12, 7)
LIST = parse_visa_free(
    {
        "version": 1,
        "checked_on": "2026-12-07",
        "sources": [{"id": "s", "title": "t"}],
        "countries": [
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
VISA_FREE = {"arrival": "2026-11-01", "departure": "2026-11-20", "basis": "visa_free"}
VISA = {"arrival": date(2026, 11, 1), "basis": "visa", "visa_number": "ab 12345", "purpose": "work"}


def checked(values: dict, *, others=(), today: date = TODAY) -> dict:
    return check_stay_record({"purpose": "private", **values}, others=others, today=today)


def errors_of(values: dict, *, others=(), today: date = TODAY) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        checked(values, others=others, today=today)
    return caught.value.errors


def test_a_visa_free_stay_is_normalized() -> None:
    out = checked(VISA_FREE)
    assert out == {
        "arrival": date(2026, 11, 1),
        "departure": date(2026, 11, 20),
        "basis": EntryBasis.VISA_FREE,
        "visa_number": None,
        "basis_until": None,
        "purpose": StayPurpose.PRIVATE,
    }
    assert tuple(out) == STAY_FIELDS


def test_every_wrong_field_is_named_at_once() -> None:
    errors = errors_of({"purpose": "tourism", "basis": "", "colour": "red"})
    assert set(errors) == {"arrival", "basis", "purpose", "colour"}
    assert errors["arrival"] == "is required"
    assert errors["basis"] == "is required"
    assert "private, work" in errors["purpose"]
    assert errors["colour"] == "is not a stay field"


def test_the_purpose_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        check_stay_record({**VISA_FREE}, today=TODAY)
    assert caught.value.errors == {"purpose": "is required"}


def test_departure_is_optional_and_may_be_the_day_of_arrival_but_not_before() -> None:
    assert checked({**VISA_FREE, "departure": None})["departure"] is None
    assert checked({**VISA_FREE, "departure": "2026-11-01"})["departure"] == date(2026, 11, 1)
    assert errors_of({**VISA_FREE, "departure": "2026-10-31"}) == {
        "departure": "cannot be before the arrival"
    }


def test_an_arrival_at_most_a_year_ahead() -> None:
    year = TODAY + timedelta(days=365)
    assert checked({**VISA_FREE, "arrival": year, "departure": None})["arrival"] == year
    errors = errors_of({**VISA_FREE, "arrival": year + timedelta(days=1), "departure": None})
    assert "more than a year ahead" in errors["arrival"]


def test_an_arrival_before_kazakhstan_existed_is_a_typo() -> None:
    assert checked({**VISA_FREE, "arrival": "1991-12-16"})["arrival"] == date(1991, 12, 16)
    assert "before 1991-12-16" in errors_of({**VISA_FREE, "arrival": "0001-01-01"})["arrival"]


@pytest.mark.parametrize(
    "raw", ["2026-13-45", "yesterday", "x" * 100_000, "2026-11-01\x00", 20261101]
)
def test_a_date_that_is_not_one_is_refused_with_a_short_message(raw) -> None:
    errors = errors_of({**VISA_FREE, "arrival": raw})
    assert "must be a date" in errors["arrival"]
    assert len(errors["arrival"]) < 100


def test_a_visa_needs_its_number_and_last_valid_day() -> None:
    errors = errors_of({**VISA, "visa_number": None})
    assert errors == {
        "visa_number": "is required for a visa",
        "basis_until": "is required for a visa: its last valid day",
    }
    out = checked({**VISA, "basis_until": "2027-01-31"})
    assert (out["visa_number"], out["basis_until"]) == ("AB12345", date(2027, 1, 31))


@pytest.mark.parametrize("number", ["A1234", "A" * 20])
def test_a_visa_number_of_5_to_20_letters_and_digits(number: str) -> None:
    assert checked({**VISA, "visa_number": number, "basis_until": "2027-01-31"})["visa_number"]


@pytest.mark.parametrize(
    "number",
    [
        "A123",  # 4
        "A" * 21,
        "АВ12345",  # Cyrillic А and В, which look Latin
        "ﬁ12345",  # a ligature that upper() would make Latin
        "AB-12345",
        "AB\x0712345",
        "9" * 100_000,
    ],
)
def test_a_visa_number_that_is_not_latin_letters_and_digits(number: str) -> None:
    errors = errors_of({**VISA, "visa_number": number, "basis_until": "2027-01-31"})
    assert errors == {"visa_number": "must be 5 to 20 Latin letters and digits"}


def test_a_visa_cannot_end_before_the_arrival() -> None:
    errors = errors_of({**VISA, "basis_until": "2026-10-31"})
    assert errors == {"basis_until": "cannot be before the arrival"}


def test_a_residence_permit_needs_its_last_valid_day_and_keeps_no_visa_number() -> None:
    permit = {"arrival": "2026-01-10", "basis": "residence_permit", "visa_number": "AB12345"}
    assert errors_of(permit) == {
        "basis_until": "is required for a residence permit: its last valid day"
    }
    out = checked({**permit, "basis_until": "2028-01-09"})
    assert (out["visa_number"], out["basis_until"]) == (None, date(2028, 1, 9))


def test_a_visa_free_stay_drops_what_a_visa_had_even_if_it_was_wrong() -> None:
    out = checked({**VISA_FREE, "visa_number": "АБВ", "basis_until": "garbage"})
    assert (out["visa_number"], out["basis_until"]) == (None, None)


def test_stays_of_a_client_cannot_overlap() -> None:
    other = Entry(date(2026, 11, 15), date(2026, 11, 30))
    errors = errors_of(VISA_FREE, others=[other])
    assert errors == {"arrival": "overlaps the stay from 2026-11-15 to 2026-11-30"}
    # The same arrival day is the same stay, even for a day trip.
    day = Entry(date(2026, 11, 1), date(2026, 11, 1))
    errors = errors_of({**VISA_FREE, "departure": "2026-11-01"}, others=[day])
    assert "overlaps" in errors["arrival"]


def test_leaving_and_entering_again_the_same_day_are_two_stays() -> None:
    before = Entry(date(2026, 10, 1), date(2026, 11, 1))
    after = Entry(date(2026, 11, 20), date(2026, 12, 1))
    assert checked(VISA_FREE, others=[before, after])["arrival"] == date(2026, 11, 1)


def test_only_one_stay_may_be_open() -> None:
    open_before = Entry(date(2026, 10, 1))
    errors = errors_of(VISA_FREE, others=[open_before])
    assert errors == {
        "arrival": "the stay from 2026-10-01 has no departure yet: record it first "
        "(only one stay can be open)"
    }
    later = Entry(date(2026, 11, 25), date(2026, 11, 28))
    errors = errors_of({**VISA_FREE, "departure": None}, others=[later])
    assert errors == {"departure": "is needed: a later stay begins on 2026-11-25"}


@dataclass
class Stay:
    arrival: date
    departure: date | None = None
    basis: str = "visa_free"
    basis_until: date | None = None
    purpose: str = "work"


def review(stay: Stay, earlier=(), today: date = TODAY):
    return review_stay(
        stay, earlier=earlier, citizenship="USA", visa_free=LIST, calendar=CALENDAR, today=today
    )


def codes(result) -> list[StayWarning]:
    return [code for code, _ in result.warnings]


def test_a_stay_of_30_days_is_an_information_line_not_a_warning() -> None:
    result = review(Stay(date(2026, 11, 1), date(2026, 11, 30)))
    assert result.notes == ((StayNote.NO_REGISTRATION, {"days": "30"}),)
    assert result.warnings == ()
    assert review(Stay(date(2026, 10, 1), date(2026, 10, 31))).notes == ()  # 31 days


def test_a_visa_free_stay_past_its_last_day_and_still_in_the_country_is_an_overstay() -> None:
    assert codes(review(Stay(TODAY - timedelta(days=29)))) == []  # its 30th day is today
    result = review(Stay(TODAY - timedelta(days=30)))
    assert codes(result) == [StayWarning.OVERSTAYED]
    assert result.warnings[0][1] == {"last_day": "2026-12-06"}


def test_earlier_visa_free_stays_count_to_the_180_days_and_visa_stays_do_not() -> None:
    free = [
        Stay(date(2026, 7, 1), date(2026, 7, 30)),
        Stay(date(2026, 8, 10), date(2026, 9, 8)),
    ]
    stay = Stay(date(2026, 11, 1), date(2026, 11, 30))  # 30 + 30 + 30 = 90: at the limit
    assert codes(review(stay, free)) == []
    longer = [*free, Stay(date(2026, 10, 1), date(2026, 10, 1))]
    assert codes(review(stay, longer)) == [StayWarning.OVER_WINDOW_LIMIT]
    on_visa = [*free, Stay(date(2026, 10, 1), date(2026, 10, 1), "visa", date(2026, 10, 5))]
    assert codes(review(stay, on_visa)) == []


def test_a_visa_lapsing_soon_or_before_the_stay_ends() -> None:
    soon = Stay(date(2026, 12, 1), basis="visa", basis_until=TODAY + timedelta(days=14))
    assert codes(review(soon)) == [StayWarning.ENTRY_BASIS_LAPSES_SOON]
    later = Stay(date(2026, 12, 1), basis="visa", basis_until=TODAY + timedelta(days=15))
    assert codes(review(later)) == []
    lapsed = Stay(date(2026, 6, 1), basis="residence_permit", basis_until=TODAY - timedelta(1))
    assert codes(review(lapsed)) == [StayWarning.ENTRY_BASIS_LAPSES]


def test_a_stay_that_is_over_needs_no_renewal_of_its_visa() -> None:
    over = Stay(date(2026, 11, 1), date(2026, 11, 20), "visa", TODAY + timedelta(days=3))
    assert codes(review(over)) == []


def test_a_private_visit_over_90_days() -> None:
    stay = Stay(date(2026, 5, 1), date(2026, 7, 30), "visa", date(2026, 12, 31), "private")
    assert codes(review(stay)) == [StayWarning.PRIVATE_VISIT_OVER_90]  # 91 days
