"""Figures 1 and 2: from the process's start to the window painted with the register filled,
and the process's peak memory; beside a bare QMainWindow + QTableView process.

Each start is a new process (benchmarks/probe.py) timed from spawn to exit, which it does as
soon as its table has painted rows; its peak resident memory is the kernel's (wait4). Bare
and app take turns, the order swapped each run, after one untimed start of each (bytecode
compiled, the set in the page cache).

The app's start is the one of ``expat-desk`` up to ``window.show()``: the application object,
the database opened and migrated, the window built (the register's first count and page) and
shown; the deadlines and counts are worked out after that first paint, up to
``MainWindow.ready`` (figures 1b and 2b). Left out: the writer lock, the daily backup (a zip of the
whole database, once a day), drafts and the "due today" message, which come after ``show``.
"""

import os
import subprocess
import sys
import tempfile
import time

from benchmarks.data import Context, data_day
from benchmarks.report import Figure, Target


def spawn(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MiB) of one process."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {tail}")
    return wall, usage.ru_maxrss / 1024  # KiB on Linux


def run(ctx: Context) -> list[Figure]:
    db = ctx.copy(ctx.large)
    probe = [sys.executable, "-m", "benchmarks.probe"]
    day = data_day(db).isoformat()
    commands = {
        "app": [*probe, "app", str(db), day],
        "ready": [*probe, "ready", str(db), day],
        "bare": [*probe, "bare"],
    }
    for command in commands.values():
        spawn(command)  # untimed: bytecode compiled, files in the page cache
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for n in range(ctx.runs):
        for name in ("bare", "app", "ready") if n % 2 == 0 else ("ready", "app", "bare"):
            results[name].append(spawn(commands[name]))
    app, ready, bare = results["app"], results["ready"], results["bare"]
    return [
        Figure(
            "start.painted",
            "1 start: process to register painted",
            "s",
            [w for w, _ in app],
            [w for w, _ in bare],
            Target(ratio=3),
            note="whole process, spawn to exit after the first paint with rows, after one "
            "untimed start of each; the path of expat-desk up to window.show() (no writer lock, "
            "daily backup, drafts or due-today message); baseline: a bare QMainWindow + "
            "QTableView (200 rows) process",
        ),
        Figure(
            "start.memory",
            "2 start: peak memory (max RSS)",
            "MiB",
            [m for _, m in app],
            [m for _, m in bare],
            Target(limit=150),
            note="to the first paint, as figure 1",
        ),
        Figure(
            "start.ready",
            "1b start: process to window ready",
            "s",
            [w for w, _ in ready],
            [w for w, _ in bare],
            None,
            note="as figure 1, left once the window is ready: the deadlines, the Due list and "
            "the counts, filled in after the first paint",
        ),
        Figure(
            "start.ready_memory",
            "2b start: peak memory once ready",
            "MiB",
            [m for _, m in ready],
            [m for _, m in bare],
            Target(limit=150),
        ),
    ]
