"""Backups: the database and the files filed beside it, in one zip archive.

An archive holds ``database.sqlite3`` (a consistent copy made with SQLite's online backup API,
so the app may keep working meanwhile), under ``files/`` every scan and document that copy
names (store.files), and ``manifest.json`` (when, which schema, and the SHA-256 of every
file). Automatic backups go to
``backups/`` beside the database, the last 14 (a setting) kept. An archive is checked whole
(integrity, schema, every file's hash) before it replaces anything, and the current data are
backed up first.
"""

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from expat_desk.store import backup_errors as refused
from expat_desk.store.backup_errors import BackupError as BackupError  # raised here
from expat_desk.store.files import FILE_FOLDERS, file_sha256, files_root, recorded_path

BACKUPS_FOLDER = "backups"
DEFAULT_KEEP = 14
KEEP_SETTING = "backup.keep"
FILES_MEMBER = "files"
DATABASE_MEMBER = "database.sqlite3"
MANIFEST_MEMBER = "manifest.json"
FORMAT = "expat-desk-backup"
FORMAT_VERSION = 1
_NAME = re.compile(r"^expat-desk-(\d{8}T\d{6})Z-([a-z0-9-]+)\.zip$")
_POSIX = os.name == "posix"
# A backup larger than this is not one of ours (the register of 100,000 clients is ~0.2 GB).
MAX_MEMBER_BYTES = 8 * 1024**3
_CHUNK = 1024 * 1024
STALE_AFTER_S = 3600
_PAGES_A_STEP = 1024  # 4 MiB of the database a step of the online backup


# Told how far a long backup or check has got: a fraction from 0 to 1. The window passes one
# that moves its progress bar, so a large register never freezes it.
Progress = Callable[[float], None]


def _no_progress(_fraction: float) -> None:
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    revision: str
    clients: int
    cases: int
    files: int


@dataclass(frozen=True)
class DatabaseCheck:
    integrity: str  # "ok" or SQLite's first complaint
    revision: str | None
    head: str

    @property
    def intact(self) -> bool:
        return self.integrity == "ok"

    @property
    def current(self) -> bool:
        return self.revision == self.head


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUPS_FOLDER


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def write_backup(
    db_path: Path,
    out: Path | None = None,
    *,
    reason: str = "manual",
    now: datetime | None = None,
    progress: Progress = _no_progress,
) -> Path:
    """Back ``db_path`` and its files up into one archive; the archive's path.

    Without ``out`` the archive goes to the backups folder, named by the time and the reason.
    It is written whole under a temporary name and renamed, so a half-written backup never
    exists under a backup's name.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise refused.no_database(db_path)
    now = now or _utcnow()
    try:
        if out is None:
            folder = backups_folder(db_path)
            _private_folder(folder)
            out = _unused(folder / f"expat-desk-{now:%Y%m%dT%H%M%S}Z-{_slug(reason)}.zip")
        out = Path(out)
        if out.is_dir() or not out.parent.is_dir():
            raise refused.bad_target(out)
        handle, temporary = tempfile.mkstemp(dir=out.parent, suffix=".part")
        os.close(handle)
    except OSError as exc:
        raise refused.cannot_start(db_path, exc.strerror or exc) from exc
    try:
        with tempfile.TemporaryDirectory(dir=out.parent) as scratch:
            copy = Path(scratch) / DATABASE_MEMBER
            revision, clients, cases, recorded = _copy_database(
                db_path, copy, lambda f: progress(f / 2)
            )
            files, missing = _filed(db_path, recorded)
            manifest = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "created_at": now.isoformat(timespec="seconds"),
                "revision": revision,
                "clients": clients,
                "cases": cases,
                "files": {DATABASE_MEMBER: file_sha256(copy)}
                | {name: file_sha256(path) for name, path in files},
                # Named by the records but already gone from the disk when backed up.
                "missing": missing,
            }
            with zipfile.ZipFile(
                temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1
            ) as archive:
                archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=1))
                # The database in chunks, so the window can show progress between them.
                size = max(copy.stat().st_size, 1)
                with (
                    copy.open("rb") as src,
                    archive.open(DATABASE_MEMBER, "w", force_zip64=True) as dst,
                ):
                    done = 0
                    while chunk := src.read(_CHUNK):
                        dst.write(chunk)
                        done += len(chunk)
                        progress(0.5 + 0.4 * done / size)
                for n, (name, path) in enumerate(files, start=1):
                    archive.write(path, name)
                    progress(0.9 + 0.1 * n / len(files))
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        if _POSIX:
            os.chmod(temporary, 0o600)
        os.replace(temporary, out)
    except sqlite3.Error as exc:
        raise refused.cannot_copy(db_path, exc) from exc
    except OSError as exc:
        raise refused.cannot_write(out, exc.strerror or exc) from exc
    finally:
        Path(temporary).unlink(missing_ok=True)
    return out


def _copy_database(
    source: Path, target: Path, progress: Progress
) -> tuple[str, int, int, list[str]]:
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
            revision = _revision(dst)
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


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


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


def list_backups(db_path: Path) -> list[Path]:
    """The archives in the backups folder, oldest first."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name)]
    # The name's second first; two made in one second by when they were written.
    return sorted(found, key=lambda p: (_NAME.match(p.name).group(1), p.stat().st_mtime_ns))  # type: ignore[union-attr]


