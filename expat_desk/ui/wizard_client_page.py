"""The case wizard's client page: find and pick a client, or type a new one.

The page and its widgets come from ``forms/case_wizard.ui`` (``ui.clientPage``);
``WizardClientPage`` is what they do: the search as the manager pauses, the picked client,
the new client's fields and their errors, and the passport already in the register. Nothing
is stored here: the wizard stores a new client at Finish. Its strings keep the wizard's
context ("CaseWizard"), so that the translations do not depend on where the code lives.
"""

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDateEdit, QLabel, QListWidgetItem

from expat_desk.domain.client import check_client
from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store
from expat_desk.store.models import Client
from expat_desk.ui.dates import day_text
from expat_desk.ui.error_words import error_text
from expat_desk.ui.titles import country_title
from expat_desk.ui.wizard_answers import qdate

if TYPE_CHECKING:  # the compiled form imports CheckedPage from ui.case_wizard
    from expat_desk.ui.forms.ui_case_wizard import Ui_CaseWizard

CLIENT_LIMIT = 50
SEARCH_DELAY_MS = 250
# The new-client widgets and the client field each one fills.
NEW_CLIENT_FIELDS = {
    "surname": "newSurname",
    "given_names": "newGivenNames",
    "birth_date": "newBirthDate",
    "citizenship": "newCitizenship",
    "passport_number": "newPassport",
}

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


