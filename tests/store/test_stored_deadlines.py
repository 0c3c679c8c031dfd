"""The deadlines the store keeps in a table are those the rules work out from scratch, after
any series of a manager's changes, and on a database made before the table existed."""

import shutil
import sqlite3
from collections import Counter
from contextlib import closing, suppress
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine

from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.deadlines import case_deadlines, due_items
from expat_desk.domain.errors import Refusal, ValidationError
from expat_desk.store import Store
from expat_desk.store.database import MIGRATIONS
from expat_desk.store.demo import fill_demo
from expat_desk.store.erasure import erase_client

TODAY = date(2026, 11, 25)  # a Wednesday
FIRST_SCHEMA = Path(__file__).parents[1] / "data" / "schema-0001.sqlite"


def stored(path: Path) -> Counter:
    with closing(sqlite3.connect(path)) as db:
        return Counter(db.execute("SELECT case_id, kind, due FROM case_deadlines"))


def from_scratch(store: Store) -> Counter:
    calendar, targets = store.business_calendar(), store.target_days()
    return Counter(
        (facts.case_id, d.kind.value, d.due.isoformat())
        for facts in store.deadline_facts()
        for d in case_deadlines(facts, calendar, targets)
    )


def listed(items: list) -> list[tuple]:
    return [(i.facts.number, i.deadline.kind, i.deadline.due, i.urgency, i.passport) for i in items]


def assert_same_due_list(store: Store, day: date) -> None:
    scratch = due_items(store.deadline_facts(), store.business_calendar(), day, store.target_days())
    assert listed(store.due_items(day)) == listed(scratch)
    counts = store.due_counts(day)
    assert counts == {u: sum(i.urgency is u for i in scratch) for u in counts}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Store.open(path, today=lambda: TODAY) as store:
        fill_demo(store, clients=60, today=TODAY)
    return path


def test_the_demo_is_made_with_its_deadlines_stored(demo_file: Path) -> None:
    with Store.open(demo_file, today=lambda: TODAY) as store:
        assert stored(demo_file) == from_scratch(store) and stored(demo_file)
        assert_same_due_list(store, TODAY)


def ids(path: Path, sql: str) -> list[int]:
    with closing(sqlite3.connect(path)) as db:
        return [row[0] for row in db.execute(sql)]


ACTIONS = st.one_of(
    st.tuples(st.just("tick"), st.integers(0, 10_000), st.sampled_from(["received", "missing"])),
    st.tuples(st.just("power"), st.integers(0, 10_000), st.integers(-400, 30)),
    st.tuples(
        st.just("move"),
        st.integers(0, 10_000),
        st.sampled_from(["submitted", "completed", "cancelled", "open"]),
    ),
    st.tuples(
        st.just("day"), st.integers(-40, 20), st.sampled_from(["day_off", "working_day", None])
    ),
    st.tuples(st.just("target"), st.sampled_from(list(ServiceCode)), st.integers(1, 90)),
    st.tuples(st.just("case"), st.integers(0, 10_000)),
    st.tuples(st.just("passport"), st.integers(0, 10_000), st.integers(-60, 400)),
    st.tuples(st.just("erase"), st.integers(0, 10_000)),
    st.tuples(st.just("document"), st.integers(0, 10_000), st.integers(30, 700)),
)


