"""The documents' wording, read from ``resources/documents/*.toml``.

The centre edits those files, not the code: each holds a document's title and sections in
Kazakh, Russian and English, with placeholders such as ``{client_name}`` that the app fills.
Reading a file checks it whole (every language present, every placeholder one the app knows),
so a mistake in the wording is found when the file is read, not on a printed page.
"""

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from expat_desk.documents.kinds import LANGUAGES, DocumentKind
from expat_desk.domain.resources import resource_path

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

Localized = Mapping[str, str]


class TemplateError(ValueError):
    """A document text file is not as the app expects; the message names the file and place."""


@dataclass(frozen=True)
class FieldRow:
    label: Localized
    value: str
    # A placeholder that may be empty: then the row is not printed (an attorney's IIN).
    when: str | None = None


@dataclass(frozen=True)
class Signature:
    label: Localized
    name: str
    date: str
    stamp: Localized | None = None


@dataclass(frozen=True)
class Section:
    heading: Localized | None = None
    text: Localized | None = None
    fields: tuple[FieldRow, ...] = ()
    signatures: tuple[Signature, ...] = ()
    box: Localized | None = None


@dataclass(frozen=True)
class Template:
    kind: DocumentKind
    services: tuple[str, ...]
    title: Localized
    sections: tuple[Section, ...]
    subtitle: Localized | None = None
    addressee: Localized | None = None
    # Values that differ by the case's service: service -> name -> text in each language.
    service_values: Mapping[str, Mapping[str, Localized]] = field(default_factory=dict)
    term_months: int | None = None
    # Words that differ by the kind of host party (legal, natural): the letter's signer.
    host_values: Mapping[str, Mapping[str, Localized]] = field(default_factory=dict)
    # Words by the stay the letter notifies: its entry basis, and its purpose.
    basis_values: Mapping[str, Mapping[str, Localized]] = field(default_factory=dict)
    purpose_values: Mapping[str, Mapping[str, Localized]] = field(default_factory=dict)

    def variant_names(self) -> set[str]:
        """The placeholders a variant table fills (by service, host, entry or purpose)."""
        tables = (self.service_values, self.host_values, self.basis_values, self.purpose_values)
        return {name for table in tables for values in table.values() for name in values}

    def texts(self) -> Iterator[str]:
        """Every piece of text that may hold a placeholder, in every language."""
        for part in (self.title, self.subtitle, self.addressee):
            if part:
                yield from part.values()
        for section in self.sections:
            for part in (section.heading, section.text, section.box):
                if part:
                    yield from part.values()
            for row in section.fields:
                yield row.value
                yield from row.label.values()
            for sig in section.signatures:
                yield sig.name
                yield sig.date
                yield from sig.label.values()

    def placeholders(self) -> set[str]:
        return {name for text in self.texts() for name in PLACEHOLDER.findall(text)}

    def optional_placeholders(self) -> set[str]:
        return {row.when for s in self.sections for row in s.fields if row.when}


@dataclass(frozen=True)
class CommonTexts:
    language_names: Localized
    centre_line: Localized
    date_format: Localized
    months: Mapping[str, tuple[str, ...]]
    footer_case: Localized
    footer_page: Localized
    signature: Localized
    full_name: Localized
    date_line: Localized
    place: Localized
    # How a power of attorney words an identity document: {kind} {number} {issued} {authority}.
    identity_line: Localized = field(default_factory=dict)
    identity_kinds: Mapping[str, Localized] = field(default_factory=dict)


def _localized(value: Any, where: str) -> Localized:
    if not isinstance(value, dict):
        raise TemplateError(f"{where}: expected a table with {', '.join(LANGUAGES)}")
    missing = [lang for lang in LANGUAGES if not isinstance(value.get(lang), str)]
    if missing:
        raise TemplateError(f"{where}: no text in {', '.join(missing)}")
    return {lang: value[lang] for lang in LANGUAGES}


def _optional(data: Mapping[str, Any], key: str, where: str) -> Localized | None:
    return _localized(data[key], f"{where}.{key}") if key in data else None


