"""Restoring a backup: the archive unpacked once into the database's scratch folder, what was
unpacked checked whole, the current data backed up, then the journaled swap (restore_journal).
"""

from datetime import datetime
from pathlib import Path

from expat_desk.store import backup_errors as refused
from expat_desk.store.backup_archive import check_staged, info_of, private_tree, unpack
from expat_desk.store.backup_format import DATABASE_MEMBER, BackupInfo, Progress, no_progress
from expat_desk.store.backup_write import write_backup
from expat_desk.store.restore_journal import recover_restore, swap_in
from expat_desk.store.scratch import scratch_folder


def restore_backup(
    db_path: Path, archive: Path, *, now: datetime | None = None, progress: Progress = no_progress
) -> BackupInfo:
    """Replace the database and its files with those of ``archive``.

    The archive is unpacked and what was unpacked checked first, and the current data backed
    up (reason "before-restore"); only then is anything replaced, and a crash mid-way is
    finished or undone at the next open. The caller closes every connection to ``db_path``
    first and holds its WriterLock, so no window goes on writing to the replaced file.
    """
    db_path, archive = Path(db_path), Path(archive)
    if not db_path.parent.is_dir():
        raise refused.bad_target(db_path)
    recover_restore(db_path)  # a restore cut short before this one
    try:
        with scratch_folder(db_path) as work:
            staged = work / "staged"
            staged.mkdir(mode=0o700)
            manifest = unpack(archive, staged, lambda f: progress(f / 3))
            check_staged(archive, staged)
            private_tree(staged)
            if db_path.exists():
                write_backup(
                    db_path,
                    reason="before-restore",
                    now=now,
                    progress=lambda f: progress((1 + f) / 3),
                )
            try:
                swap_in(db_path, staged, work / ".held", manifest["files"][DATABASE_MEMBER])
            except OSError as exc:
                raise refused.restore_failed(archive, exc.strerror or exc) from exc
    except OSError as exc:  # the scratch folder itself could not be made
        raise refused.restore_failed(archive, exc.strerror or exc) from exc
    progress(1.0)
    return info_of(archive, manifest)
