"""A manager makes a case's documents in the window: picks them, chooses the attorney, sees
the result, prints or saves it, and later opens the very file that was made."""

import hashlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
)

from expat_desk.store import Store
from expat_desk.store.files import files_root, recorded_path
from expat_desk.ui.app import create_main_window
from expat_desk.ui.documents_dialog import DocumentsDialog
from expat_desk.ui.main_window import MainWindow

TODAY = date(2026, 11, 25)
CLIENT = {
    "surname": "Dubois",
    "given_names": "Camille",
    "surname_cyr": "Дюбуа",
    "given_names_cyr": "Камилла",
    "birth_date": date(1985, 3, 14),
    "sex": "F",
    "citizenship": "FRA",
    "passport_number": "19AB12345",
    "passport_issued": date(2019, 9, 2),
    "passport_authority": "Préfecture de Paris",
    "address": "12 Kabanbay Batyr Avenue, apt. 34, Astana",
}
# Through the centre with a representative: the checklist asks for the consent and the power
# of attorney.
IIN_ANSWERS = {"channel": "expat_centre", "representative": True}
CENTRE = {
    "name": "AIFC Expat Centre",
    "bin": "160840012340",
    "address": "55/20 Mangilik El Avenue, Astana",
}
ATTORNEY = "Иванов Иван Иванович"
# A resident of Kazakhstan: the power of attorney prints the IIN too.
ATTORNEY_RECORD = {
    "full_name": ATTORNEY,
    "document_kind": "kz_id_card",
    "document_number": "012345678",
    "document_issued": date(2020, 2, 1),
    "document_authority": "МВД РК",
    "resident": True,
    "iin": "900115300013",
}