def _string(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise TemplateError(f"{where}.{key}: expected text")
    return value


def _field_row(row: Any, where: str) -> FieldRow:
    if not isinstance(row, dict):
        raise TemplateError(f"{where}: expected a table")
    value = _string(row, "value", where)
    when = row.get("when")
    if when is not None and (not isinstance(when, str) or when not in PLACEHOLDER.findall(value)):
        raise TemplateError(f"{where}.when: must name a placeholder of the row's value")
    return FieldRow(_localized(row.get("label"), f"{where}.label"), value, when)


def _section(data: Any, where: str) -> Section:
    if not isinstance(data, dict):
        raise TemplateError(f"{where}: expected a table")
    rows = enumerate(data.get("fields", []))
    fields = tuple(_field_row(row, f"{where}.fields[{i}]") for i, row in rows)
    signatures = tuple(
        Signature(
            label=_localized(sig.get("label"), f"{where}.signatures[{i}].label"),
            name=_string(sig, "name", f"{where}.signatures[{i}]"),
            date=_string(sig, "date", f"{where}.signatures[{i}]"),
            stamp=_optional(sig, "stamp", f"{where}.signatures[{i}]"),
        )
        for i, sig in enumerate(data.get("signatures", []))
    )
    section = Section(
        heading=_optional(data, "heading", where),
        text=_optional(data, "text", where),
        fields=fields,
        signatures=signatures,
        box=_optional(data, "box", where),
    )
    if not (section.heading or section.text or fields or signatures or section.box):
        raise TemplateError(f"{where}: an empty section")
    return section


def parse_template(kind: DocumentKind, data: Mapping[str, Any], known: set[str]) -> Template:
    """A template from parsed TOML, checked against the placeholders the app can fill."""
    where = f"{kind.value}.toml"
    services = data.get("services")
    if not isinstance(services, list) or not services:
        raise TemplateError(f"{where}: 'services' must list the services it is made for")
    service_values: dict[str, dict[str, Localized]] = {}
    for service, values in data.get("service_values", {}).items():
        service_values[service] = {
            name: _localized(text, f"{where} service_values.{service}.{name}")
            for name, text in values.items()
        }
    per_service = {name for values in service_values.values() for name in values}
    for service in services:
        lacking = per_service - set(service_values.get(service, {}))
        if lacking:
            raise TemplateError(
                f"{where}: service_values.{service} lacks {', '.join(sorted(lacking))}"
            )
    host_values = _variants(data, "host_values", ("legal", "natural"), where)
    basis_values = _variants(data, "basis_values", ("visa_free", "visa", "residence_permit"), where)
    purpose_values = _variants(data, "purpose_values", ("private", "work"), where)
    term = data.get("term_months")
    if term is not None and (not isinstance(term, int) or not 1 <= term <= 120):
        raise TemplateError(f"{where}: term_months must be a whole number of months, 1 to 120")
    template = Template(
        kind=kind,
        services=tuple(services),
        title=_localized(data.get("title"), f"{where} title"),
        subtitle=_optional(data, "subtitle", where),
        addressee=_optional(data, "addressee", where),
        sections=tuple(
            _section(s, f"{where} section {i + 1}") for i, s in enumerate(data.get("sections", []))
        ),
        service_values=service_values,
        term_months=term,
        host_values=host_values,
        basis_values=basis_values,
        purpose_values=purpose_values,
    )
    unknown = template.placeholders() - known - template.variant_names()
    # The variants' own words may name only what the app fills.
    for table in (basis_values, purpose_values, host_values):
        for values in table.values():
            for text in values.values():
                unknown |= {n for t in text.values() for n in PLACEHOLDER.findall(t)} - known
    if unknown:
        raise TemplateError(
            f"{where}: the app cannot fill {', '.join('{' + u + '}' for u in sorted(unknown))}"
        )
    return template


def _variants(
    data: Mapping[str, Any], key: str, variants: tuple[str, ...], where: str
) -> dict[str, dict[str, Localized]]:
    """A table of words by variant, every variant giving every word (or none at all)."""
    table = data.get(key, {})
    if not isinstance(table, Mapping):
        raise TemplateError(f"{where}: {key} must be a table")
    if not table:
        return {}
    unknown = set(table) - set(variants)
    if unknown:
        raise TemplateError(f"{where}: {key} has no variant {', '.join(sorted(unknown))}")
    out = {
        variant: {
            name: _localized(text, f"{where} {key}.{variant}.{name}")
            for name, text in (table.get(variant) or {}).items()
        }
        for variant in variants
    }
    names = {name for values in out.values() for name in values}
    for variant, values in out.items():
        if lacking := names - set(values):
            raise TemplateError(f"{where}: {key}.{variant} lacks {', '.join(sorted(lacking))}")
    return out


def _read(name: str) -> dict[str, Any]:
    path = resource_path("documents", f"{name}.toml")
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except OSError as exc:
        raise TemplateError(f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: {exc}") from None


@cache
def load_template(kind: DocumentKind) -> Template:
    from expat_desk.documents.fields import FIELD_LABELS

    return parse_template(kind, _read(kind.value), set(FIELD_LABELS))


@cache
def load_common() -> CommonTexts:
    from expat_desk.domain.attorney import DOCUMENT_KINDS

    data = _read("common")
    kinds = data.get("identity_kinds")
    if not isinstance(kinds, dict) or set(kinds) != set(DOCUMENT_KINDS):
        raise TemplateError(
            f"common.toml identity_kinds: expected the wording of {', '.join(DOCUMENT_KINDS)}"
        )
    identity_line = _localized(data.get("identity_line"), "common.toml identity_line")
    unknown = {n for t in identity_line.values() for n in PLACEHOLDER.findall(t)} - {
        "kind",
        "number",
        "issued",
        "authority",
    }
    if unknown:
        raise TemplateError(f"common.toml identity_line: the app cannot fill {sorted(unknown)}")
    months = data.get("months", {})
    for lang in LANGUAGES:
        names = months.get(lang)
        if not isinstance(names, list) or len(names) != 12:
            raise TemplateError(f"common.toml months.{lang}: expected the 12 months' names")
    return CommonTexts(
        **{
            name: _localized(data.get(name), f"common.toml {name}")
            for name in (
                "language_names",
                "centre_line",
                "date_format",
                "footer_case",
                "footer_page",
                "signature",
                "full_name",
                "date_line",
                "place",
            )
        },
        months={lang: tuple(months[lang]) for lang in LANGUAGES},
        identity_line=identity_line,
        identity_kinds={
            kind: _localized(text, f"common.toml identity_kinds.{kind}")
            for kind, text in kinds.items()
        },
    )
