"""The centre's services and the checklist each one needs, read from versioned data files.

The rules change (since 2024 some sources say an IIN needs the applicant in person), so the
catalogue is data under ``resources/catalogue/services-vN.json`` and a case records the version
it was opened with. A published version's rules are never edited; a new rule set is a new
file (wording may be added to one: the Kazakh texts were). Every text is in each of LANGUAGES.
Source of every item and condition: the centre's services page (``seed/expat-centre-services.txt``).
"""

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from expat_desk.domain.countries import normalize_country_code
from expat_desk.domain.errors import Message, ValidationError, message_of
from expat_desk.domain.resources import resource_path

# Every text of the catalogue is in each of these; the window shows the one of its language.
LANGUAGES = ("en", "ru", "kk")
_VERSION_FILE = re.compile(r"services-v(\d+)\.json")


class ServiceCode(StrEnum):
    IIN = "iin"
    EDS = "eds"
    MIGRATION_NOTIFICATION = "migration_notification"
    POLICE_REGISTRATION = "police_registration"
    LOSS_OF_PASSPORT = "loss_of_passport"


class OptionKind(StrEnum):
    CHOICE = "choice"
    BOOL = "bool"
    DATE = "date"
    TEXT = "text"
    COUNTRY = "country"
    HOST = "host"  # a host party record, by its id (store: host_parties)


@dataclass(frozen=True)
class Choice:
    code: str
    title: Mapping[str, str]


@dataclass(frozen=True)
class OptionSpec:
    """One question the case wizard asks for a service."""

    name: str
    kind: OptionKind
    label: Mapping[str, str]
    required: bool = False
    required_when: Mapping[str, Any] | None = None
    default: Any = None
    choices: tuple[Choice, ...] = ()
    must_be: Any = None
    excluded: tuple[Any, ...] = ()
    refusal: Mapping[str, str] | None = None
    not_future: bool = False
    not_before: str | None = None  # another date option this one cannot precede

    def choice_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)


@dataclass(frozen=True)
class ItemSpec:
    """One line of a checklist: a document to collect or a step to take."""

    code: str
    title: Mapping[str, str]
    required: bool = True
    when: Mapping[str, Any] | None = None

    def applies(self, answers: Mapping[str, Any]) -> bool:
        """Whether the answers call for the item: each named answer equal to the value given,
        or one of the values listed."""
        return all(
            answers.get(k) in v if isinstance(v, list) else answers.get(k) == v
            for k, v in (self.when or {}).items()
        )


@dataclass(frozen=True)
class ServiceSpec:
    code: ServiceCode
    title: Mapping[str, str]
    options: tuple[OptionSpec, ...]
    items: tuple[ItemSpec, ...]
    requires_client_iin: bool = False
    # Steps that happen in order, each on a date (loss of passport).
    sequential: bool = False

    def option(self, name: str) -> OptionSpec:
        for option in self.options:
            if option.name == name:
                return option
        raise KeyError(name)

    def validate_answers(
        self, answers: Mapping[str, Any], today: date | None = None
    ) -> dict[str, Any]:
        """The wizard's answers, typed and completed with defaults; raises ValidationError."""
        today = today or date.today()
        unknown = set(answers) - {o.name for o in self.options}
        errors: dict[str, str] = {
            name: Message("answer.unknown", "is not a question of this service")
            for name in sorted(unknown)
        }
        result: dict[str, Any] = {}
        for option in self.options:
            raw = answers.get(option.name, option.default)
            try:
                value = _coerce(option, raw)
            except ValueError as exc:
                errors[option.name] = message_of(exc)
                continue
            result[option.name] = value
        for option in self.options:
            if option.name in errors:
                continue
            value = result[option.name]
            applies = option.required_when is None or all(
                result.get(k) == v for k, v in option.required_when.items()
            )
            if not applies:
                # A mission named for an IIN filed through eGov would only mislead later.
                result[option.name] = None
                continue
            needed = option.required or option.required_when is not None
            if value is None:
                if needed:
                    errors[option.name] = Message("required", "is required")
                continue
            if (option.must_be is not None and value != option.must_be) or (
                value in option.excluded
            ):
                errors[option.name] = (
                    option.refusal["en"]
                    if option.refusal
                    else Message("answer.not_allowed", "is not allowed for this service")
                )
            elif option.not_future and isinstance(value, date) and value > today:
                errors[option.name] = Message("date.future", "cannot be in the future")
            elif (
                option.not_before and (earlier := result.get(option.not_before)) and value < earlier
            ):
                errors[option.name] = (
                    Message("date.before_arrival_date", "cannot be before the date of arrival")
                    if option.not_before == "arrival_date"
                    else Message(
                        "date.before_answer",
                        "cannot be before {other}",
                        other=option.not_before.replace("_", " "),
                    )
                )
        if errors:
            raise ValidationError(errors)
        return result

    def checklist(self, answers: Mapping[str, Any]) -> list[ItemSpec]:
        """The items this case needs, given answers already checked by validate_answers."""
        return [item for item in self.items if item.applies(answers)]


