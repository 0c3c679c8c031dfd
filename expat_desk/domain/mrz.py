"""The machine-readable zone of passports (ICAO Doc 9303, TD3: two lines of 44 characters)."""

from dataclasses import dataclass
from datetime import date

from expat_desk.domain.errors import Message, Refusal, Word
from expat_desk.domain.sex import Sex

_LINE_LENGTH = 44
_ALLOWED = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WEIGHTS = (7, 3, 1)
_SEXES = {"M": Sex.MALE, "F": Sex.FEMALE, "X": Sex.UNSPECIFIED, "<": Sex.UNSPECIFIED}
# ICAO 9303 part 3 lets Germany use 'D' instead of its three-letter code 'DEU'.
_STATE_ALIASES = {"D": "DEU"}


class InvalidMrz(Refusal, ValueError):
    """The text is not a valid TD3 passport MRZ; its Message says what is wrong, with a code
    the window says in its language (a ValueError still, as callers catch one)."""


# The fields a refusal names, as Words: the window says them in its language.
_NUMBER = Word("field", "document_number", "document number")
_BIRTH = Word("field", "birth_date", "birth date")
_EXPIRY = Word("field", "expiry_date", "expiry date")
_PERSONAL = Word("field", "personal_number", "personal number")
_ISSUING_STATE = Word("field", "issuing_state", "issuing state")
_NATIONALITY = Word("field", "nationality", "nationality")


@dataclass(frozen=True)
class PassportMrz:
    """The data of a passport MRZ, with fillers removed."""

    document_type: str
    issuing_state: str
    surname: str
    given_names: str
    number: str
    nationality: str
    birth_date: date
    sex: Sex
    expiry: date
    personal_number: str


def _shown(char: str) -> str:
    # A control character or a space must be seen on screen: escaped as Python shows it.
    return repr(char)[1:-1]


def _illegal(char: str) -> InvalidMrz:
    return InvalidMrz(
        Message(
            "mrz.character", "MRZ contains a character not allowed: '{char}'", char=_shown(char)
        )
    )


def check_digit(field: str) -> int:
    """Return the ICAO 9303 check digit of an MRZ field (weights 7, 3, 1 repeating)."""
    total = 0
    for position, char in enumerate(field):
        if "0" <= char <= "9":
            value = ord(char) - ord("0")
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        elif char == "<":
            value = 0
        else:
            raise _illegal(char)
        total += value * _WEIGHTS[position % 3]
    return total % 10


def _split_lines(text: str) -> tuple[str, str]:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    # People paste both lines run together, e.g. from a PDF or a scanner that drops newlines.
    if len(lines) == 1 and len(lines[0]) == 2 * _LINE_LENGTH:
        lines = [lines[0][:_LINE_LENGTH], lines[0][_LINE_LENGTH:]]
    if not lines:
        raise InvalidMrz(Message("mrz.empty", "MRZ is empty"))
    if len(lines) == 1:
        raise InvalidMrz(
            Message(
                "mrz.one_line",
                "MRZ must have two lines of 44 characters; only one line was given "
                "({count} characters)",
                count=len(lines[0]),
            )
        )
    if len(lines) > 2:
        raise InvalidMrz(
            Message(
                "mrz.lines",
                "MRZ must have two lines of 44 characters; {count} lines were given",
                count=len(lines),
            )
        )
    return lines[0], lines[1]


def _normalise(line: str) -> str:
    # Only ASCII letters are upper-cased: str.upper() would turn 'ß' into 'SS', silently
    # accepting a character that no MRZ contains.
    normal = "".join(char.upper() if "a" <= char <= "z" else char for char in line)
    for char in normal:
        if char not in _ALLOWED:
            raise _illegal(char)
    return normal


def _verify(field: Word | None, value: str, digit: str) -> None:
    """Check one check digit: a field's, or the composite one (``field`` None)."""
    expected = check_digit(value)
    if digit == str(expected):
        return
    shown = digit if digit.isdigit() else f"'{_shown(digit)}'"
    if field is None:
        raise InvalidMrz(
            Message(
                "mrz.composite_check",
                "MRZ line 2: the composite check digit is {digit}, expected {expected}",
                digit=shown,
                expected=expected,
            )
        )
    raise InvalidMrz(
        Message(
            "mrz.check_digit",
            "MRZ line 2: the check digit of the {field} is {digit}, expected {expected}",
            field=field,
            digit=shown,
            expected=expected,
        )
    )


