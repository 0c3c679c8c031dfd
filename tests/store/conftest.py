"""Helpers for the store's tests: valid clients, IINs computed from the published rule, row counts.

They are fixtures that hand back functions, because test modules cannot import a conftest under
``--import-mode=importlib``.
"""

from collections.abc import Callable
from datetime import date
from itertools import count
from typing import Any

import pytest
from sqlalchemy import text

from expat_desk.store import Store

_FIRST_WEIGHTS = range(1, 12)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_for(birth: date, female: bool = False, serial: int = 1) -> str:
    """A valid IIN for someone born on ``birth``: YYMMDD, century-and-sex digit, serial, check.

    The check digit follows the published algorithm, written out here rather than taken from
    the module under test; a serial whose check digit cannot be computed is skipped.
    """
    century_digit = {18: 1, 19: 3, 20: 5}[birth.year // 100] + (1 if female else 0)
    while True:
        first11 = f"{birth:%y%m%d}{century_digit}{serial % 10000:04d}"
        digits = [int(c) for c in first11]
        for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
            check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
            if check != 10:
                return first11 + str(check)
        serial += 1


@pytest.fixture
def make_iin() -> Callable[..., str]:
    return iin_for


@pytest.fixture
def client_values() -> Callable[..., dict[str, Any]]:
    """A function giving a valid client record; each call a new passport number."""
    numbers = count(1)

    def values(**overrides: Any) -> dict[str, Any]:
        n = next(numbers)
        record: dict[str, Any] = {
            "surname": "Smith",
            "given_names": "John",
            "birth_date": date(1985, 3, 14),
            "sex": "M",
            "citizenship": "GBR",
            "passport_number": f"GB{n:07d}",
        }
        record.update(overrides)
        return record

    return values


@pytest.fixture
def new_client(store: Store, client_values: Callable[..., dict[str, Any]]) -> Callable[..., Any]:
    """A function storing a valid client (fields overridable) and handing it back."""

    def add(**overrides: Any) -> Any:
        client, _warnings = store.add_client(client_values(**overrides))
        return client

    return add


@pytest.fixture
def rows(store: Store) -> Callable[[str], int]:
    """A function counting the rows of a table, straight from the file."""

    def count_rows(table: str) -> int:
        with store.engine.connect() as connection:
            return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()

    return count_rows


@pytest.fixture
def client(new_client: Callable) -> Any:
    """A French client without an IIN yet."""
    return new_client(surname="Dubois", given_names="Camille", sex="F", citizenship="FRA")


@pytest.fixture
def client_with_iin(new_client: Callable, make_iin: Callable) -> Any:
    """A Korean client whose IIN matches her birth date and sex."""
    birth = date(1988, 6, 30)
    return new_client(
        surname="Park",
        given_names="Hana",
        citizenship="KOR",
        birth_date=birth,
        sex="F",
        iin=make_iin(birth, female=True),
    )


@pytest.fixture
def kyrgyz_client(new_client: Callable) -> Any:
    """A citizen of Kyrgyzstan, a country with a reciprocal visa-free agreement."""
    return new_client(surname="Asanov", given_names="Bakyt", citizenship="KGZ")


@pytest.fixture
def kazakh_client(new_client: Callable, make_iin: Callable) -> Any:
    """A citizen of Kazakhstan, with the IIN every citizen has."""
    birth = date(1990, 1, 15)
    return new_client(
        surname="Seitkali",
        given_names="Aigerim",
        sex="F",
        citizenship="KAZ",
        birth_date=birth,
        iin=make_iin(birth, female=True),
    )
