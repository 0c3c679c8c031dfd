"""What fills a document's placeholders: the client, the case, the centre and the manager's
answers, each written the way the column's language writes it."""

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from expat_desk.documents.kinds import DocumentKind
from expat_desk.documents.texts import PLACEHOLDER, CommonTexts, Template
from expat_desk.domain.centre import CentreDetails
from expat_desk.domain.countries import country
from expat_desk.domain.deadlines import add_months, power_of_attorney_until
from expat_desk.domain.errors import Message, ValidationError
from expat_desk.domain.host_party import HostKind, HostParty

ATTORNEY_LABEL = "the attorney (Settings → Attorneys)"
# Every placeholder the app fills, with what to fill in and where, for the message that lists
# what is missing.
FIELD_LABELS: dict[str, str] = {
    "client_name": "the client's name (client details)",
    "passport_issued": "the passport's date of issue (client details)",
    "passport_authority": "the passport's issuing authority (client details)",
    "birth_date": "the client's date of birth (client details)",
    "citizenship": "the client's citizenship (client details)",
    "passport_number": "the client's passport number (client details)",
    "client_address": "the client's address (client details)",
    "operator_name": "the centre's name (Settings, Centre details)",
    "operator_bin": "the centre's BIN (Settings, Centre details)",
    "operator_address": "the centre's address (Settings, Centre details)",
    "place": "the place of signing (resources/documents/common.toml)",
    "case_number": "the case number",
    "date": "the date",
    "consent_until": "the consent's term",
    "attorney_id": ATTORNEY_LABEL,
    "attorney_name": ATTORNEY_LABEL,
    "attorney_document": ATTORNEY_LABEL,
    "attorney_iin": ATTORNEY_LABEL,
    "term_until": "the power of attorney's term",
    "host_party": "the host party (case answers)",
    "host_kind": "whether the host party is a company or a private person (Host parties)",
    "host_name": "the host party's name (Host parties)",
    "host_id_number": "the host party's BIN or IIN (Host parties)",
    "host_address": "the host party's address (Host parties)",
    "host_phone": "the host party's phone (Host parties)",
    "host_signatory": "the name and position of the host party's head (Host parties)",
    "passport_expiry": "the passport's date of expiry (client details)",
    "entry": "the entry this letter notifies: its basis and purpose (client details, Stays)",
    "visa_number": "the visa's number (client details, Stays)",
    "basis_until": "the visa's or permit's last day (client details, Stays)",
    "arrival_date": "the date of arrival (case answers)",
    "stay_address": "the address of stay",
    "stay_until": "the last day of stay",
}
# Placeholders filled from one record: when they are empty, the record is what is missing.
FILLED_FROM = {name: "attorney_id" for name in ("attorney_name", "attorney_document")}
# What the manager types for a document, beyond what the client and case already hold.
INPUTS: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.CONSENT: (),
    DocumentKind.POWER_OF_ATTORNEY: ("attorney_id", "term_until"),
    DocumentKind.NOTIFICATION_LETTER: ("stay_address", "stay_until"),
}
_TEXT_LIMIT = 300


class MissingFields(ValueError):
    """Values a document needs are not on file; ``fields`` names every one of them."""

    def __init__(self, kind: DocumentKind, fields: list[str]) -> None:
        self.kind = kind
        self.fields = fields
        listed = "; ".join(FIELD_LABELS.get(f, f) for f in fields)
        super().__init__(f"the {kind.value.replace('-', ' ')} cannot be made: fill in {listed}")


@dataclass(frozen=True)
class DocumentFacts:
    """What a document may print, as the store holds it; documents.generate gathers it."""

    case_number: str
    service: str
    surname: str
    given_names: str | None
    surname_cyr: str | None
    given_names_cyr: str | None
    birth_date: date | None
    citizenship: str | None
    passport_number: str | None
    client_address: str | None
    centre: CentreDetails
    today: date
    answers: Mapping[str, Any] = field(default_factory=dict)
    arrival_date: date | None = None
    patronymic: str | None = None
    passport_issued: date | None = None
    passport_authority: str | None = None
    passport_expiry: date | None = None
    host: HostParty | None = None  # the case's host party record, where it names one
    entry: "StayEntry | None" = None  # the client's stay that began with this arrival


@dataclass(frozen=True)
class StayEntry:
    """What the letter says of the entry: on what basis, and why (store: client_stays)."""

    basis: str
    purpose: str
    visa_number: str | None = None
    basis_until: date | None = None


def format_date(day: date, language: str, common: CommonTexts) -> str:
    return common.date_format[language].format(
        day=day.day, month=common.months[language][day.month - 1], year=day.year
    )


