"""The centre's details printed on its documents: a BIN is checked as an IIN is."""

import pytest

from expat_desk.domain.centre import CentreDetails, check_bin, check_centre
from expat_desk.domain.errors import ValidationError

VALID_BIN = "160840012340"


def test_a_bin_with_its_check_digit_is_accepted_spaces_and_all() -> None:
    assert check_bin(" 1608 4001 2340 ") == VALID_BIN


@pytest.mark.parametrize("bin_", ["160851012340", "201262000050"])
def test_a_branch_of_a_non_resident_and_a_joint_entrepreneurship_have_bins(bin_: str) -> None:
    assert check_bin(bin_) == bin_


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("160840012341", "check digit does not match"),
        ("16084001234", "12 digits"),
        ("16084001234X", "12 digits"),
        ("１６０８４００１２３４０", "12 digits"),  # full-width digits are not a BIN
        ("000000000000", "kind of entity"),  # its check digit is right, its structure not
        ("900115300013", "individual's IIN, not a BIN"),  # a valid IIN
        ("161340012340", "month of registration"),
        ("160040012340", "month of registration"),
        ("160847012340", "part of the entity"),
    ],
)
def test_a_mistyped_bin_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_bin(text)
    assert reason in refused.value.errors["bin"]


def test_details_are_tidied_and_each_bad_field_is_named() -> None:
    details = check_centre({"name": "  AIFC   Expat Centre ", "bin": "", "address": None})
    assert details == CentreDetails(name="AIFC Expat Centre", bin=None, address=None)
    with pytest.raises(ValidationError) as refused:
        check_centre({"name": "", "bin": "123", "address": "x" * 301})
    assert set(refused.value.errors) == {"name", "bin", "address"}
