"""Tests of the client record check: what a manager may type into the client form."""

import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expat_desk.domain.client import CLIENT_FIELDS, CheckedClient, check_client
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.iin import iin_check_digit

TODAY = date(2026, 11, 25)
VALID: dict[str, Any] = {
    "surname": "Smith",
    "given_names": "John Michael",
    "birth_date": "1985-07-12",
    "citizenship": "GBR",
    "passport_number": "123456789",
}
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def make_iin(birth: date, male: bool = True) -> str:
    """A valid IIN for someone born on ``birth`` (20th or 21st century)."""
    century_sex = {19: "3", 20: "5"}[birth.year // 100]
    if not male:
        century_sex = str(int(century_sex) + 1)
    for serial in range(10000):
        first11 = f"{birth:%y%m%d}{century_sex}{serial:04d}"
        check = iin_check_digit(first11)
        if check is not None:
            return first11 + str(check)
    raise AssertionError("no IIN for this date")


def check(**changes: Any) -> CheckedClient:
    values = {**VALID, **changes}
    return check_client({k: v for k, v in values.items() if v is not ...}, today=TODAY)


def errors_of(**changes: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        check(**changes)
    return info.value.errors


# --- required fields and error reporting ------------------------------------------------------


def test_valid_minimal_client_is_accepted() -> None:
    client = check()
    assert client.values["surname"] == "Smith"
    assert client.values["birth_date"] == date(1985, 7, 12)
    assert client.values["citizenship"] == "GBR"
    assert client.warnings == []


@pytest.mark.parametrize("field", ["surname", "birth_date", "citizenship", "passport_number"])
@pytest.mark.parametrize("missing", [..., None, "", "   "])
def test_each_required_field_is_reported_by_name(field: str, missing: Any) -> None:
    """Left out, None or blank: the error names that field and only it."""
    errors = errors_of(**{field: missing})
    assert set(errors) == {field}
    assert "required" in errors[field]


def test_given_names_are_optional() -> None:
    """Many passports carry a single name."""
    assert check(given_names=...).values["given_names"] is None


def test_empty_form_reports_all_required_fields_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        check_client({}, today=TODAY)
    assert set(info.value.errors) == {"surname", "birth_date", "citizenship", "passport_number"}


def test_every_wrong_field_is_reported_at_once() -> None:
    errors = errors_of(
        surname=..., phone="call me", email="john@", citizenship="XXX", nickname="Jo"
    )
    assert set(errors) == {"surname", "phone", "email", "citizenship", "nickname"}


def test_unknown_field_is_refused() -> None:
    errors = errors_of(nickname="Johnny")
    assert set(errors) == {"nickname"}


def test_error_message_names_each_field() -> None:
    """The ValidationError's text, shown in a message box, names what is wrong."""
    with pytest.raises(ValidationError, match="surname") as info:
        check(surname="Иванов", email="nope")
    assert "email" in str(info.value)


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Smith", "O'Brien", "Smith-Jones", "Müller", "García Márquez", "Dvořák", "St. John"]
)
def test_latin_names_accepted(name: str) -> None:
    assert check(surname=name, given_names=name).values["surname"] == name


def test_name_white_space_is_tidied() -> None:
    assert check(surname="  van   der  Berg ").values["surname"] == "van der Berg"


@pytest.mark.parametrize("field", ["surname", "given_names"])
@pytest.mark.parametrize("name", ["Иванов", "Сmith", "李", "Smith2", "Smith!"])
def test_latin_name_fields_refuse_other_scripts_and_signs(field: str, name: str) -> None:
    """Cyrillic (even one look-alike letter, 'С' in 'Сmith'), Chinese, digits are refused."""
    errors = errors_of(**{field: name})
    assert set(errors) == {field}


def test_cyrillic_in_latin_surname_gets_a_message_saying_latin() -> None:
    assert "Latin" in errors_of(surname="Иванов")["surname"]


@pytest.mark.parametrize("name", ["Иванов", "Алёна", "Салтыков-Щедрин", "Ким Ён Су"])
def test_cyrillic_names_accepted(name: str) -> None:
    values = check(surname_cyr=name, given_names_cyr=name).values
    assert values["surname_cyr"] == values["given_names_cyr"] == name


@pytest.mark.parametrize("letter", KAZAKH_LETTERS)
def test_kazakh_letters_accepted_in_cyrillic_fields(letter: str) -> None:
    """Ә Ғ Қ Ң Ө Ұ Ү Һ І and their lower cases are Cyrillic and kept as typed."""
    name = f"Ба{letter}ев"
    values = check(surname_cyr=name, given_names_cyr=letter + "лия").values
    assert values["surname_cyr"] == name
    assert values["given_names_cyr"] == letter + "лия"


def test_real_kazakh_names_accepted() -> None:
    values = check(surname_cyr="Құрманғалиұлы", given_names_cyr="Әлия Өмірзаққызы").values
    assert values["surname_cyr"] == "Құрманғалиұлы"


@pytest.mark.parametrize("field", ["surname_cyr", "given_names_cyr"])
@pytest.mark.parametrize("name", ["Ivanov", "Aлия", "Иванов1"])
def test_cyrillic_fields_refuse_latin(field: str, name: str) -> None:
    """'Aлия' starts with a Latin A: a look-alike that would break search."""
    errors = errors_of(**{field: name})
    assert set(errors) == {field}
    assert "Cyrillic" in errors[field]


@pytest.mark.parametrize("name", ["Нұрланқызы", "Иванович", "Ahmed oglu"])
def test_a_patronymic_is_kept_in_the_script_it_was_typed_in(name: str) -> None:
    assert check(patronymic=f"  {name} ").values["patronymic"] == name


@pytest.mark.parametrize("name", ["Ivanoвич", "Иванович2", "="])
def test_a_patronymic_mixing_scripts_or_with_digits_is_refused(name: str) -> None:
    assert set(errors_of(patronymic=name)) == {"patronymic"}


def test_the_issuing_authority_is_optional_and_limited_in_length() -> None:
    assert check(passport_authority=None).values.get("passport_authority") is None
    assert check(passport_authority="МВД РК").values["passport_authority"] == "МВД РК"
    assert set(errors_of(passport_authority="x" * 201)) == {"passport_authority"}


# --- passport ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [(" n 123 456 7 ", "N1234567"), ("ab1234567", "AB1234567"), ("C01X00T47", "C01X00T47")],
)
def test_passport_number_is_normalized(typed: str, stored: str) -> None:
    assert check(passport_number=typed).values["passport_number"] == stored


