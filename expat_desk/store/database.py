"""Opening the SQLite file: pragmas, transactions, and migrations to the current schema."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from expat_desk.domain.errors import Message
from expat_desk.store.errors import CorruptDatabase, DatabaseLocked, DatabasePathError, NewerSchema
from expat_desk.store.files import adopt_old_layout
from expat_desk.store.restore_journal import recover_restore

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000
# A database older than this may have files beside it, from before its files folder.
OLD_LAYOUT_UNTIL = "0013"


def known_revisions() -> list[str]:
    """Revisions in order; each migration file is named ``NNNN_what.py`` after its revision."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def open_database(path: Path | str, *, create: bool = True) -> Engine:
    """An engine on ``path`` with the schema at head, migrating (or creating) it as needed."""
    path = Path(path)
    recover_restore(path)  # a restore a crash cut short is finished or undone first
    _check_path(path, create)
    # A failed statement's values (a client's row) never go into its error, so never into a
    # log or a crash dialog: the error names the statement, not the person.
    engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)
    _configure(engine)
    try:
        with translate_errors(path):
            revision = current_revision(engine)
            if revision is None and _has_tables(engine):
                raise CorruptDatabase(
                    Message(
                        "database.foreign",
                        "{path} is a database of another program, not of Expat Desk; "
                        "it was left unchanged",
                        path=path,
                    )
                )
            if revision != head_revision():
                if revision is not None and revision not in known_revisions():
                    raise NewerSchema(
                        Message(
                            "database.newer",
                            "{path} was made by a newer Expat Desk (schema {revision}); "
                            "update the app",
                            path=path,
                            revision=revision,
                        )
                    )
                if revision is not None and revision < OLD_LAYOUT_UNTIL:
                    # Before the backup, which takes only what lies in the files folder.
                    adopt_old_layout(path, _recorded_files(engine))
                if revision is not None:
                    # A migration rewrites tables: keep the data as they were before it.
                    from expat_desk.store.backup import write_backup

                    write_backup(path, reason=f"before-upgrade-{revision}")
                upgrade(engine)
            # WAL is a property of the file, set once it is known to be ours.
            # (Outside any transaction: SQLite refuses the switch inside one.)
            raw = engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA journal_mode = WAL")
            finally:
                raw.close()
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check_path(path: Path, create: bool) -> None:
    if path.is_dir():
        raise DatabasePathError(
            Message("database.is_folder", "{path} is a folder, not a database file", path=path)
        )
    if not path.exists():
        if not create:
            raise DatabasePathError(Message("database.missing", "{path} does not exist", path=path))
        if not path.parent.is_dir():
            raise DatabasePathError(
                Message(
                    "database.no_folder",
                    "cannot create {path}: folder {folder} does not exist",
                    path=path,
                    folder=path.parent,
                )
            )


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event, not the driver, decide when transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # FULL makes a committed change survive power loss, not only a crash of the app.
        cursor.execute("PRAGMA synchronous = FULL")
        # What is deleted (an erased client) is zeroed in the file, not left in free pages,
        # whatever default this SQLite was built with.
        cursor.execute("PRAGMA secure_delete = ON")
        # A REPLACE then fires the delete triggers of the row it replaces: the event log's
        # append-only trigger refuses an INSERT OR REPLACE over an event.
        cursor.execute("PRAGMA recursive_triggers = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock at once, so two writers never deadlock mid-way.
        write = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions begin by taking the write lock."""
    return engine.execution_options(write=True)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if not has_table:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _recorded_files(engine: Engine) -> list[tuple[int, str]]:
    """Each file a record names, with its case (documents came with schema 0002)."""
    with engine.connect() as connection:
        tables = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")
            ).scalars()
        )
        queries = [
            (
                "checklist_items",
                "SELECT case_id, file_path FROM checklist_items WHERE file_path IS NOT NULL",
            ),
            ("documents", "SELECT case_id, path FROM documents"),
        ]
        return [
            (row[0], row[1])
            for table, query in queries
            if table in tables
            for row in connection.execute(text(query))
        ]


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.execute(text("SELECT 1 FROM sqlite_master LIMIT 1")).first() is not None


def upgrade(engine: Engine, revision: str = "head") -> None:
    # Alembic is imported here, not at start-up: most starts find the schema current.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with writer(engine).connect() as connection:
        driver = connection.connection.driver_connection
        # A migration that rebuilds a table drops and renames it: the references between
        # tables may not be checked mid-way (SQLite ignores this pragma inside a transaction,
        # so it is set before the migration's one), only once, at its end.
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise CorruptDatabase(
                        Message(
                            "database.upgrade_breaks",
                            "the upgrade would break a reference: {detail}",
                            detail=tuple(broken),
                        )
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn the driver's errors into messages that name the file and what is wrong."""
    try:
        yield
    except IntegrityError:
        raise  # a refused change, not a broken file: the caller names the conflict
    except DBAPIError as exc:
        raise _translate(path, exc.orig) from exc
    except sqlite3.Error as exc:
        raise _translate(path, exc) from exc


def _translate(path: Path, error: BaseException | None) -> Exception:
    message = str(error)
    if "locked" in message or "busy" in message:
        return DatabaseLocked(
            Message(
                "database.locked",
                "{path} is locked by another program; close it and try again",
                path=path,
            )
        )
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return CorruptDatabase(
            Message(
                "database.damaged",
                "{path} is not an Expat Desk database or is damaged ({detail})",
                path=path,
                detail=message,
            )
        )
    if "unable to open" in message or "readonly" in message or "read-only" in message:
        return DatabasePathError(
            Message(
                "database.cannot_open", "cannot open {path}: {detail}", path=path, detail=message
            )
        )
    return CorruptDatabase(
        Message("database.cannot_use", "cannot use {path}: {detail}", path=path, detail=message)
    )
