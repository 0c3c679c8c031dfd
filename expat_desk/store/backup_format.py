"""What a backup archive of ours is: its members, its manifest's shape, its limits, and the
small file-system steps every part of store.backup shares (owner-only, fsynced)."""

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

BACKUPS_FOLDER = "backups"
DEFAULT_KEEP = 14
KEEP_SETTING = "backup.keep"
FILES_MEMBER = "files"
DATABASE_MEMBER = "database.sqlite3"
MANIFEST_MEMBER = "manifest.json"
FORMAT = "expat-desk-backup"
# 2 declares each member's size, so a reader bounds what it unpacks before it starts; 1 is read.
FORMAT_VERSION = 2
READ_VERSIONS = (1, 2)
NAME = re.compile(r"^expat-desk-(\d{8}T\d{6})Z-([a-z0-9-]+)\.zip$")
POSIX = os.name == "posix"
# A backup larger than this is not one of ours (the register of 100,000 clients is ~0.2 GB).
MAX_MEMBER_BYTES = 8 * 1024**3
MAX_TOTAL_BYTES = 8 * 1024**3
# Left free on the disk after unpacking: SQLite and the app still need room to work.
SPARE_BYTES = 64 * 1024**2
CHUNK = 1024 * 1024

# Told how far a long backup or check has got: a fraction from 0 to 1. The window passes one
# that moves its progress bar, so a large register never freezes it.
Progress = Callable[[float], None]


def no_progress(_fraction: float) -> None:
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    revision: str
    clients: int
    cases: int
    files: int


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUPS_FOLDER


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if POSIX:
        os.chmod(folder, 0o700)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive power loss (POSIX; Windows has no directory fsync)."""
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
