"""The event log is hash-chained: an event blanked, replaced, edited or added behind the app's
back is named by ``verify_chain`` and by ``expat-desk check``; a genuine erasure is not
(issue 15, item 11). Each attack is made with a raw sqlite3 connection, as the attack was."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

from expat_desk.cli import EXIT_DAMAGED, main
from expat_desk.store import Store
from expat_desk.store.database import upgrade
from expat_desk.store.erasure import erase_client
from expat_desk.store.event_chain import ChainCheck, check_chain_file, verify_chain


@contextmanager
def raw(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection as any program opens it: none of the app's pragmas, committed at the end."""
    with closing(sqlite3.connect(db_path)) as connection, connection:
        yield connection


def check(db_path: Path) -> ChainCheck:
    with raw(db_path) as connection:
        return verify_chain(connection)


def without_triggers(connection: sqlite3.Connection) -> None:
    """What an attacker with the file does first (restore and check compare the schema)."""
    for name in ("events_no_update", "events_no_delete", "events_no_replace"):
        connection.execute(f"DROP TRIGGER {name}")


@pytest.fixture
def logged(store: Store, new_client: Callable[..., Any]) -> Any:
    """A log with a client's creation, an edit and a case: the values the attacks go for."""
    client = new_client(surname="Dubois", passport_number="FR1234567")
    store.update_client(client.id, {"employer": "AIFC Court"})
    store.open_case(client.id, "iin", {"channel": "egov_portal"})
    new_client(surname="Keeper")
    return client


def event_of(db_path: Path, new: str) -> int:
    with raw(db_path) as connection:
        return connection.execute("SELECT id FROM events WHERE new = ?", (new,)).fetchone()[0]


def test_the_stores_log_is_chained_whole(store: Store, db_path: Path, logged: Any) -> None:
    result = check(db_path)
    assert result.intact and result.events >= 5
    assert result.head is not None and result.head[0] == result.events


def test_a_genuine_erasure_keeps_the_chain_whole(store: Store, db_path: Path, logged: Any) -> None:
    erase_client(store, logged.id)
    result = check(db_path)
    assert result.intact, result.describe()
    with raw(db_path) as connection:  # the erased events keep no salt to try numbers against
        salts = connection.execute(
            "SELECT count(*) FROM events WHERE new = '[erased]' AND salt IS NOT NULL"
        ).fetchone()
    assert salts == (0,)
    assert main(["--db", str(db_path), "check"]) == 0


