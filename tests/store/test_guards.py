"""Guards a careful manager relies on: closed cases stay closed, foreign files stay untouched."""

import json
import sqlite3
from contextlib import closing
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
    with closing(sqlite3.connect(path)) as connection, connection:  # commit, then close
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


def test_setting_a_day_off_logs_only_the_day_off(store: Store) -> None:
    store.set_calendar_day(date(2026, 12, 30), "day_off")
    assert [line.field for line in store.history("setting", 0)] == ["calendar.days_off"]


def test_a_target_of_true_is_refused(store: Store) -> None:
    from expat_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        store.set_target_days("iin", True)


def test_an_expired_passport_stays_on_the_due_list(store: Store) -> None:
    """Months after it ran out, the case still cannot be completed: it must stay in sight."""
    client, _ = store.add_client({**CLIENT, "passport_expiry": "2026-06-30"})
    store.open_case(client.id, "iin", {"channel": "egov_portal"})
    kinds = {i.deadline.kind.value: i.urgency.value for i in store.due_items(TODAY)}
    assert kinds["passport_expires"] == "overdue"