@pytest.mark.parametrize("number", ["1234", "N1", "N123-4567", "N123/4567", "N12.34567", "№123456"])
def test_passport_number_too_short_or_with_punctuation_refused(number: str) -> None:
    assert set(errors_of(passport_number=number)) == {"passport_number"}


def test_passport_number_in_cyrillic_refused() -> None:
    """'АВ1234567' typed on a Russian layout looks Latin but is not."""
    assert set(errors_of(passport_number="АВ1234567")) == {"passport_number"}


# --- citizenship ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"), [("gbr", "GBR"), (" kaz ", "KAZ"), ("Deu", "DEU"), ("D", "DEU")]
)
def test_citizenship_accepts_lowercase_and_mrz_alias(typed: str, code: str) -> None:
    assert check(citizenship=typed).values["citizenship"] == code


@pytest.mark.parametrize("typed", ["XXX", "UK", "Kazakhstan", "KZ", "12"])
def test_citizenship_refuses_what_is_not_an_iso_code(typed: str) -> None:
    assert set(errors_of(citizenship=typed)) == {"citizenship"}


# --- phone and e-mail -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("8 701 234 56 78", "+77012345678"),
        ("+7 (701) 234-56-78", "+77012345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+1-212-555-0100", "+12125550100"),
    ],
)
def test_phone_is_normalized_to_plus_and_digits(typed: str, stored: str) -> None:
    assert check(phone=typed).values["phone"] == stored


@pytest.mark.parametrize(
    "typed", ["+7 701 CALL ME", "8 701 234 56 7a", "+7 701 234 56 78 ext. 5", "+٧٧٠١٢٣٤٥٦٧٨"]
)
def test_phone_with_letters_or_foreign_digits_refused(typed: str) -> None:
    """Only ASCII digits are stored: a number in Arabic-Indic digits cannot be dialled or found."""
    assert set(errors_of(phone=typed)) == {"phone"}


@pytest.mark.parametrize("email", ["john.smith@example.com", "a.b+tag@mail.example.kz"])
def test_valid_email_accepted(email: str) -> None:
    assert check(email=f"  {email} ").values["email"] == email


@pytest.mark.parametrize(
    "email", ["john.smith", "john@", "@example.com", "john smith@example.com", "john@example"]
)
def test_invalid_email_refused(email: str) -> None:
    assert set(errors_of(email=email)) == {"email"}


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize("birth", ["2026-11-26", "2030-01-01", "1899-12-31", "12.07.1985"])
def test_birth_date_in_the_future_before_1900_or_badly_written_refused(birth: str) -> None:
    assert set(errors_of(birth_date=birth)) == {"birth_date"}


@pytest.mark.parametrize("birth", ["1900-01-01", "2026-11-25"])
def test_birth_date_limits_accepted(birth: str) -> None:
    assert check(birth_date=birth).values["birth_date"] == date.fromisoformat(birth)


def test_date_and_time_values_are_taken_as_dates() -> None:
    """A spreadsheet cell gives a datetime: it is checked as its date, never a crash."""
    values = check(
        birth_date=datetime(1985, 7, 12, 0, 0), passport_issued=datetime(2015, 3, 1, 9, 30)
    ).values
    assert values["birth_date"] == date(1985, 7, 12)
    assert values["passport_issued"] == date(2015, 3, 1)
    assert set(errors_of(birth_date=datetime(2027, 1, 1))) == {"birth_date"}