def test_an_event_blanked_without_an_erasure_is_named(
    store: Store, db_path: Path, logged: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    # Found by the attack: the log's trigger lets any value become the erasure mark.
    target = event_of(db_path, "AIFC Court")
    with raw(db_path) as connection:
        connection.execute("UPDATE events SET new = '[erased]' WHERE id = ?", (target,))
    result = check(db_path)
    assert (result.broken_id, result.reason) == (target, "a value was erased without an erasure")

    assert main(["--db", str(db_path), "check"]) == EXIT_DAMAGED
    assert f"chain broken at event #{target}" in capsys.readouterr().out


def test_a_blank_with_its_salt_gone_but_no_erasure_naming_it_is_named(
    store: Store, db_path: Path, logged: Any
) -> None:
    target = event_of(db_path, "AIFC Court")
    with raw(db_path) as connection:
        connection.execute(
            "UPDATE events SET new = '[erased]', salt = NULL WHERE id = ?", (target,)
        )
    assert check(db_path).broken_id == target


def test_insert_or_replace_over_an_event_is_refused(
    store: Store, db_path: Path, logged: Any
) -> None:
    # Found by the attack: REPLACE deleted the old event without firing the delete trigger.
    target = event_of(db_path, "AIFC Court")
    with raw(db_path) as connection:
        row = connection.execute("SELECT * FROM events WHERE id = ?", (target,)).fetchone()
        forged = (*row[:9], "Rewritten Employer", *row[10:])
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute(
                f"INSERT OR REPLACE INTO events VALUES ({', '.join('?' * len(row))})", forged
            )
    assert check(db_path).intact
    # With the triggers dropped the replaced event no longer fits its hash.
    with raw(db_path) as connection:
        without_triggers(connection)
        connection.execute(
            f"INSERT OR REPLACE INTO events VALUES ({', '.join('?' * len(row))})", forged
        )
    assert (check(db_path).broken_id, check(db_path).reason) == (target, "a value was changed")


def test_the_apps_own_connections_make_replace_fire_the_delete_trigger(
    store: Store, logged: Any
) -> None:
    with store.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver.execute("PRAGMA recursive_triggers").fetchone() == (1,)
        assert driver.execute("PRAGMA secure_delete").fetchone() == (1,)


@pytest.mark.parametrize(
    ("attack", "reason"),
    [
        ("UPDATE events SET new = 'Rewritten' WHERE id = {target}", "a value was changed"),
        (
            "UPDATE events SET at = '2020-01-01 00:00:00.000000' WHERE id = {target}",
            "its content or its place was changed",
        ),
        ("DELETE FROM events WHERE id = {target}", "its content or its place was changed"),
        (
            "UPDATE events SET new = 'Rewritten', new_digest = NULL WHERE id = {target}",
            "its content or its place was changed",
        ),
    ],
)
def test_an_edited_or_removed_event_breaks_the_chain(
    store: Store, db_path: Path, logged: Any, attack: str, reason: str
) -> None:
    target = event_of(db_path, "AIFC Court")
    with raw(db_path) as connection:
        without_triggers(connection)
        connection.execute(attack.format(target=target))
    result = check(db_path)
    removed = attack.startswith("DELETE")
    assert result.broken_id == (target + 1 if removed else target)
    assert result.reason == reason


def test_an_event_added_past_the_app_is_named(store: Store, db_path: Path, logged: Any) -> None:
    with raw(db_path) as connection:
        connection.execute(
            "INSERT INTO events (at, entity, entity_id, action, field, new) "
            "VALUES ('2026-11-25 06:30:00.000000', 'client', 1, 'update', 'employer', 'x')"
        )
        added = connection.execute("SELECT max(id) FROM events").fetchone()[0]
    assert check(db_path).broken_id == added


def test_cutting_the_last_events_shows_only_against_a_head_kept_elsewhere(
    store: Store, db_path: Path, logged: Any
) -> None:
    kept = check(db_path).head  # as a backup's manifest can keep it
    with raw(db_path) as connection:
        without_triggers(connection)
        connection.execute("DELETE FROM events WHERE id = (SELECT max(id) FROM events)")
    result = check(db_path)
    # The shorter chain is whole in itself: only the head kept elsewhere tells.
    assert result.intact and result.head != kept


def test_an_old_log_is_chained_by_the_upgrade_with_its_earlier_erasures_named(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite+pysqlite:///{db_path}")
    upgrade(engine, "0012")
    engine.dispose()
    with raw(db_path) as connection:
        connection.executemany(
            "INSERT INTO events (at, entity, entity_id, action, field, old, new) "
            "VALUES ('2026-11-25 06:30:00.000000', 'client', 1, ?, ?, ?, ?)",
            [
                ("create", "surname", None, "Dubois"),
                ("update", "employer", "AIFC Court", "Tengri"),
                ("create", "surname", None, "Keeper"),
            ],
        )
        # An erasure made before the chain: the 0003 trigger allows it.
        connection.execute("UPDATE events SET old = '[erased]' WHERE id = 2")
        connection.execute("UPDATE events SET new = '[erased]' WHERE id IN (1, 2)")
    assert check_chain_file(db_path).chained is False

    Store.open(db_path).close()

    result = check_chain_file(db_path)
    assert result.intact and result.events == 4, result.describe()
    with raw(db_path) as connection:
        line = connection.execute("SELECT action, field, new FROM events WHERE id = 4").fetchone()
        assert line == ("chain", "erased_events", "1-2")
        connection.execute("UPDATE events SET new = '[erased]' WHERE id = 3")
    assert check_chain_file(db_path).broken_id == 3
