"""Masking what identifies a person (IIN, passport, phone, e-mail, MRZ lines) in text that
leaves the database: log files and error details a manager may forward.

Patterns are the second line of defence: the first is that no row's values are put in such
text at all (the store's engine hides a statement's parameters; ``hide_row_values`` drops
any parameter list that still comes through)."""

import re

# An IIN or BIN, or any other run of 6 to 14 digits (a passport of digits only, a phone).
_DIGITS = re.compile(r"(?<!\d)\d{6,14}(?!\d)")
# A passport number: letters and at least 3 digits mixed, 6 to 20 long ("XK1234").
_PASSPORT = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])(?=(?:[A-Za-z]*\d){3})[A-Za-z0-9]{6,20}(?![A-Za-z0-9])"
)
# A phone number written in groups: international (+7 701 234 56 78) or Kazakh (8 (701) ...).
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d[\d ().-]{7,}\d|8[ (-]*7\d\d[ )-]*\d{3}[ -]*\d\d[ -]*\d\d)(?![\w])"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A machine-readable passport line: 44 characters of capitals, digits and '<'.
_MRZ = re.compile(r"[A-Z0-9<]{30,44}")
# How SQLAlchemy appends a statement's values (a row: names, birth dates) to its errors.
_PARAMETERS = re.compile(r"\[parameters: [^\n]*\]")
HIDDEN_PARAMETERS = "[parameters hidden]"


def _hide(match: re.Match[str]) -> str:
    value = match.group(0)
    return "*" * (len(value) - 2) + value[-2:]


def _star(match: re.Match[str]) -> str:
    return "*" * len(match.group(0))


def hide_row_values(text: str) -> str:
    """``text`` without the parameter lists of SQL statements (whatever values they hold)."""
    return _PARAMETERS.sub(lambda m: HIDDEN_PARAMETERS[: len(m.group(0))], text)


def mask_personal_numbers(text: str) -> str:
    """``text`` with identifying numbers starred out but for their last two characters,
    e-mail addresses starred out whole and statements' parameter lists dropped."""
    text = hide_row_values(text)
    text = _EMAIL.sub(_star, text)
    text = _MRZ.sub(lambda m: "<MRZ line>" if "<" in m.group(0) else m.group(0), text)
    text = _PHONE.sub(_hide, text)
    text = _DIGITS.sub(_hide, text)
    return _PASSPORT.sub(_hide, text)
