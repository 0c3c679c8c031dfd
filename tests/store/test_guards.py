"""Guards a careful manager relies on: closed cases stay closed, foreign files stay untouched."""

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from expat_desk.domain.errors import RuleViolation
from expat_desk.store import Store
from expat_desk.store.errors import CorruptDatabase

TODAY = date(2026, 11, 25)
CLIENT = {
    "surname": "Dubois",
    "given_names": "Camille",
    "birth_date": "1990-04-01",
    "citizenship": "FRA",
    "passport_number": "19AB12345",
}


def open_iin_case(store: Store):
    client, _ = store.add_client(CLIENT)
    return store.open_case(client.id, "iin", {"channel": "egov_portal"})


def test_a_case_cannot_be_completed_once_a_required_document_went_missing(store: Store) -> None:
    case = open_iin_case(store)
    for item in case.items:
        store.set_item_state(item.id, "received")
    store.move_case(case.id, "submitted")
    store.set_item_state(case.items[0].id, "missing")  # the office sent the original back

    with pytest.raises(RuleViolation, match="cannot be completed"):
        store.move_case(case.id, "completed")
    assert store.get_case(case.id).status == "submitted"


def test_notes_of_a_closed_case_cannot_be_changed(store: Store) -> None:
    case = open_iin_case(store)
    store.set_item_note(case.items[0].id, "copy is blurred")
    store.move_case(case.id, "cancelled")

    with pytest.raises(RuleViolation, match="reopen"):
        store.set_item_note(case.items[0].id, "changed afterwards")
    assert store.get_case(case.id).items[0].note == "copy is blurred"


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Aigerim')")
    before = path.read_bytes()

    with pytest.raises(CorruptDatabase, match="another program"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_settings_change_is_logged_as_json(store: Store) -> None:
    store.set_setting("days_off", ["2026-12-31"])
    store.set_setting("days_off", ["2026-12-31", "2027-01-05"])
    line = store.history("setting", 0)[-1]
    assert line.field == "days_off"
    assert json.loads(line.old) == ["2026-12-31"]
    assert json.loads(line.new) == ["2026-12-31", "2027-01-05"]
