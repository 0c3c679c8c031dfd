"""Generating a case's documents: every value printed, nothing blank, every file on record."""

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from expat_desk.documents.fields import MissingFields
from expat_desk.documents.generate import (
    DocumentFileChanged,
    document_file,
    generate,
    kinds_for,
)
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.domain.iin import iin_check_digit
from expat_desk.store import Store
from expat_desk.store.files import files_root

ATTORNEY = {"attorney_name": "Nurlanova Aigerim", "attorney_document": "ID card 043215678"}
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ"


def files(store: Store) -> list[Path]:
    return sorted((files_root(store.path) / "documents").rglob("*.pdf"))


def test_each_service_offers_its_documents(centre_store: Store) -> None:
    assert kinds_for("iin") == ["consent", "power-of-attorney"]
    assert kinds_for("eds") == ["consent", "power-of-attorney"]
    assert kinds_for("migration_notification") == ["consent", "notification-letter"]
    assert kinds_for("loss_of_passport") == ["consent"]


def test_the_consent_prints_every_value_in_both_columns(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str]
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    document = generate(centre_store, case.id, "consent", "ru,en")

    text = pdf_text(files_root(centre_store.path) / document.path)
    for value in (
        "Смит Джон (Smith John)",  # the Russian column writes the name in Cyrillic first
        "Smith John",
        case.client.passport_number,
        "Великобритания",
        "United Kingdom",
        "14 марта 1985 г.",
        "14 March 1985",
        "AIFC Expat Centre",
        "160840012340",
        "55/20 Mangilik El Avenue, Astana",
        case.number,
        "Получение индивидуального идентификационного номера",
        "Issuance of an individual identification number",
        "Правительство для граждан",
        "25 ноября 2026 г.",  # the date it is signed (the store's day)
        "25 November 2027",  # the consent's term: twelve months
    ):
        assert value in text, value
    assert "{" not in text


def test_a_kazakh_document_carries_every_kazakh_letter_in_an_embedded_font(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str]
) -> None:
    first11 = "85031430001"
    client = {
        "surname_cyr": "Әлиева",
        "given_names_cyr": "Ғалия Қайратқызы",
        "iin": first11 + str(iin_check_digit(first11)),
    }
    case = make_case("eds", client=client, kz_citizen=False, representative=True)
    # Every Kazakh letter, capital and small, in what the manager types.
    letters = f"{KAZAKH_LETTERS} {KAZAKH_LETTERS.lower()}"
    inputs = {"attorney_name": letters, "attorney_document": "Жеке куәлік № 1"}
    document = generate(centre_store, case.id, "power-of-attorney", "kk", inputs)
    path = files_root(centre_store.path) / document.path

    text = pdf_text(path)
    assert "Әлиева Ғалия Қайратқызы (Smith John)" in text
    assert letters in text
    assert "2026 жылғы 25 қараша" in text
    fonts = {
        font.get_object()["/BaseFont"]: font.get_object()
        for page in PdfReader(path).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts, "the document names its fonts"
    for name, font in fonts.items():
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), f"{name} not embedded"
    assert any("PTSerif" in name for name in fonts)


def test_the_power_of_attorney_prints_both_parties_powers_and_term(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str]
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    document = generate(
        centre_store,
        case.id,
        "power-of-attorney",
        "ru,en",
        {**ATTORNEY, "term_until": "2028-06-30"},
    )

    text = pdf_text(files_root(centre_store.path) / document.path)
    for value in (
        "Nurlanova Aigerim",
        "ID card 043215678",
        "Kunayev St 19, apt 61, Astana",
        "30 июня 2028 г.",
        "30 June 2028",
        "г. Астана, 25 ноября 2026 г.",
        "Astana, 25 November 2026",
        "без права передоверия",
        "notary",
    ):
        assert value in text, value
    assert document.inputs["term_until"] == "2028-06-30"


