"""Typing into a widget as a manager does, in any script.

QTest (and qtbot.keyClicks) aborts the process on a character that is not ASCII
(qasciikey.cpp), so Cyrillic and Kazakh are sent as key events carrying the text; ASCII keeps
QTest's real keys. Shared by the window's tests through pytest's ``pythonpath``: with
``--import-mode=importlib`` test modules cannot import one another.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str, *, focus: bool = True) -> None:
    """Type ``text`` into ``widget``, focused first unless ``focus`` is False (a test that
    checks what leaving another field does keeps the focus where it is)."""
    if focus:
        widget.setFocus()
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
