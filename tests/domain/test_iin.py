"""Tests of IIN parsing, check digits and the warnings against passport data."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expat_desk.domain.iin import (
    IinInfo,
    InvalidIin,
    iin_check_digit,
    iin_warnings,
    normalize_iin,
    parse_iin,
)
from expat_desk.domain.sex import Sex


def _reference_check_digit(first11: str) -> int | None:
    """The published algorithm, written out independently of the module under test."""
    digits = [int(c) for c in first11]
    first = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
    if first != 10:
        return first
    second = (
        sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    )
    return None if second == 10 else second


# Check digits verified with _reference_check_digit and, for the first one, by hand.
@pytest.mark.parametrize(
    ("iin", "birth_date", "sex"),
    [
        ("850712102348", date(1885, 7, 12), Sex.MALE),
        ("791110205672", date(1879, 11, 10), Sex.FEMALE),
        ("991231312344", date(1999, 12, 31), Sex.MALE),
        ("640309400564", date(1964, 3, 9), Sex.FEMALE),
        ("040512507893", date(2004, 5, 12), Sex.MALE),
        ("120229600435", date(2012, 2, 29), Sex.FEMALE),
    ],
)
def test_valid_iin_of_each_century_and_sex(iin: str, birth_date: date, sex: Sex) -> None:
    assert parse_iin(iin) == IinInfo(birth_date=birth_date, sex=sex)


def test_check_digit_from_second_weight_set() -> None:
    # 9,0,0,1,1,5,3,0,0,4,0 x 1..11 = 109, 109 mod 11 = 10, so the second weights apply:
    # x 3,4,5,6,7,8,9,10,11,1,2 = 111, 111 mod 11 = 1.
    assert iin_check_digit("90011530040") == 1
    assert parse_iin("900115300401") == IinInfo(date(1990, 1, 15), Sex.MALE)
    with pytest.raises(InvalidIin, match="check digit is 0, expected 1"):
        parse_iin("900115300400")


def test_number_whose_check_digit_cannot_be_computed() -> None:
    # x 1..11 = 98 (mod 11 = 10); x 3,4,...,2 = 120 (mod 11 = 10): no IIN starts like this.
    assert iin_check_digit("90011530120") is None
    for last in "0123456789":
        with pytest.raises(InvalidIin, match="check digit cannot be computed"):
            parse_iin("90011530120" + last)


def test_wrong_check_digit() -> None:
    with pytest.raises(InvalidIin, match=r"^IIN check digit is 4, expected 8$"):
        parse_iin("850712102344")


@pytest.mark.parametrize(("text", "length"), [("", 0), ("85071210234", 11), ("8507121023480", 13)])
def test_wrong_length(text: str, length: int) -> None:
    with pytest.raises(InvalidIin, match=rf"^IIN must have 12 digits, not {length}$"):
        parse_iin(text)


@pytest.mark.parametrize(
    ("text", "char"),
    [("85071210234A", "A"), ("8507121023٤8", "٤"), ("850712-102348", "-")],
)
def test_character_that_is_not_a_digit(text: str, char: str) -> None:
    with pytest.raises(InvalidIin, match="not a digit") as error:
        parse_iin(text)
    assert repr(char) in str(error.value)


def test_surrounding_whitespace_is_ignored() -> None:
    assert parse_iin("  850712102348\n") == parse_iin("850712102348")
    assert parse_iin("\t850712102348 ").sex is Sex.MALE


@pytest.mark.parametrize("grouped", ["850712 102348", "8507 1210 2348", "850712 1 02348"])
def test_an_iin_typed_in_groups_is_read_as_one(grouped: str) -> None:
    assert parse_iin(grouped) == parse_iin("850712102348")
    assert normalize_iin(grouped) == "850712102348"


def test_a_birth_date_after_today_is_refused() -> None:
    # Born 12 July 2085 by its digits (century digit 5): no IIN is issued before birth.
    future = _with_check_digit("85071250234")
    assert parse_iin(future).birth_date == date(2085, 7, 12)  # no day given: only the digits
    with pytest.raises(InvalidIin, match="birth date in the future: 2085-07-12"):
        parse_iin(future, today=date(2026, 11, 25))
    born_today = _with_check_digit("26112550234")
    assert parse_iin(born_today, today=date(2026, 11, 25)).birth_date == date(2026, 11, 25)


def _with_check_digit(first11: str) -> str:
    digit = _reference_check_digit(first11)
    assert digit is not None
    return first11 + str(digit)


@pytest.mark.parametrize(
    "first11",
    [
        "99133230000",  # month 13, day 32
        "85130210234",  # month 13
        "90023030000",  # 30 February
        "97022940011",  # 29 February 1997, not a leap year
        "00022930017",  # 29 February 1900: century years are leap only when divisible by 400
        "85000010234",  # month 0
        "85070010234",  # day 0
    ],
)
def test_birth_date_that_does_not_exist(first11: str) -> None:
    iin = _with_check_digit(first11)
    with pytest.raises(InvalidIin, match="not a valid birth date") as error:
        parse_iin(iin)
    assert iin[:6] in str(error.value)


def test_29_february_of_leap_years() -> None:
    assert parse_iin(_with_check_digit("00022960017")).birth_date == date(2000, 2, 29)
    assert parse_iin(_with_check_digit("96022940011")).birth_date == date(1996, 2, 29)


@pytest.mark.parametrize("digit", "0789")
def test_century_digit_outside_1_to_6(digit: str) -> None:
    first11 = "850712" + digit + "0234"
    check = _reference_check_digit(first11)
    iin = first11 + str(check if check is not None else 0)
    with pytest.raises(
        InvalidIin, match=rf"^IIN digit 7 must be 1-6 \(century and sex\), not {digit}$"
    ):
        parse_iin(iin)


def test_check_digit_rejects_input_that_is_not_11_digits() -> None:
    with pytest.raises(InvalidIin):
        iin_check_digit("8507121023")
    with pytest.raises(InvalidIin):
        iin_check_digit("85071210A34")


_INFO = IinInfo(birth_date=date(1990, 1, 15), sex=Sex.MALE)


def test_no_warning_when_iin_matches_passport() -> None:
    assert iin_warnings(_INFO, date(1990, 1, 15), Sex.MALE) == []


@pytest.mark.parametrize("sex", [None, Sex.UNSPECIFIED])
def test_no_warning_when_passport_data_unknown(sex: Sex | None) -> None:
    assert iin_warnings(_INFO, None, sex) == []


def test_warning_for_different_birth_date() -> None:
    assert iin_warnings(_INFO, date(1990, 1, 16), Sex.MALE) == [
        "The IIN encodes birth date 1990-01-15, the passport says 1990-01-16"
    ]


def test_warning_for_different_sex() -> None:
    assert iin_warnings(_INFO, date(1990, 1, 15), Sex.FEMALE) == [
        "The IIN encodes sex male, the passport says female"
    ]


def test_both_warnings() -> None:
    assert len(iin_warnings(_INFO, date(1991, 1, 15), Sex.FEMALE)) == 2


@given(st.text())
def test_arbitrary_text_parses_or_raises_invalid_iin(text: str) -> None:
    try:
        result = parse_iin(text)
    except InvalidIin:
        return
    assert isinstance(result, IinInfo)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_any_12_digits_parse_to_their_date_or_raise_invalid_iin(iin: str) -> None:
    try:
        info = parse_iin(iin)
    except InvalidIin:
        return
    assert info.birth_date.strftime("%m%d") == iin[2:6]
    assert info.birth_date.year % 100 == int(iin[:2])


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_check_digit_matches_reference(first11: str) -> None:
    assert iin_check_digit(first11) == _reference_check_digit(first11)


_CENTURY_DIGITS = {
    "1": (1800, Sex.MALE),
    "2": (1800, Sex.FEMALE),
    "3": (1900, Sex.MALE),
    "4": (1900, Sex.FEMALE),
    "5": (2000, Sex.MALE),
    "6": (2000, Sex.FEMALE),
}


@given(
    birth_date=st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.sampled_from([Sex.MALE, Sex.FEMALE]),
    serial=st.text(alphabet="0123456789", min_size=4, max_size=4),
)
def test_completed_numbers_parse_back(birth_date: date, sex: Sex, serial: str) -> None:
    century_digit = next(
        d for d, (c, s) in _CENTURY_DIGITS.items() if c == birth_date.year // 100 * 100 and s == sex
    )
    yymmdd = f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}"
    first11 = yymmdd + century_digit + serial
    check = iin_check_digit(first11)
    if check is None:
        with pytest.raises(InvalidIin):
            parse_iin(first11 + "0")
        return
    assert parse_iin(first11 + str(check)) == IinInfo(birth_date=birth_date, sex=sex)
