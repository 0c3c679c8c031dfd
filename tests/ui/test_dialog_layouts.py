"""The dialogs built in code hold in Russian and Kazakh, the languages whose words run longest:
each opens inside the screen, needs no more than the smallest screen the centre's laptops
have, and cuts none of its words (a button or a label narrower than its text, a wrapped label
shorter than its lines).

docs/review_layouts.py takes their pictures on the two screens for a person to look at."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from expat_desk.store import Store
from expat_desk.ui import language
from expat_desk.ui.ask_dialog import AskDialog
from expat_desk.ui.attorney_editor import AttorneyEditor
from expat_desk.ui.attorneys_dialog import AttorneysDialog
from expat_desk.ui.calendar_dialog import CalendarDialog
from expat_desk.ui.centre_dialog import CentreDialog
from expat_desk.ui.export_week_dialog import ExportWeekDialog
from expat_desk.ui.host_parties_dialog import HostPartiesDialog
from expat_desk.ui.host_party_editor import HostPartyEditor
from expat_desk.ui.refusal_dialog import RefusalDialog
from expat_desk.ui.stay_check_dialog import StayCheckDialog
from expat_desk.ui.stay_editor import StayEditor
from expat_desk.ui.targets_dialog import TargetsDialog
from expat_desk.ui.visa_free_dialog import VisaFreeDialog

# 1920 × 1080 at 150 %, in logical pixels; a 1366 × 768 laptop at 100 % has more.
SMALLEST_SCREEN = QSize(1280, 720)
TODAY = date(2026, 11, 25)
ATTORNEY = {
    "full_name": "Абенов Данияр Серікұлы",
    "document_kind": "kz_id_card",
    "document_number": "039874105",
    "document_issued": date(2019, 2, 26),
    "document_authority": "МВД РК",
    "resident": True,
    "iin": "871102300017",
}
VISITOR = {
    "surname": "Al Hashimi",
    "given_names": "Khalid",
    "birth_date": date(1985, 3, 2),
    "citizenship": "ARE",
    "passport_number": "A12345678",
}


def cut_words(window: QWidget) -> list[str]:
    """The buttons and labels of the window that do not show all their words."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if widget.height() < need:
                    found.append(f"{name} is {widget.height()} high of {need}: {widget.text()!r}")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"{name} is {widget.width()} wide of {widget.sizeHint().width()}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() < widget.sizeHint().width()
        ):
            found.append(
                f"{name} is {widget.width()} wide of {widget.sizeHint().width()}: {widget.text()!r}"
            )
    return found


def assert_holds(window: QWidget) -> None:
    window.show()
    QApplication.processEvents()
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert room.contains(frame), f"{frame} is past the screen's {room}"
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert least.width() <= SMALLEST_SCREEN.width(), f"needs {least.width()} px wide"
    assert least.height() <= SMALLEST_SCREEN.height(), f"needs {least.height()} px high"
    assert not cut_words(window), "\n".join(cut_words(window))


@pytest.fixture(params=["ru", "kk"])
def speaking(request: pytest.FixtureRequest):
    language.install(request.param)
    yield request.param
    language.install("en")


@pytest.fixture
def full_store(store: Store) -> Store:
    """The store with what the dialogs list: an attorney, a host that lacks details, a
    foreign client with a stay."""
    store.add_attorney(ATTORNEY)
    store.add_host_party({"kind": "natural", "name": "Гостиница Алтын"})
    store.set_centre_details(
        {"name": "AIFC Expat Centre", "bin": "160840012340", "address": "Astana"}
    )
    client, _ = store.add_client(VISITOR)
    store.add_stay(
        client.id,
        {
            "arrival": date(2026, 11, 2),
            "basis": "visa",
            "visa_number": "K1234567",
            "basis_until": date(2027, 1, 31),
            "purpose": "work",
        },
    )
    return store


def _stay_editor(store: Store) -> StayEditor:
    client = store.search_clients()[0]
    return StayEditor(store, client.id, store.list_stays(client.id)[0])


DIALOGS: dict[str, Callable[[Store], QWidget]] = {
    "business calendar": CalendarDialog,
    "centre details": CentreDialog,
    "target times": TargetsDialog,
    "host parties": HostPartiesDialog,
    "host party editor": lambda store: HostPartyEditor(store, store.get_host_party(1)),
    "attorneys": AttorneysDialog,
    "attorney editor": lambda store: AttorneyEditor(store, store.list_attorneys()[0].id),
    "export week": ExportWeekDialog,
    "refusal": lambda store: RefusalDialog(TODAY),
    "stay check": StayCheckDialog,
    "visa-free countries": VisaFreeDialog,
    "stay editor": _stay_editor,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_the_dialog_holds(qtbot, full_store: Store, speaking: str, name: str) -> None:
    dialog = DIALOGS[name](full_store)
    qtbot.addWidget(dialog)
    assert_holds(dialog)


def test_the_editors_hold_with_every_reason_shown(qtbot, full_store: Store, speaking) -> None:
    """What is wrong is said beside or under each field; the dialog grows to show it all."""
    attorney = AttorneyEditor(full_store)
    host = HostPartyEditor(full_store)
    centre = CentreDialog(full_store)
    stay = _stay_editor(full_store)
    for dialog in (attorney, host, centre, stay):
        qtbot.addWidget(dialog)
        dialog.show()
    attorney.fields["document_number"].setText("№1")
    attorney.fields["iin"].setText("123")
    attorney.accept()
    host.fields["phone"].setText("12")
    host.accept()
    centre.ui.nameField.clear()
    centre.ui.binField.setText("123")
    centre.accept()
    stay.ui.stillHereBox.setChecked(False)
    stay.ui.departureField.setDate(stay.ui.arrivalField.date().addDays(-3))
    stay.accept()
    for dialog in (attorney, host, centre, stay):
        assert dialog.isVisible() and dialog.result() == 0  # kept open, saying why
        assert_holds(dialog)


@pytest.fixture
def window(qtbot, db_path: Path, full_store: Store, speaking):  # type: ignore[no-untyped-def]
    from expat_desk.ui.app import create_main_window

    full_store.close()
    window = create_main_window(db_path, today=lambda: TODAY, language=speaking)
    qtbot.addWidget(window)
    return window


def test_the_questions_hold(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The surname before an erasure (the longest question), the manager at this desk, and
    the unexpected error's box."""
    from expat_desk.ui.desk_manager import ask_desk_manager
    from expat_desk.ui.erase_client import ask_and_erase
    from expat_desk.ui.errors import show_error_dialog

    asked: list[QWidget] = []

    def look(dialog: QWidget) -> int:
        assert_holds(dialog)
        asked.append(dialog)
        return 0

    monkeypatch.setattr(AskDialog, "exec", look)
    monkeypatch.setattr(QMessageBox, "exec", look)
    ask_and_erase(window, window.store.search_clients()[0].id)
    ask_desk_manager(window)
    log = Path("C:/Users/manager/AppData/Local/AIFC Expat Centre/Expat Desk/Logs/expat-desk.log")
    show_error_dialog("the value was not what the form expected", "Traceback …", log)
    assert [d.objectName() for d in asked] == [
        "eraseClientQuestion",
        "deskManagerQuestion",
        "errorDialog",
    ]