class WizardClientPage:
    """The client page of the wizard whose ``ui`` it is given; ``edited`` at every keystroke
    in the new client's fields. ``parent`` owns the search timer."""

    def __init__(
        self, store: Store, ui: "Ui_CaseWizard", parent: QObject, edited: Callable[[], None]
    ) -> None:
        # Qt asks the page whether Next may be enabled; this object answers.
        ui.clientPage.check = self.complete
        self.store = store
        self.ui = ui
        self.edited = edited
        self.touched = False
        # Search once the manager pauses: on a large register each search takes a moment.
        self.search_timer = QTimer(parent)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self.search(ui.clientSearchField.text()))
        ui.clientSearchField.textChanged.connect(lambda _: self.search_timer.start())
        ui.clientPicker.itemSelectionChanged.connect(ui.clientPage.completeChanged)
        ui.existingClientButton.toggled.connect(self._mode_changed)
        for name in NEW_CLIENT_FIELDS.values():
            widget = getattr(ui, name)
            if isinstance(widget, QDateEdit):
                widget.setDate(widget.minimumDate())  # "not set"
                widget.dateChanged.connect(self._new_client_edited)
            else:
                widget.textChanged.connect(self._new_client_edited)
        self._mode_changed()
        self.search("")

    # --- the client picked ------------------------------------------------------------------

    def client(self) -> Client | None:
        """The client picked in the list (None while a new client is being typed)."""
        if self.ui.newClientButton.isChecked():
            return None
        item = self.ui.clientPicker.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def search(self, text: str) -> None:
        picker = self.ui.clientPicker
        picker.clear()
        for client in self.store.search_clients(text, limit=CLIENT_LIMIT):
            picker.addItem(self._client_item(client))
        self.ui.clientPage.completeChanged.emit()

    def _client_item(self, client: Client) -> QListWidgetItem:
        parts = [client.full_name]
        if client.full_name_cyr:
            parts.append(client.full_name_cyr)
        facts = [
            country_title(client.citizenship),
            day_text(client.birth_date),
            client.passport_number,
        ]
        if client.iin:
            facts.append(translate("CaseWizard", "IIN %1").replace("%1", client.iin))
        item = QListWidgetItem(f"{' / '.join(parts)} — {', '.join(facts)}")
        item.setData(Qt.ItemDataRole.UserRole, client)
        return item

    def pick(self, client: Client) -> None:
        self.ui.existingClientButton.setChecked(True)
        picker = self.ui.clientPicker
        for row in range(picker.count()):
            if picker.item(row).data(Qt.ItemDataRole.UserRole).id == client.id:
                picker.setCurrentRow(row)
                return
        picker.insertItem(0, self._client_item(client))
        picker.setCurrentRow(0)

    def _mode_changed(self) -> None:
        existing = self.ui.existingClientButton.isChecked()
        self.ui.clientSearchField.setEnabled(existing)
        self.ui.clientPicker.setEnabled(existing)
        self.ui.newClientBox.setEnabled(not existing)
        self._show_errors()
        self.ui.clientPage.completeChanged.emit()

    # --- the new client ---------------------------------------------------------------------

    def new_client_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field, name in NEW_CLIENT_FIELDS.items():
            widget = getattr(self.ui, name)
            if isinstance(widget, QDateEdit):
                picked = widget.date()
                values[field] = None if picked == widget.minimumDate() else picked.toPython()
            else:
                values[field] = widget.text()
        return values

    def restore_new_client(self, typed: Mapping[str, Any]) -> None:
        """Type a draft's new client back in."""
        self.ui.newClientButton.setChecked(True)
        for field, name in NEW_CLIENT_FIELDS.items():
            widget, value = getattr(self.ui, name), typed.get(field)
            if isinstance(widget, QDateEdit):
                widget.setDate(qdate(value) or widget.minimumDate())
            else:
                widget.setText(value if isinstance(value, str) else "")

    def has_input(self) -> bool:
        """Whether a new client is being typed (a close would lose it)."""
        return self.ui.newClientButton.isChecked() and any(
            v not in (None, "") for v in self.new_client_values().values()
        )

    def _new_client_errors(self) -> dict[str, str]:
        try:
            check_client(self.new_client_values(), today=self.store.today())
        except ValidationError as exc:
            return exc.errors
        return {}

    def _new_client_edited(self) -> None:
        self.edited()
        self.touched = True
        self._show_errors()
        self.ui.clientPage.completeChanged.emit()

    def _show_errors(self, errors: Mapping[str, str] | None = None) -> None:
        # Nothing is shown before the manager starts typing: an empty form is not a mistake.
        show = self.touched and self.ui.newClientButton.isChecked()
        if errors is None:
            errors = self._new_client_errors() if show else {}
        for field, name in NEW_CLIENT_FIELDS.items():
            label: QLabel = getattr(self.ui, f"{name}Error")
            why = errors.get(field)
            label.setText(_field_error(_field_title(field), why) if why else "")
            label.setVisible(bool(why))

    def complete(self) -> bool:
        """Whether Next may be clicked: a client picked, or a new one typed without errors."""
        if self.ui.newClientButton.isChecked():
            return not self._new_client_errors()
        return self.client() is not None

    def validate(self) -> bool:
        """At Next: a new client whose passport the register already holds is refused."""
        if not self.ui.newClientButton.isChecked():
            return True
        other = self._duplicate_passport()
        if other is None:
            return True
        self.touched = True
        why = translate("CaseWizard", "already belongs to client #%1 %2")
        self._show_errors(
            {"passport_number": why.replace("%1", str(other.id)).replace("%2", other.full_name)}
        )
        return False

    def _duplicate_passport(self) -> Client | None:
        values = check_client(self.new_client_values(), today=self.store.today()).values
        for client in self.store.search_clients(values["passport_number"], limit=CLIENT_LIMIT):
            if (client.passport_number, client.citizenship) == (
                values["passport_number"],
                values["citizenship"],
            ):
                return client
        return None

    # --- what the other pages ask of the client ---------------------------------------------

    def name(self) -> str:
        client = self.client()
        if client is not None:
            return client.full_name
        values = self.new_client_values()
        return " ".join(v.strip() for v in (values["surname"], values["given_names"]) if v)

    def iin(self) -> str | None:
        client = self.client()
        return client.iin if client is not None else None  # the wizard asks no IIN of a new one

    def citizenship(self) -> str | None:
        client = self.client()
        if client is not None:
            return client.citizenship
        if self.ui.newClientButton.isChecked():
            return self.ui.newCitizenship.code()
        return None


def _field_title(field: str) -> str:
    return {
        "surname": translate("CaseWizard", "Surname"),
        "given_names": translate("CaseWizard", "Given names"),
        "birth_date": translate("CaseWizard", "Birth date"),
        "citizenship": translate("CaseWizard", "Citizenship"),
        "passport_number": translate("CaseWizard", "Passport number"),
    }[field]


def _field_error(title: str, why: str) -> str:
    return translate("CaseWizard", "%1: %2").replace("%1", title).replace("%2", error_text(why))
