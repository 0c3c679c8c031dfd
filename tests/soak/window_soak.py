"""A working day of the main window, compressed: tens of thousands of repaints in one process.

    python tests/soak/window_soak.py DB [--repaints 50000] [--seed 11]

Opens the real main window on DB (a demo database) and, until its views have painted the
asked number of times, does what a manager does all day: scrolls the register, the Due list
and both histories, hovers over rows, picks clients, cases and checklist items, types a
search (Latin and Cyrillic) and clears it, switches tabs, and opens and closes the case
wizard and the documents dialog. After each action the update requests it posted are
delivered at once, so Qt repaints what it would for a person (a scrolled strip, the row
under the mouse, a whole view on a tab switch) without waiting for the event loop's timing.

It prints one JSON line at the end: the repaints, the seconds, the process's memory, the
widgets alive and the reference counts of None, True and False (null where the interpreter
makes them immortal), each after a warm-up round and after the soak, then closes the window
and exits 0. Qt for Python releases that lose references to None kill this process with
"Fatal Python error: none_dealloc" on Python 3.11 (see the README's notes for developers).
"""

import argparse
import gc
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QPointF, Qt
from PySide6.QtGui import QHoverEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from expat_desk.ui.app import create_main_window
from expat_desk.ui.main_window import MainWindow

# A search typed letter by letter, then taken back: Latin, Cyrillic, a passport's digits.
SEARCHES = ("smith", "Иван", "Қан", "n12", "ali", "7701")


class PaintCounter(QObject):
    """Counts the paint events the watched viewports receive."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def immortal(obj: object) -> bool:
    """Whether the interpreter keeps no real count of obj's references (Python 3.12+)."""
    before = sys.getrefcount(obj)
    held = [obj] * 1000
    after = sys.getrefcount(obj)
    del held
    return after == before


def refcounts() -> dict[str, int | None]:
    return {
        name: None if immortal(obj) else sys.getrefcount(obj)
        for name, obj in (("None", None), ("True", True), ("False", False))
    }


