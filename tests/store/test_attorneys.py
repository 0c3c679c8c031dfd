"""The attorneys on record: each change one transaction with its history, nothing half stored;
the table arrives by its own migration and leaves by it."""

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store
from expat_desk.store.database import MIGRATIONS, current_revision, open_database, upgrade
from expat_desk.store.errors import NotFound

IIN = "900115300013"


def attorney(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "full_name": "Нурланова Айгерим",
        "document_kind": "kz_id_card",
        "document_number": "012345678",
        "document_issued": date(2020, 5, 1),
        "document_authority": "МВД РК",
        "resident": True,
        "iin": IIN,
    }
    values.update(overrides)
    return values


def foreigner(**overrides: Any) -> dict[str, Any]:
    return attorney(
        full_name="Smith John",
        document_kind="foreign_passport",
        document_number="GB1234567",
        document_authority="HM Passport Office",
        resident=False,
        iin=None,
        **overrides,
    )


def test_an_attorney_is_stored_listed_and_logged(store: Store) -> None:
    added = store.add_attorney(attorney(full_name=" Нурланова  Айгерим "))
    assert added.full_name == "Нурланова Айгерим" and added.active
    assert added.created_at == added.updated_at
    [listed] = store.list_attorneys()
    assert (listed.id, listed.iin, listed.document_issued) == (added.id, IIN, date(2020, 5, 1))
    [event] = store.history("attorney", added.id)
    assert (event.action, event.new) == ("create", added.full_name)
    assert event.manager_id == store.manager_id


def test_the_list_is_by_name(store: Store) -> None:
    store.add_attorney(foreigner())
    store.add_attorney(attorney())
    assert [a.full_name for a in store.list_attorneys()] == ["Smith John", "Нурланова Айгерим"]


def test_a_refused_attorney_stores_nothing(store: Store, rows: Callable[[str], int]) -> None:
    with pytest.raises(ValidationError) as caught:
        store.add_attorney(attorney(full_name="=cmd|' /C calc'!A0", iin=None))
    assert set(caught.value.errors) == {"full_name", "iin"}
    # Only the lines of the test store's own manager and host party.
    assert rows("attorneys") == 0 and rows("events") == 2


def test_an_iin_belongs_to_one_attorney(store: Store, rows: Callable[[str], int]) -> None:
    first = store.add_attorney(attorney())
    with pytest.raises(ValidationError) as caught:
        store.add_attorney(attorney(full_name="Другой Человек", document_number="987654321"))
    assert f"attorney #{first.id}" in caught.value.errors["iin"]
    assert rows("attorneys") == 1


def test_an_update_checks_the_whole_record_and_logs_each_change(store: Store) -> None:
    added = store.add_attorney(attorney())
    store.now = lambda: datetime(2026, 11, 25, 12, 0)
    changed = store.update_attorney(
        added.id, {"document_number": "111222333", "document_authority": "МВД РК"}
    )
    assert changed.document_number == "111222333" and changed.updated_at == store.now()
    events = store.history("attorney", added.id)
    assert [(e.action, e.field, e.old, e.new) for e in events[1:]] == [
        ("update", "document_number", "012345678", "111222333")
    ]
    with pytest.raises(ValidationError) as caught:
        store.update_attorney(added.id, {"resident": True, "iin": None})
    assert "resident" in caught.value.errors["iin"]
    assert store.get_attorney(added.id).iin == IIN  # nothing half stored
    assert len(store.history("attorney", added.id)) == 2


def test_a_non_resident_turned_resident_needs_an_iin(store: Store) -> None:
    added = store.add_attorney(foreigner())
    with pytest.raises(ValidationError, match="iin"):
        store.update_attorney(added.id, {"resident": True})
    assert store.update_attorney(added.id, {"resident": True, "iin": IIN}).iin == IIN


def test_a_retired_attorney_leaves_the_list_but_not_the_record(store: Store) -> None:
    kept = store.add_attorney(foreigner())
    retired = store.add_attorney(attorney())
    store.retire_attorney(retired.id)
    assert [a.id for a in store.list_attorneys()] == [kept.id]
    assert {a.id for a in store.list_attorneys(active_only=False)} == {kept.id, retired.id}
    assert store.get_attorney(retired.id).active is False
    store.retire_attorney(retired.id)  # retiring twice changes nothing, logs nothing more
    assert [e.action for e in store.history("attorney", retired.id)] == ["create", "retire"]


def test_an_unknown_attorney_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="no attorney #42"):
        store.update_attorney(42, {"full_name": "Smith John"})
    with pytest.raises(NotFound):
        store.retire_attorney(42)


def test_an_attorneys_id_is_never_given_again(store: Store) -> None:
    first = store.add_attorney(foreigner())
    with store.engine.begin() as connection:  # as if the row were gone by other means
        connection.execute(text("DELETE FROM attorneys"))
    assert store.add_attorney(foreigner()).id == first.id + 1


def test_the_database_refuses_an_unknown_kind_of_document(store: Store) -> None:
    with pytest.raises(IntegrityError, match="CHECK"), store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO attorneys (full_name, document_kind, document_number, "
                "document_issued, document_authority, resident, active, created_at, "
                "updated_at) VALUES ('A', 'visa', 'N12345', '2020-01-01', 'X', 0, 1, "
                "'2026-11-25 10:00:00', '2026-11-25 10:00:00')"
            )
        )


# --- the migration --------------------------------------------------------------------------


def config(connection) -> Config:  # type: ignore[no-untyped-def]
    alembic = Config()
    alembic.set_main_option("script_location", str(MIGRATIONS))
    alembic.attributes["connection"] = connection
    return alembic


def test_the_attorneys_migration_adds_the_table_keeping_every_row_and_goes_back(
    db_path: Path,
) -> None:
    script = ScriptDirectory.from_config(config(None))
    # Its place in the chain is the integrator's to set: found by name, not by number.
    [ours] = [r for r in script.walk_revisions() if r.doc.startswith("attorneys:")]
    engine = create_engine(f"sqlite+pysqlite:///{db_path}")
    try:
        upgrade(engine, ours.down_revision)
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO managers (name, active) VALUES ('Aigerim Sarsenova', 1)")
            )
        assert "attorneys" not in inspect(engine).get_table_names()
        upgrade(engine, script.get_current_head())
        assert "attorneys" in inspect(engine).get_table_names()
        with engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM managers")).scalars().all() == [
                "Aigerim Sarsenova"
            ]
        with engine.begin() as connection:
            command.downgrade(config(connection), ours.down_revision)
        assert current_revision(engine) == ours.down_revision
        assert "attorneys" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    engine = open_database(db_path)  # and the app brings it back up to head
    try:
        assert current_revision(engine) == script.get_current_head()
    finally:
        engine.dispose()
