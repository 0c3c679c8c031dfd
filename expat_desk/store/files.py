"""Where a database keeps the files filed with it: scans and generated documents.

Each database has a folder of its own beside it, ``<database file name>-files/`` (as SQLite
puts ``-wal`` beside it), so a demo database and the real one in the same folder never share
a file. Records hold paths relative to that folder ("attachments/case-3/scan.pdf"). Files
filed before the folder existed lie beside the database under the same relative path, and
are still found there.
"""

import hashlib
import os
import tempfile
from pathlib import Path, PurePosixPath

from expat_desk.store.output_paths import check_output_path, replace_into

FILE_FOLDERS = ("attachments", "documents")
_POSIX = os.name == "posix"


def files_root(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.name}-files"


def case_folder(db_path: Path, kind: str, case_id: int) -> Path:
    """The owner-only folder for a case's files of ``kind`` ("attachments", "documents")."""
    root = files_root(db_path)
    folder = root / kind / f"case-{case_id}"
    for path in (root, root / kind, folder):
        path.mkdir(mode=0o700, exist_ok=True)
        if _POSIX:
            path.chmod(0o700)
    return folder


def recorded_path(db_path: Path, recorded: str) -> Path | None:
    """The file a record names, or None for a path that would lead out of the files folder."""
    relative = PurePosixPath(recorded)
    if (
        relative.is_absolute()
        or ".." in relative.parts
        or len(relative.parts) < 2
        or relative.parts[0] not in FILE_FOLDERS
        or "\\" in recorded
    ):
        return None
    current = files_root(db_path).joinpath(*relative.parts).absolute()
    if current.exists():
        return current
    legacy = db_path.parent.joinpath(*relative.parts).absolute()
    return legacy if legacy.exists() else current


def relative_name(db_path: Path, path: Path) -> str:
    """How a record names a file of the files folder."""
    return path.relative_to(files_root(db_path)).as_posix()


def write_private(target: Path, data: bytes) -> None:
    """Write ``data`` whole or not at all, readable by its owner only.

    A temporary file beside ``target`` is written and flushed to the disk, then renamed over
    it: a crash leaves the old file or the new one, never half of either. A ``target`` that
    is not a regular file (a device, a link ...) is refused, never renamed over."""
    check_output_path(target)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if _POSIX:
            os.chmod(temporary, 0o600)
        replace_into(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read a chunk at a time (a scan or a backup may be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
