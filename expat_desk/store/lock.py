"""One window writes a database at a time: a lock the operating system holds for the process.

The window takes it when it opens a database; a second copy of the app on the same file is
told who holds it and does not open. The OS drops the lock when the process ends, even by a
crash, so a stale lock never keeps a manager out. Command-line work does not take it: SQLite's
own locking (WAL, BEGIN IMMEDIATE) keeps those short writes safe beside the window.
"""

import json
import os
import socket
from datetime import datetime
from pathlib import Path

from expat_desk.domain.errors import Message
from expat_desk.store.errors import StoreError

if os.name == "nt":
    import msvcrt
else:
    import fcntl


class DatabaseInUse(StoreError):
    """Another copy of the app has the database open."""


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = Path(f"{db_path}.lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            if holder is None:
                raise DatabaseInUse(
                    Message(
                        "database.in_use",
                        "{path} is already open in another Expat Desk window; "
                        "switch to that window, or close it and try again",
                        path=self.db_path,
                    )
                ) from None
            raise DatabaseInUse(
                Message(
                    "database.in_use_by",
                    "{path} is already open in another Expat Desk window (process {pid} on "
                    "{host}, since {since}); switch to that window, or close it and try again",
                    path=self.db_path,
                    pid=holder["pid"],
                    host=holder["host"],
                    since=holder["since"],
                )
            ) from None
        os.ftruncate(fd, 0)
        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now().isoformat(timespec="minutes"),
        }
        # Written past the locked first byte: Windows refuses reads of a locked range.
        os.lseek(fd, 1, os.SEEK_SET)
        os.write(fd, json.dumps(record).encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            if os.name == "nt":  # Windows leaves the unlock's timing open on a bare close
                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    def __enter__(self) -> "WriterLock":
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def try_hold(fd: int) -> bool:
    """Take the lock of an open file if nobody holds it; whether it was taken."""
    try:
        _lock(fd)
    except OSError:
        return False
    return True


def _lock(fd: int) -> None:
    if os.name == "nt":
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _read_holder(fd: int) -> dict[str, str] | None:
    try:
        os.lseek(fd, 1, os.SEEK_SET)
        record = json.loads(os.read(fd, 4096) or b"{}")
        return {
            "pid": str(int(record["pid"])),
            "host": str(record["host"]),
            "since": str(record["since"]),
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None
