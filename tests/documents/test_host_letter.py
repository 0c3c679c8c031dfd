"""The notification letter is the host party's: its letterhead, its number, its signatory."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from expat_desk.documents.fields import MissingFields
from expat_desk.documents.generate import generate, prepare
from expat_desk.store import Store
from expat_desk.store.files import files_root

LANDLORD = {
    "kind": "natural",
    "name": "Ivanov Sergei Petrovich",
    "id_number": "850315300019",
    "address": "Astana, Kenesary St 40, apt 12",
    "phone": "+77015550142",
}


def letter(store: Store, make_case: Callable[..., Any], host_id: int, langs: str = "ru,en"):
    case = make_case("migration_notification", arrival_date=date(2026, 11, 23), host_party=host_id)
    return generate(store, case.id, "notification-letter", langs, {"stay_until": "2027-01-20"})


def test_a_companys_letter_is_on_its_letterhead_signed_by_its_head(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str]
) -> None:
    document = letter(centre_store, make_case, 1)  # Nomad Fintech Ltd (tests/conftest.py)
    text = pdf_text(files_root(centre_store.path) / document.path)
    # The running header, drawn last on each page: the host's name, number, phone, address.
    assert "Nomad Fintech Ltd БИН / BIN 130440000013 · +77172555000 Astana, Mangilik" in text
    assert "Expat Centre" not in text  # the letter is the host's, not the centre's
    for value in (
        "Руководитель принимающей стороны / Head of the host party",
        "Ахметов Нурлан Каримович, директор",
        "М.П. (при наличии) / L.S. (if any)",
        "Паспорт действителен до",
        "8 марта 2031 г.",
        "Passport valid until",
    ):
        assert value in text, value


def test_a_private_person_signs_their_own_letter_without_a_seal(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str]
) -> None:
    host = centre_store.add_host_party(LANDLORD)
    text = pdf_text(files_root(centre_store.path) / letter(centre_store, make_case, host.id).path)
    assert "ИИН / IIN 850315300019" in text
    assert "Принимающая сторона (физическое лицо) / Host party (private person)" in text
    for value in ("руководитель", "Руководитель", "М.П.", "L.S.", "БИН"):
        assert value not in text, value


def test_the_kazakh_letter_names_the_number_as_kazakh_does(
    centre_store: Store, make_case: Callable[..., Any], pdf_text: Callable[[Path], str]
) -> None:
    text = pdf_text(files_root(centre_store.path) / letter(centre_store, make_case, 1, "kk").path)
    assert "БСН 130440000013" in text
    assert "Қабылдаушы тараптың басшысы" in text


def test_a_letter_is_not_made_while_its_host_record_lacks_what_it_prints(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    host = centre_store.add_host_party({"kind": "legal", "name": "Hilton Astana"})
    case = make_case("migration_notification", arrival_date=date(2026, 11, 23), host_party=host.id)
    with pytest.raises(MissingFields) as caught:
        prepare(centre_store, case.id, "notification-letter", "ru,en", {"stay_until": "2027-01-20"})
    assert caught.value.fields == ["host_id_number", "host_address", "host_phone", "host_signatory"]
    assert "BIN or IIN (Host parties)" in str(caught.value)


def test_a_host_kept_from_a_typed_name_must_first_say_what_it_is(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    host = centre_store.add_host_party({"kind": "legal", "name": "Private landlord"})
    case = make_case("migration_notification", arrival_date=date(2026, 11, 23), host_party=host.id)
    # As migration 0009 leaves a typed name: no kind yet.
    with centre_store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE host_parties SET kind = NULL WHERE id = ?", (host.id,))
    with pytest.raises(MissingFields) as caught:
        prepare(centre_store, case.id, "notification-letter", "ru", {"stay_until": "2027-01-20"})
    assert caught.value.fields[0] == "host_kind"
    assert "company or a private person" in str(caught.value)


@pytest.mark.parametrize(
    ("stay", "printed"),
    [
        (
            {"basis": "residence_permit", "visa_number": None, "basis_until": date(2028, 1, 31)},
            "вид на жительство в Республике Казахстан, действителен до 31 января 2028 г.",
        ),
        ({"basis": "visa_free", "visa_number": None, "basis_until": None}, "безвизовый въезд"),
        ({"purpose": "private"}, "частный визит"),
        ({}, "виза № KZ0123456, действительна до 30 июня 2027 г."),
    ],
)
def test_the_letter_says_on_what_basis_and_why_the_foreigner_came(
    centre_store: Store,
    make_case: Callable[..., Any],
    pdf_text: Callable[[Path], str],
    stay: dict,
    printed: str,
) -> None:
    case = make_case(
        "migration_notification", stay=stay, arrival_date=date(2026, 11, 23), host_party=1
    )
    document = generate(
        centre_store, case.id, "notification-letter", "ru,en", {"stay_until": "2027-01-20"}
    )
    text = pdf_text(files_root(centre_store.path) / document.path)
    assert printed in " ".join(text.split())


def test_a_letter_needs_the_entry_on_the_clients_stays(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("iin", channel="expat_centre")  # a client with no stay recorded
    notify = centre_store.open_case(
        case.client_id,
        "migration_notification",
        {"arrival_date": "2026-11-23", "host_party": 1},
    )
    with pytest.raises(MissingFields) as caught:
        prepare(centre_store, notify.id, "notification-letter", "ru", {"stay_until": "2027-01-20"})
    assert caught.value.fields == ["entry"]
    assert "Stays" in str(caught.value)
