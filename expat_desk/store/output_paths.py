"""Where a file the desk writes may go: a new name, or an existing regular file it replaces.

Every writer (a document's copy, a workload workbook, a backup, the desk's own files) writes
a temporary file beside the target and renames it over the target. A rename replaces
whatever has the name: run as root, ``--out /dev/full`` replaced the device node with a PDF.
So a target that exists must be a plain file; a device, a pipe, a socket, a folder or a
symbolic link (the rename would replace the link itself, not the file it points to, and a
link to a device is a device) is refused. The check is made before the work and again just
before the rename.
"""

import os
import stat
from pathlib import Path

from expat_desk.domain.errors import Message
from expat_desk.store.errors import StoreError


class UnsafeOutput(StoreError, ValueError):
    """The path asked for is not a file the desk may replace."""


def check_output_path(out: Path | str) -> Path:
    """``out`` if nothing has that name yet or it is a regular file (not a link to one);
    raises UnsafeOutput otherwise."""
    out = Path(out)
    try:
        found = os.lstat(out)
    except FileNotFoundError:
        return out
    except OSError as exc:  # a name too long, a folder we may not read ...
        raise UnsafeOutput(
            Message(
                "file.cannot_check",
                "cannot write {path}: {detail}",
                path=out,
                detail=exc.strerror or type(exc).__name__,
            )
        ) from None
    if stat.S_ISLNK(found.st_mode):
        raise UnsafeOutput(
            Message(
                "file.is_link",
                "{path} is a symbolic link: give the name of a file, not of a link",
                path=out,
            )
        )
    if stat.S_ISDIR(found.st_mode):
        raise UnsafeOutput(Message("file.is_folder", "{path} is a folder, not a file", path=out))
    if not stat.S_ISREG(found.st_mode):
        raise UnsafeOutput(
            Message(
                "file.not_regular",
                "{path} is a device, a pipe or a socket, not a file: nothing is written there",
                path=out,
            )
        )
    return out


def replace_into(temporary: Path | str, out: Path | str) -> None:
    """Rename the finished ``temporary`` file to ``out``, checked once more just before."""
    os.replace(temporary, check_output_path(out))
