"""How a sealed (encrypted) backup is named and known, without the cryptography to open it.

The window lists, prunes and tells sealed archives apart at start; loading ``cryptography``
(a third of a second) waits until an archive is really sealed or opened (backup_crypto).
"""

from pathlib import Path

ENCRYPTION_SETTING = "backup.encryption"
SUFFIX = ".edb"  # an encrypted archive is named <archive>.zip.edb
MAGIC = b"ExpatDeskEDB"


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` begins as a sealed archive does (an unreadable file is not)."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(MAGIC)) == MAGIC
    except OSError:
        return False
