"""The machine-readable zone of passports (ICAO Doc 9303, TD3: two lines of 44 characters)."""

from dataclasses import dataclass
from datetime import date

from expat_desk.domain.sex import Sex

_LINE_LENGTH = 44
_ALLOWED = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WEIGHTS = (7, 3, 1)
_SEXES = {"M": Sex.MALE, "F": Sex.FEMALE, "X": Sex.UNSPECIFIED, "<": Sex.UNSPECIFIED}
# ICAO 9303 part 3 lets Germany use 'D' instead of its three-letter code 'DEU'.
_STATE_ALIASES = {"D": "DEU"}


class InvalidMrz(ValueError):
    """The text is not a valid TD3 passport MRZ; the message says what is wrong."""


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


def _illegal(char: str) -> InvalidMrz:
    return InvalidMrz(f"MRZ contains a character not allowed: {char!r}")


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
        raise InvalidMrz("MRZ is empty")
    if len(lines) == 1:
        raise InvalidMrz(
            "MRZ must have two lines of 44 characters; only one line was given "
            f"({len(lines[0])} characters)"
        )
    if len(lines) > 2:
        raise InvalidMrz(f"MRZ must have two lines of 44 characters; {len(lines)} lines were given")
    return lines[0], lines[1]


def _normalise(line: str) -> str:
    # Only ASCII letters are upper-cased: str.upper() would turn 'ß' into 'SS', silently
    # accepting a character that no MRZ contains.
    normal = "".join(char.upper() if "a" <= char <= "z" else char for char in line)
    for char in normal:
        if char not in _ALLOWED:
            raise _illegal(char)
    return normal


def _verify(what: str, value: str, digit: str) -> None:
    expected = check_digit(value)
    if digit != str(expected):
        shown = digit if digit.isdigit() else repr(digit)
        raise InvalidMrz(f"MRZ line 2: {what} is {shown}, expected {expected}")


def _state(line: int, field: str, code: str) -> str:
    letters = code.rstrip("<")
    if not letters or any(char not in _LETTERS for char in letters):
        raise InvalidMrz(f"MRZ line {line}: the {field} {code!r} is not a valid country code")
    return _STATE_ALIASES.get(letters, letters)


def _yymmdd(field: str, text: str, century: int) -> date:
    if not text.isdigit():
        raise InvalidMrz(f"MRZ line 2: the {field} is not a real date (YYMMDD): {text}")
    try:
        return date(century * 100 + int(text[0:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        raise InvalidMrz(f"MRZ line 2: the {field} is not a real date (YYMMDD): {text}") from None


def _birth_date(text: str, today: date) -> date:
    # Two digits cannot say the century; nobody is born in the future, so the later century
    # that does not lie ahead of today wins.
    born = _yymmdd("birth date", text, 20)
    if born > today:
        born = _yymmdd("birth date", text, 19)
    return born


def _join_words(part: str) -> str:
    return " ".join(word for word in part.split("<") if word)


def _names(field: str) -> tuple[str, str]:
    for char in field:
        if char not in _LETTERS and char != "<":
            raise InvalidMrz(f"MRZ line 1: the name field contains {char!r}, which is not a letter")
    # '<<' separates surname from given names; a name truncated to fill the field may lack it.
    surname, _, given = field.partition("<<")
    surname = _join_words(surname)
    if not surname:
        raise InvalidMrz("MRZ line 1: the surname is empty")
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
                f"MRZ must have two lines of 44 characters; line {index} has {len(line)}"
            )

    if line1[0] != "P":
        raise InvalidMrz(f"MRZ line 1 must start with 'P' (a passport), not {line1[0]!r}")
    if line1[1] not in _LETTERS and line1[1] != "<":
        raise InvalidMrz(f"MRZ line 1: the document type {line1[0:2]!r} is not valid")
    issuing_state = _state(1, "issuing state", line1[2:5])
    surname, given_names = _names(line1[5:44])

    number_field = line2[0:9]
    _verify("the check digit of the document number", number_field, line2[9])
    number = number_field.strip("<")
    if not number:
        raise InvalidMrz("MRZ line 2: the document number is empty")

    nationality = _state(2, "nationality", line2[10:13])

    _verify("the check digit of the birth date", line2[13:19], line2[19])
    birth_date = _birth_date(line2[13:19], today if today is not None else date.today())

    sex = _SEXES.get(line2[20])
    if sex is None:
        raise InvalidMrz(f"MRZ line 2: the sex must be M, F, X or '<', not {line2[20]!r}")

    _verify("the check digit of the expiry date", line2[21:27], line2[27])
    expiry = _yymmdd("expiry date", line2[21:27], 20)

    personal_field = line2[28:42]
    # ICAO allows '<' as the check digit of an absent personal number as well as '0'.
    if not (personal_field == "<" * 14 and line2[42] == "<"):
        _verify("the check digit of the personal number", personal_field, line2[42])

    composite = line2[0:10] + line2[13:20] + line2[21:43]
    _verify("the composite check digit", composite, line2[43])

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
