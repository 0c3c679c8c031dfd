"""Whether a database's schema is exactly the one this app's migrations make.

The reference is made once per process by running every migration on an empty database in
memory (about half a second), so it follows each new migration without a list to keep. A
database at head is compared with it as it is; one of an older revision through a copy of its
schema alone, migrated to head in memory (its data are not copied: a migration's result does
not depend on them). Any table, column, index, view or trigger missing, changed or extra is a
difference: a dropped trigger makes the event log editable, an extra one can copy what an
erasure deletes into a hidden table.
"""

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from expat_desk.store import backup_errors as refused

# FTS5 makes these for each of its tables; their SQL is FTS5's own and may change with SQLite.
_FTS5_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")
# Checked first: an object that runs by itself does the most harm unseen.
_KIND_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}


@dataclass(frozen=True)
class SchemaDifference:
    """The first way a schema differs from head's: ``change`` is missing, unexpected, changed
    or not_upgradable (an older schema the migrations fail on)."""

    change: str
    kind: str
    name: str

    def __str__(self) -> str:
        if self.change == "missing":
            return f"{self.kind} {self.name} is missing"
        if self.change == "unexpected":
            return f"an unexpected {self.kind} {self.name}"
        if self.change == "changed":
            return f"{self.kind} {self.name} differs from this app's"
        return f"schema {self.name} cannot be brought up to date"


# (kind, name) -> (table it belongs to, normalized SQL or None when only its presence counts)
Schema = dict[tuple[str, str], tuple[str, str | None]]


def schema_of(connection: sqlite3.Connection) -> Schema:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    virtual = {name for kind, name, _t, sql in rows if kind == "table" and _is_virtual(sql)}
    shadows = {v + suffix for v in virtual for suffix in _FTS5_SHADOWS}
    schema: Schema = {}
    for kind, name, table, sql in rows:
        if _internal(kind, name, sql):
            continue
        shown = None if kind == "table" and name in shadows else _normalized(sql)
        schema[(str(kind), str(name))] = (str(table), shown)
    return schema


def _is_virtual(sql: object) -> bool:
    return isinstance(sql, str) and sql.lstrip().upper().startswith("CREATE VIRTUAL TABLE")


def _internal(kind: object, name: object, sql: object) -> bool:
    # SQLite's own bookkeeping; any other object named sqlite_* is not ours and is compared.
    name = str(name)
    if kind == "table" and (name == "sqlite_sequence" or name.startswith("sqlite_stat")):
        return True
    return kind == "index" and name.startswith("sqlite_autoindex_") and sql is None


def _normalized(sql: object) -> str | None:
    """The SQL with its layout and identifier quoting taken out, literals kept as written:
    SQLite versions differ in how they quote a renamed column, not in what it means."""
    if sql is None:
        return None
    out, text = [], str(sql)
    for literal, word in re.findall(r"('(?:[^']|'')*')|([^']+)", text):
        if literal:
            out.append(literal)
            continue
        word = re.sub(r'"((?:[^"]|"")*)"', lambda m: m.group(1).replace('""', '"'), word)
        word = re.sub(r"\[([^\]]*)\]|`([^`]*)`", lambda m: m.group(1) or m.group(2) or "", word)
        word = re.sub(r"\s+", " ", word)
        word = re.sub(r" ?([(),;=]) ?", r"\1", word)
        out.append(word.upper())
    text = "".join(out).strip()
    return _constraints_sorted(text) if text.startswith("CREATE TABLE") else text


_TABLE_CONSTRAINT = ("CONSTRAINT ", "PRIMARY KEY", "UNIQUE", "CHECK", "FOREIGN KEY")


def _constraints_sorted(sql: str) -> str:
    """A table's columns in their order, its constraints sorted: Alembic's batch mode writes
    the constraints of a rebuilt table in an order that changes from one run to the next."""
    start, end = sql.find("("), sql.rfind(")")
    if start < 0 or end < start:
        return sql
    items, depth, quoted, begun = [], 0, False, start + 1
    for i in range(start + 1, end):
        char = sql[i]
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        elif not quoted and depth == 0 and char == ",":
            items.append(sql[begun:i])
            begun = i + 1
    items.append(sql[begun:end])
    columns = [item for item in items if not item.startswith(_TABLE_CONSTRAINT)]
    constraints = sorted(item for item in items if item.startswith(_TABLE_CONSTRAINT))
    return f"{sql[: start + 1]}{','.join(columns + constraints)}{sql[end:]}"


