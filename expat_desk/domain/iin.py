"""Kazakhstan's individual identification number (IIN, ЖСН/ИИН).

An IIN has 12 digits: YYMMDD of birth, one digit for century and sex, four serial digits and a
check digit.
"""

from dataclasses import dataclass
from datetime import date

from expat_desk.domain.errors import Message, Word, day
from expat_desk.domain.sex import Sex

_LENGTH = 12
_DIGITS = frozenset("0123456789")
_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# Digit 7: (first two digits of the birth year, sex).
_CENTURY_SEX: dict[str, tuple[int, Sex]] = {
    "1": (18, Sex.MALE),
    "2": (18, Sex.FEMALE),
    "3": (19, Sex.MALE),
    "4": (19, Sex.FEMALE),
    "5": (20, Sex.MALE),
    "6": (20, Sex.FEMALE),
}

_SEX_WORDS = {Sex.MALE: "male", Sex.FEMALE: "female"}


class InvalidIin(ValueError):
    """The text is not a valid IIN; the message says what is wrong."""


@dataclass(frozen=True)
class IinInfo:
    """What an IIN encodes about its holder."""

    birth_date: date
    sex: Sex


def _is_digits(text: str) -> bool:
    # str.isdigit() would also accept non-ASCII digits such as '٣' or '²'.
    return all(char in _DIGITS for char in text)


def iin_check_digit(first11: str) -> int | None:
    """Return the check digit for the first 11 digits of an IIN, or None if none exists.

    None means no IIN can start with these digits: the remainder is 10 with both weight sets.
    """
    if len(first11) != _LENGTH - 1 or not _is_digits(first11):
        raise InvalidIin(
            Message(
                "iin.check_digit_input",
                "The IIN check digit needs 11 digits, not {typed}",
                typed=repr(first11),
            )
        )
    digits = [int(char) for char in first11]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def normalize_iin(text: str) -> str:
    """The IIN as stored: typed in groups ("900115 3 00013", as printed on cards) or not."""
    return "".join(text.split())


def parse_iin(text: str, today: date | None = None) -> IinInfo:
    """Parse an IIN, verifying its birth date, century digit and check digit.

    Whitespace is ignored; anything else that is not a digit is an error. With ``today``, a
    birth date after it is refused: no IIN is issued to someone not yet born.
    """
    iin = normalize_iin(text)
    for char in iin:
        if char not in _DIGITS:
            raise InvalidIin(
                Message(
                    "iin.not_digit",
                    "IIN contains a character that is not a digit: {char}",
                    char=repr(char),
                )
            )
    if len(iin) != _LENGTH:
        raise InvalidIin(
            Message("iin.length", "IIN must have 12 digits, not {count}", count=len(iin))
        )

    century_sex = _CENTURY_SEX.get(iin[6])
    if century_sex is None:
        raise InvalidIin(
            Message(
                "iin.century",
                "IIN digit 7 must be 1-6 (century and sex), not {digit}",
                digit=iin[6],
            )
        )
    century, sex = century_sex

    try:
        birth_date = date(century * 100 + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise InvalidIin(
            Message(
                "iin.birth_date",
                "IIN digits 1-6 are not a valid birth date (YYMMDD): {digits}",
                digits=iin[0:6],
            )
        ) from None

    if today is not None and birth_date > today:
        raise InvalidIin(
            Message(
                "iin.birth_future",
                "IIN digits 1-6 give a birth date in the future: {birth}",
                birth=day(birth_date),
            )
        )

    expected = iin_check_digit(iin[:11])
    if expected is None:
        raise InvalidIin(
            Message(
                "iin.no_check_digit",
                "IIN is invalid: its check digit cannot be computed "
                "(remainder 10 with both weight sets)",
            )
        )
    if int(iin[11]) != expected:
        raise InvalidIin(
            Message(
                "iin.checksum",
                "IIN check digit is {digit}, expected {expected}",
                digit=iin[11],
                expected=expected,
            )
        )
    return IinInfo(birth_date=birth_date, sex=sex)


def iin_warnings(info: IinInfo, birth_date: date | None, sex: Sex | None) -> list[str]:
    """Describe where the IIN disagrees with the passport's birth date and sex.

    These are warnings, not errors: the manager may have the passport or the IIN wrong, or the
    passport may have been corrected since the IIN was issued; the number itself is valid.
    None or Sex.UNSPECIFIED means the passport value is unknown.
    """
    warnings: list[str] = []
    if birth_date is not None and birth_date != info.birth_date:
        warnings.append(
            Message(
                "iin.birth_mismatch",
                "The IIN encodes birth date {encoded}, the passport says {passport}",
                encoded=day(info.birth_date),
                passport=day(birth_date),
            )
        )
    if sex is not None and sex in _SEX_WORDS and info.sex in _SEX_WORDS and sex != info.sex:
        warnings.append(
            Message(
                "iin.sex_mismatch",
                "The IIN encodes sex {encoded}, the passport says {passport}",
                encoded=Word("sex", info.sex.value, _SEX_WORDS[info.sex]),
                passport=Word("sex", sex.value, _SEX_WORDS[sex]),
            )
        )
    return warnings