def check_inputs(
    kind: DocumentKind, raw: Mapping[str, Any], facts: DocumentFacts
) -> dict[str, Any]:
    """The manager's answers for ``kind``, tidied and with their defaults.

    Raises ValidationError naming each refused field (a term over three years, a date that is
    not a date). An empty required answer is not refused here: it is listed with the other
    missing values when the document is made. The attorney is only named here, by the id of
    their record; documents.generate reads the record.
    """
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    for name in INPUTS[kind]:
        value = raw.get(name)
        if name == "attorney_id":
            try:
                cleaned[name] = _as_id(value)
            except ValueError:
                errors[name] = Message(
                    "document.attorney_id", "must be the number of an attorney on record"
                )
            continue
        if name in ("term_until", "stay_until"):
            try:
                cleaned[name] = _as_date(value)
            except ValueError:
                errors[name] = Message("date.format_plain", "must be a date as YYYY-MM-DD")
            continue
        if value is not None and not isinstance(value, str):
            errors[name] = Message("text.not_text", "must be text")
            continue
        text = " ".join((value or "").split())
        if len(text) > _TEXT_LIMIT:
            errors[name] = Message(
                "text.too_long", "must be at most {limit} characters", limit=_TEXT_LIMIT
            )
        cleaned[name] = text or None
    if kind is DocumentKind.POWER_OF_ATTORNEY and "term_until" not in errors:
        # Civil Code Art. 168: stated or not, the term is printed; at most three years.
        try:
            cleaned["term_until"] = power_of_attorney_until(facts.today, cleaned["term_until"])
        except ValidationError as exc:
            errors.update(exc.errors)
    if kind is DocumentKind.NOTIFICATION_LETTER:
        cleaned["stay_address"] = cleaned["stay_address"] or facts.client_address
        departure = facts.answers.get("departure_date")
        if cleaned.get("stay_until") is None and departure and "stay_until" not in errors:
            try:
                cleaned["stay_until"] = _as_date(departure)
            except ValueError:
                cleaned["stay_until"] = None  # an answer stored unreadable: asked for instead
        arrival = facts.arrival_date
        stay_until = cleaned.get("stay_until")
        if "stay_until" not in errors and stay_until and arrival and stay_until < arrival:
            errors["stay_until"] = Message("date.before_arrival", "cannot be before the arrival")
    if errors:
        raise ValidationError(errors)
    return cleaned


_MAX_ID = 2**63 - 1  # SQLite's INTEGER: a larger one made sqlite3 raise OverflowError


def _as_id(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    else:
        raise ValueError(value)
    if not 1 <= number <= _MAX_ID:
        raise ValueError(value)
    return number


def attorney_snapshot(record: Any) -> dict[str, Any]:
    """What a power of attorney prints of an attorney's record, as the document keeps it: a
    later change of the record leaves the papers already printed as they were."""
    return {
        "id": record.id,
        "full_name": record.full_name,
        "document_kind": record.document_kind,
        "document_number": record.document_number,
        "document_issued": record.document_issued.isoformat(),
        "document_authority": record.document_authority,
        "resident": bool(record.resident),
        "iin": record.iin,
    }


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value.strip())
    raise ValueError(value)


def document_values(
    template: Template,
    facts: DocumentFacts,
    inputs: Mapping[str, Any],
    languages: tuple[str, ...],
    common: CommonTexts,
) -> dict[str, dict[str, str]]:
    """Each language's text for every placeholder the template uses.

    Raises MissingFields listing every placeholder with nothing to fill it: a legal document
    is never printed with a blank.
    """
    raw = _raw_values(template, facts, inputs, common)
    needed = template.placeholders()
    optional = template.optional_placeholders()
    per_service = template.service_values.get(facts.service, {})
    per_host: Mapping[str, Mapping[str, str]] = {}
    missing: list[str] = []
    if template.host_values:
        host = facts.host
        if host is None or host.kind is None:
            missing.append("host_party" if host is None else "host_kind")
        else:
            per_host = template.host_values[host.kind.value]
    empty = {name for name in needed if raw.get(name) is None or raw.get(name) == ""}
    missing += list(
        dict.fromkeys(
            FILLED_FROM.get(name, name)
            for name in FIELD_LABELS
            if name in empty and name not in optional
        )
    )
    stay_words: list[Mapping[str, Mapping[str, str]]] = []
    if template.basis_values or template.purpose_values:
        if facts.entry is None:
            missing.append("entry")
        else:
            stay_words = [
                template.basis_values.get(facts.entry.basis, {}),
                template.purpose_values.get(facts.entry.purpose, {}),
            ]
    if missing:
        raise MissingFields(template.kind, missing)
    values: dict[str, dict[str, str]] = {}
    for lang in languages:
        written = {
            name: _write(raw[name], name, lang, facts, common)
            for name in (needed & raw.keys()) - empty
        }
        # An optional row's placeholder left empty: the row is not printed (documents.render).
        written.update({name: "" for name in optional & empty})
        written.update({name: text[lang] for name, text in per_service.items()})
        written.update({name: text[lang] for name, text in per_host.items()})
        # "visa No. {visa_number}, valid until {basis_until}": filled from the entry.
        own = {
            name: _write(raw[name], name, lang, facts, common)
            for name in ("visa_number", "basis_until")
            if raw.get(name) is not None
        }
        for words in stay_words:
            written.update({name: fill(text[lang], own) for name, text in words.items()})
        values[lang] = written
    return values


