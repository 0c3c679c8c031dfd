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
    from expat_desk.store import Store
    from expat_desk.store.backup import BackupInfo
    from expat_desk.store.offsite import ReadSettings

PASSPHRASE_ENV = "EXPAT_DESK_PASSPHRASE"


def add_arguments(backup: argparse.ArgumentParser) -> None:
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help="seal the archive with the key set up in Settings → Backups (refused if none; "
        "done anyway when encryption is on)",
    )


def add_settings_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "backup-settings",
        help="encryption of backups and the second backup folder (as Settings → Backups)",
        description="Without options, says how backups are set up. --encryption on asks for "
        "the new passphrase twice (or takes EXPAT_DESK_PASSPHRASE); it is never stored.",
    )
    parser.add_argument("--second-folder", metavar="PATH|none", help="copy each backup there")
    parser.add_argument("--encryption", choices=["on", "off"])


def settings(store: "Store", args: argparse.Namespace) -> int:
    """`expat-desk backup-settings`: change what is asked, then say how backups are set up."""
    from expat_desk.store.offsite import (
        encryption_keys,
        last_copy,
        second_folder,
        set_second_folder,
        turn_encryption_off,
        turn_encryption_on,
    )

    if args.second_folder is not None:
        folder = None if args.second_folder.lower() == "none" else Path(args.second_folder)
        set_second_folder(store, folder)
    if args.encryption == "off":
        turn_encryption_off(store)
    elif args.encryption == "on":
        passphrase = os.environ.get(PASSPHRASE_ENV)
        if passphrase is None:
            if not sys.stdin.isatty():
                print(
                    f"expat-desk: error: type the new passphrase on a terminal, or give it in "
                    f"{PASSPHRASE_ENV}",
                    file=sys.stderr,
                )
                return 1
            passphrase = getpass.getpass("New passphrase of the backups: ")
            if getpass.getpass("The same again: ") != passphrase:
                print("expat-desk: error: the two passphrases differ", file=sys.stderr)
                return 1
        turn_encryption_on(store, passphrase)
    folder = second_folder(store)
    copied = last_copy(store)
    print(f"encryption\t{'on' if encryption_keys(store) else 'off'}")
    print(f"second folder\t{folder or 'none'}")
    print(f"last copy\t{f'{copied:%Y-%m-%d %H:%M} UTC' if copied else 'never'}")
    return 0


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


def copy_to_second_folder(made: Path, settings: "ReadSettings") -> None:
    from expat_desk.store.backup_errors import BackupError
    from expat_desk.store.offsite import copy_to_second, keep_setting, second_folder

    folder = second_folder(settings)
    if folder is None:
        return
    try:
        copied = copy_to_second(made, folder, keep_setting(settings))
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