def test_a_power_of_attorney_over_three_years_is_refused_and_nothing_is_written(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    with pytest.raises(ValidationError, match="at most 3 years"):
        generate(
            centre_store,
            case.id,
            "power-of-attorney",
            "ru,en",
            {**ATTORNEY, "term_until": "2029-11-26"},
        )
    assert files(centre_store) == []
    assert centre_store.list_documents(case.id) == []


def test_every_missing_value_is_listed_at_once_and_no_file_is_made(
    store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("iin", client={"address": None}, representative=True)
    store.set_centre_details({"name": "AIFC Expat Centre"})  # no BIN, no address

    with pytest.raises(MissingFields) as missing:
        generate(store, case.id, "power-of-attorney", "ru,en", {"attorney_document": "ID 1"})
    assert missing.value.fields == ["client_address", "attorney_name"]
    with pytest.raises(MissingFields) as missing:
        generate(store, case.id, "consent", "ru,en")
    assert missing.value.fields == ["operator_bin", "operator_address"]
    assert "the centre's BIN (Settings, Centre details)" in str(missing.value)
    assert files(store) == []
    assert store.list_documents(case.id) == []


def test_a_document_not_made_for_the_service_is_refused(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("loss_of_passport", place_of_loss="Astana", date_of_loss=date(2026, 11, 20))
    with pytest.raises(RuleViolation, match="not made for a loss of passport case"):
        generate(centre_store, case.id, "power-of-attorney", "ru,en", ATTORNEY)


def test_the_letter_shows_the_stay_but_not_the_centres_own_deadline(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str]
) -> None:
    # Arrival on Monday 14 December 2026; the letter through the centre is due on Thursday the
    # 17th (the 16th is Independence Day): the centre's deadline, not the police's business.
    case = make_case(
        "migration_notification",
        arrival_date=date(2026, 12, 14),
        host_party=1,
        channel="expat_centre",
    )
    document = generate(
        centre_store, case.id, "notification-letter", "ru,en", {"stay_until": "2027-02-28"}
    )

    text = pdf_text(files_root(centre_store.path) / document.path)
    for value in (
        "Nomad Fintech Ltd",
        "14 декабря 2026 г. — 28 февраля 2027 г.",
        "14 December 2026 — 28 February 2027",
        "Kunayev St 19, apt 61, Astana",
        "Migration Service",
    ):
        assert value in text, value
    for value in ("17 декабря 2026", "17 December 2026", "Срок письма", "Letter due"):
        assert value not in text, value


def test_the_file_is_on_record_with_its_hash_and_reopens_as_it_was(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("iin", channel="expat_centre")
    first = generate(centre_store, case.id, "consent", "ru,en")
    second = generate(centre_store, case.id, "consent", "kk")

    listed = centre_store.list_documents(case.id)
    assert [d.id for d in listed] == [second.id, first.id]
    assert (listed[1].kind, listed[1].languages) == ("consent", "ru,en")
    path = document_file(centre_store, listed[1])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == first.sha256
    assert path.stat().st_mode & 0o077 == 0
    assert files(centre_store) == sorted([path, document_file(centre_store, listed[0])])
    history = [e for e in centre_store.case_history(case.id) if e.entity == "document"]
    assert [(e.action, e.field) for e in history] == [("create", "consent")] * 2


def test_a_file_changed_after_it_was_made_is_not_shown_as_the_original(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("iin", channel="expat_centre")
    document = generate(centre_store, case.id, "consent", "ru,en")
    path = files_root(centre_store.path) / document.path
    path.write_bytes(path.read_bytes() + b"%")
    with pytest.raises(DocumentFileChanged, match="changed after it was generated"):
        document_file(centre_store, document)
    path.unlink()
    with pytest.raises(DocumentFileChanged, match="missing"):
        document_file(centre_store, document)


def test_a_failed_record_leaves_no_stray_file(
    centre_store: Store, make_case: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case("iin", channel="expat_centre")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(centre_store, "record_document", broken)
    with pytest.raises(OSError, match="disk full"):
        generate(centre_store, case.id, "consent", "ru,en")
    assert files(centre_store) == []


@pytest.mark.parametrize("kind", ["consent", "power-of-attorney"])
def test_the_patronymic_and_the_passports_issue_are_printed_where_the_forms_ask(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str], kind: str
) -> None:
    client = {
        "surname": "Akhmetova",
        "given_names": "Aigerim",
        "surname_cyr": "Ахметова",
        "given_names_cyr": "Айгерім",
        "patronymic": "Нұрланқызы",
        "citizenship": "RUS",
        "passport_issued": date(2021, 3, 9),
        "passport_authority": "МВД 77810",
    }
    case = make_case("iin", client=client, channel="expat_centre", representative=True)
    document = generate(centre_store, case.id, kind, "kk,en", ATTORNEY)

    text = pdf_text(files_root(centre_store.path) / document.path)
    # The Cyrillic patronymic stands with the Cyrillic names; the Latin spelling has none,
    # as the passport's Latin line has none.
    assert "Ахметова Айгерім Нұрланқызы (Akhmetova Aigerim)" in text
    assert "Akhmetova Aigerim Нұрланқызы" not in text
    assert "2021 жылғы 9 наурыз, МВД 77810" in text
    assert "9 March 2021, МВД 77810" in text


def test_a_passport_without_its_issue_is_listed_as_missing(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case(
        "iin", client={"passport_issued": None, "passport_authority": None}, representative=True
    )
    with pytest.raises(MissingFields) as missing:
        generate(centre_store, case.id, "power-of-attorney", "ru,en", ATTORNEY)
    assert missing.value.fields == ["passport_issued", "passport_authority"]
    assert "the passport's issuing authority (client details)" in str(missing.value)
    assert files(centre_store) == []


def test_an_issuing_authority_that_looks_like_markup_is_printed_as_typed(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str]
) -> None:
    hostile = "<font size=40>МВД</font> & <b>Co</b>"
    case = make_case("iin", client={"passport_authority": hostile}, representative=True)
    document = generate(centre_store, case.id, "consent", "ru,en")
    assert hostile in pdf_text(files_root(centre_store.path) / document.path)