def _coerce(option: OptionSpec, raw: Any) -> Any:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    match option.kind:
        case OptionKind.BOOL:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"yes", "true", "1", "y"}:
                return True
            if text in {"no", "false", "0", "n"}:
                return False
            raise ValueError(
                Message("answer.yes_no", "must be yes or no, not {typed}", typed=repr(raw))
            )
        case OptionKind.DATE:
            if isinstance(raw, datetime):
                return raw.date()
            if isinstance(raw, date):
                return raw
            try:
                return date.fromisoformat(str(raw).strip())
            except ValueError:
                raise ValueError(
                    Message(
                        "date.format", "must be a date as YYYY-MM-DD, not {typed}", typed=repr(raw)
                    )
                ) from None
        case OptionKind.CHOICE:
            code = str(raw).strip()
            if code not in option.choice_codes():
                raise ValueError(
                    Message(
                        "choice.unknown",
                        "must be one of {allowed}, not {typed}",
                        allowed=", ".join(option.choice_codes()),
                        typed=repr(code),
                    )
                )
            return code
        case OptionKind.COUNTRY:
            code = normalize_country_code(str(raw))
            if code is None:
                raise ValueError(
                    Message(
                        "country.unknown",
                        "{typed} is not an ISO 3166 alpha-3 country code",
                        typed=repr(raw),
                    )
                )
            return code
        case OptionKind.HOST:
            if isinstance(raw, bool) or not isinstance(raw, int | str):
                raise ValueError(Message("answer.host_record", "must name a host party record"))
            text = str(raw).strip()
            if not (text.isascii() and text.isdigit()) or not 0 < int(text) < 2**63:
                raise ValueError(Message("answer.host_record", "must name a host party record"))
            return int(text)
        case OptionKind.TEXT:
            text = " ".join(str(raw).split())
            if any(unicodedata.category(ch) == "Cc" for ch in text):
                raise ValueError(Message("text.control", "contains a control character"))
            if len(text) > 200:
                raise ValueError(
                    Message("text.too_long", "must be at most {limit} characters", limit=200)
                )
            return text
    raise AssertionError(option.kind)


@dataclass(frozen=True)
class Catalogue:
    version: int
    effective_from: date
    services: Mapping[ServiceCode, ServiceSpec]

    def service(self, code: str) -> ServiceSpec:
        try:
            return self.services[ServiceCode(code)]
        except ValueError:
            raise KeyError(f"no service {code!r}") from None


def available_versions() -> list[int]:
    folder = resource_path("catalogue")
    return sorted(
        int(m.group(1)) for p in folder.iterdir() if (m := _VERSION_FILE.fullmatch(p.name))
    )


def current_version(today: date | None = None) -> int:
    """The version in force on ``today`` (by default the newest published): the newest whose
    effective date has come."""
    versions = available_versions()
    if today is None:
        return versions[-1]
    in_force = [v for v in versions if load_catalogue(v).effective_from <= today]
    return in_force[-1] if in_force else versions[0]


def catalogue_for(day: date) -> "Catalogue":
    """The catalogue a case opened on ``day`` follows."""
    return load_catalogue(current_version(day))


@cache
def load_catalogue(version: int | None = None) -> Catalogue:
    """The catalogue of one version (the newest by default)."""
    version = current_version() if version is None else version
    path = resource_path("catalogue", f"services-v{version}.json")
    if not path.exists():
        raise KeyError(f"no checklist version {version}")
    return parse_catalogue(json.loads(path.read_text(encoding="utf-8")))


def parse_catalogue(data: Mapping[str, Any]) -> Catalogue:
    services: dict[ServiceCode, ServiceSpec] = {}
    for s in data["services"]:
        where = s["code"]
        options = tuple(
            OptionSpec(
                name=o["name"],
                kind=OptionKind(o["type"]),
                label=_texts(o["label"], f"{where}.{o['name']}.label"),
                required=o.get("required", False),
                required_when=o.get("required_when"),
                default=o.get("default"),
                choices=tuple(
                    Choice(c["code"], _texts(c, f"{where}.{o['name']}.{c['code']}"))
                    for c in o.get("choices", ())
                ),
                must_be=o.get("must_be"),
                excluded=tuple(o.get("excluded", ())),
                refusal=_texts(o["refusal"], f"{where}.{o['name']}.refusal")
                if "refusal" in o
                else None,
                not_future=o.get("not_future", False),
                not_before=o.get("not_before"),
            )
            for o in s["options"]
        )
        items = tuple(
            ItemSpec(
                i["code"], _texts(i["title"], i["code"]), i.get("required", True), i.get("when")
            )
            for i in s["items"]
        )
        code = ServiceCode(s["code"])
        services[code] = ServiceSpec(
            code=code,
            title=_texts(s["title"], where),
            options=options,
            items=items,
            requires_client_iin=s.get("requires_client_iin", False),
            sequential=s.get("sequential", False),
        )
    missing = set(ServiceCode) - set(services)
    if missing:
        raise ValueError(f"catalogue lacks services: {', '.join(sorted(missing))}")
    return Catalogue(int(data["version"]), date.fromisoformat(data["effective_from"]), services)


def _texts(value: Mapping[str, Any], where: str) -> dict[str, str]:
    """One text in every language of LANGUAGES; a file that lacks one is refused, naming the
    place, so no window shows a blank title."""
    missing = [lang for lang in LANGUAGES if not str(value.get(lang) or "").strip()]
    if missing:
        raise ValueError(f"catalogue text {where} lacks {', '.join(missing)}")
    return {lang: value[lang] for lang in LANGUAGES}
