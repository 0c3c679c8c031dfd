"""Any one cell of the log changed behind the app's back, to any other value, is named by
``verify_chain`` at its event (hypothesis: the chain has no column it does not vouch for)."""

import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from expat_desk.store import Store
from expat_desk.store.erasure import erase_client
from expat_desk.store.event_chain import COLUMNS, verify_chain

CELLS = [c.strip() for c in COLUMNS.split(",")][1:]  # every column but the id


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A log with creations, edits, a case, an erasure and the erasure's record."""
    path = tmp_path_factory.mktemp("chain") / "expat-desk.sqlite3"
    with Store.open(path, today=lambda: date(2026, 11, 25)) as store:
        store.manager_id = store.add_manager("Test Manager").id
        values = {"given_names": "John", "birth_date": date(1985, 3, 14), "sex": "M"}
        erased, _ = store.add_client(
            {**values, "surname": "Dubois", "citizenship": "FRA", "passport_number": "FR1234567"}
        )
        kept, _ = store.add_client(
            {**values, "surname": "Keeper", "citizenship": "GBR", "passport_number": "GB7654321"}
        )
        store.update_client(kept.id, {"employer": "AIFC Court"})
        store.open_case(erased.id, "iin", {"channel": "egov_portal"})
        erase_client(store, erased.id)
        store.update_client(kept.id, {"employer": "Tengri Analytics"})
    return path


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.data(),
    column=st.sampled_from(CELLS),
    value=st.one_of(
        st.none(),
        st.integers(-3, 10**6),
        st.text(max_size=20),
        st.sampled_from(["[erased]", "0" * 64]),
    ),
)
def test_one_changed_cell_is_named_at_its_event(
    template: Path, tmp_path: Path, data: st.DataObject, column: str, value: object
) -> None:
    path = tmp_path / f"copy-{data.draw(st.integers(0, 10**9))}.sqlite3"
    shutil.copyfile(template, path)
    with closing(sqlite3.connect(path)) as connection, connection:
        for name in ("events_no_update", "events_no_delete", "events_no_replace"):
            connection.execute(f"DROP TRIGGER {name}")
        count = connection.execute("SELECT count(*) FROM events").fetchone()[0]
        target = data.draw(st.integers(1, count))
        (before,) = connection.execute(f"SELECT {column} FROM events WHERE id = ?", (target,))
        try:
            connection.execute(f"UPDATE events SET {column} = ? WHERE id = ?", (value, target))
        except sqlite3.IntegrityError:  # a NOT NULL column: the schema refuses it already
            assume(False)
        (after,) = connection.execute(f"SELECT {column} FROM events WHERE id = ?", (target,))
        # Only a change of what is stored: SQLite keeps 5 and '5' in an integer column alike.
        assume(before != after and str(before) != str(after))
        result = verify_chain(connection)
    path.unlink()
    assert result.broken_id == target, (column, before, after, result)
