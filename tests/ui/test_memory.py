"""Dialogs made afresh each time are deleted once closed, and their memory handed back."""

import platform

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget

from expat_desk.ui import memory
from expat_desk.ui.memory import let_go


def _deliver_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_closed_dialog_is_deleted_and_the_heap_trimmed(qtbot, monkeypatch) -> None:
    trims: list[bool] = []
    monkeypatch.setattr(memory, "give_back_freed_memory", lambda: trims.append(True))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    dialog.open()
    dialog.reject()
    destroyed: list[bool] = []
    dialog.destroyed.connect(lambda *_: destroyed.append(True))

    let_go(dialog)
    _deliver_deletes()

    assert destroyed == [True]
    assert trims  # (another dialog let go earlier may trim as well)
    assert parent.findChildren(QDialog) == []


def test_a_dialog_still_open_is_left_alone(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = QDialog(parent)
    dialog.open()

    let_go(dialog)
    _deliver_deletes()

    assert parent.findChildren(QDialog) == [dialog]
    assert dialog.isVisible()
    dialog.reject()


def test_nothing_to_let_go_is_fine() -> None:
    let_go(None)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_on_glibc_the_freed_heap_is_handed_back() -> None:
    assert memory.give_back_freed_memory() is True
