"""Backups off the laptop: sealed with the passphrase's key, and copied to a second folder.

A lost or stolen laptop loses its backups with it, so Settings → Backups names a second folder
(a USB drive, a network share) that each backup is copied to, and may turn encryption on
(store.backup_crypto). The archive itself is store.backup's, an opaque file here: with
encryption on it is written into the scratch folder and only its sealed copy goes to the
backups folder. Both kinds are listed, kept and pruned together, here and in the second folder.
"""

import json
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from expat_desk.store import backup_crypto_errors as refused
from expat_desk.store import backup_errors as backup_refused
from expat_desk.store.backup import (
    DEFAULT_KEEP,
    KEEP_SETTING,
    STALE_AFTER_S,
    BackupInfo,
    backups_folder,
    check_backup,
    prune_backups,
    write_backup,
)
from expat_desk.store.output_paths import UnsafeOutput, check_output_path, replace_into
from expat_desk.store.scratch import scratch_folder
from expat_desk.store.sealed_names import ENCRYPTION_SETTING, SUFFIX

SECOND_FOLDER_SETTING = "backup.second_folder"
LAST_COPY_SETTING = "backup.second_copied_at"
# Our archives, plain or sealed; nothing else in a folder (a USB drive's own files) is touched.
_NAME = re.compile(r"^expat-desk-(\d{8}T\d{6})Z-([a-z0-9-]+)\.zip(\.edb)?$")
# What a copy or a sealing (".<name>.<random>.part") killed half-way leaves.
_PART = re.compile(r"^\.?expat-desk-\d{8}T\d{6}Z-[a-z0-9-]+\.zip(\.edb)?(\.[A-Za-z0-9_]+)?\.part$")
_CHUNK = 1024 * 1024
_POSIX = os.name == "posix"

Progress = Callable[[float], None]


