"""The child of the backup and restore crash tests: real work, ended by os._exit mid-way.

    python backup_child.py backup DB FRACTION          killed once the backup is that far
    python backup_child.py restore DB ARCHIVE FRACTION killed once the restore is that far
    python backup_child.py swap DB ARCHIVE STEP        killed just before the swap's step
    python backup_child.py client DB SURNAME           a client committed, left in the WAL

os._exit skips every ``finally`` and ``with``: what the work leaves is what a kill leaves.
"""

import os
import sys
from datetime import date

from expat_desk.store import Store, restore_journal
from expat_desk.store.backup import restore_backup, write_backup

KILLED = 9


def kill_at(fraction: float):  # type: ignore[no-untyped-def]
    def progress(done: float) -> None:
        if done >= fraction:
            os._exit(KILLED)

    return progress


def main() -> None:
    mode, db = sys.argv[1], sys.argv[2]
    if mode == "backup":
        write_backup(db, progress=kill_at(float(sys.argv[3])))
    elif mode == "restore":
        restore_backup(db, sys.argv[3], progress=kill_at(float(sys.argv[4])))
    elif mode == "swap":
        step = int(sys.argv[4])
        restore_journal.before_step = lambda n: os._exit(KILLED) if n == step else None
        restore_backup(db, sys.argv[3])
    elif mode == "client":
        store = Store.open(db)
        store.add_client(
            {
                "surname": sys.argv[3],
                "given_names": "Wal",
                "birth_date": date(1980, 1, 1),
                "sex": "F",
                "citizenship": "FRA",
                "passport_number": "FRWAL0001",
            }
        )
        os._exit(0)  # no close: the commit stays in the WAL, not yet in the database file
    sys.exit(0)  # the work finished: the kill never came


if __name__ == "__main__":
    main()
