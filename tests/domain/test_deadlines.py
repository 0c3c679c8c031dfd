"""Tests of the deadline rules: migration notification, stays and registration, passports,
powers of attorney, EDS certificates, and what the managers see as due.

Expected dates are worked out by hand on Kazakhstan's calendar; "today" is Wednesday
25 November 2026 unless a test says otherwise.
"""

from datetime import date
from typing import Any

import pytest

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.deadlines import (
    CaseFacts,
    DeadlineKind,
    PassportAlert,
    Urgency,
    add_months,
    case_deadlines,
    check_passport_valid,
    due_items,
    eds_certificate_until,
    migration_notification_due,
    needs_passport_registration,
    passport_alert,
    passport_warning,
    power_of_attorney_until,
    registration_note,
    registration_valid_until,
    stay_length,
    urgency,
)
from expat_desk.domain.errors import RuleViolation, ValidationError

TODAY = date(2026, 11, 25)  # a Wednesday

HOST = DeadlineKind.HOST_NOTIFICATION
CENTRE = DeadlineKind.CENTRE_LETTER
TARGET = DeadlineKind.TARGET
REGISTRATION_ENDS = DeadlineKind.REGISTRATION_ENDS
PASSPORT = DeadlineKind.PASSPORT_EXPIRES
POA = DeadlineKind.POWER_OF_ATTORNEY_LAPSES
EDS_LAPSES = DeadlineKind.EDS_CERTIFICATE_LAPSES


@pytest.fixture(scope="module")
def kz() -> BusinessCalendar:
    return BusinessCalendar()


_numbers = iter(range(1, 10_000))


def facts(service: str, status: str = "open", **fields: Any) -> CaseFacts:
    n = next(_numbers)
    values: dict[str, Any] = {
        "case_id": n,
        "number": f"X-2026-{n:05d}",
        "client_name": "Dubois Camille",
        "service": service,
        "status": status,
        "opened_on": TODAY,
    }
    values.update(fields)
    return CaseFacts(**values)


def kinds_and_dates(found: list[Any]) -> set[tuple[DeadlineKind, date]]:
    return {(d.kind, d.due) for d in found}


# --- migration notification -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "host_party", "through_centre"),
    [
        # Monday: Tue 24 (1), Wed 25 (2), Thu 26 (3).
        (date(2026, 11, 23), date(2026, 11, 26), date(2026, 11, 25)),
        # Thursday: Fri 27 (1), Mon 30 (2), Tue 1 December (3).
        (date(2026, 11, 26), date(2026, 12, 1), date(2026, 11, 30)),
        # Friday before Nauryz: Sat-Sun, Mon 23-Wed 25 March off; Thu 26, Fri 27, Mon 30.
        (date(2026, 3, 20), date(2026, 3, 30), date(2026, 3, 27)),
        # The day before New Year 2026: 1-2 Jan off, weekend, Mon 5, Tue 6, Christmas, Thu 8.
        (date(2025, 12, 31), date(2026, 1, 8), date(2026, 1, 6)),
        # The day before New Year 2025: Sun 5 January was worked, Fri 3 was not.
        (date(2024, 12, 31), date(2025, 1, 8), date(2025, 1, 6)),
        # Arrival on a Saturday: Mon 30 (1), Tue 1 (2), Wed 2 (3).
        (date(2026, 11, 28), date(2026, 12, 2), date(2026, 12, 1)),
    ],
    ids=["monday", "thursday", "before-nauryz", "before-new-year", "new-year-2025", "saturday"],
)
def test_migration_notification_due(
    kz: BusinessCalendar, arrival: date, host_party: date, through_centre: date
) -> None:
    due = migration_notification_due(arrival, kz)
    assert due.host_party == host_party
    assert due.through_centre == through_centre


def test_centre_day_off_pushes_the_notification_one_business_day() -> None:
    # Arrival Monday 23 November; the centre closes Wednesday 25.
    calendar = BusinessCalendar(days_off=[date(2026, 11, 25)])
    due = migration_notification_due(date(2026, 11, 23), calendar)
    assert due.through_centre == date(2026, 11, 26)
    assert due.host_party == date(2026, 11, 27)


