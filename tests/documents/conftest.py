"""A store with the centre's details and clients ready for documents."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from expat_desk.store import Store

# A BIN with a valid check digit (the IIN algorithm), made up for the tests.
BIN = "160840012340"
CENTRE = {"name": "AIFC Expat Centre", "bin": BIN, "address": "55/20 Mangilik El Avenue, Astana"}


@pytest.fixture
def centre_store(store: Store) -> Store:
    store.set_centre_details(CENTRE)
    return store


@pytest.fixture
def make_case(centre_store: Store) -> Callable[..., Any]:
    """A function opening a case for a new client: ``make_case("iin", channel=...)``."""
    numbers = iter(range(1, 1000))

    def open_case(
        service: str,
        client: dict[str, Any] | None = None,
        stay: dict[str, Any] | None = None,
        **answers: Any,
    ) -> Any:
        values: dict[str, Any] = {
            "surname": "Smith",
            "given_names": "John",
            "surname_cyr": "Смит",
            "given_names_cyr": "Джон",
            "birth_date": date(1985, 3, 14),
            "sex": "M",
            "citizenship": "GBR",
            "passport_number": f"GB{next(numbers):07d}",
            "passport_issued": date(2021, 3, 9),
            "passport_authority": "HM Passport Office",
            "passport_expiry": date(2031, 3, 8),
            "address": "Kunayev St 19, apt 61, Astana",
        }
        values.update(client or {})
        stored, _warnings = centre_store.add_client(values)
        if service == "migration_notification" and answers.get("arrival_date"):
            # The entry the letter notifies: a work visa, unless the test says otherwise.
            entry = {
                "arrival": answers["arrival_date"],
                "basis": "visa",
                "visa_number": "KZ0123456",
                "basis_until": date(2027, 6, 30),
                "purpose": "work",
                **(stay or {}),
            }
            centre_store.add_stay(stored.id, entry)
        return centre_store.open_case(stored.id, service, answers)

    return open_case


@pytest.fixture
def pdf_text() -> Callable[[Path], str]:
    """A function reading back every page's text of a PDF."""

    def read(path: Path) -> str:
        # Lines wrap where the layout wraps them: compare words, not line breaks.
        return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)

    return read


# A resident attorney with a Kazakhstan ID card, and a non-resident one with a foreign passport.
RESIDENT_ATTORNEY = {
    "full_name": "Нурланова Айгерим Болатқызы",
    "document_kind": "kz_id_card",
    "document_number": "043215678",
    "document_issued": date(2020, 5, 1),
    "document_authority": "МВД РК",
    "resident": True,
    "iin": "900115300013",
}
FOREIGN_ATTORNEY = {
    "full_name": "O'Neil Mary",
    "document_kind": "foreign_passport",
    "document_number": "GB7654321",
    "document_issued": date(2019, 2, 11),
    "document_authority": "HM Passport Office",
    "resident": False,
    "iin": None,
}


@pytest.fixture
def attorney(centre_store: Store) -> Any:
    return centre_store.add_attorney(RESIDENT_ATTORNEY)


@pytest.fixture
def foreign_attorney(centre_store: Store) -> Any:
    return centre_store.add_attorney(FOREIGN_ATTORNEY)


@pytest.fixture
def attorney_inputs(attorney: Any) -> dict[str, Any]:
    """The power of attorney's inputs naming the resident attorney."""
    return {"attorney_id": attorney.id}
