"""At start-up: is this Python and Qt for Python a pair that loses references to None or True?

Qt for Python 6.12.0 hands Python the None of a void method (``setText``, ``update``,
``repaint``, ``beginResetModel``…), of a null pointer (``parent()`` of a top-level object)
and of an empty QVariant (``QModelIndex.data()`` of a role not set) without taking a new
reference, and the True that ``Signal.emit`` returns the same way. Calls from C++ into our
overrides (``data()``, ``headerData()``, ``flags()``, ``event()``, ``paintEvent()``) are not
affected. On Python 3.12 and newer these objects are immortal and nothing happens; on 3.11
each call takes one reference away, and after a few thousand calls the process dies with
"Fatal Python error: none_dealloc". Measured on 6.12.0, 6.11.3, 6.10.3, 6.9.3 and 6.8.3 in the
README's notes for developers; only 6.12.0 loses them.

Rather than trust a list of versions, the check calls the bindings a few times and watches the
counts, then gives back what the probe itself took.
"""

import ctypes
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)

PROBE_CALLS = 32  # few enough that the probe cannot exhaust a count of a few thousand


@dataclass(frozen=True)
class LostReference:
    what: str  # "None" or "True"
    how: str  # the kind of call that loses it
    per_call: float


class _Emitter(QObject):
    probed = Signal()


def immortal(obj: object, refcount: Callable[[object], int] = sys.getrefcount) -> bool:
    """Whether the interpreter keeps no real count of obj's references (Python 3.12+)."""
    before = refcount(obj)
    held = [obj] * 100
    after = refcount(obj)
    del held
    return after == before


def lost_references(refcount: Callable[[object], int] = sys.getrefcount) -> list[LostReference]:
    """The kinds of binding call that take a reference from None or True and keep it."""
    probe = QObject()
    emitter = _Emitter()
    found: list[LostReference] = []
    for what, obj, how, call in (
        ("None", None, "a void method called from Python", lambda: probe.setObjectName("")),
        ("True", True, "Signal.emit", emitter.probed.emit),
    ):
        if immortal(obj, refcount):
            continue
        before = refcount(obj)
        for _ in range(PROBE_CALLS):
            call()
        lost = before - refcount(obj)
        if lost >= PROBE_CALLS // 2:
            found.append(LostReference(what, how, lost / PROBE_CALLS))
            _give_back(obj, lost)
    return found


def _give_back(obj: object, count: int) -> None:
    # The probe's own calls took these; put them back so it costs the process nothing.
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for _ in range(count):
        incref(obj)


def describe(found: list[LostReference]) -> str:
    """One line for the log: the versions and what loses references."""
    python = sys.version.split()[0]
    kinds = "; ".join(f"{f.how} loses a reference to {f.what}" for f in found)
    return (
        f"Python {python} with Qt for Python {PySide6.__version__}: {kinds}. "
        "The process will die after a few thousand such calls; use Python 3.12 or newer."
    )


def warn_if_defective(parent: QWidget | None, found: list[LostReference]) -> QMessageBox | None:
    """Say so at start-up, in the log and in the window, instead of crashing hours later."""
    if not found:
        return None
    log.error("%s", describe(found))
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("BindingCheck", "Expat Desk"),
        translate(
            "BindingCheck",
            "This copy of Expat Desk runs on Python %1 with Qt for Python %2, which together "
            "make the window close by itself after some hours of work.",
        )
        .replace("%1", sys.version.split()[0])
        .replace("%2", PySide6.__version__),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("bindingDefectMessage")
    box.button(QMessageBox.StandardButton.Ok).setObjectName("bindingDefectOkButton")
    box.setInformativeText(
        translate(
            "BindingCheck",
            "Save your work often and ask for Expat Desk to be installed with Python 3.12 or "
            "newer.",
        )
    )
    box.open()
    return box