def test_centre_working_saturday_counts_for_the_notification() -> None:
    # Arrival Thursday 26 November; Saturday 28 is worked: Fri 27 (1), Sat 28 (2), Mon 30 (3).
    calendar = BusinessCalendar(working_days=[date(2026, 11, 28)])
    due = migration_notification_due(date(2026, 11, 26), calendar)
    assert due.through_centre == date(2026, 11, 28)
    assert due.host_party == date(2026, 11, 30)


# --- stays and registration -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "departure", "days"),
    [
        (date(2026, 11, 25), date(2026, 11, 25), 1),
        (date(2026, 11, 1), date(2026, 11, 30), 30),
        (date(2026, 11, 1), date(2026, 12, 1), 31),
        (date(2026, 12, 20), date(2027, 1, 10), 22),
        (date(2028, 2, 1), date(2028, 3, 1), 30),  # leap February
    ],
)
def test_stay_length_counts_both_days(arrival: date, departure: date, days: int) -> None:
    assert stay_length(arrival, departure) == days


def test_thirty_day_stay_needs_no_registration_thirty_one_does() -> None:
    assert not needs_passport_registration(date(2026, 11, 1), date(2026, 11, 30))
    assert needs_passport_registration(date(2026, 11, 1), date(2026, 12, 1))
    assert not needs_passport_registration(date(2026, 11, 25), date(2026, 11, 25))


def test_departure_before_arrival_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        stay_length(date(2026, 11, 25), date(2026, 11, 24))
    assert "departure" in raised.value.errors
    with pytest.raises(ValidationError):
        needs_passport_registration(date(2026, 11, 25), date(2026, 11, 24))


def test_registration_note_says_whether_registration_applies() -> None:
    short = registration_note(date(2026, 11, 1), date(2026, 11, 30))
    long = registration_note(date(2026, 11, 1), date(2026, 12, 1))
    assert short is not None
    assert "30 days" in short
    assert "no passport registration" in short.lower()
    assert long is not None
    assert "31 days" in long
    assert "registration" in long.lower()
    assert "no passport registration" not in long.lower()
    assert registration_note(date(2026, 11, 1), None) is None


@pytest.mark.parametrize("purpose", ["employment_contract", "expert_agreement"])
def test_registration_under_a_contract_lasts_until_its_end(purpose: str) -> None:
    # A contract may run far beyond 90 days.
    end = date(2027, 11, 24)
    assert registration_valid_until(purpose, TODAY, end) == end


def test_private_visit_registration_at_most_90_days() -> None:
    # 25 November is day 1: 6 days of November, 31 of December, 31 of January = 68,
    # so day 90 is 22 February 2027.
    assert registration_valid_until("private_visit", TODAY, date(2027, 2, 22)) == date(2027, 2, 22)
    assert registration_valid_until("private_visit", TODAY, TODAY) == TODAY
    with pytest.raises(ValidationError) as raised:
        registration_valid_until("private_visit", TODAY, date(2027, 2, 23))
    assert "90" in raised.value.errors["stay_until"]
    assert "2027-02-22" in raised.value.errors["stay_until"]


def test_registration_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        registration_valid_until("employment_contract", TODAY, date(2026, 11, 24))
    assert "stay_until" in raised.value.errors


