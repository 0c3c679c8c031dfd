"""The child of the crash harness: the app's real write path, as fast as it goes.

    python writer.py DB SEED

Each action is one Store call (one transaction). Only after the call returns does the child
print one JSON line saying what it committed, so every printed line is a promise the
database must keep after a SIGKILL at any moment.
"""

import json
import random
import sys
from datetime import date

from expat_desk.store import Store


def say(**record: object) -> None:
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    store = Store.open(path, today=lambda: date(2026, 11, 25))
    if not store.list_managers():
        store.add_manager("Crash Test")
    store.manager_id = store.list_managers()[0].id
    items: list[int] = []
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.4 or not items:
            passport = f"C{seed:04d}{n:06d}"
            client, _ = store.add_client(
                {
                    "surname": "Crash",
                    "given_names": "Test " + "ABCDEFGHIJ"[n % 10] * (1 + n % 5),
                    "birth_date": date(1980, 1, 1 + n % 28),
                    "sex": "F",
                    "citizenship": "DEU",
                    "passport_number": passport,
                    "address": "Astana",
                }
            )
            say(kind="client", id=client.id, passport=passport)
            case = store.open_case(client.id, "iin", {"channel": "egov_portal"})
            say(kind="case", id=case.id, number=case.number, client=client.id)
            items.extend(item.id for item in case.items)
        elif roll < 0.8:
            item = rng.choice(items)
            state = store.set_item_state(item, "received").state
            say(kind="item", id=item, state=state)
        else:
            item = rng.choice(items)
            note = f"note {n} " + "x" * rng.randrange(2000)
            store.set_item_note(item, note)
            say(kind="note", id=item, length=len(note))


if __name__ == "__main__":
    main()
