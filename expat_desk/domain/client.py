"""What a client record may hold: every field checked and normalized before it is stored."""

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from expat_desk.domain.countries import normalize_country_code
from expat_desk.domain.deadlines import passport_warning
from expat_desk.domain.errors import Message, ValidationError, message_of
from expat_desk.domain.iin import InvalidIin, iin_warnings, normalize_iin, parse_iin
from expat_desk.domain.mrz import parse_td3
from expat_desk.domain.sex import Sex

CLIENT_FIELDS = (
    "surname",
    "given_names",
    "surname_cyr",
    "given_names_cyr",
    "patronymic",
    "birth_date",
    "sex",
    "citizenship",
    "passport_number",
    "passport_issued",
    "passport_authority",
    "passport_expiry",
    "iin",
    "phone",
    "email",
    "employer",
    "address",
    "notes",
)
REQUIRED = ("surname", "birth_date", "citizenship", "passport_number")
_TEXT_LIMITS = {"employer": 200, "address": 300, "notes": 5000, "passport_authority": 200}
_NAME_LIMIT = 100
# ’ and ʼ are how many keyboards and passports' visual zones write O'Connor.
_NAME_PUNCTUATION = set(" -'.’ʼ")
_PASSPORT = re.compile(r"[A-Z0-9]{5,20}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class CheckedClient:
    values: dict[str, Any]
    # Things the manager should see but that do not stop saving (an IIN that does not match).
    warnings: list[str] = field(default_factory=list)


def check_client(values: Mapping[str, Any], today: date | None = None) -> CheckedClient:
    """Normalize a whole client record; raise ValidationError naming every wrong field."""
    today = today or date.today()
    unknown = sorted(set(values) - set(CLIENT_FIELDS))
    errors: dict[str, str] = {
        name: Message("client.unknown_field", "is not a client field") for name in unknown
    }
    out: dict[str, Any] = {}
    checks = {
        "surname": lambda v: _name(v, "LATIN"),
        "given_names": lambda v: _name(v, "LATIN"),
        "surname_cyr": lambda v: _name(v, "CYRILLIC"),
        "given_names_cyr": lambda v: _name(v, "CYRILLIC"),
        "patronymic": _patronymic,
        "birth_date": _date,
        "sex": _sex,
        "citizenship": _country,
        "passport_number": _passport,
        "passport_issued": _date,
        "passport_authority": lambda v: check_text(v, _TEXT_LIMITS["passport_authority"]),
        "passport_expiry": _date,
        "iin": lambda v: _iin(v, today),
        "phone": check_phone,
        "email": _email,
        "employer": lambda v: check_text(v, _TEXT_LIMITS["employer"]),
        "address": lambda v: check_text(v, _TEXT_LIMITS["address"]),
        "notes": lambda v: check_text(v, _TEXT_LIMITS["notes"], multiline=True),
    }
    for name, check in checks.items():
        raw = values.get(name)
        try:
            out[name] = None if _blank(raw) else check(raw)
        except ValueError as exc:
            errors[name] = message_of(exc)
    if out.get("sex") is None and "sex" not in errors:
        out["sex"] = Sex.UNSPECIFIED
    for name in REQUIRED:
        if name not in errors and out.get(name) is None:
            errors[name] = Message("required", "is required")
    _check_dates(out, errors, today)
    if errors:
        raise ValidationError(errors)
    warnings: list[str] = []
    if out["iin"]:
        warnings = iin_warnings(parse_iin(out["iin"]), out["birth_date"], out["sex"])
    if passport := passport_warning(out.get("passport_expiry"), today):
        warnings.append(passport)  # the window puts it as a sentence of its own
    return CheckedClient(out, warnings)


def values_from_mrz(text: str, today: date | None = None) -> dict[str, Any]:
    """The client fields a passport's two MRZ lines give; raises InvalidMrz (a ValueError).

    Names stay as the passport writes them (upper case); the manager may retype them.
    """
    mrz = parse_td3(text, today=today)
    return {
        "surname": mrz.surname,
        "given_names": mrz.given_names or None,
        "birth_date": mrz.birth_date,
        "sex": mrz.sex,
        "citizenship": normalize_country_code(mrz.nationality) or mrz.nationality,
        "passport_number": mrz.number,
        "passport_expiry": mrz.expiry,
    }


def _check_dates(out: dict[str, Any], errors: dict[str, str], today: date) -> None:
    birth, issued, expiry = (
        out.get("birth_date"),
        out.get("passport_issued"),
        out.get("passport_expiry"),
    )
    if birth and "birth_date" not in errors:
        if birth > today:
            errors["birth_date"] = Message("date.future", "cannot be in the future")
        elif birth < _EARLIEST_BIRTH:
            errors["birth_date"] = Message("date.before_1900", "cannot be before 1900")
    if issued and "passport_issued" not in errors:
        if issued > today:
            errors["passport_issued"] = Message("date.future", "cannot be in the future")
        elif birth and issued < birth:
            errors["passport_issued"] = Message(
                "passport.issued_before_birth", "cannot be before the birth date"
            )
    if expiry and issued and "passport_expiry" not in errors and expiry <= issued:
        errors["passport_expiry"] = Message(
            "passport.expiry_before_issue", "must be after the date of issue"
        )


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _no_controls(text: str, multiline: bool = False) -> None:
    allowed = {"\n", "\t"} if multiline else set()
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text):
        raise ValueError(Message("text.control", "contains a control character"))


