"""Start-up: the window paints first, with the register's first page; what takes seconds on a
whole centre's history (the deadlines, the counts) fills it just after.

And the collector: start-up makes objects that live as long as the window (the register's
page, the deadlines), so it is held off while they are made and they are then frozen out of
its reach, so that later collections walk only what the day's work adds."""

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Should the first paint never come (a window shown off every screen), the fill does not wait
# for ever.
PAINT_WAIT_MS = 3000


def hold_collector() -> None:
    gc.disable()


def settle_collector() -> None:
    """What start-up made is kept out of later collections (no collection now: on a large
    register that alone is a pause of a few hundred milliseconds)."""
    gc.freeze()
    gc.enable()


class AfterFirstPaint(QObject):
    """Calls ``step`` once, on the turn of the event loop after ``widget`` first painted; at
    the next turn if ``widget`` is not on screen then (a window not shown, another tab)."""

    def __init__(self, widget: QWidget, step: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.step: Callable[[], None] | None = step
        widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._unless_painting)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.step is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def cancel(self) -> None:
        """Never run (the window closed first, its store with it)."""
        self.step = None

    def _unless_painting(self) -> None:
        if not self.widget.isVisible():
            self._run()
        else:
            QTimer.singleShot(PAINT_WAIT_MS, self, self._run)

    def _run(self) -> None:
        step, self.step = self.step, None
        if step is None:
            return
        self.widget.removeEventFilter(self)
        step()
