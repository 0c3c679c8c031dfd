"""Pasting a passport's MRZ fills the client's fields, which then pass the client checks."""

from datetime import date

import pytest

from expat_desk.domain.client import check_client, values_from_mrz
from expat_desk.domain.mrz import InvalidMrz, check_digit
from expat_desk.domain.sex import Sex

TODAY = date(2026, 11, 25)


def td3(surname: str, given: str, number: str, nation: str, birth: str, sex: str, expiry: str):
    """Two valid TD3 lines, check digits computed from the ICAO rules."""
    names = f"{surname}<<{given.replace(' ', '<')}"
    line1 = f"P<{nation:<<3}{names}".ljust(44, "<")
    number_field = number.ljust(9, "<")
    personal = "<" * 14
    body = (
        f"{number_field}{check_digit(number_field)}{nation:<<3}"
        f"{birth}{check_digit(birth)}{sex}{expiry}{check_digit(expiry)}"
        f"{personal}{check_digit(personal)}"
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return f"{line1}\n{body}{check_digit(composite)}"


def test_mrz_fills_the_passport_fields_of_a_client() -> None:
    text = td3("SMITH", "JOHN PAUL", "123456789", "GBR", "850302", "M", "310115")
    values = values_from_mrz(text, today=TODAY)
    assert values == {
        "surname": "SMITH",
        "given_names": "JOHN PAUL",
        "birth_date": date(1985, 3, 2),
        "sex": Sex.MALE,
        "citizenship": "GBR",
        "passport_number": "123456789",
        "passport_expiry": date(2031, 1, 15),
    }
    checked = check_client(values, today=TODAY)
    assert checked.values["passport_number"] == "123456789"


def test_german_passport_code_becomes_deu() -> None:
    text = td3("MUELLER", "ANNA", "C01X00T47", "D", "900115", "F", "300101")
    assert values_from_mrz(text, today=TODAY)["citizenship"] == "DEU"


def test_a_corrupted_mrz_fills_nothing() -> None:
    text = td3("SMITH", "JOHN", "123456789", "GBR", "850302", "M", "310115")
    corrupted = text.replace("123456789", "123456788", 1)
    with pytest.raises(InvalidMrz, match="document number"):
        values_from_mrz(corrupted, today=TODAY)
