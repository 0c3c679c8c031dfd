"""Making a case's document: gather the facts, fill the text, lay out the PDF, file it.

Every generated PDF is kept in the database's files folder (``documents/case-<id>/``,
owner-only, see store.files) and
put on the case's record with its SHA-256, so the list on the case always opens the very file
that was printed; a document is never silently made again.
"""

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from expat_desk.documents.fields import (
    DocumentFacts,
    StayEntry,
    attorney_snapshot,
    check_inputs,
    document_values,
)
from expat_desk.documents.kinds import DocumentKind, parse_languages
from expat_desk.documents.texts import load_common, load_template
from expat_desk.domain.errors import Message, Refusal, RuleViolation, Word
from expat_desk.domain.host_party import HostParty
from expat_desk.store.errors import NotFound
from expat_desk.store.files import (
    case_folder,
    file_sha256,
    recorded_path,
    relative_name,
    write_private,
)
from expat_desk.store.models import Case, Document
from expat_desk.store.output_paths import check_output_path
from expat_desk.store.store import Store

DOCUMENTS_FOLDER = "documents"


class DocumentFileChanged(Refusal, RuntimeError):
    """The file on record is gone or no longer the one that was generated."""


@dataclass(frozen=True)
class Prepared:
    """A document ready to lay out: the checks have passed and every value is filled."""

    kind: DocumentKind
    languages: tuple[str, ...]
    case: Case
    values: dict[str, dict[str, str]]
    inputs: dict[str, Any]
    operator_name: str  # whose name heads the pages: the centre's, or the host party's
    letterhead: tuple[str, ...] = ()


def kinds_for(service: str) -> list[DocumentKind]:
    """The documents a case of ``service`` can have, in the order they are usually made."""
    return [kind for kind in DocumentKind if service in load_template(kind).services]


def document_facts(store: Store, case: Case) -> DocumentFacts:
    client = case.client
    return DocumentFacts(
        case_number=case.number,
        service=case.service,
        surname=client.surname,
        given_names=client.given_names,
        surname_cyr=client.surname_cyr,
        given_names_cyr=client.given_names_cyr,
        birth_date=client.birth_date,
        citizenship=client.citizenship,
        passport_number=client.passport_number,
        client_address=client.address,
        centre=store.centre_details(),
        today=store.today(),
        answers=dict(case.answers or {}),
        arrival_date=case.arrival_date,
        patronymic=client.patronymic,
        passport_issued=client.passport_issued,
        passport_authority=client.passport_authority,
        passport_expiry=client.passport_expiry,
        host=_host(store, case),
        entry=_entry(store, case),
    )


def _entry(store: Store, case: Case) -> StayEntry | None:
    """The client's stay this case's arrival began (the one recorded on that day, else the one
    the arrival falls in)."""
    if case.arrival_date is None:
        return None
    arrival = case.arrival_date
    stays = store.list_stays(case.client_id)
    same_day = [s for s in stays if s.arrival == arrival]
    within = [s for s in stays if s.arrival <= arrival and (s.departure or arrival) >= arrival]
    for stay in same_day or within[-1:]:
        return StayEntry(stay.basis, stay.purpose, stay.visa_number, stay.basis_until)
    return None


def _host(store: Store, case: Case) -> HostParty | None:
    host_id = (case.answers or {}).get("host_party")
    return store.host_facts(host_id) if isinstance(host_id, int) else None


def prepare(
    store: Store,
    case_id: int,
    kind: DocumentKind | str,
    languages: str | tuple[str, ...] = ("ru", "en"),
    inputs: Mapping[str, Any] | None = None,
) -> Prepared:
    """Check everything a document needs; raises before anything is written.

    ValueError for an unknown kind or bad languages, RuleViolation when the case's service has
    no such document, ValidationError for a refused answer, MissingFields listing every empty
    value.
    """
    kind = DocumentKind(kind)
    langs = parse_languages(languages)
    case = store.get_case(case_id)
    template = load_template(kind)
    if case.service not in template.services:
        raise RuleViolation(
            Message(
                "document.not_for_service",
                "a {document} is not made for a {service} case",
                document=Word("document", kind.value, kind.value.replace("-", " ")),
                service=Word("service", case.service, case.service.replace("_", " ")),
            )
        )
    facts = document_facts(store, case)
    checked = check_inputs(kind, inputs or {}, facts)
    if "attorney_id" in checked:
        checked["attorney"] = _attorney(store, checked["attorney_id"])
    values = document_values(template, facts, checked, langs, load_common())
    if template.host_values and facts.host is not None:
        # The host's letter, on the host's letterhead (the checks above found it complete).
        host = facts.host
        number = " / ".join(values[lang]["host_id_label"] for lang in langs)
        lines = (f"{number} {host.id_number} · {host.phone}", host.address or "")
        return Prepared(kind, langs, case, values, checked, host.name, lines)
    return Prepared(kind, langs, case, values, checked, facts.centre.name)


