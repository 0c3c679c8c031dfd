"""The migration that adds the clients' stays: an older file keeps every row, and it goes back."""

from datetime import date
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from expat_desk.store import Store
from expat_desk.store.database import MIGRATIONS, current_revision, head_revision, open_database

TODAY = date(2026, 11, 25)


def config(connection=None) -> Config:  # type: ignore[no-untyped-def]
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def stays_revision() -> tuple[str, str]:
    """The revision that adds client_stays and the one before it, whatever their numbers."""
    for script in ScriptDirectory.from_config(config()).walk_revisions():
        if script.path.endswith("_client_stays.py"):
            assert isinstance(script.down_revision, str)
            return script.revision, script.down_revision
    raise AssertionError("no migration adds client_stays")


def test_a_file_of_the_revision_before_is_upgraded_with_its_rows_kept(db_path: Path) -> None:
    _revision, before = stays_revision()
    with Store.open(db_path, today=lambda: TODAY) as store:
        client, _ = store.add_client(
            {
                "surname": "Moreau",
                "birth_date": "1980-01-02",
                "citizenship": "FRA",
                "passport_number": "FR1234567",
                "patronymic": None,
            }
        )
        with store.engine.begin() as connection:
            command.downgrade(config(connection), before)
        assert "client_stays" not in inspect(store.engine).get_table_names()
        with store.engine.connect() as connection:
            events = connection.execute(text("SELECT count(*) FROM events")).scalar_one()
    # Opening the file migrates it (and backs it up first).
    with Store.open(db_path, today=lambda: TODAY) as store:
        assert current_revision(store.engine) == head_revision()
        assert store.get_client(client.id).passport_number == "FR1234567"
        assert store.list_stays(client.id) == []
        store.add_stay(
            client.id,
            {"arrival": "2026-11-01", "basis": "visa_free", "purpose": "work"},
        )
        assert len(store.list_stays(client.id)) == 1
        with store.engine.connect() as connection:
            after = connection.execute(text("SELECT count(*) FROM events")).scalar_one()
        assert after > events


def test_the_downgrade_drops_the_stays_and_keeps_the_clients(db_path: Path) -> None:
    _revision, before = stays_revision()
    engine = open_database(db_path)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO clients (surname, birth_date, sex, citizenship, passport_number,"
                    " search_text, sort_name, created_at, updated_at) VALUES ('Moreau',"
                    " '1980-01-02', 'X', 'FRA', 'FR1234567', '', 'moreau',"
                    " '2026-11-25 10:00:00', '2026-11-25 10:00:00')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO client_stays (client_id, arrival, basis, purpose, created_at,"
                    " updated_at) VALUES (1, '2026-11-01', 'visa_free', 'work',"
                    " '2026-11-25 10:00:00', '2026-11-25 10:00:00')"
                )
            )
        with engine.begin() as connection:
            command.downgrade(config(connection), before)
        assert current_revision(engine) == before
        assert "client_stays" not in inspect(engine).get_table_names()
        with engine.connect() as connection:
            assert connection.execute(text("SELECT surname FROM clients")).scalars().all() == [
                "Moreau"
            ]
        with engine.begin() as connection:
            command.upgrade(config(connection), "head")
        assert "client_stays" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
