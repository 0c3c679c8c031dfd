"""One stay of a client, typed or changed: stored whole on Save, or not at all."""

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QWidget

from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.domain.stay_records import STAY_FIELDS, EntryBasis
from expat_desk.domain.stays import StayPurpose
from expat_desk.store import Store, StoreError
from expat_desk.store.models import ClientStay
from expat_desk.ui.dates import date_edit_format, full_day_text
from expat_desk.ui.error_words import error_text, refusal_text
from expat_desk.ui.forms.ui_stay_editor import Ui_StayEditor
from expat_desk.ui.palette import error_style
from expat_desk.ui.sizing import grow_to_fit, open_within_screen
from expat_desk.ui.stay_words import basis_title, purpose_title
from expat_desk.ui.tab_order import tab_chain

# As ui.client_details (imported from there, the modules would import each other).
_ISO_DATE = re.compile(r"\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b")
# The stay's field -> the prefix of its widgets in forms/stay_editor.ui.
WIDGETS = {
    "arrival": "arrival",
    "departure": "departure",
    "basis": "basis",
    "visa_number": "visaNumber",
    "basis_until": "basisUntil",
    "purpose": "purpose",
}


class StayEditor(QDialog):
    """Adds a stay to ``client_id``, or changes ``stay``; ``saved`` is the stay once stored."""

    def __init__(
        self,
        store: Store,
        client_id: int,
        stay: ClientStay | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stayEditor")
        self.store, self.client_id, self.stay = store, client_id, stay
        self.saved: ClientStay | None = None
        self.ui = ui = Ui_StayEditor()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Change the stay") if stay else self.tr("Add a stay"))
        for basis in EntryBasis:
            ui.basisField.addItem(basis_title(basis), basis.value)
        for purpose in (StayPurpose.WORK, StayPurpose.PRIVATE):
            ui.purposeField.addItem(purpose_title(purpose), purpose.value)
        today = QDate(store.today())
        for edit in (ui.arrivalField, ui.departureField, ui.basisUntilField):
            edit.setDisplayFormat(date_edit_format())
            edit.setDate(today)
        for label in (*self._errors(), ui.formError):
            label.setStyleSheet(error_style())
        buttons = ui.buttonBox
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveStayButton")
        save.setAccessibleName(self.tr("Save the stay"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelStayButton")
        cancel.setAccessibleName(self.tr("Close without saving the stay"))
        ui.stillHereBox.toggled.connect(lambda here: ui.departureField.setEnabled(not here))
        ui.basisField.currentIndexChanged.connect(self._show_basis_fields)
        if stay is None:
            ui.stillHereBox.setChecked(True)
        else:
            self._fill(stay)
        ui.departureField.setEnabled(not ui.stillHereBox.isChecked())
        self._show_basis_fields()
        fields = [getattr(ui, f"{prefix}Field") for prefix in WIDGETS.values()]
        fields.insert(2, ui.stillHereBox)  # beside the departure, as the form reads
        tab_chain(*fields, save, cancel)
        open_within_screen(self)

    def _fill(self, stay: ClientStay) -> None:
        ui = self.ui
        ui.arrivalField.setDate(QDate(stay.arrival))
        ui.stillHereBox.setChecked(stay.departure is None)
        if stay.departure is not None:
            ui.departureField.setDate(QDate(stay.departure))
        ui.basisField.setCurrentIndex(max(ui.basisField.findData(stay.basis), 0))
        ui.visaNumberField.setText(stay.visa_number or "")
        if stay.basis_until is not None:
            ui.basisUntilField.setDate(QDate(stay.basis_until))
        ui.purposeField.setCurrentIndex(max(ui.purposeField.findData(stay.purpose), 0))

    def _show_basis_fields(self) -> None:
        """A visa number only for a visa, a last valid day for a visa or a permit."""
        basis = EntryBasis(self.ui.basisField.currentData())
        ui = self.ui
        for widget in (ui.visaNumberLabel, ui.visaNumberField):
            widget.setVisible(basis is EntryBasis.VISA)
        for widget in (ui.basisUntilLabel, ui.basisUntilField):
            widget.setVisible(basis is not EntryBasis.VISA_FREE)
        ui.visaNumberError.hide()
        ui.basisUntilError.hide()

    def values(self) -> dict[str, Any]:
        """What the dialog holds, as the store takes it (a field that does not apply: None)."""
        ui = self.ui
        basis = EntryBasis(ui.basisField.currentData())
        return {
            "arrival": _day(ui.arrivalField),
            "departure": None if ui.stillHereBox.isChecked() else _day(ui.departureField),
            "basis": basis.value,
            "visa_number": ui.visaNumberField.text() if basis is EntryBasis.VISA else None,
            "basis_until": None if basis is EntryBasis.VISA_FREE else _day(ui.basisUntilField),
            "purpose": ui.purposeField.currentData(),
        }

    def accept(self) -> None:
        """Store the stay; on a refused value say why under its field and keep the dialog."""
        try:
            if self.stay is None:
                self.saved = self.store.add_stay(self.client_id, self.values())
            else:
                self.saved = self.store.update_stay(self.stay.id, self.values())
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        except (RuleViolation, StoreError) as error:
            self._show_errors({})
            self.ui.formError.setText(refusal_text(error))
            self.ui.formError.show()
            grow_to_fit(self)
            return
        super().accept()

    def _errors(self) -> list[QLabel]:
        return [getattr(self.ui, f"{prefix}Error") for prefix in WIDGETS.values()]

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.ui.formError.hide()
        first: QWidget | None = None
        for name in STAY_FIELDS:
            prefix = WIDGETS[name]
            label: QLabel = getattr(self.ui, f"{prefix}Error")
            why = errors.get(name)
            shown = error_text(why) if why else ""
            label.setText(_dates_shown(shown[:1].upper() + shown[1:]))
            label.setVisible(bool(why))
            if why and first is None:
                first = getattr(self.ui, f"{prefix}Field")
        if first is not None:
            first.setFocus()
        grow_to_fit(self)


def _dates_shown(text: str) -> str:
    """The rules name days as ISO dates; the window says them in its language."""

    def shown(match: re.Match[str]) -> str:
        try:
            return full_day_text(date.fromisoformat(match.group()))
        except ValueError:
            return match.group()

    return _ISO_DATE.sub(shown, text)


def _day(edit: QDateEdit) -> date:
    return edit.date().toPython()