def _state(line: int, field: Word, code: str) -> str:
    letters = code.rstrip("<")
    if not letters or any(char not in _LETTERS for char in letters):
        raise InvalidMrz(
            Message(
                "mrz.country",
                "MRZ line {line}: the {field} '{typed}' is not a valid country code",
                line=line,
                field=field,
                typed=code,
            )
        )
    return _STATE_ALIASES.get(letters, letters)


def _not_a_date(field: Word, text: str) -> InvalidMrz:
    return InvalidMrz(
        Message(
            "mrz.date",
            "MRZ line 2: the {field} is not a real date (YYMMDD): {text}",
            field=field,
            text=text,
        )
    )


def _yymmdd(field: Word, text: str, century: int) -> date:
    if not text.isdigit():
        raise _not_a_date(field, text)
    try:
        return date(century * 100 + int(text[0:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        raise _not_a_date(field, text) from None


def _birth_date(text: str, today: date) -> date:
    # Two digits cannot say the century; nobody is born in the future, so the later century
    # that does not lie ahead of today wins.
    born = _yymmdd(_BIRTH, text, 20)
    if born > today:
        born = _yymmdd(_BIRTH, text, 19)
    return born


def _join_words(part: str) -> str:
    return " ".join(word for word in part.split("<") if word)


def _names(field: str) -> tuple[str, str]:
    for char in field:
        if char not in _LETTERS and char != "<":
            raise InvalidMrz(
                Message(
                    "mrz.name_character",
                    "MRZ line 1: the name field contains '{char}', which is not a letter",
                    char=char,
                )
            )
    # '<<' separates surname from given names; a name truncated to fill the field may lack it.
    surname, _, given = field.partition("<<")
    surname = _join_words(surname)
    if not surname:
        raise InvalidMrz(Message("mrz.no_surname", "MRZ line 1: the surname is empty"))
    return surname, _join_words(given)


def parse_td3(text: str, today: date | None = None) -> PassportMrz:
    """Parse and verify the two-line MRZ of a passport (TD3).

    Accepts pasted text: lines separated by any newlines, surrounding whitespace, lowercase
    letters, or both lines run together as 88 characters. Every check digit is verified.
    Two-digit birth years are placed in the latest century not after `today` (default: the
    current date); expiry years are 20YY.
    """
    raw1, raw2 = _split_lines(text)
    line1, line2 = _normalise(raw1), _normalise(raw2)
    for index, line in enumerate((line1, line2), start=1):
        if len(line) != _LINE_LENGTH:
            raise InvalidMrz(
                Message(
                    "mrz.line_length",
                    "MRZ must have two lines of 44 characters; line {line} has {count}",
                    line=index,
                    count=len(line),
                )
            )

    if line1[0] != "P":
        raise InvalidMrz(
            Message(
                "mrz.not_passport",
                "MRZ line 1 must start with 'P' (a passport), not '{char}'",
                char=line1[0],
            )
        )
    if line1[1] not in _LETTERS and line1[1] != "<":
        raise InvalidMrz(
            Message(
                "mrz.document_type",
                "MRZ line 1: the document type '{typed}' is not valid",
                typed=line1[0:2],
            )
        )
    issuing_state = _state(1, _ISSUING_STATE, line1[2:5])
    surname, given_names = _names(line1[5:44])

    number_field = line2[0:9]
    _verify(_NUMBER, number_field, line2[9])
    number = number_field.strip("<")
    if not number:
        raise InvalidMrz(Message("mrz.no_number", "MRZ line 2: the document number is empty"))

    nationality = _state(2, _NATIONALITY, line2[10:13])

    _verify(_BIRTH, line2[13:19], line2[19])
    birth_date = _birth_date(line2[13:19], today if today is not None else date.today())

    sex = _SEXES.get(line2[20])
    if sex is None:
        raise InvalidMrz(
            Message(
                "mrz.sex",
                "MRZ line 2: the sex must be M, F, X or '<', not '{char}'",
                char=line2[20],
            )
        )

    _verify(_EXPIRY, line2[21:27], line2[27])
    expiry = _yymmdd(_EXPIRY, line2[21:27], 20)

    personal_field = line2[28:42]
    # ICAO allows '<' as the check digit of an absent personal number as well as '0'.
    if not (personal_field == "<" * 14 and line2[42] == "<"):
        _verify(_PERSONAL, personal_field, line2[42])

    composite = line2[0:10] + line2[13:20] + line2[21:43]
    _verify(None, composite, line2[43])

    return PassportMrz(
        document_type=line1[0:2].rstrip("<"),
        issuing_state=issuing_state,
        surname=surname,
        given_names=given_names,
        number=number,
        nationality=nationality,
        birth_date=birth_date,
        sex=sex,
        expiry=expiry,
        personal_number=personal_field.strip("<"),
    )
