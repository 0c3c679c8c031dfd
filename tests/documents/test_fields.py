"""Values are written as each language writes them; the manager's answers are checked."""

from datetime import date

import pytest

from expat_desk.documents.fields import DocumentFacts, check_inputs, format_date
from expat_desk.documents.kinds import DocumentKind
from expat_desk.documents.texts import load_common
from expat_desk.domain.centre import CentreDetails
from expat_desk.domain.errors import ValidationError

TODAY = date(2026, 11, 26)


def facts(**changes: object) -> DocumentFacts:
    values: dict = {
        "case_number": "IIN-2026-00001",
        "service": "iin",
        "surname": "Smith",
        "given_names": "John",
        "surname_cyr": None,
        "given_names_cyr": None,
        "birth_date": date(1985, 3, 14),
        "citizenship": "GBR",
        "passport_number": "GB1234567",
        "client_address": "Kunayev St 19, Astana",
        "centre": CentreDetails(bin="160840012340", address="Astana"),
        "today": TODAY,
    }
    values.update(changes)
    return DocumentFacts(**values)


@pytest.mark.parametrize(
    ("language", "written"),
    [
        # A space no line breaks at keeps each date whole on the page.
        ("kk", "2026\u00a0жылғы 16\u00a0желтоқсан"),
        ("ru", "16\u00a0декабря 2026\u00a0г."),
        ("en", "16\u00a0December 2026"),
    ],
)
def test_a_date_is_written_the_way_its_language_writes_it(language: str, written: str) -> None:
    assert format_date(date(2026, 12, 16), language, load_common()) == written


def test_a_power_of_attorney_without_a_stated_term_holds_one_year() -> None:
    checked = check_inputs(DocumentKind.POWER_OF_ATTORNEY, {"attorney_id": " 7 "}, facts())
    assert checked["term_until"] == date(2027, 11, 26)
    assert checked["attorney_id"] == 7
    assert check_inputs(DocumentKind.POWER_OF_ATTORNEY, {}, facts())["attorney_id"] is None


def test_a_power_of_attorney_for_three_years_is_accepted_but_not_a_day_more() -> None:
    ok = check_inputs(DocumentKind.POWER_OF_ATTORNEY, {"term_until": "2029-11-26"}, facts())
    assert ok["term_until"] == date(2029, 11, 26)
    with pytest.raises(ValidationError) as refused:
        check_inputs(DocumentKind.POWER_OF_ATTORNEY, {"term_until": "2029-11-27"}, facts())
    assert "at most 3 years" in refused.value.errors["term_until"]


@pytest.mark.parametrize("term", ["2026-11-26", "2025-01-01"])
def test_a_term_ending_on_or_before_the_day_it_is_made_is_refused(term: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_inputs(DocumentKind.POWER_OF_ATTORNEY, {"term_until": term}, facts())
    assert "term_until" in refused.value.errors


@pytest.mark.parametrize("value", ["31.12.2027", "tomorrow", 42])
def test_a_term_that_is_not_a_date_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        check_inputs(DocumentKind.POWER_OF_ATTORNEY, {"term_until": value}, facts())
    assert refused.value.errors == {"term_until": "must be a date as YYYY-MM-DD"}


@pytest.mark.parametrize("value", [True, 0, -3, "7a", "٣", 2.5, "=1+1"])
def test_the_attorney_is_named_by_the_number_of_a_record(value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        check_inputs(DocumentKind.POWER_OF_ATTORNEY, {"attorney_id": value}, facts())
    assert "attorney on record" in refused.value.errors["attorney_id"]


def test_the_letter_takes_the_address_and_departure_from_the_client_and_case() -> None:
    case = facts(
        service="migration_notification",
        arrival_date=date(2026, 11, 23),
        answers={"departure_date": "2027-02-28"},
    )
    checked = check_inputs(DocumentKind.NOTIFICATION_LETTER, {}, case)
    assert checked == {"stay_address": "Kunayev St 19, Astana", "stay_until": date(2027, 2, 28)}
    typed = check_inputs(
        DocumentKind.NOTIFICATION_LETTER,
        {"stay_address": "Hotel Rixos, Astana", "stay_until": "2027-01-10"},
        case,
    )
    assert typed == {"stay_address": "Hotel Rixos, Astana", "stay_until": date(2027, 1, 10)}


def test_a_stay_ending_before_the_arrival_is_refused() -> None:
    case = facts(service="migration_notification", arrival_date=date(2026, 11, 23))
    with pytest.raises(ValidationError) as refused:
        check_inputs(DocumentKind.NOTIFICATION_LETTER, {"stay_until": "2026-11-22"}, case)
    assert refused.value.errors == {"stay_until": "cannot be before the arrival"}


def test_a_stay_end_that_is_not_a_date_is_refused_not_a_crash() -> None:
    case = facts(
        service="migration_notification",
        arrival_date=date(2026, 11, 23),
        answers={"departure_date": "someday"},
    )
    with pytest.raises(ValidationError) as refused:
        check_inputs(DocumentKind.NOTIFICATION_LETTER, {"stay_until": "next spring"}, case)
    assert set(refused.value.errors) == {"stay_until"}
    assert check_inputs(DocumentKind.NOTIFICATION_LETTER, {}, case)["stay_until"] is None
