"""A manager keeps the centre's attorneys in the window: adds one from the documents dialog
and prints with them at once, is told beside each field what is wrong, and edits or retires
them under Settings → Attorneys."""

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)
from qt_keys import type_text

from expat_desk.store import Store
from expat_desk.store.files import files_root
from expat_desk.ui.app import create_main_window
from expat_desk.ui.attorney_editor import AttorneyEditor
from expat_desk.ui.attorneys_dialog import AttorneysDialog
from expat_desk.ui.main_window import MainWindow

TODAY = date(2026, 11, 25)
CENTRE = {"name": "AIFC Expat Centre", "bin": "160840012340", "address": "Astana"}
CLIENT = {
    "surname": "Dubois",
    "given_names": "Camille",
    "birth_date": date(1985, 3, 14),
    "sex": "F",
    "citizenship": "FRA",
    "passport_number": "19AB12345",
    "passport_issued": date(2019, 9, 2),
    "passport_authority": "Préfecture de Paris",
    "address": "12 Kabanbay Batyr Avenue, Astana",
}
FOREIGNER = {
    "full_name": "O'Neil Mary",
    "document_kind": "foreign_passport",
    "document_number": "GB7654321",
    "document_issued": date(2019, 2, 11),
    "document_authority": "HM Passport Office",
    "resident": False,
}
SHOTS = os.environ.get("EXPAT_DESK_SHOTS")  # a folder: the dialogs are grabbed there as PNGs


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def grab(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def case_id(db_path: Path) -> int:
    with Store.open(db_path, today=lambda: TODAY) as store:
        store.manager_id = store.add_manager("Aigerim Nurlanovna").id
        store.set_centre_details(CENTRE)
        client, _ = store.add_client(CLIENT)
        store.add_attorney(FOREIGNER)
        answers = {"channel": "expat_centre", "representative": True}
        return store.open_case(client.id, "iin", answers).id


@pytest.fixture
def window(qtbot, db_path: Path, case_id: int) -> MainWindow:
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def fill_editor(qtbot, editor: AttorneyEditor, *, name: str, iin: str) -> None:
    f = editor.fields
    type_text(f["full_name"], name)
    kind = f["document_kind"]
    kind.setFocus()
    assert kind.currentData() == "kz_id_card"  # the first offered
    qtbot.keyClicks(f["document_number"], "043215678")
    issued = f["document_issued"]
    issued.setDate(QDate(2020, 5, 1))
    type_text(f["document_authority"], "МВД РК")
    tick(qtbot, f["resident"])
    assert f["resident"].isChecked()
    qtbot.keyClicks(f["iin"], iin)


def save_button(editor: AttorneyEditor) -> QPushButton:
    button = editor.findChild(QPushButton, "saveAttorneyButton")
    assert button is not None
    return button


def test_a_new_attorney_is_added_from_the_documents_dialog_and_printed(
    qtbot, window: MainWindow, db_path: Path, case_id: int
) -> None:
    window.register.ui.clientTable.selectRow(0)
    window.ui.generateDocumentsAction.trigger()
    dialog = window.checklist.documents_dialog
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    if not ui.powerOfAttorneyCheck.isChecked():
        ui.powerOfAttorneyCheck.setChecked(True)
    combo = ui.attorneyCombo
    assert combo.objectName() == "attorneyCombo" and combo.accessibleName() == "Attorney"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "O'Neil Mary — Foreign passport GB7654321"
    ]
    dialog.resize(1366, 768)
    grab(dialog, "documents-dialog-attorney")

    click(qtbot, ui.newAttorneyButton)
    editor = dialog.attorney_editor
    assert editor is not None and editor.isVisible()
    fill_editor(qtbot, editor, name="Нурланова Айгерим Болатқызы", iin="900115 300013")
    grab(editor, "attorney-editor")
    click(qtbot, save_button(editor))

    assert not editor.isVisible()
    assert combo.currentText() == "Нурланова Айгерим Болатқызы — Kazakhstan ID card 043215678"
    assert combo.count() == 2
    click(qtbot, ui.generateButton)

    [document] = [d for d in window.store.list_documents(case_id) if d.kind == "power-of-attorney"]
    snapshot = document.inputs["attorney"]
    assert (snapshot["full_name"], snapshot["iin"], snapshot["resident"]) == (
        "Нурланова Айгерим Болатқызы",
        "900115300013",
        True,
    )
    pdf = files_root(db_path) / document.path
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Нурланова Айгерим Болатқызы" in text
    assert "ИИН 900115300013" in text and "IIN 900115300013" in text
    assert "№ 043215678, дата выдачи: 1 мая 2020 г., орган выдачи: МВД РК" in text


