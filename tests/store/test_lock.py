"""A second copy of the app on the same database is told so, and never gets to write."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from expat_desk.store.lock import DatabaseInUse, WriterLock

HOLD = """
import sys, time
from expat_desk.store.lock import WriterLock
lock = WriterLock(sys.argv[1]); lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def test_the_second_copy_is_told_who_holds_the_database(db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUse, match=rf"already open .*process {holder.pid}"):
            WriterLock(db_path).acquire()
    finally:
        holder.kill()
        holder.communicate()
    # The holder is gone (killed, not closed): the lock went with it.
    with WriterLock(db_path) as lock:
        assert lock.path.exists()
        if os.name == "posix":
            assert lock.path.stat().st_mode & 0o077 == 0


def test_the_lock_is_given_back_on_release(db_path: Path) -> None:
    first = WriterLock(db_path)
    first.acquire()
    first.release()
    with WriterLock(db_path):
        pass
