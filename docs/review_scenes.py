"""The scenes docs/review_layouts.py takes pictures of: each opens a dialog (or a question)
as the app would, on the demo data, and yields it, named, for its picture; then closes it.

A message box or question a scene brings up is caught (review_layouts.Catcher) rather than
waited on, and comes back from ``_boxes``.
"""

import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 25)

Scene = Callable[..., Iterator[tuple[str, object]]]
SCENES: dict[str, Scene] = {}


def scene(name: str) -> Callable[[Scene], Scene]:
    def register(function: Scene) -> Scene:
        SCENES[name] = function
        return function

    return register


def _boxes(catcher, suffix: str) -> Iterator[tuple[str, object]]:  # type: ignore[no-untyped-def]
    for number, box in enumerate(catcher.take()):
        yield (f"{suffix}{number or ''}", box)
        box.close()
        box.deleteLater()


def _foreign_client(window):  # type: ignore[no-untyped-def]
    """The first demo client with a stay of each kind's warnings to show: a visa, warnings."""
    store = window.store
    best = None
    for client in store.search_clients():
        if client.citizenship in (None, "KAZ"):
            continue
        reviews = store.stay_reviews(client.id)
        if not reviews:
            continue
        score = sum(bool(stay.visa_number) + 2 * bool(review and review.warnings)
                    for stay, review in reviews) + len(reviews)  # fmt: skip
        if best is None or score > best[0]:
            best = (score, client)
    return best[1]


@scene("business-calendar")
def _calendar(window, catcher):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    from expat_desk.ui.calendar_dialog import CalendarDialog

    dialog = CalendarDialog(window.store, window)
    dialog.ui.calendar.setSelectedDate(QDate(2026, 3, 24))
    dialog.show()
    yield "", dialog
    dialog.close()


@scene("centre-details")
def _centre(window, catcher):  # type: ignore[no-untyped-def]
    dialog = window.edit_centre()
    yield "", dialog
    dialog.ui.binField.setText("123")
    dialog.ui.nameField.setText("")
    dialog.accept()
    yield "errors", dialog
    dialog.reject()


@scene("targets")
def _targets(window, catcher):  # type: ignore[no-untyped-def]
    window.edit_targets()
    yield from _boxes(catcher, "")


@scene("host-parties")
def _host_parties(window, catcher):  # type: ignore[no-untyped-def]
    # A host a letter still lacks details of, as the picker and the list then say.
    window.store.add_host_party({"kind": "natural", "name": "Гостиница Алтын"})
    dialog = window.edit_host_parties()
    yield "", dialog
    dialog.table.selectRow(0)
    dialog.remove_selected()
    yield from _boxes(catcher, "remove")
    dialog.reject()


@scene("host-party-editor")
def _host_party_editor(window, catcher):  # type: ignore[no-untyped-def]
    from expat_desk.ui.host_party_editor import HostPartyEditor

    store = window.store
    host = store.list_host_parties()[0]
    editor = HostPartyEditor(store, store.get_host_party(host.id), window)
    editor.show()
    yield "", editor
    editor.close()
    editor = HostPartyEditor(store, parent=window)
    editor.fields["id_number"].setText("12345")
    editor.fields["phone"].setText("12")
    editor.show()
    editor.accept()
    yield "errors", editor
    editor.close()


@scene("host-party-picker")
def _host_party_picker(window, catcher):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    register = window.register
    row = next(
        r
        for r in range(register.model.rowCount())
        if (c := register.model.client(r)).citizenship not in (None, "KAZ") and c.passport_number
    )
    register.ui.clientTable.selectRow(row)
    window.ui.newCaseAction.trigger()
    wizard = window.wizard
    wizard.next()
    choice = wizard.ui.serviceChoice
    for index in range(choice.count()):
        if choice.item(index).data(Qt.ItemDataRole.UserRole) == "migration_notification":
            choice.setCurrentRow(index)
    wizard.next()
    picker = wizard.findChild(QWidget, "answer_host_party")
    # A host the letter still lacks details of: the hint under the picker shows.
    picker.combo.setCurrentIndex(picker.combo.findText("Гостиница Алтын"))
    yield "", wizard
    wizard.discard()


