"""Tab walks every dialog built in code as it reads: top to bottom, left to right, the buttons
last, every field on the way and none twice, then round to the first again. Every widget it
stops at has a name a test can find it by and one a screen reader says."""

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QVBoxLayout, QWidget

from expat_desk.store import Store
from expat_desk.ui.ask_dialog import AskDialog
from expat_desk.ui.attorney_editor import AttorneyEditor
from expat_desk.ui.attorneys_dialog import AttorneysDialog
from expat_desk.ui.calendar_dialog import CalendarDialog
from expat_desk.ui.centre_dialog import CentreDialog
from expat_desk.ui.client_stays import ClientStays
from expat_desk.ui.export_week_dialog import ExportWeekDialog
from expat_desk.ui.host_parties_dialog import HostPartiesDialog, HostPartyPicker
from expat_desk.ui.host_party_editor import HostPartyEditor
from expat_desk.ui.refusal_dialog import RefusalDialog
from expat_desk.ui.stay_check_dialog import StayCheckDialog
from expat_desk.ui.stay_editor import StayEditor
from expat_desk.ui.targets_dialog import TargetsDialog
from expat_desk.ui.visa_free_dialog import VisaFreeDialog

TODAY = date(2026, 11, 25)
ATTORNEY = {
    "full_name": "O'Neil Mary",
    "document_kind": "foreign_passport",
    "document_number": "GB7654321",
    "document_issued": date(2019, 2, 11),
    "document_authority": "HM Passport Office",
    "resident": False,
}
VISITOR = {
    "surname": "Wright",
    "birth_date": date(1985, 3, 2),
    "citizenship": "USA",
    "passport_number": "123456789",
}
VISA_STAY = {
    "arrival": date(2026, 11, 2),
    "basis": "visa",
    "visa_number": "K1234567",
    "basis_until": date(2027, 1, 31),
    "purpose": "work",
}


def name_of(widget: QWidget | None) -> str:
    """The name of the widget Tab stopped at: a part Qt made inside a widget (a combo's line
    edit, the calendar's grid) goes by the name of the widget it belongs to."""
    while widget is not None and (not widget.objectName() or widget.objectName().startswith("qt_")):
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else "?"


def named(window: QWidget, name: str) -> QWidget:
    found = window if window.objectName() == name else window.findChild(QWidget, name)
    assert found is not None, f"no widget named {name}"
    return found


def tab_walk(qtbot, window: QWidget, first: str) -> list[str]:
    """Show the window, start at ``first`` and press Tab until focus is back there; the names
    in the order focus visits them (Tab moving within one widget, as between a date's day,
    month and year, counts once)."""
    shown(qtbot, window)
    named(window, first).setFocus(Qt.FocusReason.TabFocusReason)
    seen = [name_of(QApplication.focusWidget())]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        here = name_of(QApplication.focusWidget())
        if here == first and seen[-1] != first:
            return seen
        if here != seen[-1]:
            seen.append(here)
    raise AssertionError(f"Tab never came back to {first}: {seen}")


def assert_walks(qtbot, window: QWidget, order: list[str]) -> None:
    assert tab_walk(qtbot, window, order[0]) == order
    for name in order:
        widget = named(window, name)
        said = widget.accessibleName() or (
            widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""
        )
        assert said, f"{name} has no name a screen reader could say"


def shown(qtbot, window: QWidget) -> None:
    if not window.isActiveWindow():
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def opens_on(qtbot, dialog: QWidget, name: str) -> None:
    """The dialog opens with the focus on its first field."""
    shown(qtbot, dialog)
    assert name_of(QApplication.focusWidget()) == name


