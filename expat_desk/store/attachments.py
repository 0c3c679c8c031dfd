"""Scans attached to checklist items, kept in the database's files folder (store.files).

A scan is copied to ``attachments/case-<id>/<item code>-<sha256[:12]><suffix>`` there,
readable by its owner only; the item records that relative path (so the database and its
files move together) and the file's SHA-256. The copy is written in
full and flushed before the database learns of it, and removed again if the database write
fails: a file on record is always whole, and no stray copy is left behind.
"""

import hashlib
import os
import re
import tempfile
from pathlib import Path, PurePosixPath

from expat_desk.domain.errors import Message, RuleViolation, ValidationError, Word
from expat_desk.domain.workflow import CLOSED, CaseStatus
from expat_desk.store.files import case_folder, recorded_path, relative_name
from expat_desk.store.models import ChecklistItem
from expat_desk.store.store import Store

ATTACHMENTS_FOLDER = "attachments"
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_CHUNK = 1024 * 1024
_FROZEN = CLOSED
_SAFE_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,10}$")
_POSIX = os.name == "posix"


def attach_file(store: Store, item_id: int, source: Path | str) -> ChecklistItem:
    """Copy ``source`` into the attachments folder and record it on the item.

    Re-attaching replaces the item's scan (the old copy is removed once the new one is on
    record). Raises ValidationError naming "file" for a missing, empty, too large file or a
    folder, RuleViolation when the item's case is completed or cancelled.
    """
    source = Path(source)
    _check_source(source)
    with store._read() as s:
        item = store._get(s, ChecklistItem, item_id)
        _check_open(item.case.status, item.case.number)
        case_id, code = item.case_id, item.code

    folder = case_folder(store.path, ATTACHMENTS_FOLDER, case_id)
    part, digest = _copy_and_hash(source, folder)
    target = folder / f"{code}-{digest[:12]}{_suffix(source)}"
    existed = target.exists()
    try:
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    relative = relative_name(store.path, target)

    old_path: str | None = None
    try:
        with store._write() as s:
            item = store._get(s, ChecklistItem, item_id)
            case = item.case
            _check_open(case.status, case.number)
            old_path = item.file_path
            if old_path != relative or item.file_sha256 != digest:
                store._log(
                    s,
                    "item",
                    item.id,
                    "update",
                    field="file",
                    old=PurePosixPath(old_path).name if old_path else None,
                    new=target.name,
                    case_id=case.id,
                )
                item.file_path = relative
                item.file_sha256 = digest
                case.updated_at = store.now()
    except BaseException:
        if not existed:  # nothing half-written: the copy goes with the failed write
            target.unlink(missing_ok=True)
        raise

    if old_path and old_path != relative:
        old_file = _resolve(store, old_path)
        if old_file is not None:
            old_file.unlink(missing_ok=True)
    return item


def attachment_path(store: Store, item: ChecklistItem) -> Path | None:
    """The absolute path of the item's scan, or None when it has none (or a path that would
    lead outside the attachments folder)."""
    if not item.file_path:
        return None
    return _resolve(store, item.file_path)


def _resolve(store: Store, recorded: str) -> Path | None:
    if PurePosixPath(recorded).parts[:1] != (ATTACHMENTS_FOLDER,):
        return None
    return recorded_path(store.path, recorded)


def _check_source(source: Path) -> None:
    if source.is_dir():
        raise ValidationError(
            {"file": Message("file.is_folder", "{path} is a folder, not a file", path=source)}
        )
    if not source.is_file():
        raise ValidationError(
            {"file": Message("file.missing", "{path} does not exist", path=source)}
        )
    size = source.stat().st_size
    if size == 0:
        raise ValidationError({"file": _empty(source)})
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError({"file": _too_large(source)})


def _empty(source: Path) -> Message:
    return Message("file.empty", "{name} is empty", name=source.name)


def _too_large(source: Path) -> Message:
    return Message(
        "file.too_large",
        "{name} is larger than {limit} MiB",
        name=source.name,
        limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
    )


def _check_open(status: str, number: str) -> None:
    if CaseStatus(status) in _FROZEN:
        raise RuleViolation(
            Message(
                "case.closed",
                "case {number} is {status}: reopen it to change it",
                number=number,
                status=Word("status", status),
            )
        )


def _suffix(source: Path) -> str:
    suffix = source.suffix.lower()
    return suffix if _SAFE_SUFFIX.match(suffix) else ""


def _copy_and_hash(source: Path, folder: Path) -> tuple[Path, str]:
    """Copy ``source`` to a hidden part file in ``folder`` (owner-only, flushed to disk);
    returns it and the SHA-256 of what was copied."""
    fd, name = tempfile.mkstemp(prefix=".incoming-", suffix=".part", dir=folder)
    part = Path(name)
    digest = hashlib.sha256()
    size = 0
    try:
        if _POSIX:
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as f:
            while chunk := f.read(_CHUNK):
                size += len(chunk)
                if size > MAX_ATTACHMENT_BYTES:  # the file grew while being copied
                    raise ValidationError({"file": _too_large(source)})
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise ValidationError({"file": _empty(source)})
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return part, digest.hexdigest()
