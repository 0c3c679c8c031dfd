"""Running store work off the window's thread, so a large register never freezes it."""

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    # Queued to the receiver's thread, so the result is handled where the widgets live.
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the window's thread, which reports it
            self._emit(self.relay.failed, error)
        else:
            self._emit(self.relay.done, result)

    def _emit(self, signal: Any, value: Any) -> None:
        # RuntimeError: the window closed meanwhile, and nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_in_background(
    owner: QObject,
    pool: QThreadPool,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """Call ``work()`` on one of ``pool``'s threads, then ``on_done(result)`` on ``owner``'s
    thread. The owner waits for its pool before it goes (``pool.waitForDone()``), so no
    thread ever reports to a deleted object."""
    relay = _Relay(owner)
    relay.done.connect(on_done)
    relay.failed.connect(on_failed)
    relay.done.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    pool.start(_Job(work, relay))
