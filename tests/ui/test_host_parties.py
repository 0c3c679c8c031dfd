"""Host parties in the window: the wizard picks one or makes one, Settings keeps them."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QListWidget,
    QMessageBox,
    QWidget,
)
from qt_keys import type_text

from expat_desk.store import Store
from expat_desk.ui.case_wizard import CaseWizard
from expat_desk.ui.host_parties_dialog import HostPartiesDialog
from expat_desk.ui.host_party_editor import HostPartyEditor

NEXT = CaseWizard.WizardButton.NextButton
FINISH = CaseWizard.WizardButton.FinishButton


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def click_row(qtbot, view: QListWidget, text: str) -> None:
    [item] = [view.item(r) for r in range(view.count()) if text in view.item(r).text()]
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def editor_filling(qtbot, kind: str, **typed: str):
    """An ``exec`` for the editor that types as a manager would and presses Save."""

    def run(editor: HostPartyEditor) -> int:
        editor.show()
        editor.kind.setCurrentIndex(editor.kind.findData(kind))
        for name, text in typed.items():
            type_text(editor.fields[name], text)
        click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
        if editor.result() != QDialog.DialogCode.Accepted:
            editor.reject()  # as Cancel would, after the test has seen the errors
            editors.append(editor)
        return editor.result()

    editors: list[HostPartyEditor] = []
    run.editors = editors  # type: ignore[attr-defined]
    return run


def migration_details(qtbot, store: Store) -> CaseWizard:
    client, _ = store.add_client(
        {
            "surname": "Kim",
            "birth_date": date(1990, 1, 1),
            "citizenship": "KOR",
            "passport_number": "M12345678",
        }
    )
    wizard = CaseWizard(store, client_id=client.id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    click(qtbot, wizard.button(NEXT))
    click_row(qtbot, wizard.ui.serviceChoice, "Migration notification")
    click(qtbot, wizard.button(NEXT))
    return wizard


def test_the_wizard_names_a_host_on_file(qtbot, store: Store) -> None:
    wizard = migration_details(qtbot, store)
    picker = wizard.findChild(QWidget, "answer_host_party")
    combo = picker.findChild(QWidget, "hostPartyCombo")
    assert combo.accessibleName() == "Host party"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(not chosen)",
        "Nomad Fintech Ltd · 130440000013",
    ]
    wizard.findChild(QWidget, "answer_arrival_date").setDate(date(2026, 11, 23))
    assert not wizard.button(NEXT).isEnabled()  # no host yet
    combo.setCurrentIndex(1)
    assert not picker.hint.isVisible()  # this host has all a letter prints
    while wizard.button(NEXT).isVisible() and wizard.button(NEXT).isEnabled():
        click(qtbot, wizard.button(NEXT))
    assert "Nomad Fintech Ltd · 130440000013" in wizard.ui.reviewSummary.text()
    click(qtbot, wizard.button(FINISH))
    [case] = store.list_cases()
    assert case.answers["host_party"] == 1


def test_a_new_host_made_from_the_wizard_is_chosen_and_what_it_lacks_is_said(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = migration_details(qtbot, store)
    picker = wizard.findChild(QWidget, "answer_host_party")
    monkeypatch.setattr(
        HostPartyEditor,
        "exec",
        editor_filling(qtbot, "legal", name="Гостиница Алтын", id_number="1505 4000 0027"),
    )
    click(qtbot, picker.findChild(QAbstractButton, "newHostPartyButton"))

    [hotel] = [h for h in store.list_host_parties() if h.name == "Гостиница Алтын"]
    assert hotel.id_number == "150540000027"
    assert picker.host_id() == hotel.id
    assert picker.hint.isVisible()
    assert "address, phone, head who signs, head's position" in picker.hint.text()

    # Completed while the manager has the hotel on the phone, without leaving the wizard.
    monkeypatch.setattr(
        HostPartyEditor,
        "exec",
        editor_filling(
            qtbot,
            "legal",
            address="Astana, Dostyk St 5",
            phone="87172700700",
            signatory="Tan Wei",
            position="director",
        ),
    )
    click(qtbot, picker.findChild(QAbstractButton, "editHostPartyButton"))
    assert store.get_host_party(hotel.id).phone == "+77172700700"
    assert picker.host_id() == hotel.id
    assert not picker.hint.isVisible()


def test_a_refused_host_shows_why_beside_the_field_and_stores_nothing(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = HostPartiesDialog(store)
    qtbot.addWidget(dialog)
    filling = editor_filling(qtbot, "natural", name="Ivanov Sergei", id_number="130440000013")
    monkeypatch.setattr(HostPartyEditor, "exec", filling)
    click(qtbot, dialog.new_button)

    [editor] = filling.editors
    error = editor.findChild(QWidget, "host_id_numberError")
    assert "BIN" in error.text() and "private person has an IIN" in error.text()
    assert editor.labels["id_number"].text() == "IIN:"
    assert editor.labels["signatory"].isHidden()  # a private person signs themself
    assert [h.name for h in store.list_host_parties()] == ["Nomad Fintech Ltd"]


def test_the_list_says_which_hosts_a_letter_can_be_made_for(qtbot, store: Store) -> None:
    store.add_host_party({"kind": "legal", "name": "Hilton Astana", "phone": "+77172644444"})
    dialog = HostPartiesDialog(store)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert rows == {
        "Hilton Astana": "needs BIN or IIN, address, head who signs, head's position",
        "Nomad Fintech Ltd": "ready",
    }
    type_text(dialog.search, "hilt")
    assert table.rowCount() == 1


def test_a_host_named_by_a_case_is_not_removed(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _ = store.add_client(
        {
            "surname": "Kim",
            "birth_date": "1990-01-01",
            "citizenship": "KOR",
            "passport_number": "M1234567",
        }
    )
    store.open_case(
        client.id, "migration_notification", {"arrival_date": "2026-11-23", "host_party": 1}
    )
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    dialog = HostPartiesDialog(store)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    click(qtbot, dialog.remove_button)
    assert said == ["Nomad Fintech Ltd is the host party of 1 case(s) and stays on file."]
    assert [h.name for h in store.list_host_parties()] == ["Nomad Fintech Ltd"]
