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
    attorney = centre_store.add_attorney(
        {
            "full_name": letters,
            "document_kind": "kz_passport",
            "document_number": "N12345678",
            "document_issued": date(2022, 1, 5),
            "document_authority": "ҚР ІІМ",
        }
    )
    inputs = {"attorney_id": attorney.id}
    document = generate(centre_store, case.id, "power-of-attorney", "kk", inputs)
    path = files_root(centre_store.path) / document.path

    text = pdf_text(path)
    assert "Әлиева Ғалия Қайратқызы (Smith John)" in text
    assert letters in text
    assert "Қазақстан Республикасы азаматының паспорты № N12345678" in text
    assert "берген орган: ҚР ІІМ" in text
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
    attorney_inputs: dict[str, Any],
    centre_store: Store,
    make_case: Callable[..., Any],
    pdf_text: Callable[[Path], str],
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    document = generate(
        centre_store,
        case.id,
        "power-of-attorney",
        "ru,en",
        {**attorney_inputs, "term_until": "2028-06-30"},
    )

    text = pdf_text(files_root(centre_store.path) / document.path)
    for value in (
        "Нурланова Айгерим Болатқызы",
        "Удостоверение личности гражданина Республики Казахстан № 043215678, дата выдачи: "
        "1 мая 2020 г., орган выдачи: МВД РК",
        "Kazakhstan identity card No. 043215678, issued on 1 May 2020 by МВД РК",
        "ИИН 900115300013",
        "IIN 900115300013",
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


def test_the_power_of_attorney_keeps_the_attorney_as_printed(
    centre_store: Store,
    make_case: Callable[..., Any],
    pdf_text: Callable[[Path], str],
    attorney: Any,
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    first = generate(centre_store, case.id, "power-of-attorney", "ru", {"attorney_id": attorney.id})
    centre_store.update_attorney(attorney.id, {"document_number": "099999999"})
    second = generate(
        centre_store, case.id, "power-of-attorney", "ru", {"attorney_id": attorney.id}
    )

    # The record's later change is on the new paper only; the first keeps what it printed.
    kept = centre_store.get_document(first.id).inputs
    assert kept["attorney_id"] == attorney.id
    assert kept["attorney"]["document_number"] == "043215678"
    assert kept["attorney"]["full_name"] == "Нурланова Айгерим Болатқызы"
    assert kept["attorney"]["document_issued"] == "2020-05-01"
    assert second.inputs["attorney"]["document_number"] == "099999999"
    assert "№ 043215678" in pdf_text(files_root(centre_store.path) / first.path)
    assert "№ 099999999" in pdf_text(files_root(centre_store.path) / second.path)


def test_a_non_resident_attorney_has_no_iin_row(
    centre_store: Store,
    make_case: Callable[..., Any],
    pdf_text: Callable[[Path], str],
    foreign_attorney: Any,
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    inputs = {"attorney_id": foreign_attorney.id}
    both = generate(centre_store, case.id, "power-of-attorney", "kk,ru", inputs)
    text = pdf_text(files_root(centre_store.path) / both.path)
    assert "O'Neil Mary" in text
    assert "Шетел азаматының паспорты № GB7654321" in text
    assert "Паспорт иностранного гражданина № GB7654321" in text
    # One column read in order: the document's row is the attorney's last, no IIN after it.
    alone = generate(centre_store, case.id, "power-of-attorney", "ru", inputs)
    text = pdf_text(files_root(centre_store.path) / alone.path)
    assert "орган выдачи: HM Passport Office Полномочия" in text
    assert "ИИН" not in text.split("Поверенный", 1)[1].split("Полномочия", 1)[0]


def test_a_resident_attorneys_iin_is_printed_in_each_language(
    centre_store: Store,
    make_case: Callable[..., Any],
    pdf_text: Callable[[Path], str],
    attorney_inputs: dict[str, Any],
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    document = generate(centre_store, case.id, "power-of-attorney", "kk,ru", attorney_inputs)
    text = pdf_text(files_root(centre_store.path) / document.path)
    assert "ЖСН 900115300013" in text and "ИИН 900115300013" in text


@pytest.mark.parametrize("which", ["none", "unknown", "retired"])
def test_no_attorney_an_unknown_or_a_retired_one_is_listed_as_missing(
    centre_store: Store, make_case: Callable[..., Any], attorney: Any, which: str
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    inputs = {"none": {}, "unknown": {"attorney_id": 999}, "retired": {"attorney_id": attorney.id}}
    if which == "retired":
        centre_store.retire_attorney(attorney.id)
    with pytest.raises(MissingFields) as missing:
        generate(centre_store, case.id, "power-of-attorney", "ru,en", inputs[which])
    assert missing.value.fields == ["attorney_id"]
    assert "the attorney (Settings → Attorneys)" in str(missing.value)
    assert files(centre_store) == []
    assert centre_store.list_documents(case.id) == []


def test_a_retired_attorney_stays_on_the_documents_printed_with_them(
    centre_store: Store, make_case: Callable[..., Any], attorney_inputs: dict[str, Any]
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    document = generate(centre_store, case.id, "power-of-attorney", "ru", attorney_inputs)
    centre_store.retire_attorney(attorney_inputs["attorney_id"])
    [kept] = centre_store.list_documents(case.id)
    assert kept.id == document.id
    assert kept.inputs["attorney"]["full_name"] == "Нурланова Айгерим Болатқызы"
    assert document_file(centre_store, kept).is_file()


def test_a_power_of_attorney_over_three_years_is_refused_and_nothing_is_written(
    attorney_inputs: dict[str, Any], centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    with pytest.raises(ValidationError, match="at most 3 years"):
        generate(
            centre_store,
            case.id,
            "power-of-attorney",
            "ru,en",
            {**attorney_inputs, "term_until": "2029-11-26"},
        )
    assert files(centre_store) == []
    assert centre_store.list_documents(case.id) == []


def test_every_missing_value_is_listed_at_once_and_no_file_is_made(
    store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("iin", client={"address": None}, representative=True)
    store.set_centre_details({"name": "AIFC Expat Centre"})  # no BIN, no address

    with pytest.raises(MissingFields) as missing:
        generate(store, case.id, "power-of-attorney", "ru,en", {})
    assert missing.value.fields == ["client_address", "attorney_id"]
    with pytest.raises(MissingFields) as missing:
        generate(store, case.id, "consent", "ru,en")
    assert missing.value.fields == ["operator_bin", "operator_address"]
    assert "the centre's BIN (Settings, Centre details)" in str(missing.value)
    assert files(store) == []
    assert store.list_documents(case.id) == []


def test_a_document_not_made_for_the_service_is_refused(
    attorney_inputs: dict[str, Any], centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("loss_of_passport", place_of_loss="Astana", date_of_loss=date(2026, 11, 20))
    with pytest.raises(RuleViolation, match="not made for a loss of passport case"):
        generate(centre_store, case.id, "power-of-attorney", "ru,en", attorney_inputs)


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
    attorney_inputs: dict[str, Any],
    centre_store: Store,
    make_case: Callable[..., Any],
    pdf_text: Callable[[Path], str],
    kind: str,
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
    document = generate(centre_store, case.id, kind, "kk,en", attorney_inputs)

    text = pdf_text(files_root(centre_store.path) / document.path)
    # The Cyrillic patronymic stands with the Cyrillic names; the Latin spelling has none,
    # as the passport's Latin line has none.
    assert "Ахметова Айгерім Нұрланқызы (Akhmetova Aigerim)" in text
    assert "Akhmetova Aigerim Нұрланқызы" not in text
    assert "2021 жылғы 9 наурыз, МВД 77810" in text
    assert "9 March 2021, МВД 77810" in text


def test_a_passport_without_its_issue_is_listed_as_missing(
    attorney_inputs: dict[str, Any], centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case(
        "iin", client={"passport_issued": None, "passport_authority": None}, representative=True
    )
    with pytest.raises(MissingFields) as missing:
        generate(centre_store, case.id, "power-of-attorney", "ru,en", attorney_inputs)
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
