"""The window speaks the manager's language: chosen at start, switched without losing typing."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from qt_keys import type_text
from ts_text import translated

from expat_desk.store import Store
from expat_desk.ui import language
from expat_desk.ui.app import create_main_window
from expat_desk.ui.case_wizard import CaseWizard
from expat_desk.ui.centre_dialog import CentreDialog
from expat_desk.ui.language_menu import switch_language

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(language.ENV, raising=False)
    QSettings().remove(language.SETTING)
    yield
    QSettings().remove(language.SETTING)
    language.install("en")


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store.open(db_path, today=lambda: TODAY) as store:
        store.add_client(
            {
                "surname": "Dubois",
                "birth_date": "1985-03-14",
                "citizenship": "FRA",
                "passport_number": "19FR12345",
            }
        )
        store.add_host_party({"kind": "legal", "name": "Hilton Astana"})
    return db_path


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_window_opens_in_the_language_asked(qtbot, db: Path, code: str) -> None:
    window = create_main_window(db, today=lambda: TODAY, language=code)
    qtbot.addWidget(window)
    assert language.current() == code
    for source, shown in (
        ("&Settings", window.ui.settingsMenu.title()),
        ("&File", window.ui.fileMenu.title()),
        ("&Clients", window.ui.mainTabs.tabText(0)),
    ):
        assert shown == translated(code, "MainWindow", source) != source.replace("&", "")
    wizard = CaseWizard(window.store)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == translated(code, "CaseWizard", "New case")
    # Qt's own buttons too (qtbase), not "Cancel" under a Kazakh or Russian dialog.
    dialog = CentreDialog(window.store)
    qtbot.addWidget(dialog)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() not in ("Cancel", "&Cancel")


def test_the_environment_chooses_the_language_where_no_argument_does(
    qtbot, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(language.ENV, "kk_KZ.UTF-8")
    window = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert language.current() == "kk"
    assert window.ui.mainTabs.tabText(0) == translated("kk", "MainWindow", "&Clients")


def test_switching_keeps_the_client_and_what_was_typed(qtbot, db: Path) -> None:
    window = create_main_window(db, today=lambda: TODAY, language="en")
    qtbot.addWidget(window)
    window.show()
    window.register.ui.clientTable.selectRow(0)
    surname = window.details.ui.surnameField
    surname.selectAll()
    type_text(surname, "Дюбуа")  # typed, not saved

    fresh = switch_language(window, "ru")
    qtbot.addWidget(fresh)

    assert fresh is not window and fresh.isVisible() and not window.isVisible()
    assert fresh.ui.settingsMenu.title() == translated("ru", "MainWindow", "&Settings")
    assert fresh.details.client_id == window.details.client_id is not None
    assert fresh.details.ui.surnameField.text() == "Дюбуа"
    with Store.open(db) as store:
        assert store.search_clients("Dubois")  # nothing saved behind the manager's back
    # And the next start speaks Russian without being told.
    assert language.choose() == "ru"
    checked = [a.objectName() for a in fresh.language_menu.actions() if a.isChecked()]
    assert checked == ["language_ruAction"]


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_refused_field_says_why_in_the_language(qtbot, db: Path, code: str) -> None:
    window = create_main_window(db, today=lambda: TODAY, language=code)
    qtbot.addWidget(window)
    window.show()
    window.register.ui.clientTable.selectRow(0)
    details = window.details
    details.ui.surnameField.clear()
    type_text(details.ui.surnameField, "Дюбуа")  # Cyrillic where the passport's Latin goes
    details.ui.saveClientButton.click()
    shown = details.ui.surnameError.text()
    sentence = translated(
        code, "DomainErrors", "must be written in Latin letters; {char} is not one"
    )
    assert shown == sentence.replace("{char}", "'Д'")
    with Store.open(db) as store:
        assert store.search_clients("Dubois")  # nothing stored


def test_the_wizard_says_why_an_answer_is_refused_in_the_language(qtbot, db: Path) -> None:
    from expat_desk.domain.catalogue import ServiceCode

    window = create_main_window(db, today=lambda: TODAY, language="kk")
    qtbot.addWidget(window)
    client = window.store.search_clients("Dubois")[0]
    wizard = CaseWizard(window.store, client_id=client.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard._select_service(ServiceCode.MIGRATION_NOTIFICATION)
    wizard.next()
    picker = wizard.findChild(QWidget, "answer_host_party")
    picker.combo.setCurrentIndex(1)  # an answer given: the others' errors are now said
    error = wizard.findChild(QWidget, "answer_arrival_dateError")
    assert error.isVisible()
    assert error.text() == translated("kk", "DomainErrors", "is required") != "is required"
    assert not wizard.button(CaseWizard.WizardButton.NextButton).isEnabled()


def test_what_a_document_lacks_is_listed_in_the_language(qapp) -> None:
    from expat_desk.ui.document_words import field_label

    language.install("ru")
    assert field_label("stay_until") == "последний день пребывания"
    language.install("kk")
    assert field_label("host_phone") == translated(
        "kk", "DocumentFields", "the host party's phone (Host parties)"
    )
