"""Edit → Erase client: a client's right to erasure, asked twice because it cannot be undone."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from expat_desk.store import StoreError
from expat_desk.store.erasure import Erasure, erase_client
from expat_desk.ui.ask_dialog import ask
from expat_desk.ui.error_words import refusal_text

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from expat_desk.ui.main_window import MainWindow


def ask_and_erase(window: "MainWindow", client_id: int) -> Erasure | None:
    """Ask, then erase; the manager types the surname to confirm, as with any lasting act."""
    store = window.store
    client = store.get_client(client_id)
    cases = store.list_cases(client_id=client_id)
    answer = ask(
        window,
        name="eraseClientQuestion",
        title=translate("EraseClient", "Erase client"),
        question=translate(
            "EraseClient",
            "Erase %1 and everything the app holds about them: %2 cases, their checklists, "
            "scans and generated documents. The history keeps one line without any name.\n\n"
            "Backups keep a copy until they are pruned. This cannot be undone.\n\n"
            "Type the surname, %3, to confirm:",
        )
        .replace("%1", client.full_name)
        .replace("%2", str(len(cases)))
        .replace("%3", client.surname),
        accessible=translate("EraseClient", "The client's surname, to confirm"),
    )
    if answer is None:
        return None
    if answer.strip().casefold() != client.surname.casefold():
        QMessageBox.information(
            window,
            translate("EraseClient", "Erase client"),
            translate("EraseClient", "The surname did not match; nothing was erased."),
        )
        return None
    try:
        erased = erase_client(store, client_id)
    except StoreError as exc:
        QMessageBox.warning(window, translate("EraseClient", "Erase client"), refusal_text(exc))
        return None
    window.refresh()
    window.show_client(None)
    message = translate("EraseClient", "%1 was erased with %2 cases.").replace(
        "%1", client.full_name
    )
    message = message.replace("%2", str(erased.cases))
    if erased.files_left:
        message += "\n\n" + translate(
            "EraseClient", "These files could not be deleted; delete them by hand:\n%1"
        ).replace("%1", "\n".join(str(p) for p in erased.files_left))
    if not erased.log_emptied:
        message += "\n\n" + translate(
            "EraseClient",
            "Another program was reading the database, so traces of the erased data stay in "
            "its journal file until Expat Desk is closed. Close Expat Desk when you can.",
        )
    window.ui.statusBar.showMessage(message.split("\n")[0], 10_000)
    if erased.files_left or not erased.log_emptied:
        QMessageBox.warning(window, translate("EraseClient", "Erase client"), message)
    return erased