@pytest.fixture
def made(qtbot) -> Callable[[QWidget], QWidget]:
    def keep(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        return widget

    return keep


def test_business_calendar(qtbot, store: Store, made) -> None:
    dialog = made(CalendarDialog(store))
    opens_on(qtbot, dialog, "calendar")
    # Of the kind of day, Tab stops at the one chosen; the arrows move between them.
    assert_walks(
        qtbot, dialog, ["calendar", "nationalButton", "overrideList", "closeCalendarButton"]
    )


def test_centre_details(qtbot, store: Store, made) -> None:
    dialog = made(CentreDialog(store))
    opens_on(qtbot, dialog, "nameField")
    assert_walks(
        qtbot,
        dialog,
        ["nameField", "binField", "addressField", "saveCentreButton", "cancelCentreButton"],
    )


def test_target_processing_times(qtbot, store: Store, made) -> None:
    dialog = made(TargetsDialog(store))
    opens_on(qtbot, dialog, "iinTargetSpin")  # not Save, made before the spin boxes
    spins = [f"{code}TargetSpin" for code in dialog.spins]
    assert_walks(qtbot, dialog, [*spins, "saveTargetsButton", "cancelTargetsButton"])


def test_host_parties(qtbot, store: Store, made) -> None:
    dialog = made(HostPartiesDialog(store))
    opens_on(qtbot, dialog, "hostSearchField")
    dialog.table.selectRow(0)  # Edit and Remove are on for a chosen host
    # Tab leaves the list for its buttons; the arrows move in it.
    order = ["hostSearchField", "hostPartiesTable", "newHostButton", "editHostButton"]
    assert_walks(qtbot, dialog, [*order, "removeHostButton", "closeHostPartiesButton"])


@pytest.mark.parametrize("kind", ["legal", "natural"])
def test_host_party_editor(qtbot, store: Store, made, kind: str) -> None:
    editor = made(HostPartyEditor(store))
    opens_on(qtbot, editor, "hostKindField")
    editor.kind.setCurrentIndex(editor.kind.findData(kind))
    fields = ["name", "id_number", "address", "phone"]
    fields += ["signatory", "position"] if kind == "legal" else []  # a person signs alone
    order = ["hostKindField", *(f"host_{f}Field" for f in fields)]
    assert_walks(qtbot, editor, [*order, "saveHostPartyButton", "cancelHostPartyButton"])


def test_host_party_picker_goes_by_its_buttons_as_they_stand(qtbot, store: Store, made) -> None:
    page = made(QWidget())
    picker = HostPartyPicker(store, "Host party")
    QVBoxLayout(page).addWidget(picker)
    picker.set_host_id(1)  # Edit is on for a chosen host
    assert_walks(qtbot, page, ["hostPartyCombo", "editHostPartyButton", "newHostPartyButton"])


def test_attorneys(qtbot, store: Store, made) -> None:
    store.add_attorney(ATTORNEY)
    dialog = made(AttorneysDialog(store))
    opens_on(qtbot, dialog, "attorneysTable")
    dialog.table.selectRow(0)
    order = ["attorneysTable", "addAttorneyButton", "editAttorneyButton", "retireAttorneyButton"]
    assert_walks(qtbot, dialog, [*order, "showRetiredCheck", "closeAttorneysButton"])


def test_attorney_editor(qtbot, store: Store, made) -> None:
    editor = made(AttorneyEditor(store))
    opens_on(qtbot, editor, "attorneyFullNameField")
    fields = ["FullName", "DocumentKind", "DocumentNumber", "DocumentIssued"]
    fields += ["DocumentAuthority", "Resident", "Iin"]
    order = [f"attorney{f}Field" for f in fields]
    assert_walks(qtbot, editor, [*order, "saveAttorneyButton", "cancelAttorneyButton"])


def test_export_week(qtbot, store: Store, made) -> None:
    dialog = made(ExportWeekDialog(store))
    opens_on(qtbot, dialog, "weekField")
    order = ["weekField", "weeksField", "managerField", "exportLanguageCombo"]
    assert_walks(qtbot, dialog, [*order, "exportButton", "cancelExportButton"])


def test_refusal(qtbot, made) -> None:
    dialog = made(RefusalDialog(TODAY))
    opens_on(qtbot, dialog, "refusalReason")
    dialog.reason_field.setText("no registration at the address")  # OK is on with a reason
    order = ["refusalReason", "refusalDate", "recordRefusalButton", "cancelRefusalButton"]
    assert_walks(qtbot, dialog, order)


def test_stay_check(qtbot, store: Store, made) -> None:
    dialog = made(StayCheckDialog(store))
    opens_on(qtbot, dialog, "citizenshipField")
    dialog.ui.visaBox.setChecked(True)  # its day is asked once it is ticked
    order = ["citizenshipField", "arrivalDate", "departureBox", "departureDate", "purposeCombo"]
    assert_walks(qtbot, dialog, [*order, "visaBox", "visaUntilDate", "closeStayCheckButton"])


def test_visa_free_countries(qtbot, store: Store, made) -> None:
    store.set_visa_free_correction("USA", {"reciprocal": True, "note": "test agreement"})
    dialog = made(VisaFreeDialog(store))
    opens_on(qtbot, dialog, "searchField")
    dialog._select("USA")  # a corrected country: each of its buttons is on
    order = ["searchField", "countryTable", "countryField", "reciprocalBox", "perEntrySpin"]
    order += ["per180Spin", "noteField", "saveButton", "removeButton", "revertButton"]
    assert_walks(qtbot, dialog, [*order, "closeVisaFreeButton"])


def test_client_stays(qtbot, store: Store, made) -> None:
    client, _ = store.add_client(VISITOR)
    store.add_stay(client.id, VISA_STAY)
    stays = made(ClientStays(store))
    stays.show_client(client.id, "USA")
    stays.ui.staysTable.selectRow(0)
    order = ["staysTable", "addStayButton", "editStayButton", "removeStayButton"]
    assert_walks(qtbot, stays, order)


def test_stay_editor(qtbot, store: Store, made) -> None:
    client, _ = store.add_client(VISITOR)
    stay = store.add_stay(client.id, {**VISA_STAY, "departure": date(2026, 11, 20)})
    editor = made(StayEditor(store, client.id, stay))
    opens_on(qtbot, editor, "arrivalField")
    order = ["arrivalField", "departureField", "stillHereBox", "basisField", "visaNumberField"]
    order += ["basisUntilField", "purposeField", "saveStayButton", "cancelStayButton"]
    assert_walks(qtbot, editor, order)


@pytest.mark.parametrize("items", [None, ["Aigerim Sarsenova", "Daniyar Abenov"]])
def test_a_question_with_one_answer(qtbot, made, items: list[str] | None) -> None:
    dialog = made(
        AskDialog(None, name="q", title="Erase", question="Type the surname:", accessible="S")
        if items is None
        else AskDialog(None, name="q", title="Desk", question="Who?", accessible="M", items=items)
    )
    opens_on(qtbot, dialog, "qField")
    assert_walks(qtbot, dialog, ["qField", "qOkButton", "qCancelButton"])
    assert isinstance(dialog, QDialog)
