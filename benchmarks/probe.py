"""One start of a window, as its own process: it exits the moment its table has painted rows.

    python -m benchmarks.probe app DB DAY    the app's main window on DB, as of DAY
    python -m benchmarks.probe ready DB DAY  the same, left once the window is ready (the
                                             deadlines and counts filled in after the paint)
    python -m benchmarks.probe bare          a bare QMainWindow with a QTableView of 200 rows

The start family times the whole process from outside (spawn to exit) and reads its peak
memory from the kernel. Nothing is torn down: the process leaves with os._exit once the
paint is done, the same way for both.
"""

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

TABLE = "clientTable"  # the register's objectName; the bare window names its table so too
TIMEOUT_MS = 120_000


class FirstRows(QObject):
    """Ends the process after the first paint of the table that shows rows."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        model = self.table.model()
        if event.type() == QEvent.Type.Paint and model is not None and model.rowCount() > 0:
            QTimer.singleShot(0, lambda: leave(0))  # once this paint is done
        return False


def leave(code: int) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def bare_window() -> QMainWindow:
    window = QMainWindow()
    table = QTableView(window)
    table.setObjectName(TABLE)
    model = QStandardItemModel(200, 8, table)
    for row in range(200):
        for column in range(8):
            model.setItem(row, column, QStandardItem(f"Client {row} · field {column}"))
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1366, 768)
    return window


def main(argv: list[str]) -> int:
    if argv[:1] in (["app"], ["ready"]):
        import gc

        gc.disable()  # as expat-desk starts (its cli), frozen once the window is ready
        from benchmarks.window import application, create_window, refuse_questions

        app = application()
        refuse_questions()
        window = create_window(Path(argv[1]), date.fromisoformat(argv[2]))
        window.ready.connect(gc.freeze)  # type: ignore[attr-defined]
        window.ready.connect(gc.enable)  # type: ignore[attr-defined]
        if argv[0] == "ready":
            window.ready.connect(lambda: QTimer.singleShot(0, lambda: leave(0)))  # type: ignore[attr-defined]
            window.show()
            QTimer.singleShot(TIMEOUT_MS, lambda: leave(4))
            return app.exec()
    elif argv[:1] == ["bare"]:
        app = QApplication(["bare"])
        window = bare_window()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    table = window.findChild(QTableView, TABLE)
    if table is None:
        print(f"no table named {TABLE}", file=sys.stderr)
        return 3
    FirstRows(table)
    QTimer.singleShot(TIMEOUT_MS, lambda: leave(4))
    window.show()
    return app.exec()


if __name__ == "__main__":
    leave(main(sys.argv[1:]))
