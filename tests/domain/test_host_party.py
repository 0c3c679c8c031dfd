"""What a host party record may hold: a company with its BIN, a private person with an IIN."""

from datetime import date

import pytest

from expat_desk.domain.catalogue import load_catalogue
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.host_party import HostKind, check_host_party

TODAY = date(2026, 12, 7)
BIN = "130440000013"  # registered April 2013, a resident legal entity, its head office
IIN = "850315300019"  # a man born on 15 March 1985
COMPANY = {
    "kind": "legal",
    "name": "Nomad Fintech Ltd",
    "id_number": BIN,
    "address": "Astana, Mangilik El Ave 55/20",
    "phone": "8 717 255 00 00",
    "signatory": "Ахметов Нурлан Каримович",
    "position": "директор",
}
LANDLORD = {"kind": "natural", "name": "Ivanov Sergei Petrovich", "id_number": IIN}


def refused(values: dict, field: str) -> str:
    with pytest.raises(ValidationError) as caught:
        check_host_party(values, today=TODAY)
    assert field in caught.value.errors, caught.value.errors
    return caught.value.errors[field]


def test_a_company_is_kept_with_its_bin_and_its_head() -> None:
    host = check_host_party(COMPANY, today=TODAY)
    assert host.kind is HostKind.LEGAL
    assert host.id_number == BIN
    assert host.phone == "+77172550000"  # the local 8 is Kazakhstan's +7
    assert (host.signatory, host.position) == ("Ахметов Нурлан Каримович", "директор")
    assert host.missing_for_letter() == []


def test_numbers_typed_in_groups_are_accepted() -> None:
    assert check_host_party({**COMPANY, "id_number": "1304 4000 0013"}).id_number == BIN
    assert check_host_party({**LANDLORD, "id_number": "850315 3 00019"}).id_number == IIN


def test_the_kind_and_the_name_are_required() -> None:
    assert "required" in refused({"name": "Hilton Astana"}, "kind")
    assert refused({"kind": "legal", "name": "  "}, "name") == "is required"
    assert "legal" in refused({"kind": "company", "name": "Hilton"}, "kind")


def test_a_company_needs_a_bin_not_an_individuals_iin() -> None:
    assert "IIN" in refused({**COMPANY, "id_number": IIN}, "id_number")
    assert "check digit" in refused({**COMPANY, "id_number": "130440000014"}, "id_number")
    assert "12 digits" in refused({**COMPANY, "id_number": "13044000001"}, "id_number")
    # Digit 6 names the part of the entity (0-3): 7 is none.
    assert "digit 6" in refused({**COMPANY, "id_number": "130447000010"}, "id_number")
    assert "12 digits" in refused({**COMPANY, "id_number": "１３０４４０００００１３"}, "id_number")


def test_a_private_person_needs_an_iin_not_a_bin() -> None:
    assert "BIN" in refused({**LANDLORD, "id_number": BIN}, "id_number")
    # 31 February is no birthday.
    assert refused({**LANDLORD, "id_number": "850231300011"}, "id_number")


def test_an_iin_born_after_today_is_refused() -> None:
    # Born 15 March 2027 (century digit 5): not yet.
    from expat_desk.domain.iin import iin_check_digit

    first = "270315500001"[:11]
    iin = first + str(iin_check_digit(first))
    assert refused({**LANDLORD, "id_number": iin}, "id_number")


def test_a_private_person_has_no_head_to_sign_for_them() -> None:
    host = check_host_party({**LANDLORD, "signatory": "Someone", "position": "director"})
    assert (host.signatory, host.position) == (None, None)
    assert host.missing_for_letter() == ["address", "phone"]


def test_what_a_letter_still_needs_is_named() -> None:
    host = check_host_party({"kind": "legal", "name": "Hilton Astana"})
    assert host.missing_for_letter() == ["id_number", "address", "phone", "signatory", "position"]


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("name", '=HYPERLINK("http://x")', "formula"),
        ("signatory", "@SUM(A1)", "formula"),
        ("name", "Hilton\x07 Astana", "control"),
        ("address", "A" * 301, "300"),
        ("name", "N" * 201, "200"),
        ("phone", "call me", "digits"),
        ("phone", "+7 701 12", "7 to 15"),
        ("colour", "red", "not a host party field"),
    ],
)
def test_hostile_input_is_refused_by_field(field: str, value: str, says: str) -> None:
    why = refused({**COMPANY, field: value}, field)
    assert says in why or (says == "formula" and "cannot begin" in why)


def test_the_host_answer_of_a_case_names_a_record() -> None:
    spec = load_catalogue().service("migration_notification")
    answers = {"arrival_date": "2026-11-20"}
    assert spec.validate_answers({**answers, "host_party": "12"})["host_party"] == 12
    for bad in ("Hilton Astana", True, -1, "1e3", 2**70, 1.5):
        with pytest.raises(ValidationError) as caught:
            spec.validate_answers({**answers, "host_party": bad})
        assert set(caught.value.errors) == {"host_party"}, bad