@scene("attorneys")
def _attorneys(window, catcher):  # type: ignore[no-untyped-def]
    dialog = window.edit_attorneys()
    dialog.show_retired.setChecked(True)
    yield "", dialog
    dialog.table.selectRow(0)
    dialog.retire()
    yield from _boxes(catcher, "retire")
    dialog.reject()


@scene("attorney-editor")
def _attorney_editor(window, catcher):  # type: ignore[no-untyped-def]
    from expat_desk.ui.attorney_editor import AttorneyEditor

    store = window.store
    first = store.list_attorneys()[0]
    editor = AttorneyEditor(store, first.id, window)
    editor.show()
    yield "", editor
    editor.close()
    editor = AttorneyEditor(store, None, window)
    editor.fields["document_number"].setText("№1")
    editor.fields["iin"].setText("123")
    editor.fields["resident"].setChecked(True)
    editor.show()
    editor.accept()
    yield "errors", editor
    editor.close()


@scene("export-week")
def _export(window, catcher):  # type: ignore[no-untyped-def]
    dialog = window.export_week()
    yield "", dialog
    dialog._tell_done(Path(tempfile.gettempdir()) / "workload-2026-W48.xlsx")
    yield from _boxes(catcher, "done")
    dialog.reject()


@scene("erase-client")
def _erase(window, catcher):  # type: ignore[no-untyped-def]
    from expat_desk.ui.erase_client import ask_and_erase

    client = window.store.search_clients()[0]
    ask_and_erase(window, client.id)
    yield from _boxes(catcher, "")


@scene("refusal")
def _refusal(window, catcher):  # type: ignore[no-untyped-def]
    from expat_desk.ui.refusal_dialog import RefusalDialog

    dialog = RefusalDialog(TODAY, window)
    dialog.show()
    yield "", dialog
    dialog.close()


@scene("stay-check")
def _stay_check(window, catcher):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    dialog = window.check_stay()
    yield "empty", dialog
    dialog.ui.citizenshipField.set_code("UZB")
    dialog.ui.arrivalDate.setDate(QDate(2026, 9, 1))
    dialog.ui.departureDate.setDate(QDate(2026, 12, 20))
    dialog.ui.visaBox.setChecked(True)
    dialog.ui.visaUntilDate.setDate(QDate(2026, 12, 1))
    yield "", dialog
    # A long stay on the visa-free regime: every warning at once.
    dialog.ui.visaBox.setChecked(False)
    dialog.ui.arrivalDate.setDate(QDate(2026, 3, 1))
    dialog.ui.purposeCombo.setCurrentIndex(1)
    yield "warnings", dialog
    # The country picker's list as the manager types.
    field = dialog.ui.citizenshipField
    field.setFocus()
    field.set_code(None)
    field.lineEdit().setText("стан")
    field.completer().setCompletionPrefix("стан")
    field.completer().complete()
    yield "country-list", field.completer().popup()
    field.completer().popup().hide()
    dialog.reject()


@scene("visa-free")
def _visa_free(window, catcher):  # type: ignore[no-untyped-def]
    dialog = window.edit_visa_free()
    dialog.ui.countryTable.selectRow(3)
    yield "", dialog
    dialog.reject()


