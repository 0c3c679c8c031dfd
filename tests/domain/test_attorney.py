"""An attorney on record: the name, identity document and IIN a notary compares with the paper."""

from datetime import date
from typing import Any

import pytest

from expat_desk.domain.attorney import DOCUMENT_KINDS, check_attorney
from expat_desk.domain.errors import ValidationError

TODAY = date(2026, 11, 25)
IIN = "900115300013"  # a valid IIN: born 15 January 1990, male
BIN = "160840012340"  # a valid BIN of a resident legal entity


def attorney(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "full_name": "Нурланова Айгерим Болатқызы",
        "document_kind": "kz_id_card",
        "document_number": "012345678",
        "document_issued": "2020-05-01",
        "document_authority": "МВД РК",
        "resident": True,
        "iin": IIN,
    }
    values.update(overrides)
    return values


def refused(**overrides: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        check_attorney(attorney(**overrides), TODAY)
    return caught.value.errors


def test_a_resident_with_an_id_card_is_stored_tidied() -> None:
    checked = check_attorney(
        attorney(full_name="  Нурланова   Айгерим ", iin="900115 3 00013"), TODAY
    )
    assert checked == {
        "full_name": "Нурланова Айгерим",
        "document_kind": "kz_id_card",
        "document_number": "012345678",
        "document_issued": date(2020, 5, 1),
        "document_authority": "МВД РК",
        "resident": True,
        "iin": IIN,
    }


def test_a_non_resident_with_a_foreign_passport_needs_no_iin() -> None:
    checked = check_attorney(
        attorney(
            full_name="O'Neil-Smith Mary",
            document_kind="foreign_passport",
            document_number="gb 1234567",
            document_authority="HM Passport Office",
            resident=False,
            iin=None,
        ),
        TODAY,
    )
    assert checked["document_number"] == "GB1234567"
    assert checked["iin"] is None and checked["resident"] is False


def test_every_wrong_field_is_named_at_once() -> None:
    errors = refused(
        full_name="", document_kind="visa", document_issued="tomorrow", document_authority=" "
    )
    assert set(errors) == {"full_name", "document_kind", "document_issued", "document_authority"}
    assert errors["full_name"] == "is required"
    assert "kz_id_card" in errors["document_kind"]


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_each_kind_of_document_is_taken(kind: str) -> None:
    number = "012345678" if kind == "kz_id_card" else "N12345678"
    assert check_attorney(attorney(document_kind=kind, document_number=number), TODAY)


# --- the name -------------------------------------------------------------------------------


def test_a_name_of_200_characters_is_taken_but_not_201() -> None:
    assert check_attorney(attorney(full_name="А" * 200), TODAY)["full_name"] == "А" * 200
    assert "at most 200" in refused(full_name="А" * 201)["full_name"]


def test_ten_thousand_characters_are_refused_without_being_echoed() -> None:
    why = refused(full_name="Ivanov " * 1500)["full_name"]
    assert "at most 200" in why and len(why) < 100


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("=cmd|' /C calc'!A0", "'=' is not one"),
        ("Ivanov2", "'2' is not one"),
        ("Ivanov\x00Ivan", "control character"),
        ("Ivanov\tIvan", "control character"),
        ("Ivanov\u200bIvan", "control character"),  # a zero-width space
        ("Иванов Ivan", "one script"),
        ("Ivanov.", "'.' is not one"),
        ("-Ivanov", "begin with a letter"),
        ("Ivanov 李", "'李' is not one"),
        ("' -", "begin with a letter"),
    ],
)
def test_a_name_that_is_no_name_is_refused(name: str, reason: str) -> None:
    assert reason in refused(full_name=name)["full_name"]


def test_kazakh_letters_are_cyrillic() -> None:
    name = "Әбілқасымова Ғалия Өмірзаққызы"
    assert check_attorney(attorney(full_name=name), TODAY)["full_name"] == name


# --- the document ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("01234567", "9 digits"),
        ("0123456789", "9 digits"),
        ("N12345678", "9 digits"),
    ],
)
def test_a_kazakhstan_id_card_has_nine_digits(number: str, reason: str) -> None:
    assert reason in refused(document_number=number)["document_number"]


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("N123", "5 to 20"),
        ("N1234567890123456789X", "5 to 20"),
        ("N12345", None),
        ("Н1234567", "'Н' is a Cyrillic letter"),  # a Cyrillic Н looks like a Latin N
        ("N123-4567", "5 to 20"),
        ("N１２３４５", "5 to 20"),  # full-width digits
    ],
)
def test_a_passport_number_is_latin_letters_and_digits(number: str, reason: str | None) -> None:
    values = {"document_kind": "foreign_passport", "document_number": number}
    if reason is None:
        assert check_attorney(attorney(**values), TODAY)["document_number"] == number
    else:
        assert reason in refused(**values)["document_number"]


def test_the_issue_date_may_be_today_but_not_tomorrow() -> None:
    assert check_attorney(attorney(document_issued=TODAY), TODAY)["document_issued"] == TODAY
    assert refused(document_issued=date(2026, 11, 26)) == {
        "document_issued": "cannot be in the future"
    }


def test_the_authority_holds_at_most_200_characters_and_no_controls() -> None:
    assert "at most 200" in refused(document_authority="М" * 201)["document_authority"]
    assert "control" in refused(document_authority="МВД\x1bРК")["document_authority"]


# --- residence and the IIN ------------------------------------------------------------------


def test_a_resident_without_an_iin_is_refused() -> None:
    assert "resident" in refused(iin=None)["iin"]
    assert "resident" in refused(iin="   ")["iin"]


def test_a_bin_is_refused_as_an_organisations_number() -> None:
    assert "BIN" in refused(iin=BIN)["iin"]


@pytest.mark.parametrize(
    ("iin", "reason"),
    [
        ("900115300014", "check digit"),
        ("90011530001", "12 digits"),
        ("90011530001O", "not a digit"),
        ("991315300013", "birth date"),
    ],
)
def test_a_wrong_iin_is_refused_with_its_reason(iin: str, reason: str) -> None:
    assert reason in refused(iin=iin)["iin"]


def test_a_non_resident_may_have_an_iin_and_it_is_checked() -> None:
    assert check_attorney(attorney(resident=False), TODAY)["iin"] == IIN
    assert "check digit" in refused(resident=False, iin="900115300014")["iin"]


def test_resident_must_be_yes_or_no_and_unknown_fields_are_named() -> None:
    errors = refused(resident="yes", nickname="Aika")
    assert errors["resident"] == "must be yes or no"
    assert errors["nickname"] == "is not a field of an attorney"
