"""`expat-desk backup` and `restore` with encryption and the second backup folder.

Out of cli.py, which others edit too: it calls these from its backup and restore commands.
A backup is sealed when encryption is set up (Settings → Backups) or ``--encrypt`` asks for it,
and copied to the second folder when one is set; an unplugged folder is a warning, since the
backup itself was made. A sealed archive's restore asks for the passphrase (``getpass``, not
echoed), or takes the ``EXPAT_DESK_PASSPHRASE`` variable in a script; an environment variable
can be read by the user's other processes, so a script keeps it only as long as it needs it.
"""

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from expat_desk.store.backup import BackupInfo

PASSPHRASE_ENV = "EXPAT_DESK_PASSPHRASE"


def add_arguments(backup: argparse.ArgumentParser) -> None:
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help="seal the archive with the key set up in Settings → Backups (refused if none; "
        "done anyway when encryption is on)",
    )


def make(db: Path, args: argparse.Namespace) -> "BackupInfo":
    """The archive `backup` makes: store.backup's, sealed if encryption is on or asked for,
    then copied to the second folder if one is set."""
    from expat_desk.store import backup_crypto_errors as refused
    from expat_desk.store.offsite import FileSettings, encryption_keys, make_checked_backup

    settings = FileSettings(db)
    keys = encryption_keys(settings)
    if args.encrypt and keys is None:
        raise refused.no_encryption()
    made, info = make_checked_backup(db, keys, out=args.out)
    copy_to_second_folder(made, settings)
    return info


def copy_to_second_folder(made: Path, settings: object) -> None:
    from expat_desk.store.backup_errors import BackupError
    from expat_desk.store.offsite import copy_to_second, keep_setting, second_folder

    folder = second_folder(settings)  # type: ignore[arg-type]
    if folder is None:
        return
    try:
        copied = copy_to_second(made, folder, keep_setting(settings))  # type: ignore[arg-type]
    except BackupError as exc:
        print(f"expat-desk: warning: {exc}; the backup is only in {made}", file=sys.stderr)
    else:
        print(f"copied to {copied}", file=sys.stderr)


@contextmanager
def plain(db: Path, archive: Path) -> Iterator[Path]:
    """The plain archive to restore: ``archive`` itself, or opened with the passphrase."""
    from expat_desk.store.backup_crypto import is_encrypted, opened

    passphrase = None
    if is_encrypted(archive):
        passphrase = os.environ.get(PASSPHRASE_ENV)
        if passphrase is None and sys.stdin.isatty():
            passphrase = getpass.getpass(f"Passphrase of {archive}: ")
    with opened(archive, db, passphrase) as path:
        yield path