def _name(raw: Any, script: str) -> str:
    # Text pasted from macOS comes decomposed (e + combining accent): compose it first.
    text = unicodedata.normalize("NFC", " ".join(str(raw).split()))
    _no_controls(text)
    if len(text) > _NAME_LIMIT:
        raise ValueError(
            Message("text.too_long", "must be at most {limit} characters", limit=_NAME_LIMIT)
        )
    for ch in text:
        if ch in _NAME_PUNCTUATION:
            continue
        if not (ch.isalpha() and unicodedata.name(ch, "").startswith(script)):
            raise ValueError(
                Message(
                    "name.not_latin",
                    "must be written in Latin letters; {char} is not one",
                    char=repr(ch),
                )
                if script == "LATIN"
                else Message(
                    "name.not_cyrillic",
                    "must be written in Cyrillic letters; {char} is not one",
                    char=repr(ch),
                )
            )
    if not any(ch.isalpha() for ch in text):
        raise ValueError(
            Message("name.no_latin", "must contain Latin letters")
            if script == "LATIN"
            else Message("name.no_cyrillic", "must contain Cyrillic letters")
        )
    return text


def _patronymic(raw: Any) -> str:
    """As the passport or the ID card writes it: in Cyrillic or in Latin letters, not mixed."""
    try:
        return _name(raw, "CYRILLIC")
    except ValueError:
        try:
            return _name(raw, "LATIN")
        except ValueError:
            raise ValueError(
                Message("name.mixed", "must be written in Cyrillic or in Latin letters")
            ) from None


def _date(raw: Any) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw).strip())
    except ValueError:
        raise ValueError(
            Message(
                "date.format",
                "must be a date as YYYY-MM-DD, not {typed}",
                typed=repr(str(raw)[:40]),
            )
        ) from None


def _sex(raw: Any) -> Sex:
    text = str(raw).strip().upper()
    try:
        return Sex(text[:1]) if text in {"M", "F", "X", "MALE", "FEMALE"} else Sex(text)
    except ValueError:
        raise ValueError(Message("sex.unknown", "must be M, F or X")) from None


def _country(raw: Any) -> str:
    code = normalize_country_code(str(raw))
    if code is None:
        raise ValueError(
            Message(
                "country.unknown",
                "{typed} is not an ISO 3166 alpha-3 country code",
                typed=repr(str(raw)[:40]),
            )
        )
    return code


def _passport(raw: Any) -> str:
    text = "".join(str(raw).split()).upper()
    if not _PASSPORT.fullmatch(text):
        raise ValueError(Message("passport.format", "must be 5 to 20 Latin letters and digits"))
    return text


def _iin(raw: Any, today: date) -> str:
    text = normalize_iin(str(raw))
    try:
        parse_iin(text, today)
    except InvalidIin as exc:
        raise ValueError(message_of(exc)) from None
    return text


def check_phone(raw: Any) -> str:
    text = str(raw).strip()
    if not re.fullmatch(r"\+?[0-9\s\-()]+", text):
        raise ValueError(
            Message(
                "phone.characters", "may hold only digits, spaces, dashes, brackets and a leading +"
            )
        )
    digits = re.sub(r"\D", "", text)
    if not text.startswith("+"):
        # A Kazakhstan number written the local way: 8 701 ... is +7 701 ...
        if len(digits) == 11 and digits[0] in "78":
            digits = "7" + digits[1:]
        else:
            raise ValueError(
                Message(
                    "phone.country_code",
                    "must start with + and the country code (or 8 for Kazakhstan)",
                )
            )
    if not 7 <= len(digits) <= 15:
        raise ValueError(Message("phone.length", "must have 7 to 15 digits"))
    return "+" + digits


def _email(raw: Any) -> str:
    text = str(raw).strip()
    _no_controls(text)
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        raise ValueError(
            Message("email.format", "{typed} is not an e-mail address", typed=repr(text[:40]))
        )
    return text


def check_text(raw: Any, limit: int, multiline: bool = False) -> str:
    if multiline:
        text = str(raw).replace("\r\n", "\n").replace("\r", "\n").strip()
    else:
        text = " ".join(str(raw).split())
    _no_controls(text, multiline)
    if len(text) > limit:
        raise ValueError(
            Message("text.too_long", "must be at most {limit} characters", limit=limit)
        )
    return text