def act(store: Store, path: Path, action: tuple) -> None:
    def pick(sql: str, n: int) -> int | None:
        found = ids(path, sql)
        return found[n % len(found)] if found else None

    kind = action[0]
    if kind in ("tick", "power"):
        sql = "SELECT id FROM checklist_items"
        if kind == "power":
            sql += " WHERE code LIKE '%.power_of_attorney'"
        item = pick(sql + " ORDER BY id", action[1])
        if item is not None:
            state = action[2] if kind == "tick" else "received"
            on = TODAY + timedelta(days=action[2]) if kind == "power" else None
            store.set_item_state(item, state, on=on)
    elif kind == "move":
        case = pick("SELECT id FROM cases ORDER BY id", action[1])
        if case is not None:
            store.move_case(case, action[2], outcome="IIN 000000000000")
    elif kind == "day":
        store.set_calendar_day(TODAY + timedelta(days=action[1]), action[2])
    elif kind == "target":
        store.set_target_days(action[1], action[2])
    elif kind == "case":
        client = pick("SELECT id FROM clients ORDER BY id", action[1])
        if client is not None:
            store.open_case(client, "iin", {"channel": "expat_centre", "representative": True})
    elif kind == "passport":
        client = pick("SELECT id FROM clients ORDER BY id", action[1])
        if client is not None:
            expiry = (TODAY + timedelta(days=action[2])).isoformat()
            store.update_client(client, {"passport_expiry": expiry})
    elif kind == "document":  # a power of attorney printed with its term, filed on the case
        case = pick("SELECT id FROM cases ORDER BY id", action[1])
        if case is not None:
            term = (TODAY + timedelta(days=action[2])).isoformat()
            store.record_document(
                case, "power-of-attorney", ["ru"], "poa.pdf", "0" * 64, {"term_until": term}
            )
    elif kind == "erase":
        client = pick("SELECT id FROM clients ORDER BY id", action[1])
        if client is not None:
            erase_client(store, client)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=st.lists(ACTIONS, min_size=1, max_size=8))
def test_stored_deadlines_equal_those_worked_out_from_scratch_after_any_changes(
    demo_file: Path, tmp_path_factory, actions: list[tuple]
) -> None:
    path = tmp_path_factory.mktemp("changed") / "demo.sqlite3"
    shutil.copyfile(demo_file, path)
    with Store.open(path, today=lambda: TODAY) as store:
        for action in actions:
            # A change the rules refuse is not made; the deadlines stay as they were.
            with suppress(Refusal, ValidationError):
                act(store, path, action)
        assert stored(path) == from_scratch(store)
        for day in (TODAY, TODAY + timedelta(days=5), TODAY + timedelta(days=40)):
            assert_same_due_list(store, day)


def test_a_database_made_before_the_table_gets_its_deadlines_on_upgrade(
    demo_file: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(demo_file, old)
    engine = create_engine(f"sqlite:///{old}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")  # the schema before 0011: no case_deadlines
    engine.dispose()
    with closing(sqlite3.connect(old)) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "case_deadlines" not in tables

    with Store.open(old, today=lambda: TODAY) as store:
        assert stored(old) == from_scratch(store) == stored(demo_file)
        assert_same_due_list(store, TODAY)


def test_the_first_schema_database_gets_its_deadlines_on_upgrade(tmp_path: Path) -> None:
    copy = tmp_path / "first.sqlite3"
    shutil.copyfile(FIRST_SCHEMA, copy)
    with Store.open(copy) as store:
        assert stored(copy) == from_scratch(store)
        assert stored(copy), "the first schema's cases have deadlines"


def row_ids(path: Path) -> dict[int, set[int]]:
    """The stored rows' ids by case: a row written again gets a new id."""
    found: dict[int, set[int]] = {}
    with closing(sqlite3.connect(path)) as db:
        for row_id, case_id in db.execute("SELECT id, case_id FROM case_deadlines"):
            found.setdefault(case_id, set()).add(row_id)
    return found


def test_a_tick_or_a_target_writes_again_only_the_deadlines_it_moves(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, path)
    [(item, case_id)] = ids_pairs(
        path,
        "SELECT i.id, i.case_id FROM checklist_items i JOIN cases c ON c.id = i.case_id "
        "WHERE c.status = 'open' AND i.state = 'missing' ORDER BY i.id LIMIT 1",
    )
    with Store.open(path, today=lambda: TODAY) as store:
        before = row_ids(path)
        store.set_item_state(item, "received")
        after = row_ids(path)
        assert {c: r for c, r in after.items() if c != case_id} == {
            c: r for c, r in before.items() if c != case_id
        }
        eds = set(ids(path, "SELECT id FROM cases WHERE service = 'eds'"))
        store.set_target_days("iin", 7)
        assert {c: r for c, r in row_ids(path).items() if c in eds} == {
            c: r for c, r in after.items() if c in eds
        }
        assert stored(path) == from_scratch(store)


def ids_pairs(path: Path, sql: str) -> list[tuple[int, int]]:
    with closing(sqlite3.connect(path)) as db:
        return [tuple(row) for row in db.execute(sql)]
