"""Backups: the database and the files filed beside it, in one zip archive.

An archive holds ``database.sqlite3`` (a consistent copy made with SQLite's online backup API,
so the app may keep working meanwhile), under ``files/`` every scan and document that copy
names (store.files), and ``manifest.json`` (when, which schema, the SHA-256 and size of every
file). Automatic backups go to ``backups/`` beside the database, the last 14 (a setting) kept.
An archive is unpacked once and what was unpacked checked whole (integrity, the exact schema,
every file's hash and size) before it replaces anything, and the current data are backed up
first. The work is split by concern: backup_write, backup_archive (reading and checking),
backup_restore with restore_journal (the swap), schema_check; this module keeps the folder of
automatic backups and the names the rest of the app imports.
"""

import shutil
import time
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from expat_desk.store import scratch
from expat_desk.store.backup_archive import check_backup as check_backup
from expat_desk.store.backup_errors import BackupError as BackupError
from expat_desk.store.backup_format import DEFAULT_KEEP as DEFAULT_KEEP
from expat_desk.store.backup_format import FORMAT_VERSION as FORMAT_VERSION
from expat_desk.store.backup_format import KEEP_SETTING as KEEP_SETTING
from expat_desk.store.backup_format import NAME, Progress, no_progress, utcnow
from expat_desk.store.backup_format import BackupInfo as BackupInfo
from expat_desk.store.backup_format import backups_folder as backups_folder
from expat_desk.store.backup_restore import restore_backup as restore_backup
from expat_desk.store.backup_write import dead_parts
from expat_desk.store.backup_write import write_backup as write_backup
from expat_desk.store.restore_journal import recover_restore as recover_restore
from expat_desk.store.schema_check import DatabaseCheck as DatabaseCheck
from expat_desk.store.schema_check import check_database as check_database

STALE_AFTER_S = 3600


def list_backups(db_path: Path) -> list[Path]:
    """The archives in the backups folder, oldest first."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if NAME.match(p.name)]
    # The name's second first; two made in one second by when they were written.
    return sorted(found, key=lambda p: (NAME.match(p.name).group(1), p.stat().st_mtime_ns))  # type: ignore[union-attr]


def prune_backups(db_path: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` archives of the backups folder; those deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    old = list_backups(db_path)[:-keep]
    for path in old:
        with suppress(OSError):  # one held open (by a viewer) goes at the next start
            path.unlink(missing_ok=True)
    folder = backups_folder(db_path)
    # A part file whose writer died: its scratch folder is gone or no longer held.
    for part in dead_parts(db_path, folder):
        with suppress(OSError):
            part.unlink()
    # What an older version's crashed backup left: a scratch folder, a part file.
    for leftover in folder.glob("tmp*") if folder.is_dir() else ():
        with suppress(OSError):
            if time.time() - leftover.stat().st_mtime < STALE_AFTER_S:
                continue  # perhaps a backup another process is making right now
            if leftover.is_dir():
                shutil.rmtree(leftover)
            elif leftover.suffix == ".part":
                leftover.unlink()
    return old


def sweep_leftovers(db_path: Path) -> None:
    """At start: a restore cut short finished or undone, then what killed work left swept
    (copies of the database, unpacked archives, part files of backups)."""
    recover_restore(db_path)  # first: the sweep would empty a cut-short restore's staging
    scratch.sweep(db_path)
    for part in dead_parts(db_path, backups_folder(db_path)):
        with suppress(OSError):
            part.unlink()


def backup_if_due(
    db_path: Path,
    *,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    progress: Progress = no_progress,
) -> Path | None:
    """The day's automatic backup at start: made if none was made today (UTC day)."""
    now = now or utcnow()
    today = f"{now:%Y%m%d}"
    if any(NAME.match(p.name).group(1).startswith(today) for p in list_backups(db_path)):  # type: ignore[union-attr]
        return None
    made = write_backup(db_path, reason="daily", now=now, progress=progress)
    prune_backups(db_path, keep)
    return made
