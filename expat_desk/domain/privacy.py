"""Masking the numbers that identify a person (IIN, passport, MRZ lines) in text that leaves
the database: log files and error details a manager may forward."""

import re

# An IIN or BIN, or any other run of 7 to 14 digits (phone numbers too).
_DIGITS = re.compile(r"(?<!\d)\d{7,14}(?!\d)")
# A passport number: letters and digits mixed, at least 5 digits, 6 to 20 long.
_PASSPORT = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])(?=(?:[A-Za-z]*\d){5})[A-Za-z0-9]{6,20}(?![A-Za-z0-9])"
)
# A machine-readable passport line: 44 characters of capitals, digits and '<'.
_MRZ = re.compile(r"[A-Z0-9<]{30,44}")


def _hide(match: re.Match[str]) -> str:
    value = match.group(0)
    return "*" * (len(value) - 2) + value[-2:]


def mask_personal_numbers(text: str) -> str:
    """``text`` with identifying numbers starred out but for their last two characters."""
    text = _MRZ.sub(lambda m: "<MRZ line>" if "<" in m.group(0) else m.group(0), text)
    text = _DIGITS.sub(_hide, text)
    return _PASSPORT.sub(_hide, text)
