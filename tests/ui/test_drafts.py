"""No lost typing: unsaved work is kept as a draft, asked about, and offered after a crash."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from qt_keys import type_text

from expat_desk.store import Store
from expat_desk.ui.app import create_main_window, offer_drafts

TODAY = date(2026, 11, 25)


def answering(button: QMessageBox.StandardButton | str):  # type: ignore[no-untyped-def]
    """QMessageBox.exec as a manager answering with ``button`` (a standard one or a name)."""

    def exec_(box: QMessageBox) -> int:
        found = (
            box.findChild(QPushButton, button) if isinstance(button, str) else box.button(button)
        )
        # Another question (the window closing at the test's end) is let go.
        found = found or box.button(QMessageBox.StandardButton.Discard) or box.escapeButton()
        if found is not None:
            found.click()
        return 0

    return exec_


@pytest.fixture
def clients(db_path: Path) -> list[int]:
    with Store.open(db_path) as store:
        ids = []
        for surname, passport in (("Weber", "C01X00T47"), ("Novak", "C01X00T48")):
            client, _ = store.add_client(
                {
                    "surname": surname,
                    "given_names": "Anna",
                    "birth_date": date(1990, 5, 2),
                    "sex": "F",
                    "citizenship": "DEU",
                    "passport_number": passport,
                }
            )
            ids.append(client.id)
        return ids


def select(window: Any, client_id: int) -> None:
    """Click the client's row in the register."""
    model = window.register.model
    row = next(r for r in range(model.rowCount()) if model.client(r).id == client_id)
    window.register.ui.clientTable.selectRow(row)


def open_window(qtbot, db_path: Path) -> Any:  # type: ignore[no-untyped-def]
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_typing_in_the_client_form_survives_a_crash(
    qtbot, db_path: Path, clients, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, db_path)
    select(first, clients[0])
    employer = first.details.ui.employerField
    type_text(employer, "Астана Хаб")
    qtbot.waitUntil(lambda: first.details.drafts.load("client-form") is not None)
    # The app dies here: nothing is saved, the draft is on disk.

    second = open_window(qtbot, db_path)
    monkeypatch.setattr(QMessageBox, "exec", answering("restoreDraftsButton"))
    assert offer_drafts(second)

    assert second.details.client_id == clients[0]
    assert second.details.ui.employerField.text() == "Астана Хаб"
    assert second.details.is_dirty()
    with Store.open(db_path) as store:
        assert store.get_client(clients[0]).employer is None


def test_leaving_a_changed_client_asks_and_saves(
    qtbot, db_path: Path, clients, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path)
    select(window, clients[0])
    type_text(window.details.ui.employerField, "AIFC Court")
    monkeypatch.setattr(QMessageBox, "exec", answering(QMessageBox.StandardButton.Save))

    select(window, clients[1])

    assert window.store.get_client(clients[0]).employer == "AIFC Court"
    assert window.details.client_id == clients[1]
    assert window.details.drafts.load("client-form") is None


def test_cancel_keeps_the_typing_on_screen(qtbot, db_path: Path, clients, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path)
    table = window.register.ui.clientTable
    select(window, clients[0])
    type_text(window.details.ui.employerField, "AIFC Court")
    monkeypatch.setattr(QMessageBox, "exec", answering(QMessageBox.StandardButton.Cancel))

    select(window, clients[1])

    assert window.details.client_id == clients[0]
    assert window.details.ui.employerField.text() == "AIFC Court"
    qtbot.waitUntil(lambda: table.selectionModel().selectedRows() == [])
    assert window.store.get_client(clients[0]).employer is None


def test_closing_the_window_with_unsaved_typing_can_be_called_off(
    qtbot, db_path: Path, clients, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path)
    select(window, clients[0])
    type_text(window.details.ui.employerField, "AIFC Court")
    monkeypatch.setattr(QMessageBox, "exec", answering(QMessageBox.StandardButton.Cancel))

    assert not window.close()
    assert window.isVisible()


def test_a_half_made_case_comes_back_after_a_crash(
    qtbot, db_path: Path, clients, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, db_path)
    first.ui.newCaseAction.trigger()
    wizard = first.wizard
    qtbot.mouseClick(wizard.ui.newClientButton, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    type_text(wizard.ui.newSurname, "Әлиева")
    type_text(wizard.ui.newPassport, "N1234567")
    qtbot.waitUntil(lambda: wizard.drafts.load("case-wizard") is not None)

    second = open_window(qtbot, db_path)
    monkeypatch.setattr(QMessageBox, "exec", answering("restoreDraftsButton"))
    assert offer_drafts(second)

    again = second.wizard
    assert again is not None and again.isVisible()
    assert again.ui.newClientButton.isChecked()
    assert again.ui.newSurname.text() == "Әлиева"
    assert again.ui.newPassport.text() == "N1234567"


def test_closing_a_started_case_asks_and_can_keep_editing(
    qtbot, db_path: Path, clients, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path)
    window.ui.newCaseAction.trigger()
    wizard = window.wizard
    wizard.ui.serviceChoice.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "exec", answering(QMessageBox.StandardButton.Cancel))

    wizard.reject()
    assert wizard.isVisible()

    monkeypatch.setattr(QMessageBox, "exec", answering(QMessageBox.StandardButton.Discard))
    wizard.reject()
    assert not wizard.isVisible()
    assert wizard.drafts.load("case-wizard") is None


def test_nothing_is_offered_after_a_clean_close(
    qtbot, db_path: Path, clients, unattended_questions
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path)
    window.register.ui.clientTable.selectRow(0)
    assert not offer_drafts(window)
    assert unattended_questions == []
