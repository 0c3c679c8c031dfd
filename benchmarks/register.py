"""Figures 3, 4 and 5: the register's search, scrolling it to the bottom, choosing a client.

The window is the app's, on a copy of the large set, at a laptop's size. A search is issued
as Enter in the search field does it (at once, without the debounce) and timed until the
register's view has painted its new rows; the debounce is timed apart, from the text changed
to the model starting to change. Baselines are plain sqlite3 on another copy of the set,
given the best index for each kind of query: the name's B-tree for a Latin prefix, FTS5 for
a Cyrillic name and a phone number's digits (trigram), the B-trees on passport and IIN.
"""

import re
import sqlite3
import statistics
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QTableView, QWidget

from benchmarks.data import Context, clients_with_cases, data_day, sample_queries
from benchmarks.report import Figure, Target
from benchmarks.window import (
    Changes,
    Paints,
    child,
    click,
    open_window,
    painted_after_change,
    press,
    pump_until,
    settle,
    show_page,
)

PAGE = 200  # rows a baseline reads, as a first page


class SearchBaseline:
    """The best plain-sqlite3 answer to each kind of query: its count and first page."""

    def __init__(self, path) -> None:  # type: ignore[no-untyped-def]
        self.db = sqlite3.connect(path)
        db = self.db
        db.execute("CREATE VIRTUAL TABLE cyr USING fts5(name, tokenize='unicode61')")
        db.execute(
            "INSERT INTO cyr(rowid, name) SELECT id, "
            "coalesce(surname_cyr, '') || ' ' || coalesce(given_names_cyr, '') FROM clients "
            "WHERE surname_cyr IS NOT NULL OR given_names_cyr IS NOT NULL"
        )
        db.execute("CREATE VIRTUAL TABLE phones USING fts5(digits, tokenize='trigram')")
        db.executemany(
            "INSERT INTO phones(rowid, digits) VALUES (?, ?)",
            ((i, re.sub(r"\D", "", p)) for i, p in db.execute("SELECT id, phone FROM clients")),
        )
        db.commit()

    def _page(self, where: str, *params: str) -> int:
        self.db.execute(
            f"SELECT * FROM clients WHERE {where} ORDER BY sort_name, id LIMIT {PAGE}", params
        ).fetchall()
        return self.db.execute(f"SELECT count(*) FROM clients WHERE {where}", params).fetchone()[0]

    def prefix(self, text: str) -> int:
        text = text.lower()
        after = text[:-1] + chr(ord(text[-1]) + 1)
        return self._page("sort_name >= ? AND sort_name < ?", text, after)

    def cyrillic(self, text: str) -> int:
        return self._page("id IN (SELECT rowid FROM cyr WHERE cyr MATCH ?)", f'"{text}"')

    def passport(self, text: str) -> int:
        return self._page("passport_number = ?", text)

    def iin(self, text: str) -> int:
        return self._page("iin = ?", text)

    def phone(self, text: str) -> int:
        return self._page("id IN (SELECT rowid FROM phones WHERE phones MATCH ?)", f'"{text}"')


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


class Register:
    """The register's search field and view in the app's window."""

    def __init__(self, window: QWidget) -> None:
        show_page(window, "mainTabs", "clientsPage")
        self.field = child(window, QLineEdit, "clientSearch")
        self.view = child(window, QTableView, "clientTable")
        self.paints = Paints(self.view.viewport())
        self.changes = Changes(self.view.model())

    def search(self, text: str, expect_rows: bool = True) -> float:
        """Seconds from the query typed and Enter pressed to its rows painted."""
        if text == self.field.text():
            return 0.0  # nothing would change, nor be painted
        start = time.perf_counter()
        self.field.setText(text)
        press(self.field, Qt.Key.Key_Return)
        painted = painted_after_change(self.paints, self.changes, start)
        rows = self.view.model().rowCount
        end = pump_until(lambda: painted() and (rows() > 0) == expect_rows)
        return end - start

    def debounce(self, text: str) -> float:
        """Seconds from the text changed (no Enter) to the model beginning to change."""
        start = time.perf_counter()
        self.field.setText(text)
        pump_until(lambda: self.changes.about_since(start) is not None, timeout=10)
        began = self.changes.about_since(start)
        assert began is not None
        pump_until(painted_after_change(self.paints, self.changes, start))
        return began - start


