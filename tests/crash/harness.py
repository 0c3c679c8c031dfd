"""Kill the app's write path with SIGKILL at random moments and check nothing committed is lost.

    python tests/crash/harness.py [--rounds 200] [--seed 1]

Each round starts writer.py on one database, lets it run for a random time, kills it with
SIGKILL, then checks: the file opens, ``PRAGMA integrity_check`` says ok, and every change
the child reported committed is there. The same database carries over from round to round,
so later rounds write onto a file that has been killed under many times.
"""

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

WRITER = Path(__file__).with_name("writer.py")


@dataclass
class Outcome:
    reported: int = 0
    problems: list[str] = field(default_factory=list)


def run_round(db: Path, seed: int, rng: random.Random) -> Outcome:
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Wait for the first commit (start-up is slow), then a random moment more.
    first = child.stdout.readline() if child.stdout else ""
    time.sleep(rng.uniform(0, 0.4))
    os.kill(child.pid, signal.SIGKILL)
    rest, errors = child.communicate()
    if not first:
        return Outcome(problems=[f"seed {seed}: the writer died before writing: {errors[-500:]}"])
    lines = [json.loads(line) for line in [first, *rest.splitlines()] if line.strip()]
    return Outcome(reported=len(lines), problems=verify(db, lines))


def verify(db: Path, lines: list[dict]) -> list[str]:
    from expat_desk.store import Store
    from expat_desk.store.backup import check_database

    check = check_database(db)
    if not check.intact:
        return [f"integrity_check: {check.integrity}"]
    problems = []
    with Store.open(db) as store:
        states: dict[int, str] = {}
        notes: dict[int, int] = {}
        for line in lines:
            if line["kind"] == "client":
                client = store.get_client(line["id"])
                if client.passport_number != line["passport"]:
                    problems.append(f"client {line['id']} changed")
            elif line["kind"] == "case":
                if store.get_case(line["id"]).number != line["number"]:
                    problems.append(f"case {line['id']} changed")
            elif line["kind"] == "item":
                states[line["id"]] = line["state"]
            else:
                notes[line["id"]] = line["length"]
        found = {item.id: item for case in store.list_cases() for item in case.items}
        for item_id, state in states.items():
            if found[item_id].state != state:
                problems.append(f"item {item_id}: {found[item_id].state}, reported {state}")
        for item_id, length in notes.items():
            # A later note may have replaced it; a committed one is never shorter than nothing.
            if not found[item_id].note:
                problems.append(f"item {item_id}: its note of {length} characters is gone")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "crash.sqlite3"
        total, failures = 0, 0
        start = time.perf_counter()
        for n in range(args.rounds):
            outcome = run_round(db, n, rng)
            total += outcome.reported
            if outcome.problems:
                failures += 1
                print(f"round {n}: " + "; ".join(outcome.problems[:5]))
        took = time.perf_counter() - start
        print(
            f"{args.rounds} rounds killed with SIGKILL in {took:.0f} s: {total} committed "
            f"changes reported, {failures} rounds lost or damaged something"
        )
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
