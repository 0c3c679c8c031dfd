"""Speed of the weekly workload export on the large demo set: one week, and 52 weeks. Prints
figures; asserts nothing.

    python benchmarks/export_bench.py [--clients 100000] [--db PATH] [--repeat 3]

The demo database is made once and kept in the temporary folder (about 45 s for 100,000
clients); later runs reuse it. The demo's day is fixed (Friday 27 November 2026), so the
same seed gives the same data and the same figures whenever it runs.
"""

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from expat_desk.reports.figures import weekly_workload
from expat_desk.reports.weeks import IsoWeek, weeks_ending
from expat_desk.reports.workload import export_week
from expat_desk.store import Store
from expat_desk.store.demo import fill_demo

DEMO_DAY = date(2026, 11, 27)
SEED = 48


def timed(label: str, action: Callable[[], Any], repeat: int) -> Any:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    spread = f"(best {min(times):.2f} s of {repeat})" if repeat > 1 else ""
    print(f"{label:<46} median {statistics.median(times):6.2f} s  {spread}")
    return result


def demo_store(path: Path, clients: int) -> Store:
    store = Store.open(path, today=lambda: DEMO_DAY)
    if store.count_clients() == 0:
        start = time.perf_counter()
        counts = fill_demo(store, clients=clients, seed=SEED)
        print(f"demo data: {counts}, made in {time.perf_counter() - start:.1f} s")
    return store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database to use (made if empty)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cache = Path(tempfile.gettempdir()) / f"expat-desk-bench-{args.clients}-{SEED}.sqlite3"
    path = args.db or cache
    store = demo_store(path, args.clients)
    print(f"database: {path} ({path.stat().st_size / 2**20:.0f} MiB)")
    week = IsoWeek.containing(DEMO_DAY)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for count in (1, 52):
            weeks = weeks_ending(week, count)
            workload = timed(
                f"figures of {count} week(s)",
                lambda weeks=weeks: weekly_workload(store, weeks),
                args.repeat,
            )
            print(
                f"{'':<4}{len(workload.summary)} summary rows, {len(workload.cases)} case rows, "
                f"{len(workload.days)} day rows"
            )
            written = timed(
                f"export_week of {count} week(s), workbook included",
                lambda count=count: export_week(store, week, weeks=count, out=out),
                args.repeat,
            )
            print(f"{'':<4}{written.name}: {written.stat().st_size / 2**20:.1f} MiB")
    store.close()


if __name__ == "__main__":
    main()
