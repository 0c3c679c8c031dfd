"""The attorney a power of attorney names: a person on record, checked before it is stored.

A notary reads the attorney's name and identity document off the paper and compares them with
the document itself, so what is stored is what that document says: one script for the name, a
number in the Latin letters and digits it is printed in, the day it was issued and by whom. A
resident of Kazakhstan has an IIN, which the power of attorney prints too.
"""

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from expat_desk.domain.centre import check_bin
from expat_desk.domain.errors import Message, ValidationError, message_of
from expat_desk.domain.iin import InvalidIin, normalize_iin, parse_iin

# The identity documents an attorney may show, as the store and the command line name them.
DOCUMENT_KINDS = ("kz_id_card", "kz_passport", "foreign_passport", "residence_permit")
ATTORNEY_FIELDS = (
    "full_name",
    "document_kind",
    "document_number",
    "document_issued",
    "document_authority",
    "resident",
    "iin",
)
NAME_LIMIT = 200
AUTHORITY_LIMIT = 200
# ’ and ʼ are how many keyboards and documents write an apostrophe (O’Neil, Ғабит-ұлы).
_NAME_PUNCTUATION = frozenset(" -'’ʼ")
_NUMBER = re.compile(r"[A-Z0-9]{5,20}")
_ID_CARD = re.compile(r"[0-9]{9}")
_EARLIEST_ISSUE = date(1900, 1, 1)


def check_attorney(values: Mapping[str, Any], today: date) -> dict[str, Any]:
    """The record tidied (spaces collapsed, number in capitals, IIN without its spaces).

    Raises ValidationError naming every wrong field with the reason.
    """
    errors: dict[str, str] = {
        name: Message("attorney.unknown_field", "is not a field of an attorney")
        for name in sorted(set(values) - set(ATTORNEY_FIELDS))
    }
    out: dict[str, Any] = {}
    checks = {
        "full_name": _full_name,
        "document_kind": _kind,
        "document_number": _number,
        "document_issued": lambda raw: _issued(raw, today),
        "document_authority": _authority,
    }
    for name, check in checks.items():
        raw = values.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            errors[name] = Message("required", "is required")
            continue
        try:
            out[name] = check(raw)
        except ValueError as exc:
            errors[name] = message_of(exc)
    number = out.get("document_number")
    if out.get("document_kind") == "kz_id_card" and number and not _ID_CARD.fullmatch(number):
        errors["document_number"] = Message(
            "attorney.id_card_number", "a Kazakhstan ID card's number has 9 digits"
        )
    resident = values.get("resident", False)
    if not isinstance(resident, bool):
        errors["resident"] = Message("answer.yes_no_plain", "must be yes or no")
    out["resident"] = resident is True
    raw_iin = values.get("iin")
    out["iin"] = None
    if raw_iin is not None and not isinstance(raw_iin, str):
        errors["iin"] = Message("text.not_text", "must be text")
    elif raw_iin and raw_iin.strip():
        try:
            out["iin"] = _iin(raw_iin, today)
        except ValueError as exc:
            errors["iin"] = message_of(exc)
    elif out["resident"]:
        errors["iin"] = Message(
            "attorney.iin_required", "is required: a resident of Kazakhstan has an IIN"
        )
    if errors:
        raise ValidationError(errors)
    return out


def _text(raw: Any, limit: int) -> str:
    if not isinstance(raw, str):
        raise ValueError(Message("text.not_text", "must be text"))
    if len(" ".join(raw.split())) > limit:
        raise ValueError(
            Message("text.too_long", "must be at most {limit} characters", limit=limit)
        )
    # Tabs and line breaks inside a value are a paste gone wrong, never part of a name.
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in raw.strip()):
        raise ValueError(Message("text.control", "contains a control character"))
    return unicodedata.normalize("NFC", " ".join(raw.split()))


def _full_name(raw: Any) -> str:
    text = _text(raw, NAME_LIMIT)
    scripts = set()
    for ch in text:
        if ch in _NAME_PUNCTUATION:
            continue
        script = unicodedata.name(ch, "").split(" ", 1)[0]
        if not ch.isalpha() or script not in ("LATIN", "CYRILLIC"):
            raise ValueError(
                Message(
                    "attorney.name_characters",
                    "may hold only letters, spaces, hyphens and apostrophes; {char} is not one",
                    char=repr(ch),
                )
            )
        scripts.add(script)
    if len(scripts) > 1:
        raise ValueError(
            Message(
                "attorney.name_mixed",
                "must be written in one script: Cyrillic or Latin letters, not both",
            )
        )
    # A leading - or ' would make a spreadsheet or a search read the name as something else.
    if not text[0].isalpha():
        raise ValueError(Message("attorney.name_start", "must begin with a letter"))
    return text


def _kind(raw: Any) -> str:
    text = str(raw).strip()
    if text not in DOCUMENT_KINDS:
        raise ValueError(
            Message(
                "attorney.document_kind",
                "must be one of {allowed}",
                allowed=", ".join(DOCUMENT_KINDS),
            )
        )
    return text


def _number(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError(Message("text.not_text", "must be text"))
    text = "".join(raw.split()).upper()
    for ch in text:
        if "CYRILLIC" in unicodedata.name(ch, ""):
            raise ValueError(
                Message(
                    "attorney.number_cyrillic",
                    "must be typed in Latin letters and digits; {char} is a Cyrillic letter",
                    char=repr(ch),
                )
            )
    if not _NUMBER.fullmatch(text):
        raise ValueError(Message("passport.format", "must be 5 to 20 Latin letters and digits"))
    return text


def _issued(raw: Any, today: date) -> date:
    if isinstance(raw, datetime):
        day = raw.date()
    elif isinstance(raw, date):
        day = raw
    else:
        try:
            day = date.fromisoformat(str(raw).strip())
        except ValueError:
            raise ValueError(Message("date.format_plain", "must be a date as YYYY-MM-DD")) from None
    if day > today:
        raise ValueError(Message("date.future", "cannot be in the future"))
    if day < _EARLIEST_ISSUE:
        raise ValueError(Message("date.before_1900", "cannot be before 1900"))
    return day


def _authority(raw: Any) -> str:
    return _text(raw, AUTHORITY_LIMIT)


def _iin(raw: str, today: date) -> str:
    text = normalize_iin(raw)
    try:
        parse_iin(text, today)
    except InvalidIin as exc:
        try:
            check_bin(text)
        except ValidationError:
            raise ValueError(message_of(exc)) from None
        raise ValueError(
            Message(
                "attorney.bin_not_iin",
                "this is a BIN, an organisation's number, not a person's IIN",
            )
        ) from None
    return text