# --- months ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 11, 25), 2, date(2027, 1, 25)),  # across the year
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 5, 31), -6, date(2025, 11, 30)),
        (date(2026, 11, 25), 0, date(2026, 11, 25)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


# --- passports ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expiry", "alert"),
    [
        (date(2027, 5, 26), PassportAlert.VALID),  # six months and a day
        (date(2027, 5, 25), PassportAlert.SIX_MONTHS),  # exactly six months ahead
        (date(2027, 2, 26), PassportAlert.SIX_MONTHS),
        (date(2027, 2, 25), PassportAlert.THREE_MONTHS),  # exactly three months
        (date(2026, 12, 26), PassportAlert.THREE_MONTHS),
        (date(2026, 12, 25), PassportAlert.ONE_MONTH),  # exactly one month
        (date(2026, 11, 26), PassportAlert.ONE_MONTH),
        (date(2026, 11, 25), PassportAlert.ONE_MONTH),  # expires today: still valid today
        (date(2026, 11, 24), PassportAlert.EXPIRED),
        (date(2020, 1, 1), PassportAlert.EXPIRED),
        (date(2035, 1, 1), PassportAlert.VALID),
    ],
)
def test_passport_alert(expiry: date, alert: PassportAlert) -> None:
    assert passport_alert(expiry, TODAY) == alert


def test_passport_alert_at_the_end_of_a_month() -> None:
    # On 31 August 2026, six months ahead is 28 February 2027 (no 31st).
    today = date(2026, 8, 31)
    assert passport_alert(date(2027, 2, 28), today) == PassportAlert.SIX_MONTHS
    assert passport_alert(date(2027, 3, 1), today) == PassportAlert.VALID


def test_passport_expiring_on_the_completion_day_is_still_valid() -> None:
    check_passport_valid(TODAY, TODAY)
    check_passport_valid(date(2030, 1, 1), TODAY)
    check_passport_valid(None, TODAY)  # no expiry on file: nothing to check


def test_completion_the_day_after_the_passport_expired_is_refused() -> None:
    with pytest.raises(RuleViolation, match="2026-11-24"):
        check_passport_valid(date(2026, 11, 24), TODAY)


# --- power of attorney and EDS --------------------------------------------------------------------


def test_power_of_attorney_without_a_term_lasts_one_year() -> None:
    assert power_of_attorney_until(TODAY) == date(2027, 11, 25)
    assert power_of_attorney_until(date(2028, 2, 29)) == date(2029, 2, 28)


def test_power_of_attorney_term_at_most_three_years() -> None:
    assert power_of_attorney_until(TODAY, date(2029, 11, 25)) == date(2029, 11, 25)
    assert power_of_attorney_until(TODAY, date(2027, 5, 1)) == date(2027, 5, 1)
    with pytest.raises(ValidationError) as raised:
        power_of_attorney_until(TODAY, date(2029, 11, 26))
    assert "3 years" in raised.value.errors["term_until"]


def test_power_of_attorney_without_its_date_is_void() -> None:
    with pytest.raises(ValidationError) as raised:
        power_of_attorney_until(None)
    assert "void" in raised.value.errors["made_on"]
    with pytest.raises(ValidationError):
        power_of_attorney_until(None, date(2027, 1, 1))


def test_power_of_attorney_term_before_its_date_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        power_of_attorney_until(TODAY, date(2026, 11, 1))
    assert "term_until" in raised.value.errors


def test_eds_certificate_lasts_one_year() -> None:
    assert eds_certificate_until(TODAY) == date(2027, 11, 25)
    assert eds_certificate_until(date(2028, 2, 29)) == date(2029, 2, 28)


# --- urgency --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "today", "level"),
    [
        (date(2026, 11, 24), TODAY, Urgency.OVERDUE),
        (date(2026, 1, 1), TODAY, Urgency.OVERDUE),
        (TODAY, TODAY, Urgency.TODAY),
        (date(2026, 11, 26), TODAY, Urgency.THIS_WEEK),
        (date(2026, 11, 29), TODAY, Urgency.THIS_WEEK),  # through Sunday
        (date(2026, 11, 30), TODAY, Urgency.LATER),  # next Monday
        (date(2027, 3, 1), TODAY, Urgency.LATER),
        # On a Sunday the week is over: Monday is later.
        (date(2026, 11, 29), date(2026, 11, 29), Urgency.TODAY),
        (date(2026, 11, 30), date(2026, 11, 29), Urgency.LATER),
        # On a Monday the whole week is ahead.
        (date(2026, 11, 29), date(2026, 11, 23), Urgency.THIS_WEEK),
    ],
)
def test_urgency(due: date, today: date, level: Urgency) -> None:
    assert urgency(due, today) == level