def _raw_values(
    template: Template, facts: DocumentFacts, inputs: Mapping[str, Any], common: CommonTexts
) -> dict[str, Any]:
    centre = facts.centre
    values: dict[str, Any] = {
        "client_name": facts.surname,
        "birth_date": facts.birth_date,
        "citizenship": facts.citizenship,
        "passport_number": facts.passport_number,
        "passport_issued": facts.passport_issued,
        "passport_authority": facts.passport_authority,
        "client_address": facts.client_address,
        "operator_name": centre.name,
        "operator_bin": centre.bin,
        "operator_address": centre.address,
        "place": common.place,
        "case_number": facts.case_number,
        "date": facts.today,
        "passport_expiry": facts.passport_expiry,
        "arrival_date": facts.arrival_date,
        **_host_values(facts.host),
        "visa_number": facts.entry.visa_number if facts.entry else None,
        "basis_until": facts.entry.basis_until if facts.entry else None,
    }
    if template.term_months:
        values["consent_until"] = add_months(facts.today, template.term_months)
    values.update({k: v for k, v in inputs.items() if k in FIELD_LABELS})
    attorney = inputs.get("attorney")
    if isinstance(attorney, Mapping):
        values["attorney_name"] = attorney["full_name"]
        values["attorney_document"] = _identity_document(attorney, common)
        # A resident's IIN is printed; a non-resident's row is left out even if one is known.
        values["attorney_iin"] = attorney["iin"] if attorney["resident"] else None
    return values


def _host_values(host: HostParty | None) -> dict[str, Any]:
    if host is None:
        return {}
    signatory = host.name
    if host.kind is HostKind.LEGAL:
        # "Ахметов Н. К., директор": who signs for the company, and as what.
        signatory = (
            f"{host.signatory}, {host.position}" if host.signatory and host.position else None
        )
    return {
        "host_name": host.name,
        "host_id_number": host.id_number,
        "host_address": host.address,
        "host_phone": host.phone,
        "host_signatory": signatory,
    }


def _identity_document(attorney: Mapping[str, Any], common: CommonTexts) -> dict[str, str]:
    """ "ID card No. 012345678, issued on 1 May 2020 by МВД РК" in each language."""
    issued = date.fromisoformat(attorney["document_issued"])
    return {
        lang: fill(
            common.identity_line[lang],
            {
                "kind": common.identity_kinds[attorney["document_kind"]][lang],
                "number": attorney["document_number"],
                "issued": format_date(issued, lang, common),
                "authority": attorney["document_authority"],
            },
        )
        for lang in common.identity_line
    }


def _write(value: Any, name: str, lang: str, facts: DocumentFacts, common: CommonTexts) -> str:
    if name == "client_name":
        # The patronymic stands with the names of its own script, as the passport writes it: a
        # Cyrillic one only beside the Cyrillic names (never inside the Latin spelling).
        patronymic = facts.patronymic or ""
        cyrillic_patronymic = bool(patronymic) and _is_cyrillic(patronymic)
        latin_patronymic = None if cyrillic_patronymic else patronymic
        latin = " ".join(p for p in (facts.surname, facts.given_names, latin_patronymic) if p)
        cyrillic_parts = (
            facts.surname_cyr,
            facts.given_names_cyr,
            patronymic if cyrillic_patronymic and facts.surname_cyr else None,
        )
        cyrillic = " ".join(p for p in cyrillic_parts if p)
        # Russian and Kazakh write the name in Cyrillic; the passport's spelling follows.
        return f"{cyrillic} ({latin})" if cyrillic and lang in ("ru", "kk") else latin
    if name == "citizenship":
        return country(value).name(lang)
    if isinstance(value, date):
        return format_date(value, lang, common)
    if isinstance(value, Mapping):
        return str(value[lang])
    return str(value)


def _is_cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in text)


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each ``{name}`` replaced; every name was checked to have a value."""
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)