def test_passport_issued_before_birth_refused() -> None:
    errors = errors_of(birth_date="1985-07-12", passport_issued="1985-07-11")
    assert set(errors) == {"passport_issued"}


def test_passport_issued_in_the_future_refused() -> None:
    assert set(errors_of(passport_issued="2026-11-26")) == {"passport_issued"}


def test_passport_expiring_before_issue_refused() -> None:
    errors = errors_of(passport_issued="2020-03-01", passport_expiry="2020-02-28")
    assert set(errors) == {"passport_expiry"}


def test_passport_dates_in_order_accepted_even_if_expired() -> None:
    """An expired passport is still a fact of the record (e.g. a lost-passport case)."""
    values = check(passport_issued="2015-03-01", passport_expiry="2025-03-01").values
    assert values["passport_issued"] == date(2015, 3, 1)
    assert values["passport_expiry"] == date(2025, 3, 1)


# --- IIN --------------------------------------------------------------------------------------


def test_iin_matching_the_passport_saved_without_warning() -> None:
    iin = make_iin(date(1985, 7, 12))
    client = check(iin=iin, sex="M")
    assert client.values["iin"] == iin
    assert client.warnings == []


def test_an_iin_typed_in_groups_is_stored_as_one_number() -> None:
    iin = make_iin(date(1985, 7, 12))
    assert check(iin=f"{iin[:4]} {iin[4:8]} {iin[8:]}", sex="M").values["iin"] == iin


def test_an_iin_of_someone_not_yet_born_is_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    assert "future" in errors_of(iin=make_iin(tomorrow))["iin"]
    assert check(iin=make_iin(TODAY), birth_date=TODAY - timedelta(days=1)).values["iin"]


@pytest.mark.parametrize("iin", ["12345", "85071210234X", "8507121023480"])
def test_malformed_iin_is_an_error_on_iin(iin: str) -> None:
    assert set(errors_of(iin=iin)) == {"iin"}


def test_iin_with_wrong_check_digit_is_an_error_on_iin() -> None:
    iin = make_iin(date(1985, 7, 12))
    wrong = iin[:11] + str((int(iin[11]) + 1) % 10)
    assert set(errors_of(iin=wrong)) == {"iin"}


def test_iin_with_another_birth_date_is_saved_with_a_warning() -> None:
    """IINs since 2013 need not encode the real birth date: warn, do not refuse."""
    iin = make_iin(date(1990, 1, 15))
    client = check(iin=iin, birth_date="1985-07-12")
    assert client.values["iin"] == iin
    assert len(client.warnings) == 1
    assert "1990-01-15" in client.warnings[0]
    assert "1985-07-12" in client.warnings[0]


def test_iin_of_the_other_sex_is_saved_with_a_warning() -> None:
    client = check(iin=make_iin(date(1985, 7, 12), male=False), sex="M")
    assert len(client.warnings) == 1


# --- free text and control characters ---------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("surname", "Smi\x00th"),
        ("given_names", "Jo\x1bhn"),
        ("surname_cyr", "Ив\x07анов"),
        ("given_names_cyr", "Ив\x00ан"),
        ("employer", "ACME\x00 LLP"),
        ("address", "Astana\x1b, Mangilik El 55/20"),
        ("notes", "called\x07 twice"),
        ("email", "john\x00@example.com"),
        ("phone", "+7 701\x00 234 56 78"),
        ("passport_number", "N123\x004567"),
    ],
)
def test_control_characters_refused(field: str, value: str) -> None:
    assert set(errors_of(**{field: value})) == {field}


def test_notes_keep_their_line_breaks() -> None:
    notes = "Prefers WhatsApp.\nBrings the originals on Monday."
    assert check(notes=notes).values["notes"] == notes


@pytest.mark.parametrize(("field", "limit"), [("employer", 200), ("address", 300), ("notes", 5000)])
def test_free_text_has_a_length_limit(field: str, limit: int) -> None:
    assert check(**{field: "a" * limit}).values[field] == "a" * limit
    assert set(errors_of(**{field: "a" * (limit + 1)})) == {field}


# --- any text at all --------------------------------------------------------------------------


@pytest.mark.parametrize("field", CLIENT_FIELDS)
@given(text=st.text(max_size=60))
def test_arbitrary_text_in_any_field_is_stored_clean_or_refused(field: str, text: str) -> None:
    """Anything typed or pasted gives a ValidationError or a clean record, never a crash."""
    try:
        client = check_client({**VALID, field: text}, today=TODAY)
    except ValidationError as exc:
        assert set(exc.errors) == {field}
        return
    value = client.values[field]
    if isinstance(value, str):
        allowed = "\n\t" if field == "notes" else ""
        assert not any(ord(ch) < 32 and ch not in allowed for ch in value), repr(value)
    if field == "phone" and value is not None:
        assert re.fullmatch(r"\+[0-9]{7,15}", value), value
    if field == "passport_number":
        assert re.fullmatch(r"[A-Z0-9]{5,20}", value), value
    if field == "iin" and value is not None:
        assert re.fullmatch(r"[0-9]{12}", value), value