# --- the deadlines of each case -------------------------------------------------------------------


def test_open_notification_through_the_centre(kz: BusinessCalendar) -> None:
    # Arrival Monday 23, opened Tuesday 24: letter Wed 25, host Thu 26, target (2) Thu 26.
    case = facts(
        "migration_notification",
        channel="expat_centre",
        arrival_date=date(2026, 11, 23),
        opened_on=date(2026, 11, 24),
    )
    found = case_deadlines(case, kz)
    assert kinds_and_dates(found) == {
        (CENTRE, date(2026, 11, 25)),
        (HOST, date(2026, 11, 26)),
        (TARGET, date(2026, 11, 26)),
    }
    assert found[0].kind is CENTRE  # earliest first
    assert [d.due for d in found] == sorted(d.due for d in found)
    assert found[0].title == "Host party's letter to the Expat Centre"


@pytest.mark.parametrize("channel", ["visa_migration_portal", "migration_authority"])
def test_open_notification_not_through_the_centre_has_no_centre_letter(
    kz: BusinessCalendar, channel: str
) -> None:
    case = facts("migration_notification", channel=channel, arrival_date=date(2026, 11, 26))
    # Host: Fri 27, Mon 30, Tue 1 December; target from Wed 25: Thu 26, Fri 27.
    assert kinds_and_dates(case_deadlines(case, kz)) == {
        (HOST, date(2026, 12, 1)),
        (TARGET, date(2026, 11, 27)),
    }


def test_submitted_notification_only_has_its_target(kz: BusinessCalendar) -> None:
    case = facts(
        "migration_notification",
        "submitted",
        channel="expat_centre",
        arrival_date=date(2026, 11, 23),
        opened_on=date(2026, 11, 23),
    )
    # Opened Monday 23: Tue 24, Wed 25.
    assert kinds_and_dates(case_deadlines(case, kz)) == {(TARGET, date(2026, 11, 25))}


@pytest.mark.parametrize(
    ("service", "target"),
    [
        ("iin", date(2026, 11, 30)),  # 3: Thu 26, Fri 27, Mon 30
        ("eds", date(2026, 11, 27)),  # 2: Thu 26, Fri 27
        ("police_registration", date(2026, 11, 30)),  # 3
        # 20 business days, Independence Day (Wed 16 December) skipped: Thu 24 December.
        ("loss_of_passport", date(2026, 12, 24)),
    ],
)
@pytest.mark.parametrize("status", ["open", "submitted"])
def test_target_processing_time_of_each_service(
    kz: BusinessCalendar, service: str, target: date, status: str
) -> None:
    assert kinds_and_dates(case_deadlines(facts(service, status), kz)) == {(TARGET, target)}


def test_targets_override_the_defaults(kz: BusinessCalendar) -> None:
    case = facts("iin")
    # 5 business days from Wed 25: Thu 26, Fri 27, Mon 30, Tue 1, Wed 2 December.
    assert kinds_and_dates(case_deadlines(case, kz, {"iin": 5})) == {(TARGET, date(2026, 12, 2))}
    # Another service's target does not touch this one.
    assert kinds_and_dates(case_deadlines(case, kz, {"eds": 9})) == {(TARGET, date(2026, 11, 30))}


def test_case_in_progress_watches_the_passport_and_power_of_attorney(
    kz: BusinessCalendar,
) -> None:
    case = facts(
        "iin",
        passport_expiry=date(2027, 3, 1),
        power_of_attorney_on=date(2026, 11, 20),
    )
    found = case_deadlines(case, kz)
    assert kinds_and_dates(found) == {
        (TARGET, date(2026, 11, 30)),
        (PASSPORT, date(2027, 3, 1)),
        (POA, date(2027, 11, 20)),  # no term stated: one year from receipt
    }
    assert [d.kind for d in found] == [TARGET, PASSPORT, POA]


