"""Where a database keeps the files filed with it: scans and generated documents.

Each database has a folder of its own beside it, ``<database file name>-files/`` (as SQLite
puts ``-wal`` beside it), so a demo database and the real one in the same folder never share
a file. Records hold paths relative to that folder ("attachments/case-3/scan.pdf"), and a
path is only ever looked for inside it: a record (a restored one, a hostile one) cannot make a
backup take, or an erasure delete, a file of the user's beside the database. Files filed
before the folder existed (beside the database, in ``attachments/case-N/`` or
``documents/case-N/``) are moved into it once, when such a database is upgraded.
"""

import hashlib
import os
import tempfile
from collections.abc import Iterable
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
    """The file a record names, or None for a path that would lead out of the files folder
    (by its name or by a link on the way)."""
    relative = _safe_relative(recorded)
    if relative is None:
        return None
    root = files_root(db_path)
    current = root.joinpath(*relative.parts).absolute()
    if not current.resolve().is_relative_to(root.resolve()):
        return None
    return current


def _safe_relative(recorded: str) -> PurePosixPath | None:
    relative = PurePosixPath(recorded)
    if (
        relative.is_absolute()
        or ".." in relative.parts
        or len(relative.parts) < 2
        or relative.parts[0] not in FILE_FOLDERS
        or "\\" in recorded
    ):
        return None
    return relative


def adopt_old_layout(db_path: Path, recorded: Iterable[tuple[int, str]]) -> int:
    """Move the files records name from the old layout beside the database into the files
    folder; how many were moved.

    Only ``<kind>/case-<its case>/<name>`` is taken, a regular file reached through no link,
    and never over a file already in the files folder: what else lies beside the database is
    the user's."""
    moved = 0
    for case_id, name in recorded:
        relative = _safe_relative(name)
        if relative is None or len(relative.parts) != 3 or relative.parts[1] != f"case-{case_id}":
            continue
        kind, folder, file_name = relative.parts
        old = db_path.parent / kind / folder / file_name
        steps = (old.parent.parent, old.parent, old)
        if any(step.is_symlink() for step in steps) or not old.is_file():
            continue
        target = case_folder(db_path, kind, case_id) / file_name
        if target.exists():
            continue
        os.replace(old, target)
        moved += 1
    return moved


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
