"""A manager opens a case through the wizard: client, service, questions, checklist, review."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
    QWizard,
)
from qt_keys import type_text

from expat_desk.store import Store
from expat_desk.ui import case_wizard
from expat_desk.ui.case_wizard import CaseWizard

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """What the wizard would have shown in a message box (nobody is left to click it)."""
    shown: list[str] = []
    monkeypatch.setattr(
        case_wizard.QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text)
    )
    return shown


def make_wizard(qtbot, store: Store, client_id: int | None = None) -> CaseWizard:
    wizard = CaseWizard(store, client_id=client_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, button: QAbstractButton) -> None:
    # Near the left edge: a radio button or check box reacts on its box and text only.
    where = QPoint(min(8, button.width() // 2), button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)


def click_row(qtbot, view: QListWidget, text: str) -> None:
    matches = [view.item(r) for r in range(view.count()) if text in view.item(r).text()]
    assert matches, f"no row with {text!r} in {view.objectName()}"
    rect = view.visualItemRect(matches[0])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def answer(wizard: CaseWizard, name: str) -> QWidget:
    widget = wizard.findChild(QWidget, f"answer_{name}")
    assert widget is not None, name
    return widget


def fill_new_client(qtbot, wizard: CaseWizard, **overrides: str) -> None:
    ui = wizard.ui
    click(qtbot, ui.newClientButton)
    values = {
        "newSurname": "Müller",
        "newGivenNames": "Anna",
        "newCitizenship": "DEU",
        "newPassport": "C01X00T47",
    }
    values.update(overrides)
    for name, text in values.items():
        if text:
            type_text(getattr(ui, name), text, focus=False)
    ui.newBirthDate.setDate(QDate(1988, 4, 12))  # picked in the calendar popup


def next_enabled(wizard: CaseWizard) -> bool:
    return wizard.button(NEXT).isEnabled()


def go_next(qtbot, wizard: CaseWizard) -> None:
    assert next_enabled(wizard), "Next is disabled"
    click(qtbot, wizard.button(NEXT))


def add_client(store: Store, **values) -> int:
    record = {
        "surname": "Ivanov",
        "given_names": "Ivan",
        "birth_date": date(1980, 1, 2),
        "citizenship": "RUS",
        "passport_number": "750000001",
        **values,
    }
    return store.add_client(record)[0].id


def checklist_codes(wizard: CaseWizard) -> list[str]:
    view = wizard.ui.checklistPreview
    return [view.item(r).data(Qt.ItemDataRole.UserRole) for r in range(view.count())]


def test_a_new_client_and_an_iin_case_with_a_representative(
    qtbot, store: Store, db_path: Path, warnings: list[str]
) -> None:
    wizard = make_wizard(qtbot, store)
    created: list[int] = []
    wizard.caseCreated.connect(created.append)
    assert wizard.objectName() == "caseWizard"

    fill_new_client(qtbot, wizard)
    assert not wizard.ui.newSurnameError.isVisible()
    go_next(qtbot, wizard)

    assert wizard.currentPage() is wizard.ui.servicePage
    assert not next_enabled(wizard)  # no service picked yet
    click_row(qtbot, wizard.ui.serviceChoice, "IIN issuance")
    go_next(qtbot, wizard)

    assert wizard.currentPage() is wizard.ui.detailsPage
    assert answer(wizard, "channel").currentData() == "expat_centre"
    assert not answer(wizard, "mission").isEnabled()  # only for a diplomatic mission
    click(qtbot, answer(wizard, "representative"))
    go_next(qtbot, wizard)

    assert wizard.currentPage() is wizard.ui.checklistPage
    assert checklist_codes(wizard) == [
        "iin.application",
        "iin.passport_copy",
        "iin.consent",
        "iin.power_of_attorney",
    ]
    with Store.open(db_path) as other:  # nothing is written before Finish
        assert other.search_clients("Müller") == []
    go_next(qtbot, wizard)

    summary = wizard.ui.reviewSummary.text()
    assert "Müller Anna (new client)" in summary
    assert "IIN issuance" in summary
    assert "A representative acts for the client: yes" in summary
    assert "Checklist: 4 items" in summary
    click(qtbot, wizard.button(FINISH))

    assert warnings == []
    assert wizard.created_case_id is not None
    assert created == [wizard.created_case_id]
    assert not wizard.isVisible()
    with Store.open(db_path) as other:
        case = other.get_case(wizard.created_case_id)
        assert case.service == "iin"
        assert case.client.surname == "Müller"
        assert case.client.passport_number == "C01X00T47"
        assert case.representative is True
        codes = [item.code for item in case.items]
        assert "iin.consent" in codes
        assert "iin.power_of_attorney" in codes


@pytest.mark.parametrize(
    ("overrides", "error_label", "message"),
    [
        ({"newPassport": "12-4"}, "newPassportError", "Latin letters and digits"),
        ({"newSurname": ""}, "newSurnameError", "Surname: is required"),
    ],
    ids=["invalid passport", "missing surname"],
)
def test_a_wrong_new_client_is_explained_and_not_stored(
    qtbot, store: Store, db_path: Path, overrides, error_label: str, message: str
) -> None:
    wizard = make_wizard(qtbot, store)
    fill_new_client(qtbot, wizard, **overrides)

    label = getattr(wizard.ui, error_label)
    assert label.isVisible()
    assert message in label.text()
    assert not next_enabled(wizard)
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage() is wizard.ui.clientPage
    with Store.open(db_path) as other:
        assert other.count_clients() == 0


def test_an_eds_without_an_iin_is_refused_and_leads_to_an_iin_case(
    qtbot, store: Store, db_path: Path, warnings: list[str]
) -> None:
    client_id = add_client(store)
    wizard = make_wizard(qtbot, store, client_id=client_id)
    assert wizard.client() is not None and wizard.client().id == client_id
    go_next(qtbot, wizard)
    click_row(qtbot, wizard.ui.serviceChoice, "EDS issuance")
    go_next(qtbot, wizard)

    refusal = wizard.ui.refusalLabel
    assert refusal.isVisible()
    assert "Ivanov Ivan has no IIN: an EDS needs one" in refusal.text()
    assert not next_enabled(wizard)
    offer = wizard.ui.openIinCaseButton
    assert offer.isVisible() and offer.accessibleName()

    click(qtbot, offer)

    assert wizard.currentPage() is wizard.ui.detailsPage
    assert wizard.service().code == "iin"
    assert not refusal.isVisible()
    qtbot.waitUntil(answer(wizard, "channel").isVisible)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    click(qtbot, wizard.button(FINISH))

    assert warnings == []
    with Store.open(db_path) as other:
        [case] = other.list_cases(client_id=client_id)
        assert case.service == "iin"
        assert case.id == wizard.created_case_id


def test_picking_an_existing_client_by_a_cyrillic_name(
    qtbot, store: Store, db_path: Path, warnings: list[str]
) -> None:
    add_client(store, surname_cyr="Иванов", given_names_cyr="Иван")
    petrov = add_client(
        store,
        surname="Petrov",
        given_names="Pyotr",
        surname_cyr="Петров",
        given_names_cyr="Пётр",
        passport_number="750000002",
    )
    wizard = make_wizard(qtbot, store)
    assert not next_enabled(wizard)  # nobody picked yet

    type_text(wizard.ui.clientSearchField, "Петр", focus=False)

    picker = wizard.ui.clientPicker
    qtbot.waitUntil(lambda: picker.count() == 1)  # the search waits for a pause in typing
    assert "Петров Пётр" in picker.item(0).text()
    click_row(qtbot, picker, "Петров")
    assert wizard.client().id == petrov
    go_next(qtbot, wizard)
    click_row(qtbot, wizard.ui.serviceChoice, "Loss of passport")
    go_next(qtbot, wizard)
    type_text(answer(wizard, "place_of_loss"), "Astana, Mega Silk Way", focus=False)
    answer(wizard, "date_of_loss").setDate(QDate(2026, 11, 20))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    click(qtbot, wizard.button(FINISH))

    assert warnings == []
    with Store.open(db_path) as other:
        case = other.get_case(wizard.created_case_id)
        assert case.client_id == petrov
        assert case.answers == {
            "place_of_loss": "Astana, Mega Silk Way",
            "date_of_loss": "2026-11-20",
        }


def test_the_checklist_of_a_migration_notification_via_the_portal(
    qtbot, store: Store, db_path: Path
) -> None:
    wizard = make_wizard(qtbot, store, client_id=add_client(store))
    go_next(qtbot, wizard)
    click_row(qtbot, wizard.ui.serviceChoice, "Migration notification")
    go_next(qtbot, wizard)
    assert not next_enabled(wizard)  # arrival date and host party are required

    choose(answer(wizard, "host_party").combo, 1)
    assert wizard.findChild(QWidget, "answer_arrival_dateError").isVisible()
    answer(wizard, "arrival_date").setDate(QDate(2026, 11, 23))
    choose(answer(wizard, "channel"), "visa_migration_portal")
    go_next(qtbot, wizard)

    # Rules of version 2: filed online, no letter; the arrival date is a question, not an item.
    assert checklist_codes(wizard) == ["migration.passport", "migration.host_eds"]
    texts = [wizard.ui.checklistPreview.item(r).text() for r in range(2)]
    assert "Electronic digital signature (EDS) of the host party for the portal" in texts
    with Store.open(db_path) as other:  # a preview, not a case
        assert other.list_cases() == []


def test_a_case_the_store_refuses_keeps_the_wizard_open(
    qtbot, store: Store, db_path: Path, warnings: list[str]
) -> None:
    wizard = make_wizard(qtbot, store)
    fill_new_client(qtbot, wizard)
    go_next(qtbot, wizard)
    click_row(qtbot, wizard.ui.serviceChoice, "IIN issuance")
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    # Someone registers the same passport at another desk meanwhile.
    add_client(
        store, surname="Muller", given_names="Anna", citizenship="DEU", passport_number="C01X00T47"
    )
    click(qtbot, wizard.button(FINISH))

    assert len(warnings) == 1 and "already belongs to client" in warnings[0]
    assert wizard.isVisible()
    assert wizard.created_case_id is None
    with Store.open(db_path) as other:
        assert other.count_clients() == 1
        assert other.list_cases() == []


def test_every_control_has_a_name_for_screen_readers(qtbot, store: Store) -> None:
    wizard = make_wizard(qtbot, store, client_id=add_client(store))
    go_next(qtbot, wizard)
    click_row(qtbot, wizard.ui.serviceChoice, "Police registration")
    go_next(qtbot, wizard)
    names = ("citizenship", "reciprocal_visa_free", "inviting_party", "purpose", "stay_until")
    widgets = [answer(wizard, name) for name in names]
    widgets += [
        wizard.ui.clientSearchField,
        wizard.ui.clientPicker,
        wizard.ui.existingClientButton,
        wizard.ui.newClientButton,
        wizard.ui.newSurname,
        wizard.ui.newGivenNames,
        wizard.ui.newBirthDate,
        wizard.ui.newCitizenship,
        wizard.ui.newPassport,
        wizard.ui.serviceChoice,
        wizard.ui.openIinCaseButton,
        wizard.ui.checklistPreview,
    ]
    for widget in widgets:
        assert widget.objectName() and widget.accessibleName(), widget.objectName()


def test_ctrl_n_opens_the_wizard_for_the_client_shown_and_shows_the_new_case(qtbot, db_path):
    from expat_desk.ui.app import create_main_window

    with Store.open(db_path) as store:
        store.add_client(
            {
                "surname": "Novak",
                "birth_date": "1991-02-03",
                "citizenship": "CZE",
                "passport_number": "45678912",
            }
        )
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.register.ui.clientTable.selectRow(0)
    assert window.ui.newCaseAction.shortcut().toString() == "Ctrl+N"
    window.ui.newCaseAction.trigger()
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.client() is not None and wizard.client().surname == "Novak"

    # What Finish does once the store has the case: the window shows it beside its client.
    case = window.store.open_case(wizard.client().id, "iin", {"channel": "expat_centre"})
    wizard.caseCreated.emit(case.id)
    assert window.ui.clientTabs.currentWidget() is window.ui.casesHolder
    assert window.ui.caseList.currentItem().text().startswith(case.number)
    assert window.checklist.case.number == case.number


def test_an_optional_date_can_be_taken_back(qtbot, store: Store) -> None:
    """A planned departure typed by mistake is cleared; the case then has none."""
    client_id = add_client(store)
    wizard = make_wizard(qtbot, store, client_id=client_id)
    go_next(qtbot, wizard)
    click_row(qtbot, wizard.ui.serviceChoice, "Migration notification")
    go_next(qtbot, wizard)
    answer(wizard, "arrival_date").setDate(QDate(2026, 11, 20))
    choose(answer(wizard, "host_party").combo, 1)
    departure = answer(wizard, "departure_date")
    departure.setDate(QDate(2026, 12, 30))
    assert departure.text() == "30.12.2026"

    click(qtbot, wizard.findChild(QAbstractButton, "answer_departure_dateClear"))

    assert departure.text() == "not set"
    assert next_enabled(wizard)


# --- what the client record decides ------------------------------------------------------


def details_of(qtbot, store: Store, service: str, **client: str):
    wizard = make_wizard(qtbot, store, client_id=add_client(store, **client))
    go_next(qtbot, wizard)
    click_row(qtbot, wizard.ui.serviceChoice, service)
    go_next(qtbot, wizard)
    return wizard


def test_police_registration_of_a_one_way_visa_free_citizen_is_refused(qtbot, store: Store) -> None:
    wizard = details_of(qtbot, store, "Police registration", surname="Smith", citizenship="USA")
    refusal = wizard.ui.refusalLabel
    assert refusal.isVisible()
    assert "reciprocal visa-free agreement" in refusal.text()
    assert "United States" in refusal.text() and "Smith Ivan" in refusal.text()
    assert not next_enabled(wizard)
    # No box to tick: the citizenship and the agreement come from the record and the list.
    assert isinstance(answer(wizard, "reciprocal_visa_free"), QLabel)
    assert store.list_cases() == []


def test_police_registration_shows_what_the_record_decides(qtbot, store: Store) -> None:
    wizard = details_of(qtbot, store, "Police registration", citizenship="KGZ")
    assert not wizard.ui.refusalLabel.isVisible()
    assert answer(wizard, "citizenship").text() == "Kyrgyzstan (KGZ) (from the client record)"
    assert answer(wizard, "reciprocal_visa_free").text() == "yes (from the client record)"


def test_a_private_visit_past_90_days_is_explained_next_to_the_date(qtbot, store: Store) -> None:
    wizard = details_of(qtbot, store, "Police registration", citizenship="UZB")
    answer(wizard, "entry_date").setDate(QDate(store.today() - timedelta(days=3)))
    type_text(answer(wizard, "inviting_party"), "Nomad Fintech Ltd", focus=False)
    purpose = answer(wizard, "purpose")
    purpose.setCurrentIndex(purpose.findData("private_visit"))
    until: QDateEdit = answer(wizard, "stay_until")
    until.setDate(QDate(store.today() + timedelta(days=90)))  # day 91
    error = wizard.findChild(QLabel, "answer_stay_untilError")
    assert error.isVisible() and "90 days" in error.text()
    assert not next_enabled(wizard)

    until.setDate(QDate(store.today() + timedelta(days=89)))  # day 90
    assert not error.isVisible()
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    click(qtbot, wizard.button(FINISH))
    [case] = store.list_cases()
    assert case.answers["stay_until"] == (store.today() + timedelta(days=89)).isoformat()


def test_a_new_kazakh_client_is_not_offered_the_foreigners_route_to_an_iin(
    qtbot, store: Store
) -> None:
    wizard = make_wizard(qtbot, store)
    fill_new_client(qtbot, wizard, newCitizenship="KAZ")
    go_next(qtbot, wizard)
    click_row(qtbot, wizard.ui.serviceChoice, "IIN issuance")
    go_next(qtbot, wizard)
    assert "citizen of Kazakhstan" in wizard.ui.refusalLabel.text()
    assert not next_enabled(wizard)


def test_the_eds_checklist_follows_the_citizenship_on_file(qtbot, store: Store) -> None:
    wizard = details_of(
        qtbot,
        store,
        "EDS issuance",
        citizenship="KAZ",
        birth_date=date(1990, 1, 15),
        sex="M",
        iin="900115300013",  # valid for that birth date and sex
    )
    assert answer(wizard, "kz_citizen").text() == "yes (from the client record)"
    assert wizard.findChild(QLineEdit, "answer_kz_citizen") is None
    go_next(qtbot, wizard)
    texts = [
        wizard.ui.checklistPreview.item(r).text() for r in range(wizard.ui.checklistPreview.count())
    ]
    assert "Identification document" in texts
    assert not any("translat" in t for t in texts)


def test_the_review_flags_a_passport_near_its_end(qtbot, store: Store) -> None:
    soon = store.today() + timedelta(days=20)
    wizard = details_of(qtbot, store, "IIN issuance", passport_expiry=soon)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    summary = wizard.ui.reviewSummary.text()
    assert f"Note: the passport expires on {soon.day} {soon:%B %Y}, within a month" in summary