@scene("client-stays")
def _stays(window, catcher):  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    client = _foreign_client(window)
    window.show_client(client.id)
    window.ui.clientTabs.setCurrentIndex(0)
    stays = window.details.stays
    QTest.qWait(50)  # the details pane lays itself out again around the stays
    yield "", stays
    stays.ui.staysTable.selectRow(0)
    stays.edit_stay()
    yield "editor", stays.editor
    editor = stays.editor
    editor.ui.basisField.setCurrentIndex(editor.ui.basisField.findData("visa"))
    editor.ui.arrivalField.setDate(editor.ui.arrivalField.date().addDays(400))
    editor.accept()
    yield "editor-errors", editor
    editor.reject()
    stays.remove_stay()
    yield from _boxes(catcher, "remove")


@scene("backup")
def _backup(window, catcher):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog

    backups = window.backups

    def work(progress):  # type: ignore[no-untyped-def]
        progress(0.4)
        dialog = window.findChild(QProgressDialog, "backupProgress")
        dialog.show()
        pictures.append(dialog.grab())
        return Path(tempfile.gettempdir()) / "backups" / "expat-desk-2026-11-25.zip"

    pictures: list = []
    backups._with_progress(backups.tr("Making today's backup…"), work)
    from PySide6.QtWidgets import QLabel

    shown = QLabel()
    shown.setPixmap(pictures[0])
    shown.setObjectName("backupProgressPicture")
    yield "progress", shown
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        backups.tr("Backup made"),
        backups.tr("The database and its files are backed up to\n%1").replace(
            "%1",
            "C:\\Users\\manager\\AppData\\Local\\AIFC Expat Centre\\Expat Desk\\backups\\"
            "expat-desk-2026-11-25-104200.zip",
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.addButton(backups.tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
    box.show()
    yield "done", box
    box.close()
    backups._warn(
        backups.tr("This backup cannot be restored.\n\n%1").replace(
            "%1", "the file is not an Expat Desk backup"
        )
    )
    yield from _boxes(catcher, "problem")


@scene("restore-question")
def _restore(window, catcher):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    backups = window.backups
    question = QMessageBox(
        QMessageBox.Icon.Warning,
        backups.tr("Restore from backup"),
        backups.tr(
            "Replace all the data with the backup of %1 UTC (%2 clients, %3 cases, %4 files)?"
        )
        .replace("%1", "25.11.2026 05:42")
        .replace("%2", "200")
        .replace("%3", "431")
        .replace("%4", "96"),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    question.setInformativeText(
        backups.tr("What is there now is backed up first, so this restore can be undone.")
    )
    question.addButton(backups.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
    question.show()
    yield "", question
    question.close()


@scene("desk-manager")
def _desk_manager(window, catcher):  # type: ignore[no-untyped-def]
    from expat_desk.ui.desk_manager import ask_desk_manager

    ask_desk_manager(window)
    yield from _boxes(catcher, "")


@scene("binding-warning")
def _binding(window, catcher):  # type: ignore[no-untyped-def]
    from expat_desk.ui.binding_check import LostReference, warn_if_defective

    box = warn_if_defective(window, [LostReference("None", "a void method", 1.0)])
    yield "", box
    box.close()


@scene("language-menu")
def _language_menu(window, catcher):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    settings = window.ui.settingsMenu
    settings.popup(window.mapToGlobal(window.rect().topLeft()))
    yield "settings", settings
    menu = window.findChild(QMenu, "languageMenu")
    menu.popup(settings.geometry().topRight())
    yield "", menu
    menu.hide()
    settings.hide()


@scene("error")
def _error(window, catcher):  # type: ignore[no-untyped-def]
    from expat_desk.ui.errors import show_error_dialog

    try:
        raise ValueError("the value was not what the form expected")
    except ValueError:
        import traceback

        details = traceback.format_exc()
    show_error_dialog(
        "the value was not what the form expected",
        details,
        Path("C:/Users/manager/AppData/Local/AIFC Expat Centre/Expat Desk/Logs/expat-desk.log"),
    )
    for box in catcher.take():
        yield "", box
        details = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.ActionRole
                       and b.objectName() != "copyDetailsButton")  # fmt: skip
        details.click()
        yield "details", box
        box.close()
