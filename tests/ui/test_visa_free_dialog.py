"""The centre corrects the visa-free list in Settings; the wizard follows at once."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from expat_desk.store import Store
from expat_desk.ui.main_window import MainWindow
from expat_desk.ui.visa_free_dialog import COL_CODE, COL_RECIPROCAL, VisaFreeDialog


@pytest.fixture
def window(shown_window: MainWindow) -> MainWindow:
    return shown_window


def open_dialog(window: MainWindow) -> VisaFreeDialog:
    assert window.ui.visaFreeAction in window.ui.settingsMenu.actions()
    window.ui.visaFreeAction.trigger()
    dialog = window.visa_free_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def visible_codes(dialog: VisaFreeDialog) -> list[str]:
    table = dialog.ui.countryTable
    return [
        table.item(r, COL_CODE).text() for r in range(table.rowCount()) if not table.isRowHidden(r)
    ]


def row_of(dialog: VisaFreeDialog, code: str) -> int:
    table = dialog.ui.countryTable
    [row] = [r for r in range(table.rowCount()) if table.item(r, COL_CODE).text() == code]
    return row


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_the_published_list_is_shown_and_found(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(window)
    table = dialog.ui.countryTable
    assert table.item(row_of(dialog, "RUS"), COL_RECIPROCAL).text() == "yes"
    assert table.item(row_of(dialog, "USA"), COL_RECIPROCAL).text() == "one-way"
    qtbot.keyClicks(dialog.ui.searchField, "kyrg")
    assert visible_codes(dialog) == ["KGZ"]
    qtbot.keyClicks(dialog.ui.searchField, "zzz")
    assert visible_codes(dialog) == []


def test_a_correction_is_saved_with_its_reason_and_can_be_taken_back(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    dialog = open_dialog(window)
    table = dialog.ui.countryTable
    table.selectRow(row_of(dialog, "USA"))
    assert dialog.ui.countryField.text() == "USA"
    click(qtbot, dialog.ui.reciprocalBox)
    click(qtbot, dialog.ui.saveButton)
    # No reason, no correction: the message stands next to the form.
    assert dialog.ui.errorLabel.isVisible() and "Why" in dialog.ui.errorLabel.text()
    assert window.store.visa_free().reciprocal("USA") is False

    qtbot.keyClicks(dialog.ui.noteField, "Agreement in force since 2026-12-01")
    click(qtbot, dialog.ui.saveButton)
    assert not dialog.ui.errorLabel.isVisible()
    row = row_of(dialog, "USA")
    assert table.item(row, COL_RECIPROCAL).text() == "yes"
    assert table.item(row, COL_CODE).font().bold()
    with Store.open(db_path) as other:
        assert other.visa_free().reciprocal("USA")

    assert dialog.ui.revertButton.isEnabled()
    click(qtbot, dialog.ui.revertButton)
    assert table.item(row_of(dialog, "USA"), COL_RECIPROCAL).text() == "one-way"
    assert not window.store.visa_free().reciprocal("USA")


def test_a_country_is_added_and_taken_off(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.ui.countryField.set_code(None)
    qtbot.keyClicks(dialog.ui.countryField, "npl")
    assert not dialog.ui.removeButton.isEnabled()  # not on the list yet
    dialog.ui.reciprocalBox.setChecked(True)
    dialog.ui.perEntrySpin.setValue(90)
    qtbot.keyClicks(dialog.ui.noteField, "test")
    click(qtbot, dialog.ui.saveButton)
    assert window.store.visa_free().regime("NPL").days_per_entry == 90

    dialog.ui.countryField.set_code(None)
    qtbot.keyClicks(dialog.ui.countryField, "RUS")
    dialog.ui.noteField.clear()
    qtbot.keyClicks(dialog.ui.noteField, "suspended")
    click(qtbot, dialog.ui.removeButton)
    assert "RUS" not in visible_codes(dialog)
    assert window.store.visa_free().regime("RUS") is None


def test_a_wrong_country_code_is_explained(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.ui.countryField.set_code(None)
    qtbot.keyClicks(dialog.ui.countryField, "XX1")
    qtbot.keyClicks(dialog.ui.noteField, "why")
    click(qtbot, dialog.ui.saveButton)
    assert "Country" in dialog.ui.errorLabel.text()
    assert window.store.get_setting("visa_free.corrections") is None


def test_every_control_has_a_name_for_screen_readers(window: MainWindow) -> None:
    dialog = open_dialog(window)
    ui = dialog.ui
    for widget in (
        ui.searchField,
        ui.countryTable,
        ui.countryField,
        ui.reciprocalBox,
        ui.perEntrySpin,
        ui.per180Spin,
        ui.noteField,
        ui.saveButton,
        ui.removeButton,
        ui.revertButton,
        ui.errorLabel,
        ui.introLabel,
    ):
        assert isinstance(widget, QWidget)
        assert widget.objectName() and widget.accessibleName(), widget.objectName()
    assert date(2026, 12, 7).year == 2026 and "2026" in ui.introLabel.text()
