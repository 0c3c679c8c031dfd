"""The backups' passphrase in the system's keyring, only when the manager allows it.

Service "ExpatDesk", user the database's path, so two registers keep two passphrases. A
keyring may be missing (a headless Linux has no backend) or fail in any of its backends' own
ways: each call then says "not remembered", never stops the app, and logs no secret.
"""

import logging
from contextlib import suppress
from pathlib import Path

log = logging.getLogger(__name__)

SERVICE = "ExpatDesk"


def _user(db_path: Path) -> str:
    return str(Path(db_path).resolve())


def remember(db_path: Path, passphrase: str) -> bool:
    """Keep ``passphrase`` in the keyring; whether it was kept."""
    try:
        import keyring

        keyring.set_password(SERVICE, _user(db_path), passphrase)
    except Exception as exc:  # any backend's failure means "not remembered"
        log.warning("the keyring did not keep the passphrase: %s", type(exc).__name__)
        return False
    return True


def recall(db_path: Path) -> str | None:
    """The remembered passphrase, or None (none kept, or no keyring)."""
    try:
        import keyring

        return keyring.get_password(SERVICE, _user(db_path))
    except Exception as exc:
        log.warning("the keyring could not be read: %s", type(exc).__name__)
        return None


def forget(db_path: Path) -> None:
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with suppress(PasswordDeleteError):  # none was kept
            keyring.delete_password(SERVICE, _user(db_path))
    except Exception as exc:
        log.warning("the keyring could not forget the passphrase: %s", type(exc).__name__)
