"""The centre's own details, printed on its documents: name, BIN and address."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from expat_desk.domain.errors import Message, ValidationError
from expat_desk.domain.iin import InvalidIin, iin_check_digit, parse_iin
from expat_desk.domain.text import control_free

DEFAULT_CENTRE_NAME = "AIFC Expat Centre"
_LIMITS = {"name": 200, "bin": 12, "address": 300}


@dataclass(frozen=True)
class CentreDetails:
    name: str = DEFAULT_CENTRE_NAME
    bin: str | None = None
    address: str | None = None


def check_bin(text: str) -> str:
    """A business identification number, its structure and its check digit.

    Rules of forming identification numbers (Government Decree No. 406 of 22 May 2007): digits
    1-4 the year and month of registration, digit 5 the kind of entity (4 resident legal
    entity, 5 non-resident, 6 joint individual entrepreneurship), digit 6 its part (0 head
    office, 1 branch, 2 representative office, 3 peasant farm), five serial digits and the
    check digit, computed as an IIN's. An individual's IIN has a day of birth (0-3) where a BIN
    has digit 5, so the structure tells them apart.
    """
    value = text.strip().replace(" ", "")
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        raise ValidationError({"bin": Message("bin.length", "a BIN has 12 digits")})
    if value[4] not in "456":
        try:
            parse_iin(value)
        except InvalidIin:
            raise ValidationError(
                {
                    "bin": Message(
                        "bin.entity_kind",
                        "digit 5 of a BIN is the kind of entity (4, 5 or 6): this is no BIN",
                    )
                }
            ) from None
        raise ValidationError(
            {"bin": Message("bin.is_iin", "this is an individual's IIN, not a BIN")}
        )
    if not 1 <= int(value[2:4]) <= 12:
        raise ValidationError(
            {"bin": Message("bin.month", "digits 3-4 of a BIN are the month of registration")}
        )
    if value[5] not in "0123":
        raise ValidationError(
            {
                "bin": Message(
                    "bin.entity_part",
                    "digit 6 of a BIN is the part of the entity (0 to 3): this is no BIN",
                )
            }
        )
    expected = iin_check_digit(value[:11])
    if expected is None or expected != int(value[11]):
        raise ValidationError(
            {"bin": Message("bin.checksum", "the check digit does not match: a digit is mistyped")}
        )
    return value


def check_centre(values: Mapping[str, Any]) -> CentreDetails:
    """The details as typed in settings, each refused field named with the reason."""
    errors: dict[str, str] = {}
    cleaned: dict[str, str | None] = {}
    for name, limit in _LIMITS.items():
        raw = values.get(name)
        if raw is not None and not isinstance(raw, str):
            errors[name] = Message("text.not_text", "must be text")
            continue
        try:
            # Before the spaces are joined: a tab or line break is no part of a name either.
            control_free((raw or "").strip())
        except ValueError as exc:
            errors[name] = exc.args[0]
            continue
        text = " ".join((raw or "").split())
        if name == "bin":
            text = text.replace(" ", "")  # typed in groups of four, as printed
        if len(text) > limit:
            errors[name] = Message(
                "text.too_long", "must be at most {limit} characters", limit=limit
            )
        cleaned[name] = text or None
    if "name" not in errors and not cleaned.get("name"):
        errors["name"] = Message("required", "is required")
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
