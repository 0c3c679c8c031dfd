"""Where start-up goes: the import time of each package, then the phases of one start.

    python docs/measure_startup.py [DB]

First, in a fresh interpreter, ``-X importtime`` of the window's module, summed by top-level
package (and by module of expat_desk): what a change of imports gains or costs. Then, with DB
(a copy is fine: nothing is written but the layout settings), one start timed phase by phase:
Qt, the store's import, the window's import, the database opened, the window built, the first
paint of the register, ready (the deadlines and counts in). Wall-clock, one run: for the
figures with their baselines use ``python -m benchmarks --only start``.
"""

import os
import subprocess
import sys
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_MODULE = "expat_desk.ui.app"


def import_breakdown() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {WINDOW_MODULE}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    by_package: dict[str, int] = defaultdict(int)
    by_module: dict[str, int] = defaultdict(int)
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
            continue
        _, self_us, _, name = (part.strip() for part in line.replace(":", "|", 1).split("|"))
        by_package[name.split(".")[0]] += int(self_us)
        if name.startswith("expat_desk"):
            by_module[name] += int(self_us)
    total = sum(by_package.values())
    print(f"import {WINDOW_MODULE}: {total / 1e6:.3f} s (sum of self times)")
    for name, us in sorted(by_package.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {us / 1e3:8.1f} ms  {name}")
    print("expat_desk, by module:")
    for name, us in sorted(by_module.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {us / 1e3:8.1f} ms  {name}")


def phases(db: Path) -> None:
    import gc

    gc.disable()  # as expat-desk starts
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    marks = [("start", time.perf_counter())]
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication(["measure-startup"])
    marks.append(("Qt", time.perf_counter()))
    from expat_desk.store import Store

    marks.append(("store imported", time.perf_counter()))
    from expat_desk.ui import language
    from expat_desk.ui.main_window import MainWindow

    marks.append(("window imported", time.perf_counter()))
    language.install("en")
    store = Store.open(db)
    marks.append(("database opened", time.perf_counter()))
    window = MainWindow(store)
    marks.append(("window built", time.perf_counter()))

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and len(marks) == 6:
                marks.append(("register painted", time.perf_counter()))
            return False

    window.register.ui.clientTable.viewport().installEventFilter(FirstPaint(window))
    window.ready.connect(lambda: (marks.append(("ready", time.perf_counter())), app.quit()))
    window.show()
    app.exec()
    print(f"one start on {db}:")
    for (_, before), (name, at) in pairwise(marks):
        print(f"  {at - before:7.3f} s  {name:18} ({at - marks[0][1]:.3f} s in)")
    os._exit(0)  # nothing to tear down


if __name__ == "__main__":
    import_breakdown()
    if len(sys.argv) > 1:
        phases(Path(sys.argv[1]))
