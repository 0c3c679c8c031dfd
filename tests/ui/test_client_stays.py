"""A client's stays in the details pane: added, changed and removed as a manager would."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from qt_keys import type_text

from expat_desk.store import Store
from expat_desk.ui.app import create_main_window
from expat_desk.ui.client_stays import COL_BASIS, COL_WARNINGS, ClientStays
from expat_desk.ui.stay_editor import StayEditor

AMERICAN = {
    "surname": "Wright",
    "given_names": "Oliver",
    "birth_date": "1985-03-02",
    "sex": "M",
    "citizenship": "USA",  # 30 visa-free days an entry (visa-free.json)
    "passport_number": "123456789",
}


@pytest.fixture
def window(qtbot, db_path: Path):
    with Store.open(db_path) as store:
        store.add_client(AMERICAN)
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.register.ui.clientTable.selectRow(0)
    return window


@pytest.fixture
def stays(window) -> ClientStays:
    return window.details.stays


def open_editor(qtbot, stays: ClientStays, button: str = "addStayButton") -> StayEditor:
    qtbot.mouseClick(getattr(stays.ui, button), Qt.MouseButton.LeftButton)
    editor = stays.editor
    assert editor is not None and editor.isVisible()
    return editor


def save(qtbot, editor: StayEditor) -> None:
    button = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def stored(db_path: Path) -> list:
    with Store.open(db_path) as store:
        return store.list_stays(store.search_clients()[0].id)


def table_text(stays: ClientStays) -> list[list[str]]:
    table = stays.ui.staysTable
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_stay_on_a_visa_is_added_and_shown_with_its_warning(qtbot, window, stays, db_path):
    today = window.store.today()
    assert stays.isVisible() and stays.ui.staysTable.rowCount() == 0
    assert not stays.ui.staysNote.isHidden()
    editor = open_editor(qtbot, stays)
    ui = editor.ui
    assert ui.visaNumberField.isHidden() and ui.basisUntilField.isHidden()  # visa-free first
    ui.arrivalField.setDate(QDate(today - timedelta(days=20)))
    choose(ui.basisField, "visa")
    assert not ui.visaNumberField.isHidden() and not ui.basisUntilField.isHidden()
    qtbot.keyClicks(ui.visaNumberField, "k 1234567")
    ui.basisUntilField.setDate(QDate(today + timedelta(days=10)))
    save(qtbot, editor)

    assert not editor.isVisible()
    [stay] = stored(db_path)
    assert (stay.basis, stay.visa_number, stay.departure) == ("visa", "K1234567", None)
    [row] = table_text(stays)
    assert row[COL_BASIS] == "Visa\nK1234567"
    assert row[1] == "still here"
    assert "renew it in time" in row[COL_WARNINGS]
    assert str((today + timedelta(days=10)).year) in row[COL_WARNINGS]  # dates with the year
    assert stays.selected_stay() is not None and stays.selected_stay().id == stay.id


def test_an_overlapping_stay_is_refused_next_to_its_field_and_nothing_stored(
    qtbot, window, stays, db_path
):
    today = window.store.today()
    client_id = window.details.client_id
    window.store.add_stay(
        client_id,
        {
            "arrival": today - timedelta(days=60),
            "departure": today - timedelta(days=40),
            "basis": "visa_free",
            "purpose": "private",
        },
    )
    stays.reload()
    editor = open_editor(qtbot, stays)
    ui = editor.ui
    ui.arrivalField.setDate(QDate(today - timedelta(days=50)))
    save(qtbot, editor)

    assert editor.isVisible()  # kept open, with why
    assert not ui.arrivalError.isHidden()
    first = today - timedelta(days=60)
    assert ui.arrivalError.text().startswith(
        f"Overlaps the stay from {first.day} {first.strftime('%B')} {first.year} to "
    )
    assert ui.departureError.isHidden()
    assert len(stored(db_path)) == 1
    assert len(table_text(stays)) == 1


def test_a_departure_before_the_arrival_is_refused(qtbot, window, stays, db_path) -> None:
    today = window.store.today()
    editor = open_editor(qtbot, stays)
    ui = editor.ui
    assert not ui.departureField.isEnabled()  # "still in Kazakhstan" until unticked
    ui.stillHereBox.setChecked(False)
    assert ui.departureField.isEnabled()
    ui.arrivalField.setDate(QDate(today))
    ui.departureField.setDate(QDate(today - timedelta(days=1)))
    save(qtbot, editor)
    assert ui.departureError.text() == "Cannot be before the arrival"
    assert stored(db_path) == []


@pytest.mark.parametrize(
    "number, why",
    [
        ("ВИЗА12345", "Latin letters"),  # Cyrillic
        ("AB\t12\x0745", "Latin letters"),  # control characters
        ("Z" * 5000, "Latin letters"),  # a paste gone wrong: cut at the field's length, refused
        ("", "required"),
    ],
)
def test_a_wrong_visa_number_is_explained_and_not_stored(
    qtbot, window, stays, db_path, number, why
):
    editor = open_editor(qtbot, stays)
    ui = editor.ui
    choose(ui.basisField, "visa")
    if any(ch < " " for ch in number):  # control characters come in by a paste, not typing
        QApplication.clipboard().setText(number)
        ui.visaNumberField.paste()
    else:
        type_text(ui.visaNumberField, number)
    save(qtbot, editor)
    assert why in ui.visaNumberError.text()
    assert not ui.visaNumberError.isHidden()
    assert stored(db_path) == []


def test_a_permit_asks_its_last_day_but_no_visa_number(qtbot, window, stays, db_path) -> None:
    editor = open_editor(qtbot, stays)
    ui = editor.ui
    choose(ui.basisField, "visa")
    qtbot.keyClicks(ui.visaNumberField, "OLD12345")
    choose(ui.basisField, "residence_permit")
    assert ui.visaNumberField.isHidden() and not ui.basisUntilField.isHidden()
    ui.basisUntilField.setDate(QDate(window.store.today() + timedelta(days=365)))
    choose(ui.purposeField, "work")
    save(qtbot, editor)
    [stay] = stored(db_path)
    assert (stay.basis, stay.visa_number, stay.purpose) == ("residence_permit", None, "work")


def test_a_stay_is_changed_and_removed(qtbot, window, stays, db_path, monkeypatch) -> None:
    today = window.store.today()
    window.store.add_stay(
        window.details.client_id,
        {"arrival": today - timedelta(days=40), "basis": "visa_free", "purpose": "work"},
    )
    stays.reload()
    assert "after the last visa-free day" in table_text(stays)[0][COL_WARNINGS]
    assert not stays.ui.editStayButton.isEnabled()
    stays.ui.staysTable.selectRow(0)
    editor = open_editor(qtbot, stays, "editStayButton")
    assert editor.ui.stillHereBox.isChecked()
    editor.ui.stillHereBox.setChecked(False)
    editor.ui.departureField.setDate(QDate(today - timedelta(days=20)))
    save(qtbot, editor)
    [stay] = stored(db_path)
    assert stay.departure == today - timedelta(days=20)
    assert table_text(stays)[0][COL_WARNINGS] == (
        "21 days: no registration needed (30 days or less)."
    )

    # The question answered "No" (the test's default) keeps it ...
    stays.ui.staysTable.selectRow(0)
    qtbot.mouseClick(stays.ui.removeStayButton, Qt.MouseButton.LeftButton)
    assert len(stored(db_path)) == 1

    # ... and "Yes" removes it.
    def yes(box: QMessageBox) -> int:
        assert box.objectName() == "removeStayQuestion"
        box.button(QMessageBox.StandardButton.Yes).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", yes)
    stays.ui.staysTable.selectRow(0)
    qtbot.mouseClick(stays.ui.removeStayButton, Qt.MouseButton.LeftButton)
    assert stored(db_path) == []
    assert stays.ui.staysTable.rowCount() == 0


def test_cancel_stores_nothing(qtbot, window, stays, db_path) -> None:
    editor = open_editor(qtbot, stays)
    button = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert stored(db_path) == []


def test_no_stays_for_a_new_client_or_a_citizen_of_kazakhstan(qtbot, window, stays) -> None:
    window.new_client()
    assert window.details.client_id is None
    assert stays.isHidden()
    with Store.open(window.store.path) as store:
        store.add_client(
            {
                "surname": "Seitkali",
                "birth_date": date(1990, 1, 15),
                "citizenship": "KAZ",
                "passport_number": "N12345678",
            }
        )
    window.register.reload()
    window.show_client(window.store.search_clients("Seitkali")[0].id)
    assert window.details.ui.headingLabel.text() == "Seitkali"
    assert stays.isHidden()


def test_every_widget_of_the_section_and_the_editor_has_a_name(qtbot, window, stays) -> None:
    editor = open_editor(qtbot, stays)
    kinds = (QAbstractButton, QComboBox, QDateEdit, QLineEdit, QTableWidget, QLabel)
    for root in (stays, editor):
        for child in (w for w in root.findChildren(QWidget) if isinstance(w, kinds)):
            parent = child.parent()
            if parent is not None and parent.inherits("QAbstractSpinBox"):
                continue  # the date edit's own line edit
            if parent is not None and parent.inherits("QAbstractItemView"):
                continue  # the table's corner button
            assert child.objectName(), child
            if not isinstance(child, QLabel) or child.objectName().endswith("Error"):
                assert child.accessibleName() or child.text(), child.objectName()