def test_loss_of_passport_ignores_the_lost_passports_expiry(kz: BusinessCalendar) -> None:
    case = facts("loss_of_passport", passport_expiry=date(2026, 12, 1))
    assert kinds_and_dates(case_deadlines(case, kz)) == {(TARGET, date(2026, 12, 24))}


def test_completed_police_registration_watches_its_end(kz: BusinessCalendar) -> None:
    case = facts(
        "police_registration",
        "completed",
        closed_on=date(2026, 11, 20),
        passport_expiry=date(2027, 1, 10),
        answers={"purpose": "private_visit", "stay_until": "2027-02-15"},
    )
    assert kinds_and_dates(case_deadlines(case, kz)) == {(REGISTRATION_ENDS, date(2027, 2, 15))}


def test_completed_eds_watches_its_certificate(kz: BusinessCalendar) -> None:
    case = facts("eds", "completed", closed_on=date(2026, 11, 20))
    assert kinds_and_dates(case_deadlines(case, kz)) == {(EDS_LAPSES, date(2027, 11, 20))}


@pytest.mark.parametrize(
    ("service", "status"),
    [
        ("iin", "completed"),
        ("migration_notification", "completed"),
        ("loss_of_passport", "completed"),
        ("iin", "cancelled"),
        ("migration_notification", "cancelled"),
        ("eds", "cancelled"),
    ],
)
def test_closed_cases_have_no_deadlines(kz: BusinessCalendar, service: str, status: str) -> None:
    case = facts(
        service,
        status,
        closed_on=TODAY,
        channel="expat_centre",
        arrival_date=date(2026, 11, 23),
        passport_expiry=date(2026, 12, 1),
        power_of_attorney_on=date(2026, 11, 20),
    )
    assert case_deadlines(case, kz) == []


# --- what is due ----------------------------------------------------------------------------------


def due(items: list[Any]) -> list[tuple[str, DeadlineKind, date, Urgency]]:
    return [(i.facts.number, i.deadline.kind, i.deadline.due, i.urgency) for i in items]


def test_due_items_most_urgent_first(kz: BusinessCalendar) -> None:
    overdue = facts("iin", opened_on=date(2026, 11, 19))  # Fri 20, Mon 23, Tue 24
    today = facts("iin", opened_on=date(2026, 11, 20))  # Mon 23, Tue 24, Wed 25
    this_week = facts("eds", opened_on=date(2026, 11, 24))  # Wed 25, Thu 26
    soon = facts("eds", "completed", closed_on=date(2025, 12, 20))  # lapses 2026-12-20
    later = facts("iin")  # Mon 30 November: not this week
    items = due_items([later, soon, this_week, today, overdue], kz, TODAY)
    assert due(items) == [
        (overdue.number, TARGET, date(2026, 11, 24), Urgency.OVERDUE),
        (today.number, TARGET, date(2026, 11, 25), Urgency.TODAY),
        (this_week.number, TARGET, date(2026, 11, 26), Urgency.THIS_WEEK),
        (soon.number, EDS_LAPSES, date(2026, 12, 20), Urgency.SOON),
    ]


def test_due_items_of_the_same_urgency_by_date_then_number(kz: BusinessCalendar) -> None:
    first = facts("iin", opened_on=date(2026, 11, 18))  # Thu 19, Fri 20, Mon 23
    second = facts("iin", opened_on=date(2026, 11, 19))  # Fri 20, Mon 23, Tue 24
    third = facts("iin", opened_on=date(2026, 11, 19))
    items = due_items([third, second, first], kz, TODAY)
    assert [i.facts.number for i in items] == [first.number, second.number, third.number]
    assert {i.urgency for i in items} == {Urgency.OVERDUE}


def test_notification_opened_today_for_an_arrival_two_business_days_ago(
    kz: BusinessCalendar,
) -> None:
    case = facts("migration_notification", channel="expat_centre", arrival_date=date(2026, 11, 23))
    assert due(due_items([case], kz, TODAY)) == [
        (case.number, CENTRE, date(2026, 11, 25), Urgency.TODAY),
        (case.number, HOST, date(2026, 11, 26), Urgency.THIS_WEEK),
        (case.number, TARGET, date(2026, 11, 27), Urgency.THIS_WEEK),
    ]


