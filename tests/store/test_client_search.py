"""Search through the trigram index finds what the old scan of every key found, and only that."""

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from expat_desk.domain.search import query_terms
from expat_desk.store import Store
from expat_desk.store.erasure import erase_client

FIRST_SCHEMA = Path(__file__).parents[1] / "data" / "schema-0001.sqlite"


@pytest.fixture
def people(new_client: Callable[..., Any], make_iin: Callable[..., str]) -> dict[str, Any]:
    born = date(1990, 5, 17)
    return {
        "muller": new_client(
            surname="Müller",
            given_names="Jürgen",
            surname_cyr="Мюллер",
            given_names_cyr="Юрген",
            citizenship="DEU",
            passport_number="C01X00T47",
            phone="+7 701 234-56-78",
            employer="Caspian Energy",
        ),
        "ivanova": new_client(
            surname="Ivanova",
            given_names="Olga",
            surname_cyr="Иванова",
            given_names_cyr="Ольга",
            citizenship="RUS",
            passport_number="752345678",
            iin=make_iin(born, female=True),
            birth_date=born,
            employer="Nomad Fintech",
        ),
        "ng": new_client(surname="Ng", given_names="Mu", citizenship="SGP", phone="+65 8123 4567"),
        "celik": new_client(surname="ÇELİK", given_names="Ayşe", citizenship="TUR"),
    }


def scanned(store: Store, query: str) -> set[int]:
    """The old semantics: every folded word somewhere in a client's folded key."""
    terms = query_terms(query)
    with store.engine.connect() as connection:
        keys = connection.execute(text("SELECT id, search_text FROM clients")).all()
    return {i for i, key in keys if all(t in key for t in terms)}


def found(store: Store, query: str) -> set[int]:
    return {c.id for c in store.search_clients(query, limit=1000)}


@pytest.mark.parametrize(
    "query",
    [
        "mul",  # a Latin prefix
        "MÜLLER",  # case and accents aside
        "muller jurgen",
        "мюл",  # Cyrillic
        "ИВАНОВА ольга",
        "celik",  # Turkish dotted capital İ
        "ayse",
        "c01x00t47",  # a passport number, typed in small letters
        "345678",
        "701 234",  # a phone fragment, spaced as written
        "8 701 234 56 78",  # a local number
        "77012345678",
        "energy",  # an employer
        "nomad fin",
        "a",  # one letter: no trigram
        "mu",  # two letters
        "ng mu",
        "ng",
        "o ivan",  # a short and a long word together
        "zzqqx",  # no match
        'qu"ote',
        "50%",
    ],
)
def test_search_finds_what_the_scan_of_every_key_found(
    store: Store, people: dict[str, Any], query: str
) -> None:
    assert found(store, query) == scanned(store, query)


def test_the_iin_finds_its_owner(store: Store, people: dict[str, Any]) -> None:
    ivanova = people["ivanova"]
    assert found(store, ivanova.iin) == {ivanova.id}
    assert found(store, ivanova.iin[3:9]) == {ivanova.id}


def test_no_match_finds_nobody(store: Store, people: dict[str, Any]) -> None:
    assert found(store, "nobody-here") == set()
    assert store.count_clients("nobody-here") == 0


def test_the_index_follows_an_edit(store: Store, people: dict[str, Any]) -> None:
    muller = people["muller"]
    store.update_client(muller.id, {"surname": "Schneider", "employer": "Silk Road Logistics"})
    assert found(store, "muller") == set()
    assert found(store, "caspian") == set()
    assert found(store, "schneider") == {muller.id}
    assert found(store, "silk road") == {muller.id}
    assert found(store, "jurgen") == {muller.id}  # what did not change is found still


def test_an_erased_client_leaves_nothing_in_the_index(store: Store, people: dict[str, Any]) -> None:
    ivanova = people["ivanova"]
    erase_client(store, ivanova.id)
    assert found(store, "ivanova") == set()
    assert found(store, "nomad") == set()
    # FTS5 deletes by writing a tombstone that itself holds the deleted trigrams: the shadow
    # tables must be those of an index that never held her (rebuilt and merged likewise).
    left = index_leaves(store)
    with store.engine.begin() as connection:
        for command in ("rebuild", "optimize"):
            connection.exec_driver_sql(
                f"INSERT INTO client_search(client_search) VALUES ('{command}')"
            )
    assert left == index_leaves(store)
    assert found(store, "muller") == {people["muller"].id}


def index_leaves(store: Store) -> list[bytes]:
    with store.engine.connect() as connection:
        # Ids up to 10 are the index's averages and structure records; the rest its leaves.
        blocks = connection.exec_driver_sql("SELECT block FROM client_search_data WHERE id > 10")
        return sorted(blocks.scalars())


def test_counting_stops_past_a_bound(store: Store, people: dict[str, Any]) -> None:
    assert store.count_clients("a") == 3  # all but Ng Mu
    assert store.count_clients("a", at_most=2) == 3  # "more than 2"
    assert store.count_clients("", at_most=2) == 3
    assert store.count_clients("", at_most=10) == 4


def test_the_register_reads_ids_in_order_and_pages_by_them(
    store: Store, people: dict[str, Any]
) -> None:
    ids = store.client_ids_sorted(sort="name")
    assert list(ids) == [c.id for c in store.search_clients(sort="name")]
    assert list(store.client_ids_sorted("a", limit=2)) == list(ids[:2])
    assert [c.full_name for c in store.clients_by_ids(ids[::-1])] == [
        c.full_name for c in store.search_clients(sort="name", descending=True)
    ]


def test_the_upgrade_fills_the_index_of_an_old_database(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIRST_SCHEMA, copy)
    with closing(sqlite3.connect(copy)) as old:
        clients = old.execute("SELECT id, surname FROM clients").fetchall()
    assert clients, "the fixture holds clients"
    with Store.open(copy) as store:
        for client_id, surname in clients:
            assert client_id in found(store, surname[:5]), surname
        with store.engine.connect() as connection:
            indexed = connection.exec_driver_sql(
                "SELECT count(*) FROM client_search WHERE client_search MATCH ?",
                (f'"{clients[0][1][:3].lower()}"',),
            ).scalar()
        assert indexed and indexed >= 1


def test_control_characters_in_a_query_part_words_instead_of_breaking_the_index(
    tmp_path,
) -> None:
    """A NUL pasted into the search ended the index's query string: SQLite's 'unterminated
    string' was then reported as a damaged database."""
    from expat_desk.store import Store

    with Store.open(tmp_path / "d.sqlite3") as store:
        client, _ = store.add_client(
            {
                "surname": "Schmidt",
                "given_names": "Lena",
                "birth_date": "1985-04-28",
                "citizenship": "DEU",
                "passport_number": "C01X00T47",
            }
        )
        # Each control character is a space: two words that are both hers, or not.
        assert [c.id for c in store.search_clients("lena\x00schmidt")] == [client.id]
        assert store.count_clients("\x1bschmidt\x07") == 1
        assert store.count_clients("schm\x00idt") == 1  # "schm" and "idt" are both in her key
        assert store.count_clients("schm\x00xyz") == 0
