"""Editing a client in the window: validation next to the field, nothing half-written."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from qt_keys import type_text

from expat_desk.domain.mrz import check_digit
from expat_desk.store import Store
from expat_desk.ui.app import create_main_window

CLIENT = {
    "surname": "Wright",
    "given_names": "Oliver",
    "birth_date": "1985-03-02",
    "sex": "M",
    "citizenship": "GBR",
    "passport_number": "123456789",
}


@pytest.fixture
def window(qtbot, db_path: Path):
    with Store.open(db_path) as store:
        store.add_client(CLIENT)
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.register.ui.clientTable.selectRow(0)
    return window


def test_selecting_a_client_shows_their_details(window) -> None:
    details = window.details
    assert details.ui.headingLabel.text() == "Wright Oliver"
    assert details.ui.passportNumberField.text() == "123456789"


def test_an_invalid_iin_is_explained_next_to_the_field_and_not_stored(qtbot, window, db_path):
    details = window.details
    qtbot.keyClicks(details.ui.iinField, "850302300124")  # a wrong check digit
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)

    assert not details.ui.iinError.isHidden()
    assert "check digit" in details.ui.iinError.text()
    with Store.open(db_path) as store:
        assert store.search_clients()[0].iin is None


def test_a_cyrillic_name_typed_and_saved_is_stored(qtbot, window, db_path) -> None:
    details = window.details
    type_text(details.ui.surnameCyrField, "Райт", focus=False)
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)
    with Store.open(db_path) as store:
        assert store.search_clients("райт")[0].surname_cyr == "Райт"
    assert details.ui.surnameCyrError.isHidden()


def test_the_patronymic_and_the_passports_issuer_typed_are_stored(qtbot, window, db_path):
    details = window.details
    type_text(details.ui.patronymicField, "Нұрланұлы", focus=False)
    type_text(details.ui.passportAuthorityField, "МВД РК", focus=False)
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)
    with Store.open(db_path) as store:
        client = store.search_clients()[0]
    assert (client.patronymic, client.passport_authority) == ("Нұрланұлы", "МВД РК")
    assert details.ui.patronymicError.isHidden()


def test_a_patronymic_in_mixed_scripts_is_explained_and_not_stored(qtbot, window, db_path):
    details = window.details
    type_text(details.ui.patronymicField, "Ivanoвич", focus=False)
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)
    assert not details.ui.patronymicError.isHidden()
    with Store.open(db_path) as store:
        assert store.search_clients()[0].patronymic is None


def test_a_pasted_mrz_fills_the_passport_fields(qtbot, window) -> None:
    names = "P<UTOERIKSSON<<ANNA<MARIA".ljust(44, "<")
    number, birth, expiry = "L898902C3", "740812", "340415"
    personal = "ZE184226B".ljust(14, "<")
    body = (
        f"{number}{check_digit(number)}UTO{birth}{check_digit(birth)}F"
        f"{expiry}{check_digit(expiry)}{personal}{check_digit(personal)}"
    )
    line2 = body + str(check_digit(body[0:10] + body[13:20] + body[21:43]))
    details = window.details
    details.ui.mrzInput.setPlainText(f"{names}\n{line2}")
    qtbot.mouseClick(details.ui.fillFromMrzButton, Qt.MouseButton.LeftButton)

    assert details.ui.surnameField.text() == "ERIKSSON"
    assert details.ui.givenNamesField.text() == "ANNA MARIA"
    assert details.ui.passportNumberField.text() == "L898902C3"
    assert details.ui.passportExpiryField.date().toPython().isoformat() == "2034-04-15"


def test_a_corrupted_mrz_says_which_check_failed(qtbot, window) -> None:
    details = window.details
    details.ui.mrzInput.setPlainText("P<UTOERIKSSON<<ANNA".ljust(44, "<") + "\n" + "X" * 44)
    qtbot.mouseClick(details.ui.fillFromMrzButton, Qt.MouseButton.LeftButton)
    assert details.ui.mrzError.text()
    assert details.ui.surnameField.text() == "Wright"  # nothing filled


def test_new_client_from_the_menu(qtbot, window, db_path) -> None:
    window.ui.newClientAction.trigger()
    details = window.details
    assert details.ui.headingLabel.text() == "New client"
    qtbot.keyClicks(details.ui.surnameField, "Clarke")
    qtbot.keyClicks(details.ui.citizenshipField, "usa")
    qtbot.keyClicks(details.ui.passportNumberField, "567 123 890")
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)
    assert "is required" in details.ui.birthDateError.text()  # no birth date yet
    with Store.open(db_path) as store:
        assert store.count_clients() == 1

    details.ui.birthDateField.setDate(
        details.ui.birthDateField.date().fromString("1990-05-06", "yyyy-MM-dd")
    )
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)
    with Store.open(db_path) as store:
        saved = store.search_clients("clarke")[0]
    assert (saved.citizenship, saved.passport_number) == ("USA", "567123890")
    assert window.register.model.rowCount() == 2


def mrz_with_expiry(expiry: date) -> str:
    names = "P<UTOERIKSSON<<ANNA<MARIA".ljust(44, "<")
    number, birth, ends = "L898902C3", "740812", f"{expiry:%y%m%d}"
    personal = "ZE184226B".ljust(14, "<")
    body = (
        f"{number}{check_digit(number)}UTO{birth}{check_digit(birth)}F"
        f"{ends}{check_digit(ends)}{personal}{check_digit(personal)}"
    )
    return f"{names}\n{body}{check_digit(body[0:10] + body[13:20] + body[21:43])}"


def test_a_passport_near_its_end_is_flagged_when_filled_from_the_mrz(qtbot, window) -> None:
    details = window.details
    soon = window.store.today() + timedelta(days=40)
    details.ui.mrzInput.setPlainText(mrz_with_expiry(soon))
    qtbot.mouseClick(details.ui.fillFromMrzButton, Qt.MouseButton.LeftButton)
    flag = details.ui.passportExpiryError
    assert not flag.isHidden()
    assert f"expires on {soon.day} {soon:%B %Y}, within 3 months" in flag.text()


def test_an_expired_passport_is_flagged_as_typed_and_when_saved(qtbot, window, db_path) -> None:
    details = window.details
    flag = details.ui.passportExpiryError
    assert flag.isHidden()  # no expiry on file, nothing to say
    expired = window.store.today() - timedelta(days=1)
    details.ui.passportExpiryField.setDate(QDate(expired))  # picked in the calendar
    assert not flag.isHidden() and f"expired on {expired.day} {expired:%B %Y}" in flag.text()
    far = window.store.today() + timedelta(days=800)
    details.ui.passportExpiryField.setDate(QDate(far))
    assert flag.isHidden()

    details.ui.passportExpiryField.setDate(QDate(expired))
    qtbot.mouseClick(details.ui.saveClientButton, Qt.MouseButton.LeftButton)
    assert "expired on" in details.ui.warningsLabel.text()
    assert not flag.isHidden()  # still next to the field after the save
    with Store.open(db_path) as store:
        assert store.search_clients()[0].passport_expiry == expired  # a warning, not a refusal
