"""The centre's own details, printed on its documents: name, BIN and address."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from expat_desk.domain.errors import ValidationError
from expat_desk.domain.iin import InvalidIin, iin_check_digit

DEFAULT_CENTRE_NAME = "AIFC Expat Centre"
_LIMITS = {"name": 200, "bin": 12, "address": 300}


@dataclass(frozen=True)
class CentreDetails:
    name: str = DEFAULT_CENTRE_NAME
    bin: str | None = None
    address: str | None = None


def check_bin(text: str) -> str:
    """A business identification number: 12 digits whose last is the check digit.

    A BIN's check digit is computed as an IIN's (the same two weight sets).
    """
    value = text.strip().replace(" ", "")
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        raise ValidationError({"bin": "a BIN has 12 digits"})
    try:
        expected = iin_check_digit(value[:11])
    except InvalidIin:
        raise ValidationError({"bin": "a BIN has 12 digits"}) from None
    if expected is None or expected != int(value[11]):
        raise ValidationError({"bin": "the check digit does not match: a digit is mistyped"})
    return value


def check_centre(values: Mapping[str, Any]) -> CentreDetails:
    """The details as typed in settings, each refused field named with the reason."""
    errors: dict[str, str] = {}
    cleaned: dict[str, str | None] = {}
    for name, limit in _LIMITS.items():
        raw = values.get(name)
        if raw is not None and not isinstance(raw, str):
            errors[name] = "must be text"
            continue
        text = " ".join((raw or "").split())
        if name == "bin":
            text = text.replace(" ", "")  # typed in groups of four, as printed
        if len(text) > limit:
            errors[name] = f"must be at most {limit} characters"
        cleaned[name] = text or None
    if "name" not in errors and not cleaned.get("name"):
        errors["name"] = "is required"
    if not errors.get("bin") and cleaned.get("bin"):
        try:
            cleaned["bin"] = check_bin(cleaned["bin"] or "")
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return CentreDetails(
        name=cleaned["name"] or DEFAULT_CENTRE_NAME,
        bin=cleaned["bin"],
        address=cleaned["address"],
    )
