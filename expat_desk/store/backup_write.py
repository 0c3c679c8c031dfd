"""Writing a backup: a consistent copy of the database and the files it names, in one archive.

The copy is made with SQLite's online backup API in the database's own scratch folder (never
the system's temp folder: a killed backup must not leave personal data where others look, and
the next start sweeps it). The archive is written as ``<scratch folder's name>.part`` beside
its target, owner-only, and renamed into place when whole: a ``.part`` whose scratch folder is
gone or no longer held was left by a dead writer (see ``dead_parts``).
"""

import json
import os
import re
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

from expat_desk.store import backup_errors as refused
from expat_desk.store.backup_format import (
    CHUNK,
    DATABASE_MEMBER,
    FILES_MEMBER,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_MEMBER,
    POSIX,
    Progress,
    backups_folder,
    fsync_folder,
    no_progress,
    private_folder,
    utcnow,
)
from expat_desk.store.files import file_sha256, recorded_path
from expat_desk.store.lock import try_hold
from expat_desk.store.scratch import scratch_folder, scratch_root

_PAGES_A_STEP = 1024  # 4 MiB of the database a step of the online backup
PART = ".part"


def write_backup(
    db_path: Path,
    out: Path | None = None,
    *,
    reason: str = "manual",
    now: datetime | None = None,
    progress: Progress = no_progress,
) -> Path:
    """Back ``db_path`` and its files up into one archive; the archive's path.

    Without ``out`` the archive goes to the backups folder, named by the time and the reason.
    It is written whole under a temporary name and renamed, so a half-written backup never
    exists under a backup's name.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise refused.no_database(db_path)
    now = now or utcnow()
    try:
        if out is None:
            folder = backups_folder(db_path)
            private_folder(folder)
            out = _unused(folder / f"expat-desk-{now:%Y%m%dT%H%M%S}Z-{_slug(reason)}.zip")
        out = Path(out)
        if out.is_dir() or not out.parent.is_dir():
            raise refused.bad_target(out)
        work = scratch_folder(db_path)
        scratch = work.__enter__()
    except OSError as exc:
        raise refused.cannot_start(db_path, exc.strerror or exc) from exc
    temporary = out.parent / f"{scratch.name}{PART}"
    try:
        copy = scratch / DATABASE_MEMBER
        revision, clients, cases, recorded = _copy_database(
            db_path, copy, lambda f: progress(f / 2)
        )
        files, missing = _filed(db_path, recorded)
        sums = {DATABASE_MEMBER: file_sha256(copy)} | {n: file_sha256(p) for n, p in files}
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": now.isoformat(timespec="seconds"),
            "revision": revision,
            "clients": clients,
            "cases": cases,
            "files": sums,
            "sizes": {DATABASE_MEMBER: copy.stat().st_size}
            | {n: p.stat().st_size for n, p in files},
            # Named by the records but already gone from the disk when backed up.
            "missing": missing,
        }
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with (
            open(fd, "wb") as stream,
            zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        ):
            zf.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=1))
            # The database in chunks, so the window can show progress between them.
            size = max(copy.stat().st_size, 1)
            with copy.open("rb") as src, zf.open(DATABASE_MEMBER, "w", force_zip64=True) as dst:
                done = 0
                while chunk := src.read(CHUNK):
                    dst.write(chunk)
                    done += len(chunk)
                    progress(0.5 + 0.4 * done / size)
            for n, (name, path) in enumerate(files, start=1):
                zf.write(path, name)
                progress(0.9 + 0.1 * n / len(files))
            zf.close()
            stream.flush()
            os.fsync(stream.fileno())
        if POSIX:
            os.chmod(temporary, 0o600)
        os.replace(temporary, out)
        fsync_folder(out.parent)
    except sqlite3.Error as exc:
        raise refused.cannot_copy(db_path, exc) from exc
    except OSError as exc:
        raise refused.cannot_write(out, exc.strerror or exc) from exc
    finally:
        temporary.unlink(missing_ok=True)
        work.__exit__(None, None, None)
    progress(1.0)
    return out


def _copy_database(
    source: Path, target: Path, progress: Progress
) -> tuple[str, int, int, list[str]]:
    from expat_desk.store.schema_check import read_revision

    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(
                dst,
                pages=_PAGES_A_STEP,
                progress=lambda _status, remaining, total: progress(1 - remaining / max(total, 1)),
            )
            dst.execute("PRAGMA journal_mode = DELETE")
            revision = read_revision(dst)
            if revision is None:
                raise refused.not_ours(source)
            clients = dst.execute("SELECT count(*) FROM clients").fetchone()[0]
            cases = dst.execute("SELECT count(*) FROM cases").fetchone()[0]
            recorded = [
                row[0]
                for row in dst.execute(
                    "SELECT file_path FROM checklist_items WHERE file_path IS NOT NULL"
                )
            ]
            if dst.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone():
                recorded += [row[0] for row in dst.execute("SELECT path FROM documents")]
        finally:
            dst.close()
    finally:
        src.close()
    return revision, clients, cases, sorted(set(recorded))


def _filed(db_path: Path, recorded: list[str]) -> tuple[list[tuple[str, Path]], list[str]]:
    """The archive name and disk path of each recorded file; the recorded ones not found."""
    found, missing = [], []
    for name in recorded:
        path = recorded_path(db_path, name)
        if path is not None and path.is_file():
            found.append((f"{FILES_MEMBER}/{name}", path))
        else:
            missing.append(name)
    return found, missing


def dead_parts(db_path: Path, folder: Path) -> list[Path]:
    """The ``.part`` files in ``folder`` whose writer has ended: its scratch folder is gone or
    no longer held (the OS drops the hold when a process dies)."""
    if not folder.is_dir():
        return []
    dead = []
    for part in folder.glob(f"tmp*{PART}"):
        held = scratch_root(db_path) / part.name.removesuffix(PART) / ".held"
        try:
            fd = os.open(held, os.O_RDWR)
        except OSError:
            dead.append(part)
            continue
        try:
            if try_hold(fd):
                dead.append(part)
        finally:
            os.close(fd)
    return dead


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "manual"


def _unused(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate
