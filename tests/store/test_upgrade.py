"""A database written by the first released schema opens with today's code, every row intact."""

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from expat_desk.domain.catalogue import load_catalogue
from expat_desk.store import Store
from expat_desk.store.database import MIGRATIONS, current_revision, head_revision, upgrade

FIRST_SCHEMA = Path(__file__).parents[1] / "data" / "schema-0001.sqlite"
TABLES = ("managers", "clients", "cases", "checklist_items", "events", "settings")


def columns(path: Path) -> dict[str, list[str]]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in TABLES
        }


def rows(path: Path, names: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of each table: of the columns ``names`` gives (those a later schema kept)."""
    names = names or columns(path)
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(
                f"SELECT {', '.join(names[table])} FROM {table} ORDER BY 1"
            ).fetchall()
            for table in TABLES
        }


def test_a_first_schema_database_is_migrated_with_every_row_kept(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIRST_SCHEMA, copy)
    old_columns = columns(copy)
    before = rows(copy)
    assert all(before[table] for table in TABLES), "the fixture holds rows of every table"

    with Store.open(copy) as store:
        assert current_revision(store.engine) == head_revision() != "0001"
        # The app reads the old rows as its own: clients, cases and the settings typed then.
        assert store.count_clients() == len(before["clients"])
        assert store.count_cases() == len(before["cases"])
        assert store.target_days()["iin"] == 4
        case = store.list_cases(limit=1)[0]
        assert store.list_documents(case.id) == []

    after = rows(copy, old_columns)
    # The cases' typed host names became host party records (0009); all else is as it was.
    answers = old_columns["cases"].index("answers")
    for old, new in zip(before["cases"], after["cases"], strict=True):
        old_answers, new_answers = json.loads(old[answers]), json.loads(new[answers])
        if isinstance(old_answers.get("host_party"), str):
            with Store.open(copy) as store:
                host = store.get_host_party(new_answers["host_party"])
            assert host.name == old_answers["host_party"]
            assert host.kind is None  # not known from a name: the letter asks for it
            old_answers["host_party"] = new_answers["host_party"]
        assert old_answers == new_answers
        assert old[:answers] + old[answers + 1 :] == new[:answers] + new[answers + 1 :]
    assert {t: r for t, r in after.items() if t != "cases"} == {
        t: r for t, r in before.items() if t != "cases"
    }
    with Store.open(copy) as store:
        # One record a name: "Private landlord" (two cases) and Rixos (two) are one each.
        assert len(store.list_host_parties()) == 6
    # The columns added since are there, empty for the old rows; but the Kazakh title of each
    # item is its catalogue version's (0010).
    assert {"patronymic", "passport_authority"} <= set(columns(copy)["clients"])
    assert kazakh_titles(copy) == {
        (case_id, code): kk_title(version, code)
        for case_id, version, code, _ in kazakh_titles_rows(copy)
    }
    assert None not in kazakh_titles(copy).values()


def kazakh_titles_rows(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT i.case_id, c.checklist_version, i.code, i.title_kk FROM checklist_items i "
            "JOIN cases c ON c.id = i.case_id ORDER BY i.id"
        ).fetchall()


def kazakh_titles(path: Path) -> dict[tuple[int, str], str | None]:
    return {(case_id, code): kk for case_id, _, code, kk in kazakh_titles_rows(path)}


def kk_title(version: int, code: str) -> str:
    items = {i.code: i for s in load_catalogue(version).services.values() for i in s.items}
    return items[code].title["kk"]


def test_kazakh_titles_come_from_each_cases_own_version_and_go_on_downgrade(
    tmp_path: Path,
) -> None:
    """0010 fills title_kk by the version each case records: a v1 item keeps v1's words, a
    version the app does not ship leaves NULL (the window falls back to Russian); going back
    to 0009 drops the column and keeps every other value."""
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIRST_SCHEMA, copy)
    engine = create_engine(f"sqlite+pysqlite:///{copy}")
    try:
        upgrade(engine, "0009")
        with closing(sqlite3.connect(copy)) as raw, raw:
            raw.execute("UPDATE cases SET checklist_version = 99 WHERE id = 1")
            raw.execute("UPDATE cases SET checklist_version = 2 WHERE id = 5")
        before = rows(copy)
        upgrade(engine)
        titles = kazakh_titles(copy)
        assert titles[(1, "iin.application")] is None
        assert titles[(2, "iin.application")] == "Толтырылған өтініш"
        assert titles[(5, "eds.power_of_attorney")] == kk_title(2, "eds.power_of_attorney")
        assert titles[(9, "migration.arrival_date")] == "Келген күні"  # in v1 only

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0009")
        assert "title_kk" not in columns(copy)["checklist_items"]
        assert rows(copy) == before
    finally:
        engine.dispose()


def test_an_upgraded_database_takes_a_case_refused_by_the_authority(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIRST_SCHEMA, copy)
    with closing(sqlite3.connect(copy)) as raw:  # the old schema knows no such status
        try:
            raw.execute("UPDATE cases SET status = 'refused'")
        except sqlite3.IntegrityError:
            pass
        else:
            raise AssertionError("the first schema took a status it did not know")
    with Store.open(copy):
        pass
    with closing(sqlite3.connect(copy)) as raw, raw:
        raw.execute("UPDATE cases SET status = 'refused' WHERE id = (SELECT min(id) FROM cases)")
        assert raw.execute("SELECT count(*) FROM cases WHERE status = 'refused'").fetchone() == (1,)
        raw.execute("PRAGMA foreign_key_check")  # the copied table keeps every reference
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
