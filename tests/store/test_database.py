"""Opening the database file: schema at head, pragmas, migrations, and the errors a manager sees."""

import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

import expat_desk.store.database as database
from expat_desk.store import Store
from expat_desk.store.client_search import not_the_index
from expat_desk.store.database import (
    MIGRATIONS,
    current_revision,
    head_revision,
    known_revisions,
    open_database,
    upgrade,
)
from expat_desk.store.errors import (
    CorruptDatabase,
    DatabaseLocked,
    DatabasePathError,
    NewerSchema,
    StoreError,
)
from expat_desk.store.models import Base

TODAY = date(2026, 11, 25)
TABLES = {
    "managers",
    "settings",
    "clients",
    "events",
    "cases",
    "checklist_items",
    "documents",
    "host_parties",
    "client_stays",
    "attorneys",
    "case_deadlines",
    # the search index (migration 0012): FTS5's table and its shadow tables
    "client_search",
    "client_search_config",
    "client_search_data",
    "client_search_docsize",
    "client_search_idx",
}
SEARCH_TRIGGERS = {"client_search_insert", "client_search_update", "client_search_delete"}


def alembic_config(connection=None) -> Config:  # type: ignore[no-untyped-def]
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def plain_engine(path: Path) -> Engine:
    """An engine without the app's configuration, as another tool would open the file."""
    return create_engine(f"sqlite+pysqlite:///{path}")


def user_tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def triggers(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(
            connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            .scalars()
            .all()
        )


@pytest.fixture
def engine(db_path: Path):  # type: ignore[no-untyped-def]
    engine = open_database(db_path)
    yield engine
    engine.dispose()


# --- a new file ---------------------------------------------------------------------------


def test_new_file_gets_the_schema_at_head(db_path: Path, engine: Engine) -> None:
    assert db_path.is_file()
    assert current_revision(engine) == head_revision()
    assert user_tables(engine) == TABLES


def test_wal_mode_is_on_and_stays_on_for_other_programs(db_path: Path, engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    # WAL is a property of the file: a plain connection sees it too.
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (number, client_id, service, checklist_version, "
                "representative, status, opened_on, answers, created_at, updated_at) VALUES "
                "('IIN-2026-99999', 4242, 'iin', 1, 0, 'open', '2026-11-25', '{}', "
                "'2026-11-25 10:00:00', '2026-11-25 10:00:00')"
            )
        )


def test_reopening_keeps_the_data(db_path: Path) -> None:
    store = Store.open(db_path, today=lambda: TODAY)
    manager = store.add_manager("Aigerim Sarsenova")
    store.close()
    store = Store.open(db_path, today=lambda: TODAY)
    try:
        assert [m.name for m in store.list_managers()] == [manager.name]
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


def test_an_empty_file_is_migrated_to_head(db_path: Path) -> None:
    db_path.touch()
    engine = open_database(db_path, create=False)
    try:
        assert current_revision(engine) == head_revision()
        assert user_tables(engine) == TABLES
    finally:
        engine.dispose()


# --- migrations ---------------------------------------------------------------------------


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": not_the_index}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_head_revision_is_alembics_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    # Every migration file carries the revision its name starts with, in order.
    assert known_revisions() == [r.revision for r in reversed(list(script.walk_revisions()))]


def test_upgrade_downgrade_and_upgrade_again(db_path: Path) -> None:
    db_path.touch()  # an empty file: no schema yet
    engine = open_database(db_path)
    try:
        assert current_revision(engine) == head_revision()
        assert triggers(engine) == {
            "events_no_update",
            "events_no_delete",
            "events_no_replace",
            *SEARCH_TRIGGERS,
        }

        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert current_revision(engine) is None
        assert user_tables(engine) == set()
        assert triggers(engine) == set()

        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert user_tables(engine) == TABLES
        assert triggers(engine) == {
            "events_no_update",
            "events_no_delete",
            "events_no_replace",
            *SEARCH_TRIGGERS,
        }
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_name": not_the_index})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


# --- errors -------------------------------------------------------------------------------


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabasePathError, match="is a folder") as caught:
        open_database(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_a_file_in_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "expat-desk.sqlite3"
    with pytest.raises(DatabasePathError, match="does not exist") as caught:
        open_database(path)
    assert str(path.parent) in str(caught.value)
    assert not path.parent.exists()


def test_a_missing_file_is_not_created_when_asked_not_to(db_path: Path) -> None:
    with pytest.raises(DatabasePathError, match="does not exist"):
        open_database(db_path, create=False)
    assert not db_path.exists()


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "clients.txt"
    original = "Surname;Given names;Passport\nSmith;John;GB1234567\n" * 50
    path.write_text(original, encoding="utf-8")
    with pytest.raises(CorruptDatabase) as caught:
        open_database(path)
    assert str(path) in str(caught.value)
    assert "not an Expat Desk database" in str(caught.value)
    assert path.read_text(encoding="utf-8") == original  # the file is left as it was


def test_a_schema_from_a_newer_app_is_refused(db_path: Path) -> None:
    open_database(db_path).dispose()
    plain = plain_engine(db_path)
    with plain.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    plain.dispose()
    with pytest.raises(NewerSchema, match="newer Expat Desk") as caught:
        open_database(db_path)
    assert str(db_path) in str(caught.value)
    assert "9999" in str(caught.value)
    # Nothing was migrated or stamped over.
    plain = plain_engine(db_path)
    try:
        assert current_revision(plain) == "9999"
    finally:
        plain.dispose()


def test_store_errors_share_one_base() -> None:
    for error in (CorruptDatabase, DatabaseLocked, DatabasePathError, NewerSchema):
        assert issubclass(error, StoreError)


def test_a_second_writer_gets_database_locked_within_the_busy_timeout(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    store = Store.open(db_path, today=lambda: TODAY)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(DatabaseLocked, match="locked by another program") as caught:
            store.add_manager("Daniyar Abenov")
        waited = time.monotonic() - started
        assert str(db_path) in str(caught.value)
        assert 0.15 <= waited < 3  # it waited for the lock, then gave up
        # A reader is not blocked by the writer (WAL).
        assert store.list_managers() == []
        holder.execute("ROLLBACK")
        # Once the lock is gone, the write goes through.
        store.add_manager("Daniyar Abenov")
        assert [m.name for m in store.list_managers()] == ["Daniyar Abenov"]
    finally:
        holder.close()
        store.close()
