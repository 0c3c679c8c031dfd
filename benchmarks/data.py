"""The demo sets the figures run on: made once and cached, copied before every use.

A set given with --db is never opened for writing: each family works on its own copy, made
and flushed to disk (so its write-back does not disturb what is timed) before it starts.
What the figures look for (a client to search, a case to tick) is read from the set with
plain sqlite3 here, so it does not depend on the app's code.
"""

import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEMO_DAY = date(2026, 11, 27)  # the day sets made here are made on: the same data every time
SEED = 48
TICK_CLIENTS = 20_000


def set_path(folder: Path, clients: int) -> Path:
    return folder / f"demo-{clients}-{SEED}.sqlite3"


def ensure_set(folder: Path, clients: int, say=print) -> Path:  # type: ignore[no-untyped-def]
    """The cached demo set of ``clients`` in ``folder``, made if missing (under a temporary
    name first, so an interrupted build is never taken for a finished one)."""
    path = set_path(folder, clients)
    if path.exists():
        return path
    from expat_desk.store import Store
    from expat_desk.store.demo import fill_demo

    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    start = time.perf_counter()
    say(f"making the {clients:,}-client demo set in {path} …")
    with Store.open(partial, today=lambda: DEMO_DAY) as store:
        fill_demo(store, clients=clients, seed=SEED, today=DEMO_DAY)
    _checkpoint(partial)
    partial.rename(path)
    say(f"  made in {time.perf_counter() - start:.0f} s")
    return path


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so that the file alone is the set."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path``, nor make a -wal or -shm file beside it."""
    return sqlite3.connect(f"file:{path}?immutable=1", uri=True)


def working_copy(source: Path, folder: Path, name: str = "work.sqlite3") -> Path:
    """A copy of ``source`` in ``folder``, on disk (fsynced) before anything is timed."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
            with open(f"{target}{suffix}", "rb+") as copied:
                os.fsync(copied.fileno())
    return target


def client_count(path: Path) -> int:
    connection = read_only(path)
    try:
        return connection.execute("SELECT count(*) FROM clients").fetchone()[0]
    finally:
        connection.close()


def data_day(path: Path) -> date:
    """The day a set was made on (its last case opened): the window sees it from that day."""
    connection = read_only(path)
    try:
        (day,) = connection.execute("SELECT max(opened_on) FROM cases").fetchone()
    finally:
        connection.close()
    return date.fromisoformat(day) if day else DEMO_DAY


@dataclass(frozen=True)
class Queries:
    """What a manager types in the search, taken from one client of the set."""

    latin_prefix: str
    cyrillic_name: str
    passport: str
    iin: str
    phone_fragment: str
    no_match: str = "zqxjv"


def sample_queries(path: Path) -> Queries:
    connection = read_only(path)
    try:
        (last,) = connection.execute("SELECT max(id) FROM clients").fetchone()
        row = connection.execute(
            "SELECT surname, given_names_cyr, passport_number, iin, phone FROM clients "
            "WHERE id >= ? AND given_names_cyr IS NOT NULL AND iin IS NOT NULL "
            "AND phone IS NOT NULL ORDER BY id LIMIT 1",
            (last // 2,),
        ).fetchone()
    finally:
        connection.close()
    surname, given_cyr, passport, iin, phone = row
    digits = re.sub(r"\D", "", phone)
    return Queries(
        latin_prefix=surname[:3].lower(),
        cyrillic_name=given_cyr.split()[0],
        passport=passport,
        iin=iin,
        phone_fragment=digits[-8:-2],
    )


def clients_with_cases(path: Path, count: int) -> list[tuple[int, str]]:
    """(id, passport number) of ``count`` clients with cases, spread over the register, each
    with a passport number nobody else's search text holds."""
    connection = read_only(path)
    try:
        (total,) = connection.execute("SELECT max(id) FROM clients").fetchone()
        step = max(1, total // (count * 3 + 1))
        rows = connection.execute(
            "SELECT c.id, c.passport_number FROM clients c WHERE c.id % ? = 0 "
            "AND EXISTS (SELECT 1 FROM cases WHERE client_id = c.id) ORDER BY c.id",
            (step,),
        ).fetchall()
        found = []
        for client_id, passport in rows:
            (n,) = connection.execute(
                "SELECT count(*) FROM clients WHERE search_text LIKE ?", (f"%{passport}%",)
            ).fetchone()
            if n == 1:
                found.append((client_id, passport))
            if len(found) == count:
                break
    finally:
        connection.close()
    return found


@dataclass(frozen=True)
class Tick:
    """A missing document of an open case, with what finds it in the window."""

    item_id: int
    case_id: int
    case_number: str
    title: str  # in English, the window's language here
    passport: str


def missing_items(path: Path, count: int) -> list[Tick]:
    """Missing documents of open cases of services without ordered steps, one per case."""
    connection = read_only(path)
    try:
        rows = connection.execute(
            "SELECT i.id, c.id, c.number, i.title_en, cl.passport_number "
            "FROM checklist_items i JOIN cases c ON c.id = i.case_id "
            "JOIN clients cl ON cl.id = c.client_id "
            "WHERE c.status = 'open' AND i.state = 'missing' "
            "AND c.service IN ('iin', 'eds', 'migration_notification') "
            "AND i.id = (SELECT min(j.id) FROM checklist_items j "
            "            WHERE j.case_id = c.id AND j.state = 'missing') "
            "AND c.id % 7 = 0 ORDER BY c.id"
        ).fetchall()
    finally:
        connection.close()
    ticks = [Tick(*row) for row in rows]
    step = max(1, len(ticks) // max(count, 1))
    return ticks[::step][:count]


@dataclass(frozen=True)
class Context:
    """What a family is given: its own folder, the sets, how many runs."""

    work: Path  # the family's own folder, removed after it
    large: Path  # the 100,000-client set (or --clients), never written
    tick: Path  # the 20,000-client set, never written
    runs: int
    slow_runs: int  # for the figures that take a minute a run

    def copy(self, source: Path, name: str = "work.sqlite3") -> Path:
        return working_copy(source, self.work, name)
