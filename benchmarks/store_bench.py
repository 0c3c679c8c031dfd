"""Speed of the store on the large demo set: making it, and searching it the way the register
does. Prints figures; asserts nothing.

    python benchmarks/store_bench.py [--clients 100000] [--db PATH]

With --db an existing large database is reused instead of being made again.
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from expat_desk.store import Store
from expat_desk.store.demo import fill_demo


def timed(label: str, action, repeat: int = 5) -> None:  # type: ignore[no-untyped-def]
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    size = len(result) if isinstance(result, list) else result
    print(f"{label:<44} median {statistics.median(times) * 1000:8.1f} ms   ({size} rows)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.sqlite3"
    store = Store.open(path)
    if store.count_clients() == 0:
        start = time.perf_counter()
        counts = fill_demo(store, clients=args.clients)
        seconds = time.perf_counter() - start
        rows = sum(counts.values())
        print(f"demo data: {counts}")
        print(f"demo data: {seconds:.1f} s, {rows / seconds:,.0f} rows/s")
    print(f"database: {path.stat().st_size / 2**20:.0f} MiB")
    timed("first page, sorted by name", lambda: store.search_clients(limit=100))
    timed("page at offset 50,000", lambda: store.search_clients(limit=100, offset=50_000))
    timed(
        "first page, sorted by employer desc",
        lambda: store.search_clients(limit=100, sort="employer", descending=True),
    )
    timed(
        "last page, sorted by birth date desc",
        lambda: store.search_clients(limit=100, offset=99_900, sort="birth_date", descending=True),
    )
    timed(
        "last page, sorted by Cyrillic name",
        lambda: store.search_clients(limit=100, offset=99_900, sort="name_cyr"),
    )
    timed("search 'smith' (Latin)", lambda: store.search_clients("smith", limit=100))
    timed("search 'алёна' (Cyrillic)", lambda: store.search_clients("алёна", limit=100))
    timed(
        "search 'nomad fintech' (two words)",
        lambda: store.search_clients("nomad fintech", limit=100),
    )
    timed("search a passport that is not there", lambda: store.search_clients("ZZ0000000"))
    timed("count matches of 'smi'", lambda: store.count_clients("smi"))
    timed("count all clients", lambda: store.count_clients())
    timed("case counts by service and status", lambda: len(store.case_counts()))
    timed("deadline facts of the cases in hand", store.deadline_facts, repeat=3)
    timed("due items (facts and rules)", store.due_items, repeat=3)
    store.close()
    folder.cleanup()


if __name__ == "__main__":
    main()
