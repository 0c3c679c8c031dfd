"""Erasure leaves none of the client's bytes in the database file or its write-ahead log,
whatever ``secure_delete`` default the SQLite in use was built with (issue 15, item 7)."""

import sqlite3
import sqlite3.dbapi2
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from expat_desk.store import Store
from expat_desk.store.erasure import erase_client

PASSPORT = "ZQ9876543"
EMAIL = "erase.me.xq@example.org"
SURNAME = "Vexwhistlerova"
SECRETS = (PASSPORT, EMAIL, SURNAME, "erase.me", "whistler", "9876543")
# Trigrams of the folded passport as the search index stores them (letters no hex hash has).
TRIGRAMS = ("zq9", "q98")


def file_bytes(db_path: Path) -> bytes:
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def traces(data: bytes) -> list[str]:
    found = []
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if secret.encode(encoding) in data or secret.lower().encode(encoding) in data:
                found.append(f"{secret} ({encoding})")
    return found + [trigram for trigram in TRIGRAMS if trigram.encode() in data]


@pytest.fixture
def stock_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new connection starts with secure_delete off, as a stock SQLite build does."""
    original = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = original(*args, **kwargs)
        connection.execute("PRAGMA secure_delete = OFF")
        return connection

    # SQLAlchemy connects through sqlite3.dbapi2 (this machine's build defaults to ON).
    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect)
    monkeypatch.setattr(sqlite3, "connect", connect)


def test_an_erased_clients_values_are_in_neither_the_file_nor_its_log(
    stock_sqlite: None, db_path: Path, client_values: Callable[..., dict[str, Any]]
) -> None:
    store = Store.open(db_path, today=lambda: date(2026, 11, 25))
    try:
        store.manager_id = store.add_manager("Test Manager").id
        for n in range(30):  # others around them, so their pages are shared, not whole
            name = "Keeper" + "abcdefghijklmnopqrstuvwxyz"[n % 26] * (1 + n // 26)
            store.add_client(client_values(surname=name, email=f"keeper{n}@example.kz"))
        client, _ = store.add_client(
            client_values(surname=SURNAME, passport_number=PASSPORT, email=EMAIL, citizenship="DEU")
        )
        store.update_client(client.id, {"employer": "Whistler Analytics", "phone": "+77011230000"})
        store.open_case(client.id, "iin", {"channel": "egov_portal"})
        store.add_client(client_values(surname="Keeperlast"))
        before = traces(file_bytes(db_path))
        assert any(PASSPORT in t for t in before) and any(EMAIL in t for t in before)
        assert set(TRIGRAMS) <= set(before)

        erasure = erase_client(store, client.id)

        assert erasure.log_emptied
        assert traces(file_bytes(db_path)) == []
        assert store.count_clients() == 31  # the others are all still there
    finally:
        store.close()
    assert traces(file_bytes(db_path)) == []


def index_terms(db_path: Path) -> set[str]:
    """The trigrams the search index holds (the index stores them prefix-compressed, so the
    bytes alone do not show them all)."""
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute(
            "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, client_search, row)"
        )
        return {term for (term,) in connection.execute("SELECT term FROM temp.terms")}


def test_the_search_index_keeps_no_trigram_of_an_erased_client(
    store: Store, new_client: Callable[..., Any], db_path: Path
) -> None:
    client = new_client(surname=SURNAME, passport_number=PASSPORT, email=EMAIL)
    new_client(surname="Keeper")
    theirs = {"vex", "exw", "zq9", "q98", ".xq", "xq@"}
    assert theirs <= index_terms(db_path)

    erase_client(store, client.id)

    assert not theirs & index_terms(db_path)
    assert "kee" in index_terms(db_path)


def test_a_reader_holding_the_log_is_said_not_a_silent_success(
    db_path: Path, store: Store, new_client: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("expat_desk.store.erasure.CHECKPOINT_TRIES", 1)
    monkeypatch.setattr("expat_desk.store.database.BUSY_TIMEOUT_MS", 0)
    client = new_client(surname=SURNAME, passport_number=PASSPORT)
    reader = sqlite3.connect(db_path, timeout=0)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM clients").fetchone()  # a read snapshot held open
        new_client(surname="Keeper")  # written after the snapshot: the log cannot be cut
        store.engine.dispose()  # new connections take the zero timeout
        erasure = erase_client(store, client.id)
    finally:
        reader.close()
    assert not erasure.log_emptied
