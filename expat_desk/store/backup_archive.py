"""Reading an archive: its manifest checked, its members unpacked once into a private staging
folder, bounded and hashed as they are written.

What is checked is what was unpacked: a restore swaps in the staged files themselves, so an
archive changed after it was read changes nothing. Only the members the manifest names are
read, each no larger than it declares (version 2) or its ZIP header says (version 1; the
bytes are counted as well, a header may lie), all of them within MAX_TOTAL_BYTES and the free
space of the staging disk.
"""

import hashlib
import json
import os
import shutil
import zipfile
from contextlib import suppress
from datetime import datetime
from pathlib import Path, PurePosixPath

from expat_desk.store import backup_errors as refused
from expat_desk.store.backup_format import (
    CHUNK,
    DATABASE_MEMBER,
    FILES_MEMBER,
    FORMAT,
    MANIFEST_MEMBER,
    MAX_MEMBER_BYTES,
    MAX_TOTAL_BYTES,
    POSIX,
    READ_VERSIONS,
    SPARE_BYTES,
    BackupInfo,
    Progress,
    no_progress,
)
from expat_desk.store.files import FILE_FOLDERS
from expat_desk.store.scratch import scratch_folder, scratch_root


def unpack(path: Path, staging: Path, progress: Progress, *, files: bool = True) -> dict:  # type: ignore[type-arg]
    """Unpack the archive at ``path`` into ``staging`` (the database, and the files when
    ``files``), each member checked against the manifest; the manifest."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _manifest(archive, path)
            listed: dict[str, str] = manifest["files"]
            names = archive.namelist()
            if len(names) != len(set(names)) or set(names) != set(listed) | {MANIFEST_MEMBER}:
                raise refused.manifest_mismatch(path)  # a member unlisted, missing or twice
            sizes = _declared_sizes(archive, manifest, path)
            total = sum(sizes.values())
            if total > MAX_TOTAL_BYTES:
                raise refused.total_too_large(path, MAX_TOTAL_BYTES // 1024**3)
            needed = (total if files else sizes[DATABASE_MEMBER]) + SPARE_BYTES
            free = shutil.disk_usage(staging).free
            if free < needed:
                raise refused.no_space(staging, -(-needed // 1024**2), free // 1024**2)
            done = 0
            # The database first: the one member every check needs.
            for name in sorted(listed, key=lambda n: n != DATABASE_MEMBER):
                target = staging / name if files or name == DATABASE_MEMBER else None
                digest, written = _unpack_member(archive, path, name, sizes[name], target)
                if written != sizes[name]:
                    raise refused.size_mismatch(path, name)
                if digest != listed[name]:
                    raise refused.member_altered(path, name)
                done += written
                progress(done / max(total, 1))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise refused.not_zip(path) from None
    except OSError as exc:
        raise refused.cannot_read(path, exc.strerror or exc) from None
    return manifest


def _declared_sizes(archive: zipfile.ZipFile, manifest: dict, path: Path) -> dict[str, int]:  # type: ignore[type-arg]
    sizes: dict[str, int] = {}
    for name in manifest["files"]:
        _safe_member(name, path)
        header = archive.getinfo(name).file_size
        declared = manifest["sizes"].get(name) if manifest["version"] >= 2 else header
        if declared is None:
            raise refused.manifest_mismatch(path)
        if header != declared:
            raise refused.size_mismatch(path, name)
        if declared > MAX_MEMBER_BYTES:
            raise refused.member_too_large(path, name)
        sizes[name] = declared
    if manifest["version"] >= 2 and manifest["sizes"].keys() != sizes.keys():
        raise refused.manifest_mismatch(path)
    return sizes


def _unpack_member(
    archive: zipfile.ZipFile, path: Path, name: str, size: int, target: Path | None
) -> tuple[str, int]:
    """Stream one member, to ``target`` if given; its SHA-256 and how many bytes it held.
    Stops as soon as it holds more than ``size``: a header's size is only a claim."""
    digest, written = hashlib.sha256(), 0
    out = None
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(CHUNK):
                written += len(chunk)
                if written > size:  # stopped here: never more than it declared
                    raise refused.size_mismatch(path, name)
                digest.update(chunk)
                if out is not None:
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(out, view) :]
        if out is not None:
            os.fsync(out)
    except zipfile.BadZipFile:  # a CRC that fails, a stream cut short
        raise refused.member_altered(path, name) from None
    finally:
        if out is not None:
            os.close(out)
    return digest.hexdigest(), written