def prune_backups(db_path: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` archives of the backups folder; those deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    old = list_backups(db_path)[:-keep]
    for path in old:
        with suppress(OSError):  # one held open (by a viewer) goes at the next start
            path.unlink(missing_ok=True)
    # What a backup cut short by a crash left behind: a part file, a scratch folder.
    folder = backups_folder(db_path)
    for leftover in folder.glob("tmp*") if folder.is_dir() else ():
        with suppress(OSError):
            if time.time() - leftover.stat().st_mtime < STALE_AFTER_S:
                continue  # perhaps a backup another process is making right now
            if leftover.is_dir():
                shutil.rmtree(leftover)
            elif leftover.suffix == ".part":
                leftover.unlink()
    return old


def backup_if_due(
    db_path: Path,
    *,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    progress: Progress = _no_progress,
) -> Path | None:
    """The day's automatic backup at start: made if none was made today (UTC day)."""
    now = now or _utcnow()
    today = f"{now:%Y%m%d}"
    if any(_NAME.match(p.name).group(1).startswith(today) for p in list_backups(db_path)):  # type: ignore[union-attr]
        return None
    made = write_backup(db_path, reason="daily", now=now, progress=progress)
    prune_backups(db_path, keep)
    return made


def check_backup(
    path: Path, progress: Progress = _no_progress, *, scratch: Path | None = None
) -> BackupInfo:
    """Read an archive through, before it may replace anything.

    Raises BackupError naming what is wrong: not an archive of ours, a file missing or
    altered, a database that fails ``PRAGMA integrity_check``, a schema this app does not know.
    """
    from expat_desk.store.database import known_revisions

    path = Path(path)
    try:
        # The database is unpacked in ``scratch`` (the caller's data folder), not the system's
        # temp folder: a crash must not leave a copy of personal data where others may look.
        with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory(dir=scratch) as work:
            manifest = _manifest(archive, path)
            names = set(archive.namelist())
            listed = manifest["files"]
            if names != set(listed) | {MANIFEST_MEMBER}:
                raise refused.manifest_mismatch(path)
            total = max(sum(archive.getinfo(n).file_size for n in listed), 1)
            done = 0
            for name in listed:
                _safe_member(name, path)
                info = archive.getinfo(name)
                if info.file_size > MAX_MEMBER_BYTES:
                    raise refused.member_too_large(path, name)
                digest = hashlib.sha256()
                with archive.open(info) as stream:
                    while chunk := stream.read(_CHUNK):
                        digest.update(chunk)
                        done += len(chunk)
                        progress(0.8 * done / total)
                if digest.hexdigest() != listed[name]:
                    raise refused.member_altered(path, name)
            database = Path(work) / DATABASE_MEMBER
            with archive.open(DATABASE_MEMBER) as src, database.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            check = check_database(database)
            progress(1.0)
            if not check.intact:
                raise refused.database_damaged(path, check.integrity)
            if check.revision not in known_revisions():
                raise refused.newer(path, check.revision)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise refused.not_zip(path) from None
    except OSError as exc:
        raise refused.cannot_read(path, exc.strerror or exc) from None
    return BackupInfo(
        path=path,
        created_at=datetime.fromisoformat(manifest["created_at"]),
        revision=manifest["revision"],
        clients=manifest["clients"],
        cases=manifest["cases"],
        files=len(listed) - 1,
    )


def _manifest(archive: zipfile.ZipFile, path: Path) -> dict:  # type: ignore[type-arg]
    no_manifest = refused.no_manifest(path)
    try:
        info = archive.getinfo(MANIFEST_MEMBER)
    except KeyError:
        raise no_manifest from None
    if info.file_size > 16 * 1024 * 1024:
        raise no_manifest
    try:
        manifest = json.loads(archive.read(info))
    except (ValueError, UnicodeDecodeError):
        raise no_manifest from None
    files = manifest.get("files") if isinstance(manifest, dict) else None
    valid = (
        isinstance(manifest, dict)
        and manifest.get("format") == FORMAT
        and manifest.get("version") == FORMAT_VERSION
        and isinstance(manifest.get("revision"), str)
        and all(isinstance(manifest.get(k), int) for k in ("clients", "cases"))
        and isinstance(files, dict)
        and DATABASE_MEMBER in files
        and all(isinstance(k, str) and isinstance(v, str) for k, v in files.items())
    )
    try:
        datetime.fromisoformat(str(manifest.get("created_at")))  # type: ignore[union-attr]
    except ValueError:
        valid = False
    if not valid:
        raise no_manifest
    return manifest  # type: ignore[no-any-return]


def _safe_member(name: str, path: Path) -> None:
    # An archive must not write outside the files folder ("zip slip").
    parts = PurePosixPath(name).parts
    inside = name == DATABASE_MEMBER or (
        len(parts) >= 3
        and parts[0] == FILES_MEMBER
        and parts[1] in FILE_FOLDERS
        and ".." not in parts
        and "\\" not in name
    )
    if not inside or PurePosixPath(name).is_absolute():
        raise refused.foreign_member(path, name)


def restore_backup(
    db_path: Path, archive: Path, *, now: datetime | None = None, progress: Progress = _no_progress
) -> BackupInfo:
    """Replace the database and its files with those of ``archive``.

    The archive is checked first and the current data backed up (reason "before-restore");
    only then is anything replaced. The caller closes every connection to ``db_path`` first
    and holds its WriterLock, so no window goes on writing to the replaced file.
    """
    db_path = Path(db_path)
    info = check_backup(archive, lambda f: progress(f / 3), scratch=db_path.parent)
    if db_path.exists():
        write_backup(
            db_path, reason="before-restore", now=now, progress=lambda f: progress((1 + f) / 3)
        )
    try:
        _replace_from(db_path, Path(archive))
    except (OSError, zipfile.BadZipFile) as exc:
        raise refused.restore_failed(archive, exc) from exc
    if _POSIX:
        os.chmod(db_path, 0o600)
        for folder, _dirs, names in os.walk(files_root(db_path)):
            os.chmod(folder, 0o700)
            for name in names:
                os.chmod(os.path.join(folder, name), 0o600)
    return info


def _replace_from(db_path: Path, archive: Path) -> None:
    """Unpack beside the database, then swap in the files folder and the database; a failure
    before the database is swapped puts the old files folder back."""
    with (
        tempfile.TemporaryDirectory(dir=db_path.parent) as scratch,
        zipfile.ZipFile(archive) as source,
    ):
        staged = Path(scratch)
        for name in source.namelist():
            if name == MANIFEST_MEMBER:
                continue
            target = staged / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with source.open(name) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
        current, restored, aside = files_root(db_path), staged / FILES_MEMBER, staged / "old"
        # Moved aside first: a file held open (Windows) stops the restore before any change.
        if current.exists():
            os.replace(current, aside)
        try:
            if restored.exists():
                os.replace(restored, current)
            # Stale WAL files belong to the old database: SQLite would replay them onto the new.
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(staged / DATABASE_MEMBER, db_path)
        except BaseException:
            if current.exists():
                shutil.rmtree(current, ignore_errors=True)
            if aside.exists():
                os.replace(aside, current)
            raise


def check_database(db_path: Path) -> DatabaseCheck:
    """``PRAGMA integrity_check`` and the schema revision, read without changing the file."""
    from expat_desk.store.database import head_revision

    db_path = Path(db_path)
    if not db_path.is_file():
        raise refused.missing(db_path)
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            revision = _revision(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return DatabaseCheck(integrity=str(exc), revision=None, head=head_revision())
    return DatabaseCheck(integrity=integrity, revision=revision, head=head_revision())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "manual"


def _unused(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if _POSIX:
        os.chmod(folder, 0o700)
