"""A database written by the first released schema opens with today's code, every row intact."""

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from expat_desk.store import Store
from expat_desk.store.database import current_revision, head_revision

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
    # The columns added since are there, empty for the old rows.
    assert {"patronymic", "passport_authority"} <= set(columns(copy)["clients"])


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
