"""Dialogs let go of, and their memory handed back to the system.

A case wizard or a documents dialog takes 2–3.5 MiB of C++ heap while it is open (fonts,
style pixmaps, the PDF view). Deleted, that memory is free but glibc's allocator keeps most of
it: a window open all day with the dialog opened 120 times grew from 155 to 404 MiB, of which
all but 26 MiB went back after ``malloc_trim`` (tests/soak/window_soak.py). So the window asks
the allocator to trim once such a dialog is destroyed. Elsewhere than glibc this does nothing.
"""

import ctypes
import ctypes.util
import sys
from functools import cache

from PySide6.QtWidgets import QWidget


@cache
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # musl and other C libraries have no malloc_trim
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back_freed_memory() -> bool:
    """Return the heap's free pages to the system; False where the C library cannot."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def let_go(dialog: QWidget | None) -> None:
    """A dialog made afresh each time: the last one, closed, is deleted, not kept for good, and
    what it took is handed back once it is gone."""
    if dialog is not None and not dialog.isVisible():
        dialog.destroyed.connect(lambda *_: give_back_freed_memory())
        dialog.deleteLater()
