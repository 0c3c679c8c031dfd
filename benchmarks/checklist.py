"""Figure 6: a checklist item ticked (marked received) on the 20,000-client set, from the click
on "Received" to the checklist painted again, with everything the window does for it on the
way (the case's list, the deadlines, the counts).

Each item is a missing document of an open case (a service without ordered steps), found
with plain SQL and reached as a manager does: the client searched by passport and clicked,
the case chosen in the list, the item selected. The baseline ticks another such item with
plain sqlite3: the item changed, its two lines of history and the case's time written, one
transaction committed with synchronous=FULL as the app's are.
"""

import sqlite3
import time
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QTableView

from benchmarks.data import Context, Tick, client_count, data_day, missing_items
from benchmarks.register import Register
from benchmarks.report import Figure, Target
from benchmarks.window import (
    Changes,
    Paints,
    child,
    click,
    open_window,
    painted_after_change,
    pump_until,
    show_page,
)

PER_RUN = 5


def tick_by_sql(db: sqlite3.Connection, tick: Tick, day: str) -> None:
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    db.execute("BEGIN IMMEDIATE")
    db.execute(
        "UPDATE checklist_items SET state = 'received', state_date = ? WHERE id = ?",
        (day, tick.item_id),
    )
    for field, old, new in (("state", "missing", "received"), ("state_date", None, day)):
        db.execute(
            "INSERT INTO events (at, entity, entity_id, case_id, action, field, old, new) "
            "VALUES (?, 'item', ?, ?, 'update', ?, ?, ?)",
            (now, tick.item_id, tick.case_id, field, old, new),
        )
    db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, tick.case_id))
    db.execute("COMMIT")


def run(ctx: Context) -> list[Figure]:
    db = ctx.copy(ctx.tick)
    day = data_day(db)
    count = PER_RUN * ctx.runs + 1
    ticks = missing_items(db, 2 * count)
    window = open_window(db, day)
    register = Register(window)
    show_page(window, "clientTabs", "casesHolder")
    cases = child(window, QListWidget, "caseList")
    checklist = child(window, QTableView, "checklistView")
    received = child(window, QPushButton, "markReceivedButton")
    paints = Paints(checklist.viewport())
    sql = sqlite3.connect(db, isolation_level=None)
    sql.execute("PRAGMA synchronous = FULL")
    app, baseline, problems = [], [], []
    for n, (tick, other) in enumerate(zip(ticks[0::2], ticks[1::2], strict=False)):
        # Reached as a manager would: untimed.
        register.search(tick.passport)
        view = register.view
        click(view.viewport(), view.visualRect(view.model().index(0, 0)).center())
        pump_until(lambda: cases.count() > 0)
        rows = [i for i in range(cases.count()) if tick.case_number in cases.item(i).text()]
        if not rows:
            problems.append(f"case {tick.case_number} not listed")
            continue
        cases.setCurrentRow(rows[0])
        pump_until(lambda: checklist.model().rowCount() > 0)
        model = checklist.model()
        titles = [
            r
            for r in range(model.rowCount())
            for c in range(model.columnCount())
            if model.index(r, c).data(Qt.ItemDataRole.DisplayRole) == tick.title
        ]
        if not titles:
            problems.append(f"item {tick.title!r} not in the checklist")
            continue
        checklist.selectRow(titles[0])
        pump_until(received.isEnabled, timeout=5)
        changes = Changes(checklist.model())
        start = time.perf_counter()
        click(received)
        end = pump_until(painted_after_change(paints, changes, start))
        (state,) = sql.execute(
            "SELECT state FROM checklist_items WHERE id = ?", (tick.item_id,)
        ).fetchone()
        if state != "received":
            problems.append(f"item {tick.item_id} is {state} after the click")
        started = time.perf_counter()
        tick_by_sql(sql, other, day.isoformat())
        took = time.perf_counter() - started
        if n:  # the first tick untimed
            app.append((end - start) * 1000)
            baseline.append(took * 1000)
    return [
        Figure(
            "tick.item",
            f"6 tick a checklist item ({client_count(db) // 1000}k set)",
            "ms",
            app,
            baseline,
            Target(limit=50),
            note="click on Received to the checklist painted again; baseline: the same change "
            "by plain SQL, committed",
            error="; ".join(problems[:3]),
        )
    ]
