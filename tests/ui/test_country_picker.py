"""A manager picks a client's country by typing part of its name in any language, or its code."""

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QListView, QWizard
from qt_keys import type_text

from expat_desk.store import Store
from expat_desk.ui import language
from expat_desk.ui.app import create_main_window
from expat_desk.ui.case_wizard import CaseWizard
from expat_desk.ui.country_picker import CountryPicker

CLIENT = {
    "surname": "Karimov",
    "given_names": "Aziz",
    "birth_date": "1990-05-06",
    "citizenship": "GBR",
    "passport_number": "FA1234567",
}


@pytest.fixture(params=["en"])
def speaking(request):
    """The window's language for the test (English again afterwards, for the tests after it)."""
    language.install(request.param)
    try:
        yield request.param
    finally:
        language.install("en")


@pytest.fixture
def details(qtbot, db_path: Path, speaking):
    with Store.open(db_path) as store:
        store.add_client(CLIENT)
    window = create_main_window(db_path, language=speaking)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.register.ui.clientTable.selectRow(0)
    return window.details


def retype(qtbot, picker: CountryPicker, text: str) -> None:
    picker.lineEdit().selectAll()
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Delete)
    type_text(picker, text)


def offered(picker: CountryPicker) -> list[str]:
    popup = picker.completer().popup()
    if not popup.isVisible():
        return []
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choose(qtbot, picker: CountryPicker, shown: str) -> None:
    """Click a row of the completer's list, as the manager does."""
    popup: QListView = picker.completer().popup()
    rows = offered(picker)
    assert shown in rows, rows
    rect = popup.visualRect(popup.model().index(rows.index(shown), 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def save_and_stored_citizenship(qtbot, details, db_path: Path) -> str:
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)
    with Store.open(db_path) as store:
        return store.search_clients("Karimov")[0].citizenship


@pytest.mark.parametrize(
    ("speaking", "typed", "shown"),
    [
        ("ru", "Узб", "Узбекистан (UZB)"),
        ("kk", "Өзбек", "Өзбекстан (UZB)"),
        ("en", "uzbek", "Uzbekistan (UZB)"),
        ("en", "Узб", "Uzbekistan (UZB)"),  # a Russian name found while the window is English
    ],
    indirect=["speaking"],
)
def test_part_of_a_name_chosen_from_the_list_stores_the_iso_code(
    qtbot, details, db_path: Path, typed: str, shown: str
) -> None:
    picker = details.ui.citizenshipField
    retype(qtbot, picker, typed)
    choose(qtbot, picker, shown)
    assert picker.currentText() == shown
    assert picker.code() == "UZB"
    assert details.ui.citizenshipError.isHidden()
    assert save_and_stored_citizenship(qtbot, details, db_path) == "UZB"
    assert details.ui.citizenshipField.currentText() == shown  # as shown again after the save


def test_a_typed_code_is_taken_and_shown_as_the_country(qtbot, details, db_path: Path) -> None:
    picker = details.ui.citizenshipField
    changes: list[str] = []
    picker.codeChanged.connect(changes.append)
    retype(qtbot, picker, "uzb")
    assert changes == ["", "UZB"]  # emptied (no country), then Uzbekistan once "uzb" is typed
    picker.completer().popup().hide()  # the list offered while typing, left unused
    details.ui.passportNumberField.setFocus()  # leaving the field
    assert picker.currentText() == "Uzbekistan (UZB)"
    assert save_and_stored_citizenship(qtbot, details, db_path) == "UZB"


def test_text_that_names_no_country_stays_and_is_refused(qtbot, details, db_path: Path) -> None:
    picker = details.ui.citizenshipField
    retype(qtbot, picker, "Narnia")
    assert offered(picker) == []
    assert picker.code() is None
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)
    assert picker.currentText() == "Narnia"  # the typing is not lost
    assert details.ui.citizenshipError.isVisible()
    assert "Narnia" in details.ui.citizenshipError.text()
    with Store.open(db_path) as store:
        assert store.search_clients("Karimov")[0].citizenship == "GBR"


@pytest.mark.parametrize(
    ("speaking", "first", "kazakhstan"),
    [
        ("ru", "Австралия (AUS)", "Казахстан (KAZ)"),
        ("kk", "Австралия (AUS)", "Қазақстан (KAZ)"),
        ("en", "Afghanistan (AFG)", "Kazakhstan (KAZ)"),
    ],
    indirect=["speaking"],
)
def test_the_list_follows_the_window_language_in_dictionary_order(
    qtbot, speaking, first: str, kazakhstan: str
) -> None:
    picker = CountryPicker()
    qtbot.addWidget(picker)
    shown = [picker.itemText(row) for row in range(picker.count())]
    assert shown[0] == first
    assert kazakhstan in shown  # alphabetical like the rest, not put first
    # Letters outside the basic alphabet sort where a dictionary puts them, not by code point.
    if speaking == "en":
        assert shown.index("Åland Islands (ALA)") < shown.index("Albania (ALB)")
    if speaking == "kk":
        oman, uzbekistan = shown.index("Оман (OMN)"), shown.index("Өзбекстан (UZB)")
        assert oman < uzbekistan < shown.index("Пәкістан (PAK)")


def test_set_code_shows_the_country_and_keeps_what_is_not_a_code(qtbot, speaking) -> None:
    picker = CountryPicker()
    qtbot.addWidget(picker)
    assert picker.code() is None and picker.currentText() == ""
    picker.set_code("deu")
    assert (picker.code(), picker.currentText()) == ("DEU", "Germany (DEU)")
    picker.set_code("XX1")  # a stored value from before the picker
    assert (picker.code(), picker.currentText(), picker.text()) == (None, "XX1", "XX1")
    picker.set_code(None)
    assert (picker.code(), picker.currentText()) == (None, "")


def test_the_wizard_registers_a_new_client_with_a_country_picked_by_name(
    qtbot, store: Store
) -> None:
    wizard = CaseWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    ui = wizard.ui
    ui.newClientButton.setChecked(True)
    type_text(ui.newSurname, "Müller")
    ui.newBirthDate.setDate(QDate(1988, 4, 12))
    type_text(ui.newPassport, "C01X00T47")
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    type_text(ui.newCitizenship, "Narnia")
    assert "Narnia" in ui.newCitizenshipError.text()
    assert not next_button.isEnabled()

    retype(qtbot, ui.newCitizenship, "Герман")
    choose(qtbot, ui.newCitizenship, "Germany (DEU)")
    assert ui.newCitizenshipError.isHidden()
    assert next_button.isEnabled()
    assert wizard.draft_values()["client"]["citizenship"] == "DEU"