@cache
def reference_schema() -> Schema:
    """What the current migrations make, built once per process."""
    from expat_desk.store.database import upgrade

    engine = _memory_engine()
    try:
        upgrade(engine)
        return _read(engine)
    finally:
        engine.dispose()


def difference(connection: sqlite3.Connection, revision: str | None) -> SchemaDifference | None:
    """The first difference of the database on ``connection`` (at ``revision``) from head's
    schema; None when it is head's exactly, or made by a newer app (the caller says so)."""
    from expat_desk.store.database import head_revision, known_revisions

    if revision is not None and revision not in known_revisions():
        return None
    if revision is None or revision == head_revision():
        found = schema_of(connection)
    else:
        found = _migrated_copy(connection, revision)
        if found is None:
            return SchemaDifference("not_upgradable", "schema", revision)
    return first_difference(reference_schema(), found)


def first_difference(expected: Schema, found: Schema) -> SchemaDifference | None:
    def order(key: tuple[str, str]) -> tuple[int, str]:
        return _KIND_ORDER.get(key[0], 9), key[1]

    for key in sorted(expected.keys() | found.keys(), key=order):
        kind, name = key
        if key not in found:
            return SchemaDifference("missing", kind, name)
        if key not in expected:
            return SchemaDifference("unexpected", kind, name)
        if found[key] != expected[key]:
            return SchemaDifference("changed", kind, name)
    return None


def _memory_engine():  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from expat_desk.store.database import _configure as configure

    engine = create_engine("sqlite://", poolclass=StaticPool)  # one connection: one database
    configure(engine)
    return engine


def _read(engine) -> Schema:  # type: ignore[no-untyped-def]
    raw = engine.raw_connection()
    try:
        return schema_of(raw.driver_connection)
    finally:
        raw.close()


def _migrated_copy(connection: sqlite3.Connection, revision: str) -> Schema | None:
    """The schema an older database will have once migrated: its CREATE statements replayed
    in memory, stamped with its revision and upgraded; None if that fails."""
    from expat_desk.store.database import upgrade

    rows = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    engine = _memory_engine()
    try:
        raw = engine.raw_connection()
        try:
            copy = raw.driver_connection
            copy.set_authorizer(_only_schema)  # the statements are the archive's, not ours
            made: set[str] = set()
            for kind, name, sql in rows:
                if kind == "table" and name in made:
                    continue  # a shadow table its virtual table has made already
                if _internal(kind, name, sql) or not sql.lstrip().upper().startswith("CREATE"):
                    continue
                copy.execute(sql)
                made.update(r[0] for r in copy.execute("SELECT name FROM sqlite_master"))
            copy.set_authorizer(None)
            copy.execute("DELETE FROM alembic_version")
            copy.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
        finally:
            raw.close()
        upgrade(engine)
        return _read(engine)
    except Exception:  # whatever fails, the schema is not one we can migrate
        return None
    finally:
        engine.dispose()


def _only_schema(action: int, name: object, *_args: object) -> int:
    # CREATE statements only: no ATTACH (a file elsewhere), no PRAGMA but the one FTS5 reads.
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and name != "data_version":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@dataclass(frozen=True)
class DatabaseCheck:
    integrity: str  # "ok" or SQLite's first complaint
    revision: str | None
    head: str
    # The first way the schema differs from what this app makes (None: it is the same).
    schema: SchemaDifference | None = None

    @property
    def intact(self) -> bool:
        """Safe to use: sound pages and exactly our schema."""
        return self.integrity == "ok" and self.schema is None

    @property
    def current(self) -> bool:
        return self.revision == self.head


def check_database(db_path: Path) -> DatabaseCheck:
    """``PRAGMA integrity_check``, the schema revision and the whole schema, read without
    changing the file (a restore cut short is finished or undone first)."""
    from expat_desk.store.database import head_revision
    from expat_desk.store.restore_journal import recover_restore

    db_path = Path(db_path)
    recover_restore(db_path)
    if not db_path.is_file():
        raise refused.missing(db_path)
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            revision = read_revision(connection)
            differs = difference(connection, revision) if integrity == "ok" else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return DatabaseCheck(integrity=str(exc), revision=None, head=head_revision())
    return DatabaseCheck(integrity, revision, head_revision(), differs)


def read_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None