def rss_mib() -> float:
    """The process's resident memory now (not the peak), in MiB."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # not Linux: the peak is the best the standard library tells
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def settle() -> None:
    """Deliver what is pending, delete what was let go, collect cycles: a steady state."""
    app = QCoreApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


class Soak:
    def __init__(self, window: MainWindow, rng: random.Random) -> None:
        self.window = window
        self.rng = rng
        ui = window.ui
        self.register = window.register.ui.clientTable
        self.checklist = window.checklist.ui.checklistView
        self.views: list[QAbstractItemView] = [
            self.register,
            self.checklist,
            ui.dueView,
            ui.clientHistory,
            window.checklist.ui.caseHistory,
            ui.caseList,
        ]
        self.counter = PaintCounter()
        for view in self.views:
            view.viewport().installEventFilter(self.counter)
            view.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
            view.setMouseTracking(True)
        # The mouse moves over rows far more often than a view scrolls, a manager stays on a
        # tab for a while, and reads the right-hand side more often than they pick a client.
        cases = [
            self.scroll_register,
            self.hover_register,
            self.next_checklist_item,
            self.hover_checklist,
            self.type_search,
        ]
        self.steps = [
            self.show_cases,
            *cases * 3,
            self.scroll_case_history,
            self.show_client_history,
            self.scroll_client_history,
            self.hover_register,
            self.scroll_client_history,
            self.show_due,
            *[self.scroll_due, self.hover_due] * 8,
        ]
        self.search = ""
        self.step = 0

    # --- the steps; each ends by delivering the repaints it asked for

    def show_cases(self) -> None:
        """Back to the register, the selected client's cases on the right."""
        ui = self.window.ui
        ui.mainTabs.setCurrentWidget(ui.clientsPage)
        ui.clientTabs.setCurrentWidget(ui.casesHolder)
        case_tabs = self.window.checklist.ui.caseTabs
        case_tabs.setCurrentIndex((case_tabs.currentIndex() + 1) % case_tabs.count())
        flush()

    def show_client_history(self) -> None:
        ui = self.window.ui
        ui.clientTabs.setCurrentWidget(ui.clientHistoryHolder)
        flush()

    def show_due(self) -> None:
        self.window.ui.mainTabs.setCurrentWidget(self.window.ui.duePage)
        flush()

    def scroll_register(self) -> None:
        bar = self.register.verticalScrollBar()
        bar.setValue(self.rng.randint(0, bar.maximum()))
        flush()

    def hover_register(self) -> None:
        self._hover(self.register, times=6)

    def pick_client(self) -> None:
        """Another client: their details, cases and history on the right."""
        ui = self.window.ui
        ui.mainTabs.setCurrentWidget(ui.clientsPage)
        rows = self.register.model().rowCount()
        if rows:
            self.register.selectRow(self.rng.randrange(rows))
            flush()
            if ui.caseList.count():
                ui.caseList.setCurrentRow(self.rng.randrange(ui.caseList.count()))
        flush()

    def scroll_client_history(self) -> None:
        self._scroll_lines(self.window.ui.clientHistory)

    def scroll_case_history(self) -> None:
        """The case's history (or its documents) and the list of cases, a line at a time."""
        self._scroll_lines(self.window.checklist.ui.caseHistory, lines=2)
        self._scroll_lines(self.window.ui.caseList, lines=1)

    def next_checklist_item(self) -> None:
        """Down the checklist an item at a time, as with the arrow key."""
        model = self.checklist.model()
        rows = model.rowCount() if model is not None else 0
        for _ in range(4):
            if rows:
                self.checklist.selectRow((self.checklist.currentIndex().row() + 1) % rows)
            flush()

    def hover_checklist(self) -> None:
        self._hover(self.checklist, times=2)

    def scroll_due(self) -> None:
        due = self.window.ui.dueView
        bar = due.verticalScrollBar()
        bar.setValue(self.rng.randint(0, bar.maximum()))
        rows = due.model().rowCount()
        if rows:
            due.selectRow(self.rng.randrange(rows))
        flush()

    def hover_due(self) -> None:
        self._hover(self.window.ui.dueView, times=30)

    def type_search(self) -> None:
        """A letter more of the search, or one taken back; the search runs as the timer would."""
        field = self.window.register.ui.clientSearch
        word = SEARCHES[(self.step // 97) % len(SEARCHES)]
        if len(self.search) < len(word) and word.startswith(self.search):
            self.search += word[len(self.search)]
            _key(field, self.search[-1])
        elif self.search:
            self.search = self.search[:-1]
            _key(field, "", Qt.Key.Key_Backspace)
        self.window.register.search_now()
        flush()

    def open_and_close_dialogs(self) -> None:
        """The case wizard and the documents dialog, opened, painted and closed."""
        window = self.window
        for _ in range(50):  # a client with a case, so that both dialogs open every time
            if window.checklist.case is not None:
                break
            self.pick_client()
        window.new_case()
        wizard = window.wizard
        assert wizard is not None
        flush()
        wizard.reject()
        if window.checklist.case is not None:
            dialog = window.checklist.generate_documents()
            if dialog is not None:
                flush()
                dialog.reject()
        flush()

    # --- helpers

    def _scroll_lines(self, view: QAbstractItemView, lines: int = 3) -> None:
        bar = view.verticalScrollBar()
        for _ in range(lines):
            bar.setValue(bar.value() + 1 if bar.value() < bar.maximum() else 0)
            flush()

    def _hover(self, view: QAbstractItemView, times: int = 1) -> None:
        """The mouse over random rows: the view repaints the row left and the row entered."""
        viewport = view.viewport()
        old = QPointF(-1, -1)
        for _ in range(times):
            point = QPointF(
                self.rng.uniform(0, viewport.width()), self.rng.uniform(0, viewport.height())
            )
            hover = QHoverEvent(
                QEvent.Type.HoverMove,
                point,
                viewport.mapToGlobal(point),
                old,
                Qt.KeyboardModifier.NoModifier,
            )
            QCoreApplication.sendEvent(viewport, hover)
            old = point
            flush()

    def run(self, repaints: int, dialog_every: int) -> None:
        while self.counter.count < repaints:
            self.steps[self.step % len(self.steps)]()
            self.step += 1
            if self.step % len(self.steps) == 0:
                self.pick_client()
            if self.step % dialog_every == 0:
                self.open_and_close_dialogs()


def flush() -> None:
    """Deliver the posted update requests (and whatever else is due): Qt paints now."""
    QCoreApplication.processEvents()


def _key(widget, text: str, key: Qt.Key = Qt.Key.Key_unknown) -> None:
    # One event per character: QTest's key clicks abort on non-ASCII text.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repaints", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--dialog-every", type=int, default=400, help="steps between dialogs")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Nobody is there to answer a question; a soak that asks one has found something.
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.objectName() or box.text())
        return int(QMessageBox.StandardButton.Discard)

    QMessageBox.exec = answer  # type: ignore[method-assign]
    window = create_main_window(args.db)
    window.resize(1366, 768)
    window.show()
    if not window.is_ready():  # the deadlines come in after the first paint
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        loop.exec()
    settle()
    soak = Soak(window, random.Random(args.seed))
    # A first round through every step and both dialogs: caches filled, fonts loaded.
    soak.run(len(soak.steps) * 3, dialog_every=len(soak.steps))
    soak.open_and_close_dialogs()
    settle()
    before = {"rss_mib": rss_mib(), "widgets": len(app.allWidgets()), "refs": refcounts()}
    painted_before = soak.counter.count
    started = time.perf_counter()
    soak.run(painted_before + args.repaints, dialog_every=args.dialog_every)
    seconds = time.perf_counter() - started
    # The same last act as before the soak, so the same dialogs are alive to be counted.
    soak.open_and_close_dialogs()
    settle()
    after = {"rss_mib": rss_mib(), "widgets": len(app.allWidgets()), "refs": refcounts()}
    report = {
        "python": sys.version.split()[0],
        "repaints": soak.counter.count - painted_before,
        "steps": soak.step,
        "seconds": round(seconds, 1),
        "before": before,
        "after": after,
        "questions": asked,
    }
    window.close()
    settle()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