def _attorney(store: Store, attorney_id: int | None) -> dict[str, Any] | None:
    """The attorney's values to print and keep; None (listed as missing) for no attorney, an
    unknown one, or one retired: a new paper names only an attorney the centre still uses."""
    if attorney_id is None:
        return None
    try:
        record = store.get_attorney(attorney_id)
    except NotFound:
        return None
    return attorney_snapshot(record) if record.active else None


def render(prepared: Prepared) -> bytes:
    from expat_desk.documents.render import PageInfo, render_pdf

    template = load_template(prepared.kind)
    return render_pdf(
        template,
        load_common(),
        prepared.values,
        prepared.languages,
        PageInfo(
            operator_name=prepared.operator_name,
            case_number=prepared.case.number,
            title=" / ".join(template.title[lang] for lang in prepared.languages),
            author=prepared.operator_name,
            letterhead=prepared.letterhead,
        ),
    )


def generate(
    store: Store,
    case_id: int,
    kind: DocumentKind | str,
    languages: str | tuple[str, ...] = ("ru", "en"),
    inputs: Mapping[str, Any] | None = None,
) -> Document:
    """Make the document, file it beside the database and record it on the case."""
    prepared = prepare(store, case_id, kind, languages, inputs)
    pdf = render(prepared)
    folder = case_folder(store.path, DOCUMENTS_FOLDER, case_id)
    stamp = store.now().strftime("%Y%m%dT%H%M%S")
    name = f"{prepared.kind.value}-{'-'.join(prepared.languages)}-{stamp}"
    target = _unique(folder, name)
    write_private(target, pdf)
    try:
        return store.record_document(
            case_id,
            prepared.kind.value,
            prepared.languages,
            relative_name(store.path, target),
            hashlib.sha256(pdf).hexdigest(),
            prepared.inputs,
        )
    except BaseException:
        # A file the record does not know of would be an orphan copy of personal data.
        target.unlink(missing_ok=True)
        raise


def document_file(store: Store, document: Document) -> Path:
    """The file on record, checked to be the one generated (same SHA-256)."""
    path = recorded_path(store.path, document.path)
    if path is None:
        raise DocumentFileChanged(
            Message(
                "document.outside_folder",
                "{path} is not a path of the documents folder",
                path=document.path,
            )
        )
    try:
        digest = file_sha256(path)
    except OSError:
        raise DocumentFileChanged(
            Message(
                "document.file_missing", "{path} is missing: it was moved or deleted", path=path
            )
        ) from None
    if digest != document.sha256:
        raise DocumentFileChanged(
            Message("document.file_changed", "{path} was changed after it was generated", path=path)
        )
    return path


def _unique(folder: Path, name: str) -> Path:
    target = folder / f"{name}.pdf"
    n = 2
    while target.exists():
        target = folder / f"{name}-{n}.pdf"
        n += 1
    return target


def check_out_path(out: Path | str) -> Path:
    """Where a copy may go: a new file name in an existing folder, or a regular file there
    (ValueError says why not: a device or a link is never written over)."""
    out = Path(out)
    if out.is_dir():
        raise ValueError(
            Message(
                "document.out_is_folder",
                "{path} is a folder; give a file name ending in .pdf",
                path=out,
            )
        )
    if not out.parent.is_dir():
        raise ValueError(
            Message(
                "file.no_folder",
                "cannot write {path}: folder {folder} does not exist",
                path=out,
                folder=out.parent,
            )
        )
    return check_output_path(out)


def write_copy(pdf_path: Path, out: Path | str) -> Path:
    """A copy of a generated file where the manager asked for it (``--out``, Save as)."""
    out = check_out_path(out)
    write_private(out, pdf_path.read_bytes())
    return out