def test_a_refused_attorney_is_explained_beside_each_field_and_nothing_is_stored(
    qtbot, window: MainWindow
) -> None:
    editor = AttorneyEditor(window.store, None, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    # A formula for a name, a Cyrillic Н in the number, a BIN for an IIN.
    fill_editor(qtbot, editor, name="=cmd|' /C calc'!A0", iin="160840012340")
    number = editor.fields["document_number"]
    number.clear()
    type_text(number, "Н43215678")
    click(qtbot, save_button(editor))

    assert editor.isVisible()
    errors = {name: label for name, label in editor.errors.items() if label.isVisible()}
    assert set(errors) == {"full_name", "document_number", "iin"}
    assert "'=' is not one" in errors["full_name"].text()
    assert "Cyrillic letter" in errors["document_number"].text()
    assert "BIN" in errors["iin"].text()
    # Beside its field, on the same row.
    name_field = editor.fields["full_name"]
    beside, field = errors["full_name"].geometry(), name_field.geometry()
    assert abs(beside.center().y() - field.center().y()) < 20 and beside.left() > field.right()
    assert len(window.store.list_attorneys()) == 1  # only the one there before
    editor.resize(1366, 768)
    grab(editor, "attorney-editor-errors")

    # Ten thousand characters pasted as a name: cut by the field, refused, not stored.
    name_field.setText("Ivanov " * 1500)
    click(qtbot, save_button(editor))
    assert "at most 200" in editor.errors["full_name"].text()
    # The message goes once the field is changed.
    name_field.clear()
    type_text(name_field, "x")
    assert editor.errors["full_name"].isHidden()
    assert [a.full_name for a in window.store.list_attorneys()] == ["O'Neil Mary"]


def test_settings_attorneys_adds_edits_and_retires(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.attorneys_action
    menu = window.ui.settingsMenu
    assert action in menu.actions() and action.objectName() == "attorneysAction"
    assert menu.actions().index(action) < menu.actions().index(window.ui.centreDetailsAction)
    action.trigger()
    dialog = window.attorneys_dialog
    assert isinstance(dialog, AttorneysDialog) and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "attorneysTable")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "O'Neil Mary"
    assert table.item(0, 2).text().endswith("2019")  # the date with its year
    assert table.item(0, 3).text() == "non-resident"
    edit = dialog.findChild(QPushButton, "editAttorneyButton")
    retire = dialog.findChild(QPushButton, "retireAttorneyButton")
    assert not edit.isEnabled() and not retire.isEnabled()  # nothing chosen yet

    click(qtbot, dialog.findChild(QPushButton, "addAttorneyButton"))
    fill_editor(qtbot, dialog.editor, name="Сарсенова Айгерим", iin="900115300013")
    click(qtbot, save_button(dialog.editor))
    assert table.rowCount() == 2
    assert dialog.chosen_id() == window.store.list_attorneys()[1].id  # the new one, chosen
    dialog.resize(1366, 768)
    grab(dialog, "attorneys-dialog")

    # Edit the chosen: the editor opens filled in; the change is stored and logged.
    click(qtbot, edit)
    editor = dialog.editor
    number = editor.findChild(QLineEdit, "attorneyDocumentNumberField")
    assert number.text() == "043215678"
    number.selectAll()
    qtbot.keyClicks(number, "099887766")
    click(qtbot, save_button(editor))
    chosen = dialog.chosen_id()
    assert window.store.get_attorney(chosen).document_number == "099887766"
    assert [e.field for e in window.store.history("attorney", chosen)] == [None, "document_number"]

    # Retire it, once confirmed: it leaves the list (and the documents dialog's combo).
    def confirm(box: QMessageBox) -> int:
        box.findChild(QPushButton, "confirmRetireButton").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    assert retire.isEnabled()
    click(qtbot, retire)
    assert table.rowCount() == 1 and window.store.get_attorney(chosen).active is False
    show_retired = dialog.findChild(QCheckBox, "showRetiredCheck")
    tick(qtbot, show_retired)
    assert table.rowCount() == 2
    assert {table.item(r, 4).text() for r in range(2)} == {"active", "retired"}


def test_a_retire_not_confirmed_changes_nothing(qtbot, window: MainWindow) -> None:
    dialog = window.edit_attorneys()
    dialog.table.selectRow(0)
    assert dialog.retire() is False  # the question answered Cancel (tests/ui/conftest.py)
    assert [a.active for a in window.store.list_attorneys(active_only=False)] == [True]


def test_every_widget_has_a_name_and_an_accessible_name(qtbot, window: MainWindow) -> None:
    dialog = window.edit_attorneys()
    editor = dialog.add()
    kinds = (QLineEdit, QComboBox, QDateEdit, QCheckBox, QPushButton, QTableWidget, QLabel)
    for parent in (dialog, editor):
        widgets = [w for kind in kinds for w in parent.findChildren(kind)]
        for widget in widgets:
            if widget.parent() is not parent and not isinstance(widget, QPushButton):
                continue  # a part of another widget (a combo's line, a table's header)
            assert widget.objectName(), widget
            if not isinstance(widget, QLabel) or widget.objectName().endswith(
                ("Error", "ProblemLabel")
            ):
                assert widget.accessibleName(), widget.objectName()