class ReadSettings(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...


class Settings(ReadSettings, Protocol):
    """The store's settings (store.centre_settings), read and written."""

    def set_setting(self, key: str, value: Any) -> None: ...


class FileSettings:
    """The backup settings read straight from the database file, read-only: the CLI's backup
    is raw file work that neither opens (nor migrates) the database through the store."""

    def __init__(self, db_path: Path) -> None:
        self.values: dict[str, Any] = {}
        try:
            uri = f"{Path(db_path).resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True)) as connection:
                rows = connection.execute(
                    "SELECT key, value FROM settings WHERE key LIKE 'backup.%'"
                ).fetchall()
        except sqlite3.Error:
            return  # no settings table yet: nothing set up
        for key, value in rows:
            with suppress(TypeError, ValueError):
                self.values[key] = json.loads(value)

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def turn_encryption_on(settings: Settings, passphrase: str) -> None:
    """A new key pair for the backups to come, its private key wrapped with ``passphrase``.
    Backups made before keep their own wrapped key: they open with the passphrase they had."""
    from expat_desk.store.backup_crypto import new_keys  # cryptography: only when asked

    settings.set_setting(ENCRYPTION_SETTING, new_keys(passphrase))


def turn_encryption_off(settings: Settings) -> None:
    settings.set_setting(ENCRYPTION_SETTING, None)


def set_second_folder(settings: Settings, folder: Path | None) -> None:
    """Where each backup is copied from now on (None: nowhere). Refused if it is no folder."""
    if folder is not None and not Path(folder).is_dir():
        raise refused.second_folder_unusable(Path(folder), "not a folder, or not connected")
    settings.set_setting(SECOND_FOLDER_SETTING, None if folder is None else str(folder))


def record_copy(settings: Settings, when: datetime) -> None:
    # In the settings, so in the event log: a copy of the data left for another disk.
    settings.set_setting(LAST_COPY_SETTING, when.isoformat(timespec="seconds"))


def same_disk(db_path: Path, folder: Path) -> bool:
    """Whether ``folder`` is on the database's own disk (then it is no protection)."""
    try:
        return Path(folder).stat().st_dev == Path(db_path).parent.stat().st_dev
    except OSError:
        return False


def encryption_keys(settings: ReadSettings) -> dict[str, Any] | None:
    """The stored key pair (public key, wrapped private key), or None when encryption is off."""
    keys = settings.get_setting(ENCRYPTION_SETTING)
    return keys if isinstance(keys, dict) else None


def second_folder(settings: ReadSettings) -> Path | None:
    folder = settings.get_setting(SECOND_FOLDER_SETTING)
    return Path(folder) if isinstance(folder, str) and folder else None


def keep_setting(settings: ReadSettings) -> int:
    value = settings.get_setting(KEEP_SETTING, DEFAULT_KEEP)
    ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 365
    return value if ok else DEFAULT_KEEP


def last_copy(settings: ReadSettings) -> datetime | None:
    """When a backup last reached the second folder (UTC), if ever."""
    try:
        return datetime.fromisoformat(settings.get_setting(LAST_COPY_SETTING))
    except (TypeError, ValueError):
        return None


def list_archives(folder: Path) -> list[Path]:
    """Our archives in ``folder``, plain and sealed, oldest first."""
    try:
        found = [p for p in Path(folder).iterdir() if _NAME.match(p.name) and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: (_NAME.match(p.name).group(1), _mtime(p)))  # type: ignore[union-attr]


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` of our archives in ``folder``, and the part files a
    killed copy or sealing left there an hour ago or more; the archives deleted."""
    old = list_archives(folder)[:-keep] if keep >= 1 else []
    for path in old:
        with suppress(OSError):  # one held open goes next time
            path.unlink()
    try:
        parts = [p for p in Path(folder).iterdir() if _PART.match(p.name)]
    except OSError:
        parts = []
    for part in parts:
        with suppress(OSError):
            if time.time() - part.stat().st_mtime >= STALE_AFTER_S:
                part.unlink()
    return old


def make_backup(
    db_path: Path,
    keys: dict[str, Any] | None,
    *,
    out: Path | None = None,
    reason: str = "manual",
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A backup into the backups folder (or ``out``): store.backup's archive, sealed when
    ``keys`` is given (the plain archive then exists only in the owner-only scratch folder,
    and not after)."""
    return _make(db_path, keys, out, reason, now, progress, check=False)[0]


def make_checked_backup(
    db_path: Path, keys: dict[str, Any] | None, *, out: Path | None = None
) -> tuple[Path, BackupInfo]:
    """As make_backup, and the archive read through before it is sealed (once sealed, it
    cannot be read without the passphrase)."""
    made, info = _make(db_path, keys, out, "manual", None, None, check=True)
    assert info is not None
    return made, replace(info, path=made)


def _make(
    db_path: Path,
    keys: dict[str, Any] | None,
    out: Path | None,
    reason: str,
    now: datetime | None,
    progress: Progress | None,
    *,
    check: bool,
) -> tuple[Path, BackupInfo | None]:
    now = now or datetime.now(UTC).replace(tzinfo=None)
    extra = {} if progress is None else {"progress": progress}
    if keys is None:
        made = write_backup(db_path, out, reason=reason, now=now, **extra)
        return made, check_backup(made, beside=Path(db_path)) if check else None
    from expat_desk.store.backup_crypto import encrypt_file  # cryptography: only when sealing

    name = f"expat-desk-{now:%Y%m%dT%H%M%S}Z-{_slug(reason)}.zip"
    if out is None:
        folder = backups_folder(db_path)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        out = _unused(folder, name + SUFFIX)
    with scratch_folder(db_path) as scratch:
        plain = write_backup(db_path, scratch / name, reason=reason, now=now, **extra)
        info = check_backup(plain, beside=Path(db_path)) if check else None
        try:
            return encrypt_file(plain, Path(out), keys), info
        except OSError as exc:
            raise backup_refused.cannot_write(Path(out), exc.strerror or exc) from exc


def daily_backup(
    db_path: Path,
    keys: dict[str, Any] | None,
    *,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """The day's backup at start, if none (plain or sealed) was made today (UTC day)."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    folder = backups_folder(db_path)
    today = f"{now:%Y%m%d}"
    if any(_NAME.match(p.name).group(1).startswith(today) for p in list_archives(folder)):  # type: ignore[union-attr]
        return None
    made = make_backup(db_path, keys, reason="daily", now=now, progress=progress)
    prune_backups(db_path, keep)  # its plain archives, and what a crash left
    prune(folder, keep)  # both kinds together
    return made


def copy_to_second(archive: Path, folder: Path, keep: int = DEFAULT_KEEP) -> Path:
    """Copy ``archive`` into the second folder (under a part name, synced, then renamed) and
    prune our archives there; BackupError naming the folder if it is missing or unwritable."""
    archive, folder = Path(archive), Path(folder)
    if not folder.is_dir():
        raise refused.second_folder_unusable(folder, "not a folder, or not connected")
    target = folder / archive.name
    part: Path | None = None
    try:
        check_output_path(target)  # a share's planted link or device is not written through
        # A new name of our own, owner-only from its creation (O_EXCL: no link followed).
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{archive.name}.", suffix=".part")
        part = Path(name)
        with open(archive, "rb") as src, os.fdopen(handle, "wb") as dst:
            while chunk := src.read(_CHUNK):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        replace_into(part, target)
    except UnsafeOutput as exc:
        raise refused.second_folder_unusable(folder, exc) from exc
    except OSError as exc:
        raise refused.second_folder_unusable(folder, exc.strerror or exc) from exc
    finally:
        if part is not None:
            with suppress(OSError):
                part.unlink(missing_ok=True)
    prune(folder, keep)
    return target


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "manual"


def _unused(folder: Path, name: str) -> Path:
    candidate, n = folder / name, 2
    stem = name.removesuffix(".zip" + SUFFIX)
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.zip{SUFFIX}"
        n += 1
    return candidate


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
