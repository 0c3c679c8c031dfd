"""The event log: every change is written with who and when, and history cannot be rewritten."""

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from expat_desk.store import Store
from expat_desk.store.errors import Conflict, StoreError
from expat_desk.store.models import Event

TODAY = date(2026, 11, 25)
MOMENT = datetime(2026, 11, 25, 6, 30)


def all_events(db_path: Path) -> list[tuple]:
    raw = sqlite3.connect(db_path)
    try:
        return raw.execute("SELECT * FROM events ORDER BY id").fetchall()
    finally:
        raw.close()


@pytest.fixture
def logged(store: Store, new_client: Callable) -> Any:
    """A store with a few events in its log."""
    client = new_client(employer="AIFC Court")
    store.update_client(client.id, {"employer": "Tengri Analytics"})
    return store


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE events SET new = 'rewritten'",
        "UPDATE events SET manager_id = NULL WHERE id = 1",
        "DELETE FROM events",
        "DELETE FROM events WHERE id = (SELECT max(id) FROM events)",
    ],
)
def test_raw_sql_cannot_rewrite_the_log(logged: Store, db_path: Path, statement: str) -> None:
    before = all_events(db_path)
    assert len(before) >= 3
    raw = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute(statement)
        raw.rollback()
    finally:
        raw.close()
    assert all_events(db_path) == before


def test_the_orm_cannot_rewrite_the_log_either(logged: Store, db_path: Path) -> None:
    before = all_events(db_path)
    with pytest.raises(IntegrityError, match="append-only"), Session(logged.engine) as s, s.begin():
        event = s.scalars(select(Event)).first()
        assert event is not None
        event.new = "rewritten"
    with pytest.raises(IntegrityError, match="append-only"), Session(logged.engine) as s, s.begin():
        s.delete(s.scalars(select(Event)).first())
    assert all_events(db_path) == before


def test_new_events_can_still_be_added(logged: Store, db_path: Path) -> None:
    count = len(all_events(db_path))
    logged.add_manager("Madina Karimova")
    assert len(all_events(db_path)) == count + 1


def test_each_event_records_who_and_when(store: Store, new_client: Callable) -> None:
    store.now = lambda: MOMENT
    other = store.add_manager("Daniyar Abenov")
    store.manager_id = other.id
    client = new_client(surname="Schmidt", given_names="Lena")
    [created] = store.client_history(client.id)
    assert (created.entity, created.entity_id, created.action) == ("client", client.id, "create")
    assert created.new == "Schmidt Lena"
    assert created.manager_id == other.id
    assert created.manager is not None and created.manager.name == "Daniyar Abenov"
    assert created.at == MOMENT


def test_events_without_a_manager_are_kept(db_path: Path) -> None:
    # A store opened headless, before anyone signs in, still logs what it does.
    store = Store.open(db_path, today=lambda: TODAY)
    try:
        manager = store.add_manager("Aigerim Sarsenova")
        [event] = [e for e in store_events(store) if e.entity == "manager"]
        assert (event.entity_id, event.action, event.new) == (manager.id, "create", manager.name)
        assert event.manager_id is None
    finally:
        store.close()


def store_events(store: Store) -> list[Event]:
    with Session(store.engine) as s:
        return list(s.scalars(select(Event).order_by(Event.id)))


def test_history_lists_changes_in_order(store: Store, new_client: Callable) -> None:
    client = new_client(phone="+77010000001")
    for phone in ("+77010000002", "+77010000003", "+77010000004"):
        store.update_client(client.id, {"phone": phone})
    history = store.client_history(client.id)
    assert [(e.old, e.new) for e in history if e.field == "phone"] == [
        ("+77010000001", "+77010000002"),
        ("+77010000002", "+77010000003"),
        ("+77010000003", "+77010000004"),
    ]
    assert [e.id for e in history] == sorted(e.id for e in history)


def test_a_clients_history_holds_only_that_client(store: Store, new_client: Callable) -> None:
    first = new_client(surname="Rossi")
    second = new_client(surname="Bianchi")
    store.update_client(second.id, {"employer": "Silk Road Logistics"})
    assert {e.entity_id for e in store.client_history(first.id)} == {first.id}
    assert len(store.client_history(first.id)) == 1
    assert len(store.client_history(second.id)) == 2


# --- settings -----------------------------------------------------------------------------


def test_settings_round_trip_and_default(store: Store) -> None:
    assert store.get_setting("centre_bin") is None
    assert store.get_setting("centre_bin", "none yet") == "none yet"
    store.set_setting("centre_bin", "180940900013")
    store.set_setting("target_days", {"iin": 5, "eds": 3})
    store.set_setting("extra_holidays", ["2026-12-31"])
    assert store.get_setting("centre_bin") == "180940900013"
    assert store.get_setting("target_days") == {"iin": 5, "eds": 3}
    assert store.get_setting("extra_holidays") == ["2026-12-31"]


def test_setting_changes_are_logged_once(store: Store, rows: Callable[[str], int]) -> None:
    store.set_setting("centre_bin", "180940900013")
    store.set_setting("centre_bin", "180940900013")  # the same: nothing to log
    store.set_setting("centre_bin", "180940900021")
    with store.engine.connect() as connection:
        logged = connection.execute(
            text("SELECT old, new, manager_id FROM events WHERE entity = 'setting' ORDER BY id")
        ).all()
    assert [tuple(r) for r in logged] == [
        (None, "180940900013", store.manager_id),
        ("180940900013", "180940900021", store.manager_id),
    ]


def test_a_conflict_is_a_store_error(store: Store, new_client: Callable) -> None:
    # A write the database itself refuses comes back as Conflict, and nothing is kept.
    client = new_client()
    events = len(store.client_history(client.id))
    with pytest.raises(Conflict) as caught, store._write() as s:
        s.execute(
            text("UPDATE clients SET passport_number = :p WHERE id = :id"),
            {"p": "ZZ0000001", "id": client.id},
        )
        s.execute(text("INSERT INTO managers (name, active) VALUES ('Test Manager', 1)"))
    assert isinstance(caught.value, StoreError)
    assert store.get_client(client.id).passport_number != "ZZ0000001"
    assert len(store.client_history(client.id)) == events
