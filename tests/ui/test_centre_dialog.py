"""The centre's details in Settings: a mistyped BIN is explained next to it and not stored."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from qt_keys import type_text

from expat_desk.domain.centre import DEFAULT_CENTRE_NAME
from expat_desk.store import Store
from expat_desk.ui.app import create_main_window
from expat_desk.ui.centre_dialog import CentreDialog
from expat_desk.ui.main_window import MainWindow

BIN = "160840012340"  # made up, with a valid check digit


@pytest.fixture
def window(qtbot, db_path: Path) -> MainWindow:
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_dialog(qtbot, window: MainWindow) -> CentreDialog:
    assert window.ui.centreDetailsAction in window.ui.settingsMenu.actions()
    window.ui.centreDetailsAction.trigger()
    dialog = window.centre_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.objectName() == "centreDialog"
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot, dialog: CentreDialog) -> None:
    button = dialog.findChild(QAbstractButton, "saveCentreButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_details_are_saved_from_settings(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.ui.nameField.text() == DEFAULT_CENTRE_NAME
    assert dialog.ui.binField.text() == "" and dialog.ui.addressField.text() == ""
    qtbot.keyClicks(dialog.ui.binField, "1608 4001 2340")
    type_text(dialog.ui.addressField, "Астана, проспект Мәңгілік Ел, 55/20", focus=False)
    save(qtbot, dialog)

    assert not dialog.isVisible()
    details = window.store.centre_details()
    assert details.bin == BIN
    assert details.address == "Астана, проспект Мәңгілік Ел, 55/20"
    again = open_dialog(qtbot, window)
    assert again.ui.binField.text() == BIN


def test_a_mistyped_bin_is_explained_and_not_stored(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.ui.binField, "160840012341")  # the last digit is wrong
    qtbot.keyClicks(dialog.ui.addressField, "55/20 Mangilik El Avenue, Astana")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert not dialog.ui.binError.isHidden()
    assert "check digit" in dialog.ui.binError.text()
    assert dialog.ui.nameError.isHidden() and dialog.ui.addressError.isHidden()
    assert window.store.centre_details().bin is None
    assert window.store.centre_details().address is None

    qtbot.keyClick(dialog.ui.binField, Qt.Key.Key_Backspace)  # typing takes the message away
    assert dialog.ui.binError.isHidden()
    qtbot.keyClicks(dialog.ui.binField, "0")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.store.centre_details().bin == BIN


def test_the_name_is_required(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.ui.nameField.clear()
    save(qtbot, dialog)
    assert "is required" in dialog.ui.nameError.text()
    assert dialog.isVisible()


def test_cancel_stores_nothing(qtbot, db_path: Path, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.ui.binField, BIN)
    dialog.reject()
    assert window.store.centre_details().bin is None
    assert window.store.get_setting("centre.details") is None


def test_every_field_has_a_name_for_screen_readers(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    for name in ("nameField", "binField", "addressField"):
        field = dialog.findChild(QLineEdit, name)
        assert field is not None and field.accessibleName(), name
    for name in ("saveCentreButton", "cancelCentreButton"):
        button = dialog.findChild(QAbstractButton, name)
        assert button is not None and button.accessibleName(), name


def test_details_entered_before_are_shown(qtbot, db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.set_centre_details({"name": "Expat Centre", "bin": BIN, "address": "Astana"})
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    dialog = open_dialog(qtbot, window)
    assert (dialog.ui.nameField.text(), dialog.ui.binField.text()) == ("Expat Centre", BIN)
    assert dialog.ui.addressField.text() == "Astana"
