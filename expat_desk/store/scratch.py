"""The desk's own folder for temporary files, beside the database: the user's alone, swept.

A backup's copy of the database, a restore's unpacked archive and a workbook's part files hold
personal data. The system's temp folder is shared and never swept by us, so a killed process
would leave them there for anyone; here they live in ``<database file name>-tmp/`` (owner-only,
on the database's own disk, so a finished file is renamed into place, not copied). Each piece
of work gets a folder of its own holding a lock while it runs: ``sweep`` (at start, after an
erasure) deletes every folder whose lock is free, i.e. whose process has ended or crashed.
"""

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from expat_desk.store.lock import try_hold

_HELD = ".held"
_POSIX = os.name == "posix"


def scratch_root(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.name}-tmp"


def _private_root(db_path: Path) -> Path:
    root = scratch_root(db_path)
    root.mkdir(mode=0o700, exist_ok=True)
    if _POSIX:
        root.chmod(0o700)  # an existing folder keeps its mode through mkdir
    return root


@contextmanager
def scratch_folder(db_path: Path) -> Iterator[Path]:
    """A new owner-only folder for one piece of work, deleted with what it holds at the end."""
    folder = Path(tempfile.mkdtemp(dir=_private_root(db_path)))  # mkdtemp makes it 0700
    fd = os.open(folder / _HELD, os.O_RDWR | os.O_CREAT, 0o600)
    try_hold(fd)  # a new file: nobody else can hold it yet
    try:
        yield folder
    finally:
        os.close(fd)  # first: Windows does not delete an open file
        shutil.rmtree(folder, ignore_errors=True)


def sweep(db_path: Path) -> int:
    """Delete what ended or crashed work left in the scratch folder; how many entries went."""
    root = scratch_root(db_path)
    if not root.is_dir():
        return 0
    gone = 0
    for entry in root.iterdir():
        with suppress(OSError):
            if entry.is_dir() and not entry.is_symlink():
                if not _abandoned(entry):
                    continue
                shutil.rmtree(entry)
            else:
                entry.unlink()  # nothing of ours lies loose here
            gone += 1
    return gone


def _abandoned(folder: Path) -> bool:
    try:
        fd = os.open(folder / _HELD, os.O_RDWR)
    except FileNotFoundError:
        return True  # killed before it took its lock, or its lock file is gone
    try:
        return try_hold(fd)
    finally:
        os.close(fd)
