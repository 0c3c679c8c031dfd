"""Why an encrypted backup cannot be made or opened, and why a second backup folder cannot be
written: BackupErrors, so every caller that handles a backup's refusal handles these too."""

from pathlib import Path

from expat_desk.domain.errors import Message
from expat_desk.store.backup_errors import BackupError

MIN_PASSPHRASE = 12


def weak_passphrase() -> BackupError:
    return BackupError(
        Message(
            "backup.weak_passphrase",
            "the passphrase must have at least {count} characters, not all the same",
            count=MIN_PASSPHRASE,
        )
    )


def no_encryption() -> BackupError:
    return BackupError(
        Message(
            "backup.no_encryption",
            "encryption of backups is not set up: turn it on in Settings → Backups first",
        )
    )


def wrong_passphrase(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.wrong_passphrase",
            "{path}: the passphrase is wrong, the backup is not opened",
            path=path,
        )
    )


def tampered(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.tampered",
            "{path}: the encrypted backup was altered or cut short; nothing of it is used",
            path=path,
        )
    )


def needs_passphrase(path: Path) -> BackupError:
    return BackupError(
        Message(
            "backup.needs_passphrase",
            "{path} is encrypted: give its passphrase to restore it",
            path=path,
        )
    )


def second_folder_unusable(path: Path, detail: object) -> BackupError:
    return BackupError(
        Message(
            "backup.second_folder_unusable",
            "the second backup folder {path} cannot be written: {detail}",
            path=path,
            detail=detail,
        )
    )
