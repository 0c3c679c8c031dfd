"""Figure 7: the Due list worked out again, as after a change of day, on the large set.

With the Due tab in front, the day the window sees is moved (one day on, then back, so the
counts change every run) and the window's refresh is called from the event loop. Timed from
that call: the first screen (the Due view painted after its rows changed), the counts (the
status bar's count painted with its new text), the longest freeze (the longest gap between
two turns of the event loop, seen by a 0 ms timer, until both are on screen) and the longest
garbage collection meanwhile (gc.callbacks). Also the store's own ``due_items()``.

Baseline: the same items (the store's, untimed) kept in a table of their own, as stored
deadlines would be, indexed by urgency and day, read by one SQL query each: the first
screen (100 rows), the counts by urgency, every item (for the store's figure).
"""

import gc
import sqlite3
import time
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from benchmarks.data import Context, data_day
from benchmarks.report import Figure, Target
from benchmarks.window import (
    Changes,
    Paints,
    child,
    due_rows,
    open_window,
    pump_until,
    refresh_due,
    set_day,
    show_page,
)

FIRST_SQL = "SELECT * FROM due ORDER BY rank, due, case_id LIMIT 100"
COUNTS_SQL = "SELECT rank, count(*) FROM due GROUP BY rank"
ITEMS_SQL = "SELECT * FROM due ORDER BY rank, due, case_id"
TAIL = 0.3  # seconds the loop is watched for after both are on screen


class TextPaints(QObject):
    """When a label was painted, and with which text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.seen: list[tuple[float, str]] = []
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append((time.perf_counter(), self.label.text()))
        return False

    def first(self, since: float, other_than: str) -> float | None:
        return next((t for t, text in self.seen if t >= since and text != other_than), None)


class Pauses:
    """Garbage collections: (start, seconds) of each."""

    def __init__(self) -> None:
        self.found: list[tuple[float, float]] = []
        self._began = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, _info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._began = now
        else:
            self.found.append((self._began, now - self._began))


def one_refresh(window: QWidget, view: QTableView, label: QLabel, pauses: Pauses) -> dict:
    paints, texts, changes = Paints(view.viewport()), TextPaints(label), Changes(view.model())
    before = label.text()
    turns: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(0)
    heartbeat.timeout.connect(lambda: turns.append(time.perf_counter()))
    started: list[float] = []

    def trigger() -> None:
        started.append(time.perf_counter())
        refresh_due(window)

    def first_screen() -> float | None:
        changed = changes.since(started[0]) if started else None
        if changed is None:
            return None
        return next((t for t in paints.times if t >= changed), None)

    heartbeat.start()
    QTimer.singleShot(0, trigger)
    pump_until(
        lambda: (
            bool(started)
            and first_screen() is not None
            and texts.first(started[0], before) is not None
        ),
        timeout=120,
    )
    end = time.perf_counter() + TAIL
    pump_until(lambda: time.perf_counter() >= end)
    heartbeat.stop()
    t0 = started[0]
    ticks = [t0, *(t for t in turns if t > t0), end]
    shown, counted = first_screen(), texts.first(t0, before)
    assert shown is not None and counted is not None
    return {
        "first": shown - t0,
        "counts": counted - t0,
        "freeze": max(b - a for a, b in pairwise(ticks)),
        "gc": max((s for b, s in pauses.found if t0 <= b <= end), default=0.0),
        "rows": view.model().rowCount(),
    }


def stored_items(path: Path, rows: list[tuple]) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE due (rank INTEGER, due TEXT, case_id INTEGER, number TEXT, client TEXT, "
        "kind TEXT)"
    )
    db.executemany("INSERT INTO due VALUES (?, ?, ?, ?, ?, ?)", rows)
    db.execute("CREATE INDEX due_order ON due (rank, due, case_id)")
    db.commit()
    return db


def run(ctx: Context) -> list[Figure]:
    from expat_desk.store import Store

    db = ctx.copy(ctx.large)
    day = data_day(db)
    store = Store.open(db, today=lambda: day)
    sql = stored_items(ctx.work / "due.sqlite3", due_rows(store.due_items()))
    window = open_window(db, day)
    show_page(window, "mainTabs", "duePage")
    view = child(window, QTableView, "dueView")
    label = child(window, QLabel, "dueCountLabel")
    pauses = Pauses()
    seen: dict[str, list[float]] = {k: [] for k in ("first", "counts", "freeze", "gc", "store")}
    base: dict[str, list[float]] = {"first": [], "counts": [], "items": []}
    rows = 0
    for n in range(ctx.runs):
        set_day(window, day + timedelta(days=1 - n % 2))  # the counts differ every run
        result = one_refresh(window, view, label, pauses)
        rows = result.pop("rows")
        for name, value in result.items():
            seen[name].append(value * 1000)
        for name, query in (("first", FIRST_SQL), ("counts", COUNTS_SQL), ("items", ITEMS_SQL)):
            start = time.perf_counter()
            sql.execute(query).fetchall()
            base[name].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        store.due_items()
        seen["store"].append((time.perf_counter() - start) * 1000)
    gc.callbacks.remove(pauses)
    return [
        Figure(
            "due.first",
            "7 due: first screen",
            "ms",
            seen["first"],
            base["first"],
            Target(limit=100),
            note=f"{rows} rows in the Due list",
        ),
        Figure(
            "due.counts",
            "7 due: counts shown",
            "ms",
            seen["counts"],
            base["counts"],
            Target(limit=50),
        ),
        Figure(
            "due.freeze",
            "7 due: longest freeze",
            "ms",
            seen["freeze"],
            None,
            Target(limit=50),
            note="longest gap between turns of the event loop",
        ),
        Figure("due.gc", "7 due: longest gc pause", "ms", seen["gc"], None, Target(limit=50)),
        Figure(
            "due.store",
            "7 due: Store.due_items()",
            "ms",
            seen["store"],
            base["items"],
            None,
            note="the store alone, no window; baseline: every stored item by one query",
        ),
    ]