def test_centre_day_off_moves_the_notification_due_date() -> None:
    case = facts("migration_notification", channel="expat_centre", arrival_date=date(2026, 11, 23))
    calendar = BusinessCalendar(days_off=[TODAY])
    items = due_items([case], calendar, TODAY)
    letter = [i for i in items if i.deadline.kind is CENTRE]
    assert [(i.deadline.due, i.urgency) for i in letter] == [
        (date(2026, 11, 26), Urgency.THIS_WEEK)
    ]
    assert Urgency.TODAY not in {i.urgency for i in items}


def test_targets_override_the_defaults_in_due_items(kz: BusinessCalendar) -> None:
    case = facts("iin", opened_on=date(2026, 11, 24))  # default 3: Wed 25, Thu 26, Fri 27
    assert due(due_items([case], kz, TODAY)) == [
        (case.number, TARGET, date(2026, 11, 27), Urgency.THIS_WEEK)
    ]
    assert due(due_items([case], kz, TODAY, {"iin": 1})) == [
        (case.number, TARGET, TODAY, Urgency.TODAY)
    ]
    assert due_items([case], kz, TODAY, {"iin": 10}) == []


@pytest.mark.parametrize(
    ("expiry", "level"),
    [
        (date(2027, 6, 25), None),  # seven months ahead: not yet watched
        (date(2027, 5, 26), None),  # six months and a day
        (date(2027, 5, 25), Urgency.SOON),  # exactly six months: watched from today
        (date(2027, 4, 25), Urgency.SOON),  # five months
        (date(2026, 11, 27), Urgency.THIS_WEEK),
        (TODAY, Urgency.TODAY),
        (date(2026, 11, 20), Urgency.OVERDUE),
    ],
)
def test_passport_expiry_is_watched_six_months_ahead(
    kz: BusinessCalendar, expiry: date, level: Urgency | None
) -> None:
    case = facts("iin", passport_expiry=expiry)  # target Mon 30: later, not listed
    items = due_items([case], kz, TODAY)
    assert [i.urgency for i in items] == ([] if level is None else [level])
    assert all(i.deadline.kind is PASSPORT for i in items)


@pytest.mark.parametrize(
    ("closed_on", "level"),
    [
        (date(2025, 12, 30), None),  # lapses 30 December: more than a month ahead
        (date(2025, 12, 26), None),  # lapses 26 December: watched from tomorrow
        (date(2025, 12, 25), Urgency.SOON),  # lapses 25 December: watched from today
        (date(2025, 11, 29), Urgency.THIS_WEEK),
        (date(2025, 11, 25), Urgency.TODAY),
        (date(2025, 10, 26), Urgency.OVERDUE),  # lapsed 30 days ago: still shown
        (date(2025, 10, 25), None),  # lapsed 31 days ago: history
        (date(2025, 3, 1), None),
    ],
)
def test_eds_lapse_watched_a_month_ahead_and_forgotten_a_month_after(
    kz: BusinessCalendar, closed_on: date, level: Urgency | None
) -> None:
    case = facts("eds", "completed", closed_on=closed_on)
    assert [i.urgency for i in due_items([case], kz, TODAY)] == ([] if level is None else [level])


@pytest.mark.parametrize(
    ("stay_until", "level"),
    [
        ("2026-12-26", None),
        ("2026-12-20", Urgency.SOON),
        ("2026-11-29", Urgency.THIS_WEEK),
        ("2026-10-26", Urgency.OVERDUE),
        ("2026-10-25", None),
    ],
)
def test_registration_end_watched_a_month_ahead(
    kz: BusinessCalendar, stay_until: str, level: Urgency | None
) -> None:
    case = facts(
        "police_registration",
        "completed",
        opened_on=date(2026, 9, 1),
        closed_on=date(2026, 9, 2),
        answers={"purpose": "employment_contract", "stay_until": stay_until},
    )
    items = due_items([case], kz, TODAY)
    assert [i.urgency for i in items] == ([] if level is None else [level])
    assert all(i.deadline.kind is REGISTRATION_ENDS for i in items)