class Dialogs:
    """Stand-ins for the modal dialogs: what they were asked, and the answers to give."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.save_as: Path | None = None
        self.save_asked: list[str] = []
        self.print_to: Path | None = None
        self.printers: list[QPrinter] = []

    def message(self, parent: Any, title: str, text: str, *args: Any) -> Any:
        self.messages.append(text)
        return QMessageBox.StandardButton.Ok

    def get_save_file_name(self, parent: Any, caption: str, folder: str, *args: Any) -> Any:
        self.save_asked.append(folder)
        return (str(self.save_as) if self.save_as else "", "")

    def print_dialog(self, dialog: QPrintDialog) -> int:
        if self.print_to is None:
            return QDialog.DialogCode.Rejected
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_to))
        printer.setResolution(96)  # a quick test; a real printer gives its own
        self.printers.append(printer)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    fake = Dialogs()
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, fake.message)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: fake.messages.append(self.text()))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake.get_save_file_name)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: fake.print_dialog(dialog))
    return fake


@pytest.fixture
def case_id(db_path: Path) -> int:
    with Store.open(db_path, today=lambda: TODAY) as store:
        store.manager_id = store.add_manager("Aigerim Nurlanovna").id
        store.set_centre_details(CENTRE)
        client, _ = store.add_client(CLIENT)
        store.add_attorney(ATTORNEY_RECORD)
        return store.open_case(client.id, "iin", IIN_ANSWERS).id


@pytest.fixture
def window(qtbot, db_path: Path, case_id: int, dialogs: Dialogs) -> MainWindow:
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def select_the_case(window: MainWindow) -> None:
    window.register.ui.clientTable.selectRow(0)
    assert window.checklist.case is not None


def open_dialog(qtbot, window: MainWindow) -> DocumentsDialog:
    select_the_case(window)
    window.ui.generateDocumentsAction.trigger()
    dialog = window.checklist.documents_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def tick(qtbot, box: QCheckBox, checked: bool = True) -> None:
    if box.isChecked() != checked:
        # On the box itself: the widget is as wide as its group, the text is not.
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() == checked


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_attorney(qtbot, dialog: DocumentsDialog) -> None:
    """Choose the attorney in the combo with the keyboard, as a manager would."""
    combo = dialog.ui.attorneyCombo
    assert combo.currentIndex() == -1, "no attorney is chosen for the manager"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(ATTORNEY + " — ")


def listed(window: MainWindow) -> list[str]:
    listing = window.checklist.ui.caseDocumentsList
    return [listing.item(row).text() for row in range(listing.count())]


def files_written(db_path: Path) -> list[Path]:
    return sorted((files_root(db_path) / "documents").rglob("*.pdf"))


def on_disk(db_path: Path, recorded: str) -> Path:
    path = recorded_path(db_path, recorded)
    assert path is not None and path.is_file(), recorded
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- making documents -----------------------------------------------------------------------


def test_the_consent_and_power_of_attorney_are_made_shown_and_listed(
    qtbot, window: MainWindow, db_path: Path, case_id: int
) -> None:
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    assert dialog.objectName() == "documentsDialog"
    # An IIN case: consent and power of attorney, no host party's letter.
    assert not ui.consentCheck.isHidden() and not ui.powerOfAttorneyCheck.isHidden()
    assert ui.notificationLetterCheck.isHidden()
    tick(qtbot, ui.consentCheck)
    tick(qtbot, ui.powerOfAttorneyCheck)
    assert ui.attorneyGroup.isVisible() and not ui.letterGroup.isVisible()
    # Russian | English unless the manager picks otherwise.
    assert (ui.firstLanguageCombo.currentData(), ui.secondLanguageCombo.currentData()) == (
        "ru",
        "en",
    )
    assert ui.noTermCheck.isChecked() and not ui.termUntilField.isEnabled()
    type_attorney(qtbot, dialog)

    click(qtbot, ui.generateButton)

    documents = window.store.list_documents(case_id)
    assert sorted(d.kind for d in documents) == ["consent", "power-of-attorney"]
    for document in documents:
        path = on_disk(db_path, document.path)
        assert sha256(path) == document.sha256
        assert document.languages == "ru,en"
    attorney = next(d for d in documents if d.kind == "power-of-attorney")
    [record] = window.store.list_attorneys()
    assert attorney.inputs["attorney_id"] == record.id
    assert attorney.inputs["attorney"]["full_name"] == ATTORNEY
    printed = " ".join(p.extract_text() for p in PdfReader(on_disk(db_path, attorney.path)).pages)
    assert ATTORNEY in printed and "ИИН" in printed and "900115300013" in printed
    assert attorney.inputs["term_until"] == "2027-11-25"  # no term stated: one year
    assert len(files_written(db_path)) == 2

    # The first made is shown in the app, ready to print.
    view = dialog.findChild(QPdfView, "documentPreview")
    assert view is not None and view.isVisible()
    pdf = view.document()
    assert pdf.status() == QPdfDocument.Status.Ready
    assert pdf.pageCount() >= 1
    consent = next(d for d in documents if d.kind == "consent")
    assert dialog.preview.path == on_disk(db_path, consent.path)
    assert ui.printButton.isEnabled() and ui.saveAsButton.isEnabled()
    assert ui.missingLabel.isHidden()
    assert "Consent · ru | en" in ui.resultLabel.text()
    # Both can be looked at.
    assert ui.previewChoice.count() == 2
    ui.previewChoice.setCurrentIndex(1)
    assert dialog.preview.path == on_disk(db_path, attorney.path)
    assert pdf.status() == QPdfDocument.Status.Ready

    # The case lists them under the checklist, newest first, and its history says so.
    rows = listed(window)
    assert len(rows) == 2
    assert any(r.startswith("Consent · ru | en · ") for r in rows)
    assert any(r.startswith("Power of attorney · ru | en · ") for r in rows)
    history = window.checklist.ui.caseHistory
    lines = [history.item(r).text() for r in range(history.count())]
    assert any("Consent generated: consent-ru-en-" in line for line in lines)


def test_one_language_alone_and_the_columns_must_differ(
    qtbot, window: MainWindow, case_id: int
) -> None:
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    tick(qtbot, ui.powerOfAttorneyCheck, False)
    ui.secondLanguageCombo.setCurrentIndex(ui.secondLanguageCombo.findData("ru"))
    assert not ui.languagesError.isHidden()
    assert "different languages" in ui.languagesError.text()
    assert not ui.generateButton.isEnabled()

    ui.firstLanguageCombo.setCurrentIndex(ui.firstLanguageCombo.findData("kk"))
    ui.secondLanguageCombo.setCurrentIndex(ui.secondLanguageCombo.findData(None))
    assert ui.languagesError.isHidden() and ui.generateButton.isEnabled()
    click(qtbot, ui.generateButton)

    [document] = window.store.list_documents(case_id)
    assert (document.kind, document.languages) == ("consent", "kk")
    assert listed(window)[0].startswith("Consent · kk · ")


def test_a_term_over_three_years_is_refused_next_to_the_field(
    qtbot, window: MainWindow, db_path: Path, case_id: int
) -> None:
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    tick(qtbot, ui.consentCheck)
    tick(qtbot, ui.powerOfAttorneyCheck)
    type_attorney(qtbot, dialog)
    tick(qtbot, ui.noTermCheck, False)
    assert ui.termUntilField.isEnabled()
    ui.termUntilField.setDate(QDate(TODAY).addYears(3).addDays(1))

    click(qtbot, ui.generateButton)

    assert not ui.termUntilError.isHidden()
    assert "at most 3 years" in ui.termUntilError.text()
    assert window.store.list_documents(case_id) == []  # not even the consent
    assert files_written(db_path) == []
    assert ui.previewStack.currentWidget() is ui.emptyLabel

    # Three years to the day is allowed; the message goes once the date is changed.
    ui.termUntilField.setDate(QDate(TODAY).addYears(3))
    assert ui.termUntilError.isHidden()
    click(qtbot, ui.generateButton)
    attorney = next(
        d for d in window.store.list_documents(case_id) if d.kind == "power-of-attorney"
    )
    assert attorney.inputs["term_until"] == (TODAY.replace(year=TODAY.year + 3)).isoformat()


def test_missing_values_are_listed_and_nothing_is_written(
    qtbot, window: MainWindow, db_path: Path, case_id: int, dialogs: Dialogs
) -> None:
    client_id = window.store.get_case(case_id).client_id
    window.store.update_client(client_id, {"address": None})
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    tick(qtbot, ui.consentCheck)
    tick(qtbot, ui.powerOfAttorneyCheck)  # and no attorney chosen

    click(qtbot, ui.generateButton)

    message = ui.missingLabel.text()
    assert ui.missingLabel.isVisible()
    assert "the client's address (client details)" in message
    assert "the attorney (Settings → Attorneys)" in message
    assert "Choose the attorney" in ui.attorneyError.text() and ui.attorneyError.isVisible()
    assert ui.centreDetailsButton.isHidden()  # the centre's details are all there
    assert window.store.list_documents(case_id) == []
    assert files_written(db_path) == []
    assert dialogs.messages == []  # said in the dialog, not in a box
    assert listed(window) == []


def test_missing_centre_details_offer_the_centre_dialog(
    qtbot, window: MainWindow, case_id: int
) -> None:
    window.store.set_centre_details({"name": "AIFC Expat Centre"})
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    tick(qtbot, ui.powerOfAttorneyCheck, False)
    click(qtbot, ui.generateButton)
    assert "the centre's BIN (Settings, Centre details)" in ui.missingLabel.text()
    assert ui.centreDetailsButton.isVisible()

    click(qtbot, ui.centreDetailsButton)
    centre = dialog.centre_dialog
    assert centre is not None and centre.objectName() == "centreDialog" and centre.isVisible()
    qtbot.keyClicks(centre.ui.binField, CENTRE["bin"])
    qtbot.keyClicks(centre.ui.addressField, CENTRE["address"])
    click(qtbot, centre.findChild(QAbstractButton, "saveCentreButton"))

    assert not centre.isVisible()
    assert window.store.centre_details().bin == CENTRE["bin"]
    assert ui.missingLabel.isHidden() and ui.centreDetailsButton.isHidden()
    click(qtbot, ui.generateButton)
    assert [d.kind for d in window.store.list_documents(case_id)] == ["consent"]


def test_enter_in_a_field_generates(qtbot, window: MainWindow, case_id: int) -> None:
    """Keyboard alone: tick with Space, type, Enter."""
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    tick(qtbot, ui.consentCheck, False)
    ui.powerOfAttorneyCheck.setFocus()
    if not ui.powerOfAttorneyCheck.isChecked():
        qtbot.keyClick(ui.powerOfAttorneyCheck, Qt.Key.Key_Space)
    assert ui.powerOfAttorneyCheck.isChecked()
    type_attorney(qtbot, dialog)
    qtbot.keyClick(ui.attorneyCombo, Qt.Key.Key_Return)
    assert [d.kind for d in window.store.list_documents(case_id)] == ["power-of-attorney"]


# --- printing and saving --------------------------------------------------------------------


def test_print_goes_through_the_print_dialog(
    qtbot, window: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    dialog = open_dialog(qtbot, window)
    tick(qtbot, dialog.ui.powerOfAttorneyCheck, False)
    click(qtbot, dialog.ui.generateButton)
    pages = dialog.preview.document.pageCount()

    click(qtbot, dialog.ui.printButton)  # cancelled: nothing printed
    assert dialogs.printers == []

    dialogs.print_to = tmp_path / "printed.pdf"
    click(qtbot, dialog.ui.printButton)
    assert len(dialogs.printers) == 1
    assert len(PdfReader(dialogs.print_to).pages) == pages
    assert dialogs.messages == []


def test_save_as_writes_a_copy_of_the_file_on_record(
    qtbot, window: MainWindow, db_path: Path, tmp_path: Path, dialogs: Dialogs, case_id: int
) -> None:
    dialog = open_dialog(qtbot, window)
    tick(qtbot, dialog.ui.powerOfAttorneyCheck, False)
    click(qtbot, dialog.ui.generateButton)
    [document] = window.store.list_documents(case_id)

    click(qtbot, dialog.ui.saveAsButton)  # cancelled
    assert dialogs.save_asked[0].endswith("IIN-2026-00001 consent ru-en.pdf")

    dialogs.save_as = tmp_path / "for the client"
    click(qtbot, dialog.ui.saveAsButton)
    copy = tmp_path / "for the client.pdf"
    assert sha256(copy) == document.sha256
    assert len(window.store.list_documents(case_id)) == 1  # a copy is not a new document

    dialogs.save_as = tmp_path / "no such folder" / "copy.pdf"
    click(qtbot, dialog.ui.saveAsButton)
    assert "does not exist" in dialogs.messages[-1]


# --- opening what was made ------------------------------------------------------------------


def make_consent(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    tick(qtbot, dialog.ui.powerOfAttorneyCheck, False)
    click(qtbot, dialog.ui.generateButton)
    click(qtbot, dialog.findChild(QAbstractButton, "closeButton"))
    assert not dialog.isVisible()


def test_the_list_opens_the_same_file_and_never_makes_it_again(
    qtbot, window: MainWindow, db_path: Path, case_id: int
) -> None:
    make_consent(qtbot, window)
    [document] = window.store.list_documents(case_id)
    pane = window.checklist
    listing = pane.ui.caseDocumentsList
    assert pane.ui.caseTabs.currentWidget() is pane.ui.documentsPage
    assert "(1)" in pane.ui.caseTabs.tabText(pane.ui.caseTabs.indexOf(pane.ui.documentsPage))

    listing.setFocus()
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    viewer = pane.viewer
    assert viewer is not None and viewer.objectName() == "documentViewer" and viewer.isVisible()
    assert viewer.path == on_disk(db_path, document.path)
    preview = viewer.findChild(QPdfView, "documentPreview")
    assert preview.document().status() == QPdfDocument.Status.Ready
    assert "IIN-2026-00001 · Consent · ru | en" in viewer.ui.titleLabel.text()
    assert document.sha256 in viewer.ui.recordLabel.text()
    viewer.close()

    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.viewer is not None and pane.viewer.path == on_disk(db_path, document.path)
    pane.viewer.close()
    click(qtbot, pane.ui.openDocumentButton)
    assert pane.viewer.path == on_disk(db_path, document.path)

    assert [d.id for d in window.store.list_documents(case_id)] == [document.id]
    assert len(files_written(db_path)) == 1


def test_a_changed_file_is_not_shown(
    qtbot, window: MainWindow, db_path: Path, case_id: int, dialogs: Dialogs
) -> None:
    make_consent(qtbot, window)
    [document] = window.store.list_documents(case_id)
    path = on_disk(db_path, document.path)
    path.write_bytes(path.read_bytes() + b"\n% edited")

    click(qtbot, window.checklist.ui.openDocumentButton)

    assert window.checklist.viewer is None
    assert "was changed after it was generated" in dialogs.messages[-1]
    path.unlink()
    click(qtbot, window.checklist.ui.openDocumentButton)
    assert "is missing" in dialogs.messages[-1]
    assert len(window.store.list_documents(case_id)) == 1


# --- the window around it -------------------------------------------------------------------


def test_the_action_waits_for_a_case(qtbot, window: MainWindow) -> None:
    action = window.ui.generateDocumentsAction
    assert action.objectName() == "generateDocumentsAction"
    assert action.shortcut().toString() == "Ctrl+G"
    assert action in window.ui.fileMenu.actions()
    assert not action.isEnabled()
    assert not window.checklist.ui.generateDocumentsButton.isEnabled()
    select_the_case(window)
    assert action.isEnabled()
    assert window.checklist.ui.generateDocumentsButton.isEnabled()
    assert not window.checklist.ui.openDocumentButton.isEnabled()  # nothing made yet


def test_the_pane_button_opens_the_dialog_too(qtbot, window: MainWindow) -> None:
    select_the_case(window)
    click(qtbot, window.checklist.ui.generateDocumentsButton)
    dialog = window.checklist.documents_dialog
    assert dialog is not None and dialog.isVisible()
    assert "IIN-2026-00001" in dialog.windowTitle()


def test_every_control_has_a_name_and_tab_walks_them_in_order(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    tick(qtbot, dialog.ui.powerOfAttorneyCheck)
    for cls in (QAbstractButton, QComboBox, QLineEdit, QDateEdit, QPdfView):
        for widget in dialog.findChildren(cls):
            if widget.objectName().startswith("qt_") or not widget.objectName():
                # Qt's own parts of a widget (a date edit's line, a spin box's buttons).
                assert widget.parent() is not dialog.ui.optionsWidget, widget
                continue
            assert widget.accessibleName(), widget.objectName()
    # The offscreen platform does not activate a dialog over its window: follow the dialog's
    # own focus.
    dialog.ui.consentCheck.setFocus()
    seen = []
    for _ in range(12):
        focused = dialog.focusWidget()
        seen.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    expected = [
        "consentCheck",
        "powerOfAttorneyCheck",
        "firstLanguageCombo",
        "secondLanguageCombo",
        "attorneyCombo",
        "newAttorneyButton",
        "noTermCheck",
        "generateButton",
    ]
    assert [name for name in seen if name in expected][: len(expected)] == expected, seen


def test_the_stay_of_a_notification_letter_defaults_from_the_case(
    qtbot, db_path: Path, dialogs: Dialogs
) -> None:
    with Store.open(db_path, today=lambda: TODAY) as store:
        store.set_centre_details(CENTRE)
        # The letter prints the passport's validity.
        client, _ = store.add_client({**CLIENT, "passport_expiry": "2031-03-08"})
        # The entry the letter notifies: a visa-free one, begun on the day of arrival.
        entry = {"arrival": TODAY - timedelta(days=1), "basis": "visa_free", "purpose": "work"}
        store.add_stay(client.id, entry)
        host = store.add_host_party(
            {
                "kind": "natural",
                "name": "Ivanov Sergei Petrovich",
                "id_number": "850315300019",
                "address": "Astana, Kenesary St 40, apt 12",
                "phone": "+77015550142",
            }
        )
        case = store.open_case(
            client.id,
            "migration_notification",
            {
                "channel": "expat_centre",
                "arrival_date": TODAY - timedelta(days=1),
                "host_party": host.id,
            },
        )
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    assert ui.powerOfAttorneyCheck.isHidden() and not ui.notificationLetterCheck.isHidden()
    tick(qtbot, ui.consentCheck, False)
    tick(qtbot, ui.notificationLetterCheck)
    assert ui.letterGroup.isVisible() and not ui.attorneyGroup.isVisible()
    assert CLIENT["address"] in ui.stayAddressField.placeholderText()

    click(qtbot, ui.generateButton)  # no departure date on the case: the last day is asked
    assert "the last day of stay" in ui.missingLabel.text()
    assert "Required" in ui.stayUntilError.text()

    ui.stayUntilField.setDate(QDate(TODAY).addDays(20))
    click(qtbot, ui.generateButton)
    [letter] = window.store.list_documents(case.id)
    assert letter.kind == "notification-letter"
    assert letter.inputs["stay_address"] == CLIENT["address"]
    assert letter.inputs["stay_until"] == (TODAY + timedelta(days=20)).isoformat()