_BINARY = getattr(os, "O_BINARY", 0)


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
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile):
        raise no_manifest from None
    if not isinstance(manifest, dict):
        raise no_manifest
    files, sizes = manifest.get("files"), manifest.get("sizes")
    version = manifest.get("version")
    valid = (
        manifest.get("format") == FORMAT
        and type(version) is int
        and version in READ_VERSIONS
        and isinstance(manifest.get("revision"), str)
        and all(type(manifest.get(k)) is int for k in ("clients", "cases"))
        and isinstance(files, dict)
        and DATABASE_MEMBER in files
        and all(isinstance(k, str) and isinstance(v, str) for k, v in files.items())
    )
    if valid and version >= 2:
        valid = isinstance(sizes, dict) and all(type(v) is int and v >= 0 for v in sizes.values())
    try:
        datetime.fromisoformat(str(manifest.get("created_at")))
    except ValueError:
        valid = False
    if not valid:
        raise no_manifest
    return manifest


def _safe_member(name: str, path: Path) -> None:
    # An archive must not write outside the files folder ("zip slip").
    parts = PurePosixPath(name).parts
    inside = name == DATABASE_MEMBER or (
        len(parts) >= 3
        and parts[0] == FILES_MEMBER
        and parts[1] in FILE_FOLDERS
        and ".." not in parts
        and "." not in parts
        and "\\" not in name
        and ":" not in name
        and "\0" not in name
    )
    if not inside or PurePosixPath(name).is_absolute():
        raise refused.foreign_member(path, name)


def check_staged(path: Path, staged: Path) -> None:
    """Refuse the unpacked database in ``staged`` unless it is sound, at a revision this app
    knows, and of exactly the schema the migrations make (once brought up to date)."""
    from expat_desk.store.database import known_revisions
    from expat_desk.store.schema_check import check_database

    check = check_database(staged / DATABASE_MEMBER)
    if check.integrity != "ok":
        raise refused.database_damaged(path, check.integrity)
    if check.revision is None:
        raise refused.not_ours(path)
    if check.revision not in known_revisions():
        raise refused.newer(path, check.revision)
    if check.schema is not None:
        raise refused.schema_differs(path, check.schema)


def check_backup(
    path: Path, progress: Progress = no_progress, *, beside: Path | None = None
) -> BackupInfo:
    """Read an archive through, before it may replace anything.

    Raises BackupError naming what is wrong: not an archive of ours, a file missing, altered
    or larger than declared, a database that fails ``PRAGMA integrity_check``, a schema this
    app does not make. The database is unpacked into the scratch folder of ``beside`` (the
    database it is for; else the archive itself), never the system's temp folder.
    """
    path = Path(path)
    try:
        with scratch_folder(beside or path) as staging:
            manifest = unpack(path, staging, lambda f: progress(0.8 * f), files=False)
            check_staged(path, staging)
    except OSError as exc:
        raise refused.cannot_read(path, exc.strerror or exc) from None
    finally:
        if beside is None:  # no database to sweep it: the archive's own folder is left clean
            with suppress(OSError):
                scratch_root(path).rmdir()
    progress(1.0)
    return info_of(path, manifest)


def info_of(path: Path, manifest: dict) -> BackupInfo:  # type: ignore[type-arg]
    return BackupInfo(
        path=path,
        created_at=datetime.fromisoformat(manifest["created_at"]),
        revision=manifest["revision"],
        clients=manifest["clients"],
        cases=manifest["cases"],
        files=len(manifest["files"]) - 1,
    )


def private_tree(folder: Path) -> None:
    """Owner-only folders and files under ``folder`` (what was unpacked, before it is used)."""
    if not POSIX:
        return
    for here, _dirs, names in os.walk(folder):
        os.chmod(here, 0o700)
        for name in names:
            os.chmod(os.path.join(here, name), 0o600)
