"""Who works at this desk: asked at the first start, changed in Settings; every change the app
records carries that manager's name."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from expat_desk.domain.errors import ValidationError
from expat_desk.store import StoreError
from expat_desk.ui.ask_dialog import ask
from expat_desk.ui.error_words import refusal_text

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from expat_desk.ui.main_window import MainWindow


def ask_desk_manager(window: "MainWindow") -> bool:
    """Ask for the manager's name (a known one, or a new one); True once it is set."""
    store = window.store
    names = [m.name for m in store.list_managers() if m.active]
    current = store.desk_manager()
    name = ask(
        window,
        name="deskManagerQuestion",
        title=translate("DeskManager", "Manager at this desk"),
        question=translate(
            "DeskManager", "Who works at this desk? Every change is recorded in their name."
        ),
        accessible=translate("DeskManager", "Name of the manager at this desk"),
        items=names,  # or a new manager's name, typed
        current=current.name if current and current.name in names else names[0] if names else "",
    )
    if name is None:
        return False
    try:
        manager = store.set_desk_manager(name)
    except (ValidationError, StoreError) as exc:
        QMessageBox.warning(
            window, translate("DeskManager", "Manager at this desk"), refusal_text(exc)
        )
        return False
    window.show_desk_manager()
    window.ui.statusBar.showMessage(
        translate("DeskManager", "Working as %1").replace("%1", manager.name), 5000
    )
    return True
