"""The host party (принимающая сторона): who receives a foreigner and notifies the police.

The seed: the host party notifies the migration police within 3 business days of each entry,
by an official letter or through the visa-migration portal. The letter is the host's own: a
company or a hotel writes it on its letterhead, signed by its head; a landlord or other
private person signs it themself. So a host is a legal entity with a BIN or a natural person
with an IIN (Law "On Migration of the Population", Art. 1: a host party is a natural or legal
person who receives an immigrant).

A host record may be incomplete (one kept from before hosts were records, or typed on the
phone by name); the letter lists what is missing before anything is printed.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from expat_desk.domain.centre import check_bin
from expat_desk.domain.client import check_phone, check_text
from expat_desk.domain.errors import Message, ValidationError, message_of
from expat_desk.domain.iin import InvalidIin, normalize_iin, parse_iin


class HostKind(StrEnum):
    LEGAL = "legal"  # company, hotel, state body: BIN, signed by its head
    NATURAL = "natural"  # landlord, relative: IIN, signs themself


HOST_FIELDS = ("kind", "name", "id_number", "address", "phone", "signatory", "position")
LIMITS = {"name": 200, "address": 300, "signatory": 150, "position": 100}
# What the notification letter prints about its host, beyond the name.
LETTER_FIELDS = {
    HostKind.LEGAL: ("id_number", "address", "phone", "signatory", "position"),
    HostKind.NATURAL: ("id_number", "address", "phone"),
}


@dataclass(frozen=True)
class HostParty:
    kind: HostKind | None
    name: str
    id_number: str | None = None
    address: str | None = None
    phone: str | None = None
    signatory: str | None = None
    position: str | None = None

    def missing_for_letter(self) -> list[str]:
        """The fields a letter to the police needs and this record lacks."""
        if self.kind is None:
            return ["kind"]
        return [name for name in LETTER_FIELDS[self.kind] if not getattr(self, name)]


def check_host_party(values: Mapping[str, Any], today: date | None = None) -> HostParty:
    """A host record as typed; raises ValidationError naming every refused field.

    Only the kind and the name are required: the rest may come later, and the letter says
    what it still needs. What is typed is checked: a BIN's structure for a legal entity, an
    IIN (and not a BIN) for a natural person.
    """
    unknown = sorted(set(values) - set(HOST_FIELDS))
    errors: dict[str, str] = {
        name: Message("host.unknown_field", "is not a host party field") for name in unknown
    }
    out: dict[str, Any] = {}
    raw_kind = values.get("kind")
    try:
        out["kind"] = HostKind(str(raw_kind).strip()) if raw_kind not in (None, "") else None
    except ValueError:
        errors["kind"] = Message(
            "host.kind_unknown", "must be legal (a company) or natural (a private person)"
        )
    if out.get("kind") is None and "kind" not in errors:
        errors["kind"] = Message(
            "host.kind_required", "is required: a legal entity or a private person"
        )
    for name, limit in LIMITS.items():
        raw = values.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            out[name] = None
            continue
        try:
            out[name] = check_text(raw, limit)
        except ValueError as exc:
            errors[name] = message_of(exc)
    if "name" not in errors and not out.get("name"):
        errors["name"] = Message("required", "is required")
    for name in ("name", "signatory", "position"):
        if out.get(name) and out[name][0] in "=+-@":  # a spreadsheet reads it as a formula
            errors[name] = Message("text.formula", "cannot begin with = + - or @")
    raw_phone = values.get("phone")
    try:
        out["phone"] = None if _blank(raw_phone) else check_phone(raw_phone)
    except ValueError as exc:
        errors["phone"] = message_of(exc)
    out["id_number"] = None
    raw_id = values.get("id_number")
    kind = out.get("kind")
    if not _blank(raw_id) and kind is not None:
        try:
            out["id_number"] = _id_number(str(raw_id), kind, today or date.today())
        except ValueError as exc:
            errors["id_number"] = message_of(exc)
    if kind is HostKind.NATURAL:
        # A private person signs their own letter: no head, no position.
        out["signatory"] = out["position"] = None
    if errors:
        raise ValidationError(errors)
    return HostParty(**out)


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _id_number(text: str, kind: HostKind, today: date) -> str:
    value = normalize_iin(text)  # typed in groups of digits, as printed
    if kind is HostKind.LEGAL:
        try:
            return check_bin(value)
        except ValidationError as exc:
            raise ValueError(exc.errors["bin"]) from None
    try:
        check_bin(value)
    except ValidationError:
        pass
    else:
        raise ValueError(
            Message(
                "host.bin_for_person",
                "this is a BIN, a legal entity's number: a private person has an IIN",
            )
        )
    try:
        parse_iin(value, today)
    except InvalidIin as exc:
        raise ValueError(message_of(exc)) from None
    return value
