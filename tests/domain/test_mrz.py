"""Tests of passport MRZ (ICAO 9303 TD3) parsing and check digits."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expat_desk.domain.mrz import InvalidMrz, PassportMrz, check_digit, parse_td3
from expat_desk.domain.sex import Sex

# The specimen passport of ICAO Doc 9303 part 4.
LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
TODAY = date(2024, 6, 1)
MRZ_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"


def _parse(text: str) -> PassportMrz:
    return parse_td3(text, today=TODAY)


def _line2(
    number: str,
    nationality: str,
    birth: str,
    sex: str,
    expiry: str,
    personal: str = "",
    personal_check: str | None = None,
) -> str:
    """Build line 2 with correct check digits (check_digit is tested on known values below)."""
    number_field = number.ljust(9, "<")
    personal_field = personal.ljust(14, "<")
    if personal_check is None:
        personal_check = str(check_digit(personal_field))
    line = (
        number_field
        + str(check_digit(number_field))
        + nationality.ljust(3, "<")
        + birth
        + str(check_digit(birth))
        + sex
        + expiry
        + str(check_digit(expiry))
        + personal_field
        + personal_check
    )
    composite = line[0:10] + line[13:20] + line[21:43]
    return line + str(check_digit(composite))


def _replace(text: str, index: int, char: str) -> str:
    return text[:index] + char + text[index + 1 :]


def test_icao_specimen() -> None:
    assert _parse(f"{LINE1}\n{LINE2}") == PassportMrz(
        document_type="P",
        issuing_state="UTO",
        surname="ERIKSSON",
        given_names="ANNA MARIA",
        number="L898902C3",
        nationality="UTO",
        birth_date=date(1974, 8, 12),
        sex=Sex.FEMALE,
        expiry=date(2012, 4, 15),
        personal_number="ZE184226B",
    )


@pytest.mark.parametrize(
    ("field", "digit"),
    [("L898902C3", 6), ("740812", 2), ("120415", 9), ("ZE184226B<<<<<", 1), ("", 0)],
)
def test_check_digit_known_values(field: str, digit: int) -> None:
    assert check_digit(field) == digit


@pytest.mark.parametrize("char", ["a", "é", " ", "-"])
def test_check_digit_rejects_characters_outside_the_mrz_alphabet(char: str) -> None:
    with pytest.raises(InvalidMrz, match="not allowed"):
        check_digit("AB" + char)


@pytest.mark.parametrize(
    "text",
    [
        f"{LINE1}\r\n{LINE2}",
        f"{LINE1}\r\n{LINE2}\r\n",
        f"  {LINE1}  \n\n\t{LINE2}\n",
        f"{LINE1.lower()}\n{LINE2.lower()}",
        f"{LINE1}{LINE2}",
        f"  {LINE1}{LINE2}\n",
    ],
)
def test_pasted_variants_are_accepted(text: str) -> None:
    assert _parse(text) == _parse(f"{LINE1}\n{LINE2}")


@pytest.mark.parametrize(
    ("index", "char", "message"),
    # Expected digits worked by hand: weights 7, 3, 1 from the start of each field.
    [
        (5, "3", "check digit of the document number is 6, expected 9"),
        (18, "3", "check digit of the birth date is 2, expected 3"),
        (26, "6", "check digit of the expiry date is 9, expected 0"),
        (28, "Y", "check digit of the personal number is 1, expected 4"),
        (43, "1", "composite check digit is 1, expected 0"),
        (9, "<", "check digit of the document number is '<', expected 6"),
    ],
)
def test_corrupted_line_2_names_the_field(index: int, char: str, message: str) -> None:
    with pytest.raises(InvalidMrz, match=rf"^MRZ line 2: the {message}$"):
        _parse(f"{LINE1}\n{_replace(LINE2, index, char)}")


def test_line_of_wrong_length() -> None:
    with pytest.raises(
        InvalidMrz, match=r"^MRZ must have two lines of 44 characters; line 1 has 43$"
    ):
        _parse(f"{LINE1[:-1]}\n{LINE2}")
    with pytest.raises(InvalidMrz, match="line 2 has 45"):
        _parse(f"{LINE1}\n{LINE2}<")


@pytest.mark.parametrize("text", [LINE1, LINE2, f"\n{LINE2}\n", LINE1 + LINE2[:-1]])
def test_one_line_only(text: str) -> None:
    with pytest.raises(InvalidMrz, match="two lines"):
        _parse(text)


def test_three_lines() -> None:
    with pytest.raises(InvalidMrz, match="3 lines"):
        _parse(f"{LINE1}\n{LINE2}\n{LINE2}")


@pytest.mark.parametrize("text", ["", "  \n\r\n "])
def test_empty(text: str) -> None:
    with pytest.raises(InvalidMrz, match="empty"):
        _parse(text)


@pytest.mark.parametrize("char", ["Q", "1", "Z"])
def test_bad_sex(char: str) -> None:
    with pytest.raises(InvalidMrz, match="sex") as error:
        _parse(f"{LINE1}\n{_replace(LINE2, 20, char)}")
    assert repr(char) in str(error.value)


@pytest.mark.parametrize(
    ("char", "sex"), [("M", Sex.MALE), ("X", Sex.UNSPECIFIED), ("<", Sex.UNSPECIFIED)]
)
def test_other_sexes(char: str, sex: Sex) -> None:
    line2 = _line2("L898902C3", "UTO", "740812", char, "120415", "ZE184226B")
    assert _parse(f"{LINE1}\n{line2}").sex is sex


@pytest.mark.parametrize("char", ["é", " ", "«", "-", "ß"])
def test_illegal_character(char: str) -> None:
    with pytest.raises(InvalidMrz, match="not allowed") as error:
        _parse(f"{_replace(LINE1, 20, char)}\n{LINE2}")
    assert repr(char) in str(error.value)


def test_line_1_must_start_with_p() -> None:
    with pytest.raises(InvalidMrz, match="must start with 'P'"):
        _parse(f"{_replace(LINE1, 0, 'I')}\n{LINE2}")


def test_birth_date_that_does_not_exist() -> None:
    line2 = _line2("L898902C3", "UTO", "740230", "F", "120415", "ZE184226B")
    with pytest.raises(InvalidMrz, match=r"birth date is not a real date.*740230"):
        _parse(f"{LINE1}\n{line2}")


def test_expiry_date_that_does_not_exist() -> None:
    line2 = _line2("L898902C3", "UTO", "740812", "F", "121315", "ZE184226B")
    with pytest.raises(InvalidMrz, match=r"expiry date is not a real date.*121315"):
        _parse(f"{LINE1}\n{line2}")


def test_unknown_birth_day_is_not_a_real_date() -> None:
    line2 = _line2("L898902C3", "UTO", "7408<<", "F", "120415", "ZE184226B")
    with pytest.raises(InvalidMrz, match="birth date is not a real date"):
        _parse(f"{LINE1}\n{line2}")


def test_nationality_with_digit_is_rejected() -> None:
    line2 = _line2("L898902C3", "U1O", "740812", "F", "120415", "ZE184226B")
    with pytest.raises(InvalidMrz, match="nationality 'U1O'"):
        _parse(f"{LINE1}\n{line2}")


def test_name_with_digit_is_rejected() -> None:
    with pytest.raises(InvalidMrz, match="line 1: the name field contains '4'"):
        _parse(f"{_replace(LINE1, 9, '4')}\n{LINE2}")


GERMAN_LINE1 = "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<"


@pytest.mark.parametrize("personal_check", ["<", "0"])
def test_german_passport_without_personal_number(personal_check: str) -> None:
    line2 = _line2("C01X00T47", "D", "640812", "F", "310731", personal_check=personal_check)
    assert line2.startswith("C01X00T47") and line2[10:13] == "D<<"
    mrz = _parse(f"{GERMAN_LINE1}\n{line2}")
    assert (mrz.issuing_state, mrz.nationality) == ("DEU", "DEU")
    assert (mrz.surname, mrz.given_names) == ("MUSTERMANN", "ERIKA")
    assert mrz.personal_number == ""
    assert mrz.birth_date == date(1964, 8, 12)
    assert mrz.expiry == date(2031, 7, 31)


def test_empty_personal_number_with_wrong_check_digit() -> None:
    line2 = _line2("C01X00T47", "D", "640812", "F", "310731", personal_check="3")
    with pytest.raises(InvalidMrz, match="check digit of the personal number is 3, expected 0"):
        _parse(f"{GERMAN_LINE1}\n{line2}")


def test_present_personal_number_needs_a_real_check_digit() -> None:
    line2 = _line2("L898902C3", "UTO", "740812", "F", "120415", "ZE184226B", personal_check="<")
    with pytest.raises(InvalidMrz, match="personal number is '<', expected 1"):
        _parse(f"{LINE1}\n{line2}")


def test_names_of_several_words() -> None:
    line1 = "P<KAZDE<LA<CRUZ<<MARIA<ANNA<SOFIA".ljust(44, "<")
    mrz = _parse(f"{line1}\n{LINE2}")
    assert mrz.issuing_state == "KAZ"
    assert mrz.surname == "DE LA CRUZ"
    assert mrz.given_names == "MARIA ANNA SOFIA"


def test_surname_only() -> None:
    mrz = _parse(f"{'P<UTOERIKSSON'.ljust(44, '<')}\n{LINE2}")
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", "")


def test_document_type_with_second_letter() -> None:
    assert _parse(f"{_replace(LINE1, 1, 'D')}\n{LINE2}").document_type == "PD"


@pytest.mark.parametrize(
    ("birth", "today", "expected"),
    [
        ("150101", date(2020, 1, 1), date(2015, 1, 1)),
        ("150101", date(2014, 6, 1), date(1915, 1, 1)),
        ("240601", date(2024, 6, 1), date(2024, 6, 1)),
        ("240602", date(2024, 6, 1), date(1924, 6, 2)),
        ("000229", date(2024, 6, 1), date(2000, 2, 29)),
    ],
)
def test_birth_century(birth: str, today: date, expected: date) -> None:
    line2 = _line2("L898902C3", "UTO", birth, "F", "300101")
    assert parse_td3(f"{LINE1}\n{line2}", today=today).birth_date == expected


def test_expiry_is_always_in_the_2000s() -> None:
    line2 = _line2("L898902C3", "UTO", "740812", "F", "990101")
    assert _parse(f"{LINE1}\n{line2}").expiry == date(2099, 1, 1)


@given(st.text())
def test_arbitrary_text_parses_or_raises_invalid_mrz(text: str) -> None:
    try:
        result = parse_td3(text, today=TODAY)
    except InvalidMrz:
        return
    assert isinstance(result, PassportMrz)


@given(
    st.text(alphabet=MRZ_ALPHABET, min_size=44, max_size=44),
    st.text(alphabet=MRZ_ALPHABET, min_size=44, max_size=44),
)
def test_arbitrary_mrz_shaped_lines_parse_or_raise_invalid_mrz(line1: str, line2: str) -> None:
    try:
        result = parse_td3(f"P{line1[1:]}\n{line2}", today=TODAY)
    except InvalidMrz:
        return
    assert result.number == line2[:9].strip("<")


@given(st.text(alphabet=MRZ_ALPHABET))
def test_check_digit_is_a_single_digit(field: str) -> None:
    assert check_digit(field) in range(10)


@given(
    st.text(alphabet="0123456789", min_size=1, max_size=20),
    st.data(),
)
def test_check_digit_catches_every_single_digit_typo(field: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(field) - 1))
    typo = data.draw(st.sampled_from("0123456789").filter(lambda d: d != field[index]))
    assert check_digit(_replace(field, index, typo)) != check_digit(field)


_NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8)


@given(
    surname=st.lists(_NAME, min_size=1, max_size=2),
    given_names=st.lists(_NAME, max_size=2),
    number=st.text(alphabet=MRZ_ALPHABET[:-1], min_size=1, max_size=9),
    birth=st.dates(min_value=date(1925, 1, 1), max_value=TODAY),
    expiry=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.sampled_from(["M", "F", "X", "<"]),
    personal=st.text(alphabet=MRZ_ALPHABET[:-1], max_size=14),
)
def test_valid_mrz_parses_back(
    surname: list[str],
    given_names: list[str],
    number: str,
    birth: date,
    expiry: date,
    sex: str,
    personal: str,
) -> None:
    names = "<".join(surname) + "<<" + "<".join(given_names)
    line1 = f"P<KAZ{names}".ljust(44, "<")
    line2 = _line2(
        number, "KAZ", birth.strftime("%y%m%d"), sex, expiry.strftime("%y%m%d"), personal
    )
    mrz = parse_td3(f"{line1}\n{line2}", today=TODAY)
    assert mrz.surname == " ".join(surname)
    assert mrz.given_names == " ".join(given_names)
    assert mrz.number == number
    assert mrz.birth_date == birth
    assert mrz.expiry == expiry
    assert mrz.sex == {"M": Sex.MALE, "F": Sex.FEMALE}.get(sex, Sex.UNSPECIFIED)
    assert mrz.personal_number == personal


# --- each refusal carries a code and its arguments, for the window to say in its language ---

_GOOD = f"{LINE1}\n{LINE2}"


@pytest.mark.parametrize(
    ("text", "code", "params", "kinds"),
    [
        ("", "mrz.empty", {}, {}),
        (LINE1, "mrz.one_line", {"count": "44"}, {}),
        (f"{_GOOD}\n{LINE2}", "mrz.lines", {"count": "3"}, {}),
        (f"{LINE1[:-1]}\n{LINE2}", "mrz.line_length", {"line": "1", "count": "43"}, {}),
        (f"{_replace(LINE1, 20, 'é')}\n{LINE2}", "mrz.character", {"char": "é"}, {}),
        (f"{_replace(LINE1, 20, chr(7))}\n{LINE2}", "mrz.character", {"char": "\\x07"}, {}),
        (f"{_replace(LINE1, 0, 'I')}\n{LINE2}", "mrz.not_passport", {"char": "I"}, {}),
        (f"{_replace(LINE1, 1, '1')}\n{LINE2}", "mrz.document_type", {"typed": "P1"}, {}),
        (
            f"{_replace(LINE1, 3, '1')}\n{LINE2}",
            "mrz.country",
            {"line": "1", "field": "issuing_state", "typed": "U1O"},
            {"field": "field"},
        ),
        (f"{_replace(LINE1, 9, '4')}\n{LINE2}", "mrz.name_character", {"char": "4"}, {}),
        (f"{'P<UTO'.ljust(44, '<')}\n{LINE2}", "mrz.no_surname", {}, {}),
        (
            f"{LINE1}\n{_replace(LINE2, 5, '3')}",
            "mrz.check_digit",
            {"field": "document_number", "digit": "6", "expected": "9"},
            {"field": "field"},
        ),
        (
            f"{LINE1}\n{_replace(LINE2, 9, '<')}",
            "mrz.check_digit",
            {"field": "document_number", "digit": "'<'", "expected": "6"},
            {"field": "field"},
        ),
        (
            f"{LINE1}\n{_replace(LINE2, 18, '3')}",
            "mrz.check_digit",
            {"field": "birth_date", "digit": "2", "expected": "3"},
            {"field": "field"},
        ),
        (
            f"{LINE1}\n{_replace(LINE2, 26, '6')}",
            "mrz.check_digit",
            {"field": "expiry_date", "digit": "9", "expected": "0"},
            {"field": "field"},
        ),
        (
            f"{LINE1}\n{_replace(LINE2, 28, 'Y')}",
            "mrz.check_digit",
            {"field": "personal_number", "digit": "1", "expected": "4"},
            {"field": "field"},
        ),
        (
            f"{LINE1}\n{_replace(LINE2, 43, '1')}",
            "mrz.composite_check",
            {"digit": "1", "expected": "0"},
            {},
        ),
        (
            f"{LINE1}\n{_line2('<', 'UTO', '740812', 'F', '120415', 'ZE184226B')}",
            "mrz.no_number",
            {},
            {},
        ),
        (
            f"{LINE1}\n{_line2('L898902C3', 'U1O', '740812', 'F', '120415')}",
            "mrz.country",
            {"line": "2", "field": "nationality", "typed": "U1O"},
            {"field": "field"},
        ),
        (
            f"{LINE1}\n{_line2('L898902C3', 'UTO', '740230', 'F', '120415')}",
            "mrz.date",
            {"field": "birth_date", "text": "740230"},
            {"field": "field"},
        ),
        (
            f"{LINE1}\n{_line2('L898902C3', 'UTO', '740812', 'F', '121315')}",
            "mrz.date",
            {"field": "expiry_date", "text": "121315"},
            {"field": "field"},
        ),
        (f"{LINE1}\n{_replace(LINE2, 20, 'Q')}", "mrz.sex", {"char": "Q"}, {}),
    ],
)
def test_each_refusal_has_its_code_and_arguments(
    text: str, code: str, params: dict[str, str], kinds: dict[str, str]
) -> None:
    with pytest.raises(InvalidMrz) as error:
        _parse(text)
    assert isinstance(error.value, ValueError)  # what callers catch
    assert (error.value.code, error.value.params, error.value.kinds) == (code, params, kinds)
    # The English is the Message's, arguments put in (read in logs and the command line).
    assert str(error.value) == str(error.value.args[0])
    assert "{" not in str(error.value)


@given(st.text())
def test_every_refusal_of_arbitrary_text_has_a_code(text: str) -> None:
    try:
        parse_td3(text, today=TODAY)
    except InvalidMrz as error:
        assert error.code is not None and error.code.startswith("mrz.")