def test_power_of_attorney_lapse_watched_a_month_ahead(kz: BusinessCalendar) -> None:
    lapsing = facts("iin", power_of_attorney_on=date(2025, 12, 10))  # lapses 10 December
    fresh = facts("iin", power_of_attorney_on=date(2026, 11, 20))  # lapses 2027-11-20
    assert due(due_items([fresh, lapsing], kz, TODAY)) == [
        (lapsing.number, POA, date(2026, 12, 10), Urgency.SOON)
    ]


def test_nothing_due_for_nothing(kz: BusinessCalendar) -> None:
    assert due_items([], kz, TODAY) == []


def test_a_due_item_survives_its_json_record() -> None:
    """What `expat-desk deadlines --json` prints reads back as the same due item."""
    import json

    from expat_desk.domain.deadlines import (
        CaseFacts,
        Deadline,
        DeadlineKind,
        DueItem,
        PassportAlert,
        Urgency,
        due_item_from_record,
        due_item_record,
    )

    item = DueItem(
        CaseFacts(
            7,
            "MN-2026-00007",
            "Schmidt Lena",
            "migration_notification",
            "open",
            date(2026, 11, 20),
            client_id=3,
        ),
        Deadline(DeadlineKind.PASSPORT_EXPIRES, date(2027, 1, 31)),
        Urgency.SOON,
        PassportAlert.THREE_MONTHS,
    )
    back = due_item_from_record(json.loads(json.dumps(due_item_record(item))))
    assert (back.facts.case_id, back.facts.number, back.facts.client_id) == (7, "MN-2026-00007", 3)
    assert (back.deadline, back.urgency, back.passport) == (
        item.deadline,
        item.urgency,
        item.passport,
    )


@pytest.mark.parametrize(
    ("expiry", "said"),
    [
        (None, None),
        (date(2027, 5, 26), None),  # six months and a day ahead
        (date(2027, 5, 25), "within 6 months"),
        (date(2027, 2, 25), "within 3 months"),
        (date(2026, 12, 25), "within a month"),
        (TODAY, "within a month"),  # its last valid day
        (date(2026, 11, 24), "expired on 2026-11-24"),
    ],
)
def test_what_a_manager_is_told_about_a_passport(expiry: date | None, said: str | None) -> None:
    warning = passport_warning(expiry, TODAY)
    assert (warning is None) if said is None else (said in warning)


def test_registration_under_the_2026_rules_is_due_on_the_30th_day_after_entry(
    kz: BusinessCalendar,
) -> None:
    entered = facts(
        "police_registration", opened_on=date(2026, 11, 20), answers={"entry_date": "2026-11-02"}
    )
    [due] = [d for d in case_deadlines(entered, kz) if d.kind is DeadlineKind.REGISTRATION_DUE]
    assert due.due == date(2026, 12, 1)  # 2 November is day 1, 1 December day 30
    # Day 30 is today's work; on day 31 it is overdue.
    assert urgency(due.due, date(2026, 12, 1)) is Urgency.TODAY
    assert urgency(due.due, date(2026, 12, 2)) is Urgency.OVERDUE
    # A case of the first rules asks no entry date: nothing is watched.
    first_rules = facts("police_registration", opened_on=date(2026, 6, 1))
    kinds = {d.kind for d in case_deadlines(first_rules, kz)}
    assert DeadlineKind.REGISTRATION_DUE not in kinds
    submitted = facts(
        "police_registration",
        "submitted",
        opened_on=date(2026, 11, 20),
        answers={"entry_date": "2026-11-02"},
    )
    kinds = {d.kind for d in case_deadlines(submitted, kz)}
    assert DeadlineKind.REGISTRATION_DUE not in kinds  # filed: the police have it