def run_search(ctx: Context) -> list[Figure]:
    db = ctx.copy(ctx.large)
    queries = sample_queries(db)
    base = SearchBaseline(ctx.copy(ctx.large, "baseline.sqlite3"))
    register = Register(open_window(db, data_day(db)))
    kinds = [
        ("latin", "Latin prefix", queries.latin_prefix, base.prefix),
        ("cyrillic", "Cyrillic name", queries.cyrillic_name, base.cyrillic),
        ("passport", "passport number", queries.passport, base.passport),
        ("iin", "IIN", queries.iin, base.iin),
        ("phone", "phone fragment", queries.phone_fragment, base.phone),
        ("none", "no match", queries.no_match, base.prefix),
    ]
    app: dict[str, list[float]] = {k: [] for k, *_ in kinds}
    baseline: dict[str, list[float]] = {k: [] for k, *_ in kinds}
    found: dict[str, tuple[int, int]] = {}
    for n in range(ctx.runs + 1):  # the first round untimed: caches and fonts warm
        for name, _, text, answer in kinds:
            register.search("")
            expect = name != "none"
            took = register.search(text, expect)
            rows = register.view.model().rowCount()
            start = time.perf_counter()
            found[name] = (rows, answer(text))
            base_took = time.perf_counter() - start
            if n:
                app[name].append(took)
                baseline[name].append(base_took)
    delays = []
    for _ in range(ctx.runs):
        register.search("")
        delays.append(register.debounce(queries.latin_prefix))
    figures = [
        Figure(
            f"search.{name}",
            f"3 search: {title}",
            "ms",
            [s * 1000 for s in app[name]],
            [s * 1000 for s in baseline[name]],
            Target(limit=30, ratio=1.5),
            note=f"{text!r}: found {found[name][0]} by the register, {found[name][1]} by the "
            "baseline's query",
        )
        for name, title, text, _ in kinds
    ]
    figures.append(
        Figure(
            "search.debounce",
            "3 search: debounce",
            "ms",
            [d * 1000 for d in delays],
            None,
            Target(limit=150),
            note="text changed to the model beginning to change, measured",
        )
    )
    return figures


def run_scroll(ctx: Context) -> list[Figure]:
    db = ctx.copy(ctx.large)
    register = Register(open_window(db, data_day(db)))
    bar = register.view.verticalScrollBar()
    longest, slow, counts, seconds, typical = [], [], [], [], []
    for _ in range(ctx.slow_runs):
        bar.setValue(0)
        settle()
        frames: list[float] = []
        began = time.perf_counter()
        while True:
            value = bar.value()
            if value >= bar.maximum():
                settle()  # a model that loads more as it is scrolled has grown now
                if bar.value() >= bar.maximum():
                    break
                continue
            start = time.perf_counter()
            bar.setValue(min(bar.maximum(), value + bar.pageStep()))
            frames.append(pump_until(lambda s=start: register.paints.since(s), 10) - start)
        seconds.append(time.perf_counter() - began)
        longest.append(max(frames) * 1000)
        slow.append(sum(f > 0.05 for f in frames))
        counts.append(len(frames))
        typical.append(statistics.median(frames) * 1000)
    note = (
        f"{counts[-1]} page steps to the bottom ({bar.pageStep()} rows each), median frame "
        f"{typical[-1]:.1f} ms, {seconds[-1]:.0f} s a pass; {ctx.slow_runs} pass(es): slow figure"
    )
    return [
        Figure("scroll.longest", "4 scroll: longest frame", "ms", longest, None, Target(50), note),
        Figure("scroll.slow", "4 scroll: frames > 50 ms", "", slow, None, Target(0)),
    ]


def select_baseline(db: sqlite3.Connection, client_id: int) -> None:
    """The rows the window shows for a client, by SQL: the client, their cases, the items
    of every case (their progress), the client's history and the first case's."""
    db.execute("SELECT * FROM clients WHERE id = ?", (client_id,)).fetchall()
    cases = db.execute("SELECT * FROM cases WHERE client_id = ? ORDER BY id", (client_id,))
    ids = [row[0] for row in cases.fetchall()]
    marks = ",".join("?" * len(ids))
    db.execute(
        f"SELECT * FROM checklist_items WHERE case_id IN ({marks}) ORDER BY case_id, position",
        ids,
    ).fetchall()
    db.execute(
        "SELECT * FROM events WHERE entity = 'client' AND entity_id = ? ORDER BY id", (client_id,)
    ).fetchall()
    db.execute("SELECT * FROM events WHERE case_id = ? ORDER BY id", (ids[0],)).fetchall()
    db.execute("SELECT * FROM documents WHERE case_id = ?", (ids[0],)).fetchall()


def run_select(ctx: Context) -> list[Figure]:
    db = ctx.copy(ctx.large)
    per_run = 5
    clients = clients_with_cases(db, per_run * ctx.runs + 1)
    window = open_window(db, data_day(db))
    register = Register(window)
    show_page(window, "clientTabs", "casesHolder")
    cases = child(window, QListWidget, "caseList")
    checklist = child(window, QTableView, "checklistView")
    case_paints, item_paints = Paints(cases.viewport()), Paints(checklist.viewport())
    sql = sqlite3.connect(db)
    app, baseline = [], []
    for n, (client_id, passport) in enumerate(clients):
        register.search(passport)
        view = register.view
        centre = view.visualRect(view.model().index(0, 0)).center()
        start = time.perf_counter()
        click(view.viewport(), centre)
        end = pump_until(
            lambda s=start: (
                cases.count() > 0
                and checklist.model().rowCount() > 0
                and case_paints.since(s)
                and item_paints.since(s)
            )
        )
        took = timed(lambda c=client_id: select_baseline(sql, c))
        if n:  # the first client untimed
            app.append((end - start) * 1000)
            baseline.append(took * 1000)
    return [
        Figure(
            "select.client",
            "5 select a client: cases + checklist shown",
            "ms",
            app,
            baseline,
            Target(limit=50),
            note="click on the row to both lists painted; baseline: the same rows by SQL",
        )
    ]
