"""A restore and ``check`` accept only the schema this app's migrations make: the attacks that
found the hole (event-log triggers dropped, a trigger copying erased clients into a hidden
table, a database holding only its version table) are refused and said to be damaged."""

import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from backup_forgery import forge_database

from expat_desk.cli import EXIT_DAMAGED, main
from expat_desk.store import Store
from expat_desk.store.backup import (
    BackupError,
    check_backup,
    check_database,
    list_backups,
    restore_backup,
    write_backup,
)
from expat_desk.store.database import head_revision

FIRST_SCHEMA = Path(__file__).parents[1] / "data" / "schema-0001.sqlite"


def drop_log_triggers(connection: sqlite3.Connection) -> None:
    connection.execute("DROP TRIGGER events_no_update")
    connection.execute("DROP TRIGGER events_no_delete")


def copy_erased_clients(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE kept (passport TEXT, email TEXT)")
    connection.execute(
        "CREATE TRIGGER copy_erased BEFORE DELETE ON clients "
        "BEGIN INSERT INTO kept VALUES (old.passport_number, old.email); END"
    )


def only_the_version_table(connection: sqlite3.Connection) -> None:
    names = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' AND type IN ('table', 'view')"
    ).fetchall()
    for kind, name in names:
        with_exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()
        if with_exists:  # an FTS5 table takes its shadow tables with it
            connection.execute(f'DROP {kind.upper()} "{name}"')


ATTACKS = [
    (drop_log_triggers, "lacks the trigger events_no_delete", "trigger events_no_delete"),
    (copy_erased_clients, "an unexpected trigger copy_erased", "trigger copy_erased"),
    (only_the_version_table, "lacks the", "is missing"),
]


@pytest.mark.parametrize(("attack", "refusal", "said"), ATTACKS)
def test_a_backup_of_another_schema_is_refused_and_nothing_replaced(
    store: Store,
    new_client: Callable[..., Any],
    db_path: Path,
    tmp_path: Path,
    attack: Callable[[sqlite3.Connection], None],
    refusal: str,
    said: str,
) -> None:
    new_client(surname="Kept")
    archive = write_backup(store.path, tmp_path / "forged.zip")
    forge_database(archive, tmp_path, attack)
    store.close()
    before = db_path.read_bytes()

    with pytest.raises(BackupError, match=refusal):
        check_backup(archive, beside=db_path)
    with pytest.raises(BackupError, match=refusal):
        restore_backup(db_path, archive)

    assert db_path.read_bytes() == before
    assert not any(p.name.endswith("-before-restore.zip") for p in list_backups(db_path))


@pytest.mark.parametrize(("attack", "refusal", "said"), ATTACKS)
def test_check_calls_a_database_of_another_schema_damaged(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    attack: Callable[[sqlite3.Connection], None],
    refusal: str,
    said: str,
) -> None:
    Store.open(db_path).close()
    connection = sqlite3.connect(db_path, isolation_level=None)
    attack(connection)
    connection.close()

    result = check_database(db_path)
    assert result.integrity == "ok" and not result.intact
    assert said in str(result.schema)
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == EXIT_DAMAGED
    assert said in capsys.readouterr().out


def test_a_sound_database_has_exactly_the_schema_and_is_checked_quickly(db_path: Path) -> None:
    Store.open(db_path).close()
    check_database(db_path)  # the reference schema is built once per process
    start = time.perf_counter()
    result = check_database(db_path)
    took = time.perf_counter() - start

    assert result.intact and result.schema is None and result.revision == head_revision()
    assert took < 2.0  # a schema compared, not migrations run (generous: a loaded machine)


def test_a_backup_of_an_older_schema_still_restores(tmp_path: Path, db_path: Path) -> None:
    old = tmp_path / "old" / "old.sqlite3"
    old.parent.mkdir()
    shutil.copyfile(FIRST_SCHEMA, old)
    archive = write_backup(old, tmp_path / "old.zip")

    info = restore_backup(db_path, archive)

    assert info.revision == "0001"
    Store.open(db_path).close()  # migrated on open
    assert check_database(db_path).intact


def test_an_older_schema_with_an_extra_trigger_is_refused(tmp_path: Path, db_path: Path) -> None:
    old = tmp_path / "old" / "old.sqlite3"
    old.parent.mkdir()
    shutil.copyfile(FIRST_SCHEMA, old)
    archive = write_backup(old, tmp_path / "old.zip")
    forge_database(archive, tmp_path, copy_erased_clients)

    # Migration 0003 rebuilds the clients table, trigger and all; its hidden table stays.
    with pytest.raises(BackupError, match=r"an unexpected (trigger copy_erased|table kept)"):
        restore_backup(db_path, archive)
    assert not db_path.exists()


def test_a_database_one_migration_behind_is_sound_once_migrated(db_path: Path) -> None:
    from sqlalchemy import create_engine

    from expat_desk.store.database import known_revisions, upgrade

    engine = create_engine(f"sqlite+pysqlite:///{db_path}")
    upgrade(engine, known_revisions()[-2])
    engine.dispose()

    result = check_database(db_path)
    assert result.revision == known_revisions()[-2] and not result.current
    assert result.intact and result.schema is None


def test_the_search_index_is_replayed_when_an_older_schema_is_migrated(db_path: Path) -> None:
    # The copy migrated in memory is built from the schema's own statements, FTS5's included
    # (FTS5 reads a pragma as it makes its table: the guard on the replay must let it).
    from expat_desk.store.schema_check import _migrated_copy, first_difference, reference_schema

    Store.open(db_path).close()
    connection = sqlite3.connect(db_path)
    try:
        copy = _migrated_copy(connection, head_revision())
    finally:
        connection.close()
    assert copy is not None and first_difference(reference_schema(), copy) is None
