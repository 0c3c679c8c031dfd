"""The window as the figures drive it: started as the app starts it, found by objectNames,
waited on until it has painted.

This is the one module that knows names inside the app beyond its widgets' objectNames:
``create_main_window`` (the start path of ``expat_desk.ui.app.run`` up to ``show``),
``MainWindow.refresh_due`` (what a change of day, data or calendar calls),
``MainWindow.is_ready`` (the deadlines filled in after the first paint), the store's
``today`` (the day the window sees the deadlines from) and the fields of a due item (for the
Due list's baseline). When those move, this file changes and the figures do not.
"""

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget

SIZE = (1366, 768)  # a manager's laptop; the soak test uses the same


class Unanswered(RuntimeError):
    """The window asked a question nobody is there to answer."""


def application() -> QApplication:
    app = QApplication.instance() or QApplication(["expat-desk-bench"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Expat Desk")
    app.setOrganizationName("AIFC Expat Centre")
    return app


ASKED: list[str] = []


def refuse_questions() -> None:
    """A message box is answered "no" at once and noted in ASKED: a figure that asked one
    has measured something else than it meant to."""

    def answer(box: QMessageBox) -> int:
        ASKED.append(box.objectName() or box.text())
        return int(QMessageBox.StandardButton.No)

    def static(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        ASKED.append(" ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.No

    QMessageBox.exec = answer  # type: ignore[method-assign]
    for name in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, name, staticmethod(static))


def create_window(db: Path, day: date) -> QWidget:
    """The main window on ``db``, not yet shown, seeing the deadlines from ``day``."""
    from expat_desk.ui.app import create_main_window

    return create_main_window(db, today=lambda: day, language="en")


def open_window(db: Path, day: date) -> QWidget:
    """The window on ``db`` at a laptop's size, shown and painted, every question refused."""
    application()
    refuse_questions()
    window = create_window(db, day)
    window.resize(*SIZE)
    window.show()
    wait_ready(window)
    settle()
    return window


def wait_ready(window: QWidget) -> None:
    """Until the window has filled what it fills after its first paint (the deadlines, the
    counts): ``MainWindow.ready``."""
    pump_until(window.is_ready, timeout=300)  # type: ignore[attr-defined]


def set_day(window: QWidget, day: date) -> None:
    window.store.today = lambda: day  # type: ignore[attr-defined]


def refresh_due(window: QWidget) -> None:
    window.refresh_due()  # type: ignore[attr-defined]


def due_rows(items: list[Any]) -> list[tuple]:
    """``Store.due_items()`` as rows of a table of stored deadlines: (urgency's rank, due
    day, case id, case number, client's name, kind)."""
    return [
        (
            list(type(i.urgency)).index(i.urgency),
            i.deadline.due.isoformat(),
            i.facts.case_id,
            i.facts.number,
            i.facts.client_name,
            str(i.deadline.kind.value),
        )
        for i in items
    ]


def child[W: QObject](window: QWidget, kind: type[W], name: str) -> W:
    found = window.findChild(kind, name)
    if found is None:
        raise LookupError(f"no {kind.__name__} named {name!r} in the window")
    return found


def show_page(window: QWidget, tabs: str, page: str) -> None:
    """Bring the tab ``page`` of the tab widget ``tabs`` forward (by their objectNames)."""
    child(window, QTabWidget, tabs).setCurrentWidget(child(window, QWidget, page))


def settle(rounds: int = 3) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pump_until(done: Callable[[], bool], timeout: float = 60.0) -> float:
    """Deliver events until ``done()``; the moment it first held (perf_counter)."""
    deadline = time.perf_counter() + timeout
    while True:
        QCoreApplication.processEvents()
        now = time.perf_counter()
        if done():
            return now
        if now > deadline:
            raise TimeoutError(f"not done within {timeout:g} s")
        time.sleep(0.0002)  # a worker thread, if the app has one, gets the core


class Paints(QObject):
    """When a widget (a view's viewport, a label) was painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.times: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False

    def since(self, moment: float) -> bool:
        return bool(self.times) and self.times[-1] >= moment


class Changes(QObject):
    """When a model's rows changed (``times``), and when it was about to (``before``)."""

    AFTER = ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "dataChanged")
    BEFORE = (
        "modelAboutToBeReset",
        "layoutAboutToBeChanged",
        "rowsAboutToBeInserted",
        "rowsAboutToBeRemoved",
    )

    def __init__(self, model: QAbstractItemModel) -> None:
        super().__init__(model)
        self.times: list[float] = []
        self.before: list[float] = []
        for name in self.AFTER:
            getattr(model, name).connect(lambda *_: self.times.append(time.perf_counter()))
        for name in self.BEFORE:
            getattr(model, name).connect(lambda *_: self.before.append(time.perf_counter()))

    def since(self, moment: float) -> float | None:
        """The first change at or after ``moment``."""
        return next((t for t in self.times if t >= moment), None)

    def about_since(self, moment: float) -> float | None:
        return next((t for t in self.before + self.times if t >= moment), None)


def painted_after_change(paints: Paints, changes: Changes, start: float) -> Callable[[], bool]:
    """Done once the model changed after ``start`` and the view painted after that change."""

    def done() -> bool:
        changed = changes.since(start)
        return changed is not None and paints.since(changed)

    return done


def click(widget: QWidget, at: QPoint | None = None) -> None:
    """A left click, as the mouse gives it (press and release), at ``at`` or the centre."""
    from PySide6.QtTest import QTest

    at = at if at is not None else widget.rect().center()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def press(widget: QWidget, which: Qt.Key, text: str = "") -> None:
    """One key pressed and released (QTest's key clicks stop at non-ASCII text)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, which, Qt.KeyboardModifier.NoModifier, text)
        )
