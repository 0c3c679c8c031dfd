"""Why a backup cannot be made, read or restored: store.backup's refusals, each naming the file
and the reason, with the code and arguments a window needs to say it in its own language."""

from pathlib import Path

from expat_desk.domain.errors import Message
from expat_desk.store.errors import StoreError


class BackupError(StoreError):
    """A backup cannot be made, read or restored; the message says which file and why."""


def no_database(path: Path) -> BackupError:
    return BackupError(
        Message("backup.no_database", "{path} does not exist: nothing to back up", path=path)
    )


def missing(path: Path) -> BackupError:
    return BackupError(Message("database.missing", "{path} does not exist", path=path))


def bad_target(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.bad_target",
            "cannot write {path}: give a file name in an existing folder",
            path=path,
        )
    )


def cannot_start(path: Path, detail: object) -> BackupError:
    return BackupError(
        Message(
            "backup.cannot_start",
            "cannot write a backup of {path}: {detail}",
            path=path,
            detail=detail,
        )
    )


def cannot_copy(path: Path, detail: object) -> BackupError:
    return BackupError(
        Message("backup.cannot_copy", "cannot back up {path}: {detail}", path=path, detail=detail)
    )


def cannot_write(path: Path, detail: object) -> BackupError:
    return BackupError(
        Message(
            "backup.cannot_write",
            "cannot write the backup {path}: {detail}",
            path=path,
            detail=detail,
        )
    )


def not_ours(path: Path) -> BackupError:
    return BackupError(
        Message("backup.not_ours", "{path} is not an Expat Desk database", path=path)
    )


def manifest_mismatch(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.manifest_mismatch", "{path}: the files do not match its manifest", path=path
        )
    )


def member_too_large(path: Path, name: str) -> BackupError:
    return BackupError(
        Message(
            "backup.member_too_large",
            "{path}: {name} is too large for a backup of ours",
            path=path,
            name=name,
        )
    )


def member_altered(path: Path, name: str) -> BackupError:
    return BackupError(
        Message(
            "backup.member_altered", "{path}: {name} was altered or damaged", path=path, name=name
        )
    )


def database_damaged(path: Path, detail: object) -> BackupError:
    return BackupError(
        Message(
            "backup.database_damaged",
            "{path}: the database is damaged ({detail})",
            path=path,
            detail=detail,
        )
    )


def newer(path: Path, revision: object) -> BackupError:
    return BackupError(
        Message(
            "database.newer",
            "{path} was made by a newer Expat Desk (schema {revision}); update the app",
            path=path,
            revision=revision,
        )
    )


def not_zip(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.not_zip", "{path} is not a backup of Expat Desk (not a zip archive)", path=path
        )
    )


def cannot_read(path: Path, detail: object) -> BackupError:
    return BackupError(
        Message("backup.cannot_read", "cannot read {path}: {detail}", path=path, detail=detail)
    )


def no_manifest(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.no_manifest",
            "{path} is not a backup of Expat Desk (no valid manifest)",
            path=path,
        )
    )


def foreign_member(path: Path, name: str) -> BackupError:
    return BackupError(
        Message(
            "backup.foreign_member",
            "{path}: {name} is not a file a backup of ours holds",
            path=path,
            name=repr(name),
        )
    )


def restore_failed(path: Path, detail: object) -> BackupError:
    return BackupError(
        Message(
            "backup.restore_failed",
            "the restore from {path} did not complete, nothing of it was kept: {detail}",
            path=path,
            detail=detail,
        )
    )


def size_mismatch(path: Path, name: str) -> BackupError:
    return BackupError(
        Message(
            "backup.size_mismatch",
            "{path}: {name} is not the size its manifest declares",
            path=path,
            name=repr(name),
        )
    )


def total_too_large(path: Path, limit_gib: int) -> BackupError:
    return BackupError(
        Message(
            "backup.total_too_large",
            "{path} would unpack to more than {limit} GiB: too large for a backup of ours",
            path=path,
            limit=limit_gib,
        )
    )


def no_space(folder: Path, needed_mib: int, free_mib: int) -> BackupError:
    return BackupError(
        Message(
            "backup.no_space",
            "too little free space in {folder}: the backup needs {needed} MiB, {free} MiB free",
            folder=folder,
            needed=needed_mib,
            free=free_mib,
        )
    )


def schema_differs(path: Path, difference: object) -> BackupError:
    """``difference`` is a schema_check.SchemaDifference: what changed, its kind and name."""
    change = getattr(difference, "change", "")
    kind, name = getattr(difference, "kind", ""), getattr(difference, "name", "")
    if change == "missing":
        return BackupError(
            Message(
                "backup.schema_missing",
                "{path}: the database lacks the {kind} {name} this app makes",
                path=path,
                kind=kind,
                name=name,
            )
        )
    if change == "unexpected":
        return BackupError(
            Message(
                "backup.schema_unexpected",
                "{path}: the database holds an unexpected {kind} {name}",
                path=path,
                kind=kind,
                name=name,
            )
        )
    if change == "changed":
        return BackupError(
            Message(
                "backup.schema_changed",
                "{path}: the {kind} {name} is not the one this app makes",
                path=path,
                kind=kind,
                name=name,
            )
        )
    return BackupError(
        Message(
            "backup.schema_not_upgradable",
            "{path}: its schema {revision} cannot be brought up to date",
            path=path,
            revision=name,
        )
    )


def restore_under_way(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.restore_under_way",
            "a restore of {path} is under way; try again when it has finished",
            path=path,
        )
    )


def journal_unreadable(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.journal_unreadable",
            "{path} names a restore cut short but cannot be read; nothing was changed",
            path=path,
        )
    )
