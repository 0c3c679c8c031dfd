"""The checklist pane as a manager uses it: ticking documents, attaching scans, moving the case."""

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)

from expat_desk.store import Store
from expat_desk.ui.checklist_model import (
    COL_FILE,
    COL_NOTE,
    COL_REQUIRED,
    COL_STATE,
    COL_TITLE,
    ChecklistModel,
)
from expat_desk.ui.checklist_pane import ChecklistPane

TODAY = date(2026, 11, 25)
CLIENT = {
    "surname": "Dubois",
    "given_names": "Camille",
    "birth_date": date(1985, 3, 14),
    "sex": "F",
    "citizenship": "FRA",
    "passport_number": "19AB12345",
}
# Through the centre with a representative: application, passport copy, consent, power of
# attorney, every one required.
IIN_ANSWERS = {"channel": "expat_centre", "representative": True}
ITEM_BUTTONS = (
    "markReceivedButton",
    "markVerifiedButton",
    "markMissingButton",
    "markNotApplicableButton",
)
CASE_BUTTONS = (
    "submitCaseButton",
    "completeCaseButton",
    "refuseCaseButton",
    "cancelCaseButton",
    "reopenCaseButton",
    "returnCaseButton",
)


class Dialogs:
    """Stand-ins for the modal dialogs: what they were asked, and the answers to give."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.prefilled: list[str] = []  # the text each question started with
        self.answers: list[tuple[str, bool]] = []
        self.opened: list[QUrl] = []

    def warning(self, parent: Any, title: str, text: str, *args: Any) -> Any:
        self.errors.append(text)
        return QMessageBox.StandardButton.Ok

    def get_text(self, parent: Any, title: str, label: str, *args: Any, **kwargs: Any) -> Any:
        self.questions.append(label)
        self.prefilled.append(kwargs.get("text", ""))
        return self.answers.pop(0) if self.answers else ("", False)

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    fake = Dialogs()
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, fake.warning)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: fake.errors.append(self.text()))
    monkeypatch.setattr(QInputDialog, "getText", fake.get_text)
    monkeypatch.setattr(QDesktopServices, "openUrl", fake.open_url)
    return fake


@pytest.fixture
def store(db_path: Path):
    s = Store.open(db_path, today=lambda: TODAY)
    s.manager_id = s.add_manager("Aigerim Nurlanovna").id
    yield s
    s.close()


@pytest.fixture
def case(store: Store) -> Any:
    client, _ = store.add_client(CLIENT)
    return store.open_case(client.id, "iin", IIN_ANSWERS)


@pytest.fixture
def pane(qtbot, store: Store, case: Any, dialogs: Dialogs) -> ChecklistPane:
    widget = ChecklistPane(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show_case(case.id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def child(pane: ChecklistPane, cls: type, name: str) -> Any:
    found = pane.findChild(cls, name)
    assert found is not None, name
    return found


def click(qtbot, pane: ChecklistPane, name: str) -> None:
    qtbot.mouseClick(child(pane, QAbstractButton, name), Qt.MouseButton.LeftButton)


def select(qtbot, pane: ChecklistPane, row: int) -> None:
    """Click the row in the list, as the manager does."""
    view = child(pane, QWidget, "checklistView")
    rect = view.visualRect(view.model().index(row, COL_STATE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row


def enabled(pane: ChecklistPane, names: tuple[str, ...]) -> set[str]:
    return {n for n in names if child(pane, QAbstractButton, n).isEnabled()}


def states(store: Store, case_id: int) -> list[str]:
    return [i.state for i in store.get_case(case_id).items]


def progress_text(pane: ChecklistPane) -> str:
    return child(pane, QWidget, "checklistProgress").text()


def history(pane: ChecklistPane) -> list[str]:
    widget = child(pane, QListWidget, "caseHistory")
    return [widget.item(r).text() for r in range(widget.count())]


def tick_all(qtbot, pane: ChecklistPane) -> None:
    for row in range(pane.model.rowCount()):
        select(qtbot, pane, row)
        click(qtbot, pane, "markReceivedButton")


def test_every_item_is_shown_with_its_state(pane: ChecklistPane) -> None:
    view = child(pane, QWidget, "checklistView")
    model = view.model()
    assert model.rowCount() == 4
    titles = [model.index(r, COL_TITLE).data() for r in range(4)]
    assert titles[0] == "Completed application"
    assert "power of attorney" in titles[3]
    assert {model.index(r, COL_REQUIRED).data() for r in range(4)} == {"required"}
    assert {model.index(r, COL_STATE).data() for r in range(4)} == {"missing"}
    assert progress_text(pane) == "0 of 4"
    ready = child(pane, QWidget, "readyLabel").text()
    assert ready.startswith("Missing:") and "Completed application" in ready
    assert "IIN-2026-00001" in pane.ui.caseLabel.text()
    assert "(rules v2 of 1 July 2026)" in pane.ui.caseLabel.text()  # the version it follows


def test_ticking_items_is_stored_and_counted(qtbot, pane: ChecklistPane, store, case) -> None:
    select(qtbot, pane, 0)
    assert enabled(pane, ITEM_BUTTONS) == {"markReceivedButton", "markNotApplicableButton"}

    with qtbot.waitSignal(pane.caseChanged) as signal:
        click(qtbot, pane, "markReceivedButton")
    assert signal.args == [case.id]
    assert states(store, case.id)[0] == "received"
    assert store.get_case(case.id).items[0].state_date == TODAY
    assert progress_text(pane) == "1 of 4"
    assert pane.model.index(0, COL_STATE).data() == "received"
    # The same item stays selected and now offers what a received document may become.
    assert pane.ui.checklistView.currentIndex().row() == 0
    assert enabled(pane, ITEM_BUTTONS) == {"markVerifiedButton", "markMissingButton"}

    click(qtbot, pane, "markVerifiedButton")
    select(qtbot, pane, 2)
    click(qtbot, pane, "markReceivedButton")

    assert states(store, case.id) == ["verified", "missing", "received", "missing"]
    assert progress_text(pane) == "2 of 4"

    select(qtbot, pane, 0)
    assert enabled(pane, ITEM_BUTTONS) == {"markReceivedButton", "markMissingButton"}
    click(qtbot, pane, "markMissingButton")
    assert states(store, case.id)[0] == "missing"
    assert progress_text(pane) == "1 of 4"


def test_submit_only_when_every_required_document_is_in(
    qtbot, pane: ChecklistPane, store, case
) -> None:
    assert enabled(pane, CASE_BUTTONS) == {"cancelCaseButton"}
    tick_all(qtbot, pane)
    assert progress_text(pane) == "4 of 4"
    assert child(pane, QWidget, "readyLabel").text() == "Ready to submit"
    assert enabled(pane, CASE_BUTTONS) == {"submitCaseButton", "cancelCaseButton"}

    with qtbot.waitSignal(pane.caseChanged):
        click(qtbot, pane, "submitCaseButton")

    assert store.get_case(case.id).status == "submitted"
    assert store.get_case(case.id).submitted_on == TODAY
    assert enabled(pane, CASE_BUTTONS) == {
        "completeCaseButton",
        "refuseCaseButton",
        "returnCaseButton",
        "cancelCaseButton",
    }

    click(qtbot, pane, "returnCaseButton")
    assert store.get_case(case.id).status == "open"


def test_a_completed_case_is_a_record_not_a_to_do_list(
    qtbot, pane: ChecklistPane, store, case, dialogs: Dialogs
) -> None:
    tick_all(qtbot, pane)
    click(qtbot, pane, "submitCaseButton")
    # No IIN typed, then one mistyped (its last digit), then corrected where it was typed.
    dialogs.answers += [("", True), ("900115 300014", True), ("900115 300013", True)]
    click(qtbot, pane, "completeCaseButton")

    assert dialogs.questions == ["The IIN issued:"] * 3
    assert dialogs.prefilled == ["", "", "900115 300014"]
    assert "type the IIN issued" in dialogs.errors[0] and "check digit" in dialogs.errors[1]
    assert store.get_case(case.id).status == "completed"
    assert store.get_client(case.client_id).iin == "900115300013"
    select(qtbot, pane, 1)
    assert enabled(pane, ITEM_BUTTONS) == set()
    assert not child(pane, QAbstractButton, "attachButton").isEnabled()
    assert child(pane, QLineEdit, "itemNote").isReadOnly()
    assert enabled(pane, CASE_BUTTONS) == {"reopenCaseButton"}
    assert child(pane, QWidget, "readyLabel").text() == "All required documents are in"

    click(qtbot, pane, "reopenCaseButton")
    assert store.get_case(case.id).status == "open"
    assert enabled(pane, ITEM_BUTTONS) == {"markVerifiedButton", "markMissingButton"}


def test_completion_cancelled_in_the_dialog_changes_nothing(
    qtbot, pane: ChecklistPane, store, case, dialogs: Dialogs
) -> None:
    tick_all(qtbot, pane)
    click(qtbot, pane, "submitCaseButton")
    dialogs.answers.append(("", False))
    click(qtbot, pane, "completeCaseButton")
    assert store.get_case(case.id).status == "submitted"


def test_a_refusal_by_the_authority_is_recorded_and_can_be_reopened(
    qtbot, pane: ChecklistPane, store, case, dialogs: Dialogs, monkeypatch
) -> None:
    tick_all(qtbot, pane)
    click(qtbot, pane, "submitCaseButton")
    asked: list[bool] = []
    monkeypatch.setattr(pane, "ask_refusal", lambda: asked.append(True))  # cancelled
    click(qtbot, pane, "refuseCaseButton")
    assert asked and store.get_case(case.id).status == "submitted"

    monkeypatch.setattr(pane, "ask_refusal", lambda: ("Translation not notarized", TODAY))
    click(qtbot, pane, "refuseCaseButton")
    refused = store.get_case(case.id)
    assert (refused.status, refused.outcome, refused.closed_on) == (
        "refused",
        "Translation not notarized",
        TODAY,
    )
    assert enabled(pane, CASE_BUTTONS) == {"reopenCaseButton"}
    assert enabled(pane, ITEM_BUTTONS) == set()  # a record now
    label = child(pane, QWidget, "caseLabel").text()
    assert label.endswith("Refused by the authority: Translation not notarized")
    click(qtbot, pane, "reopenCaseButton")
    assert store.get_case(case.id).status == "open"


def test_the_refusal_dialog_needs_a_reason_and_a_day_not_after_today(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from expat_desk.ui.refusal_dialog import RefusalDialog

    dialog = RefusalDialog(TODAY)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason_field, "   ")
    assert not ok.isEnabled()  # blanks are no reason
    qtbot.keyClicks(dialog.reason_field, "Photo  illegible")
    assert ok.isEnabled() and dialog.reason() == "Photo illegible"
    assert dialog.date_field.maximumDate().toPython() == TODAY
    for widget in (dialog.reason_field, dialog.date_field):
        assert widget.objectName() and widget.accessibleName()


def test_refusals_of_the_store_are_shown(
    qtbot, pane: ChecklistPane, store, case, dialogs: Dialogs
) -> None:
    tick_all(qtbot, pane)
    click(qtbot, pane, "submitCaseButton")
    dialogs.answers.append(("not an IIN", True))
    click(qtbot, pane, "completeCaseButton")

    assert len(dialogs.errors) == 1 and "not a digit" in dialogs.errors[0]
    assert dialogs.prefilled == ["", "not an IIN"]  # asked again, cancelled
    assert store.get_case(case.id).status == "submitted"


def test_a_change_made_elsewhere_is_refused_and_the_pane_catches_up(
    qtbot, pane: ChecklistPane, store, case, dialogs: Dialogs
) -> None:
    select(qtbot, pane, 1)
    store.set_item_state(case.items[1].id, "received")  # another window got there first
    click(qtbot, pane, "markReceivedButton")
    assert len(dialogs.errors) == 1 and "cannot become received" in dialogs.errors[0]
    assert pane.model.index(1, COL_STATE).data() == "received"
    assert progress_text(pane) == "1 of 4"


def test_a_required_item_not_applicable_asks_why(
    qtbot, pane: ChecklistPane, store, case, dialogs: Dialogs
) -> None:
    select(qtbot, pane, 3)
    click(qtbot, pane, "markNotApplicableButton")  # the manager cancels the question
    assert states(store, case.id)[3] == "missing"
    assert len(dialogs.questions) == 1 and "power of attorney" in dialogs.questions[0]

    dialogs.answers.append(("The client came in person", True))
    click(qtbot, pane, "markNotApplicableButton")

    item = store.get_case(case.id).items[3]
    assert (item.state, item.note) == ("not_applicable", "The client came in person")
    assert pane.model.index(3, COL_STATE).data() == "not applicable"
    assert pane.model.index(3, COL_NOTE).data() == "The client came in person"
    assert progress_text(pane) == "0 of 3"  # no longer counts
    assert enabled(pane, ITEM_BUTTONS) == {"markMissingButton"}


def test_the_note_is_saved_when_the_field_is_left(qtbot, pane: ChecklistPane, store, case) -> None:
    select(qtbot, pane, 1)
    note = child(pane, QLineEdit, "itemNote")
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, "Translation ordered at the notary on Kenesary St")
    with qtbot.waitSignal(pane.caseChanged):
        qtbot.keyClick(note, Qt.Key.Key_Return)

    assert (
        store.get_case(case.id).items[1].note == "Translation ordered at the notary on Kenesary St"
    )
    assert pane.model.index(1, COL_NOTE).data().startswith("Translation ordered")

    # Leaving the field for another row saves the note of the row it was typed for.
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    note.selectAll()
    qtbot.keyClicks(note, "Notary on Kenesary St")
    select(qtbot, pane, 2)
    items = store.get_case(case.id).items
    assert (items[1].note, items[2].note) == ("Notary on Kenesary St", None)
    assert note.text() == ""


def test_the_history_shows_the_changes(qtbot, pane: ChecklistPane, case) -> None:
    select(qtbot, pane, 0)
    click(qtbot, pane, "markReceivedButton")
    lines = history(pane)
    assert "case opened: IIN-2026-00001" in lines[0]
    assert "Aigerim Nurlanovna" in lines[0]
    assert any("Completed application, state: missing → received" in line for line in lines)
    assert any("Completed application, date: — → 2026-11-25" in line for line in lines)
    widget = child(pane, QListWidget, "caseHistory")
    assert widget.editTriggers() == QListWidget.EditTrigger.NoEditTriggers


def test_attaching_a_chosen_scan(
    qtbot, pane: ChecklistPane, store, case, tmp_path: Path, dialogs: Dialogs, monkeypatch
) -> None:
    scan = tmp_path / "passport.pdf"
    scan.write_bytes(b"%PDF-1.7 scan of the passport\n")
    monkeypatch.setattr(pane, "choose_file", lambda: scan)
    select(qtbot, pane, 1)
    assert not child(pane, QAbstractButton, "openScanButton").isEnabled()

    with qtbot.waitSignal(pane.caseChanged):
        click(qtbot, pane, "attachButton")

    item = store.get_case(case.id).items[1]
    assert item.file_sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    name = Path(item.file_path).name
    assert pane.model.index(1, COL_FILE).data() == name
    assert name in pane.ui.fileLabel.text()
    assert any(f"scan: — → {name}" in line for line in history(pane))

    click(qtbot, pane, "openScanButton")
    assert len(dialogs.opened) == 1
    opened = Path(dialogs.opened[0].toLocalFile())
    assert opened.read_bytes() == scan.read_bytes()


def test_choosing_nothing_attaches_nothing(
    qtbot, pane: ChecklistPane, store, case, monkeypatch
) -> None:
    monkeypatch.setattr(pane, "choose_file", lambda: None)
    select(qtbot, pane, 1)
    click(qtbot, pane, "attachButton")
    assert store.get_case(case.id).items[1].file_path is None


def test_an_empty_file_is_refused_with_a_message(
    qtbot, pane: ChecklistPane, store, case, tmp_path: Path, dialogs: Dialogs, monkeypatch
) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    monkeypatch.setattr(pane, "choose_file", lambda: empty)
    select(qtbot, pane, 1)
    click(qtbot, pane, "attachButton")
    assert len(dialogs.errors) == 1 and "empty" in dialogs.errors[0]
    assert store.get_case(case.id).items[1].file_path is None


def drop_event(kind: type, pane: ChecklistPane, row: int, files: list[Path]) -> Any:
    view = pane.ui.checklistView
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    position = QPointF(view.visualRect(view.model().index(row, COL_TITLE)).center())
    event = kind(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return event, mime


def test_dropping_a_file_on_an_item_attaches_it(
    qtbot, pane: ChecklistPane, store, case, tmp_path: Path
) -> None:
    scan = tmp_path / "consent.png"
    scan.write_bytes(b"\x89PNG signed consent")
    viewport = pane.ui.checklistView.viewport()

    enter, _mime = drop_event(QDragEnterEvent, pane, 2, [scan])
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop, _mime = drop_event(QDropEvent, pane, 2, [scan])
    with qtbot.waitSignal(pane.caseChanged):
        QApplication.sendEvent(viewport, drop)

    items = store.get_case(case.id).items
    assert items[2].file_sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert [i.file_path for i in items if i.file_path] == [items[2].file_path]
    assert pane.ui.checklistView.currentIndex().row() == 2


def test_a_drag_of_several_files_is_not_accepted(
    qtbot, pane: ChecklistPane, store, case, tmp_path: Path
) -> None:
    files = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for f in files:
        f.write_bytes(b"scan")
    enter, _mime = drop_event(QDragEnterEvent, pane, 0, files)
    QApplication.sendEvent(pane.ui.checklistView.viewport(), enter)
    assert not enter.isAccepted()
    drop, _mime = drop_event(QDropEvent, pane, 0, files)
    QApplication.sendEvent(pane.ui.checklistView.viewport(), drop)
    assert not any(i.file_path for i in store.get_case(case.id).items)


def test_no_case_shown(qtbot, store: Store, dialogs: Dialogs) -> None:
    pane = ChecklistPane(store)
    qtbot.addWidget(pane)
    assert pane.model.rowCount() == 0
    assert enabled(pane, ITEM_BUTTONS + CASE_BUTTONS) == set()
    assert not pane.ui.attachButton.isEnabled() and not pane.ui.openScanButton.isEnabled()
    assert pane.ui.caseHistory.count() == 0


def test_showing_another_case_starts_at_its_first_item(
    qtbot, pane: ChecklistPane, store, case
) -> None:
    select(qtbot, pane, 2)
    client = store.get_case(case.id).client
    other = store.open_case(client.id, "iin", {"channel": "egov_portal"})
    pane.show_case(other.id)
    assert pane.ui.checklistView.currentIndex().row() == 0
    assert pane.model.rowCount() == len(other.items)
    assert "IIN-2026-00002" in pane.ui.caseLabel.text()


def test_the_model_passes_the_model_tester(qtmodeltester, pane: ChecklistPane) -> None:
    qtmodeltester.check(pane.model)
    empty = ChecklistModel()
    qtmodeltester.check(empty)


def test_every_control_has_a_name_for_screen_readers(pane: ChecklistPane) -> None:
    names = (
        *ITEM_BUTTONS,
        *CASE_BUTTONS,
        "checklistView",
        "checklistProgress",
        "readyLabel",
        "itemNote",
        "attachButton",
        "openScanButton",
        "caseHistory",
    )
    for name in names:
        widget = child(pane, QWidget, name)
        assert widget.accessibleName(), name


def test_a_loss_of_passport_step_is_dated_the_day_it_was_done(qtbot, db_path) -> None:
    """Statement to the police last Friday, certificate today: the dates go in as picked."""
    from datetime import date

    from PySide6.QtCore import QDate

    from expat_desk.store import Store
    from expat_desk.ui.checklist_pane import ChecklistPane

    today = date(2026, 11, 25)
    store = Store.open(db_path, today=lambda: today)
    client, _ = store.add_client(
        {
            "surname": "Kowalski",
            "birth_date": "1980-01-01",
            "citizenship": "POL",
            "passport_number": "EA1234567",
        }
    )
    case = store.open_case(
        client.id, "loss_of_passport", {"place_of_loss": "Astana", "date_of_loss": "2026-11-19"}
    )
    pane = ChecklistPane(store)
    qtbot.addWidget(pane, before_close_func=lambda _: store.close())
    pane.show_case(case.id)
    pane.select_row(0)
    assert pane.ui.itemDate.date().toPython() == today
    pane.ui.itemDate.setDate(QDate(2026, 11, 20))
    qtbot.mouseClick(pane.ui.markReceivedButton, Qt.MouseButton.LeftButton)
    pane.select_row(1)
    qtbot.mouseClick(pane.ui.markReceivedButton, Qt.MouseButton.LeftButton)

    steps = store.get_case(case.id).items
    assert [s.state_date for s in steps[:2]] == [date(2026, 11, 20), today]
    assert pane.ui.itemDate.maximumDate().toPython() == today  # no step done in the future
    store.close()
