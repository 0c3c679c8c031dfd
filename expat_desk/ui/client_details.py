"""The selected client's details, editable, with what is wrong said next to each field."""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from expat_desk.domain.client import CLIENT_FIELDS, values_from_mrz
from expat_desk.domain.deadlines import passport_warning
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.sex import Sex
from expat_desk.store import Store, StoreError
from expat_desk.store.drafts import Draft, Drafts
from expat_desk.ui.client_stays import ClientStays
from expat_desk.ui.country_picker import CountryPicker
from expat_desk.ui.error_words import as_sentence, error_text, refusal_text
from expat_desk.ui.forms.ui_client_details import Ui_ClientDetails
from expat_desk.ui.palette import caution_style, error_style, warning_style

# The client's field -> the prefix of its widgets in forms/client_details.ui.
WIDGETS = {
    "surname": "surname",
    "given_names": "givenNames",
    "surname_cyr": "surnameCyr",
    "given_names_cyr": "givenNamesCyr",
    "patronymic": "patronymic",
    "birth_date": "birthDate",
    "sex": "sex",
    "citizenship": "citizenship",
    "passport_number": "passportNumber",
    "passport_issued": "passportIssued",
    "passport_authority": "passportAuthority",
    "passport_expiry": "passportExpiry",
    "iin": "iin",
    "phone": "phone",
    "email": "email",
    "employer": "employer",
    "address": "address",
    "notes": "notes",
}
# A date edit cannot be empty; its lowest date stands for "not known" and shows as a dash.
NO_DATE = QDate(1900, 1, 1)
DRAFT = "client-form"
# Typing is put in the draft once the manager pauses this long.
DRAFT_DELAY_MS = 700


class ClientDetails(QWidget):
    saved = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.client_id: int | None = None
        self.ui = Ui_ClientDetails()
        self.ui.setupUi(self)
        heading = QFont(self.ui.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        heading.setBold(True)
        self.ui.headingLabel.setFont(heading)
        sex = self.ui.sexField
        for text, value in (
            (self.tr("Not stated"), Sex.UNSPECIFIED),
            (self.tr("Female"), Sex.FEMALE),
            (self.tr("Male"), Sex.MALE),
        ):
            sex.addItem(text, value.value)
        for name in ("birthDate", "passportIssued", "passportExpiry"):
            edit: QDateEdit = getattr(self.ui, f"{name}Field")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
        for label in self._error_labels():
            label.setStyleSheet(error_style())
        self.ui.mrzError.setStyleSheet(error_style())
        self.ui.warningsLabel.setStyleSheet(warning_style())
        self.ui.saveClientButton.clicked.connect(self.save)
        self.ui.revertClientButton.clicked.connect(self.revert)
        self.ui.fillFromMrzButton.clicked.connect(self.fill_from_mrz)
        # Flagged as typed or filled from the MRZ, not first when a case is completed.
        self.ui.passportExpiryField.dateChanged.connect(self._flag_passport)
        self.drafts = Drafts(store.path)
        self._baseline: dict[str, Any] = {}
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        for name in WIDGETS:
            widget = self._widget(name)
            if isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self._draft_timer.start)
            elif isinstance(widget, CountryPicker):
                widget.textChanged.connect(self._draft_timer.start)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._draft_timer.start)
            else:
                widget.textChanged.connect(self._draft_timer.start)
        self.stays = ClientStays(store, self)
        self.ui.staysHolderLayout.addWidget(self.stays)
        self.show_client(None)

    # --- showing ----------------------------------------------------------------------------

    def show_client(self, client_id: int | None) -> None:
        """Show a stored client, or an empty form for a new one (None)."""
        self.client_id = client_id
        values: dict[str, Any] = dict.fromkeys(CLIENT_FIELDS)
        if client_id is not None:
            client = self.store.get_client(client_id)
            values = {name: getattr(client, name) for name in CLIENT_FIELDS}
            self.ui.headingLabel.setText(client.full_name)
        else:
            self.ui.headingLabel.setText(self.tr("New client"))
        self.stays.show_client(client_id, values["citizenship"])
        for name, value in values.items():
            self._set(name, value)
        self._show_errors({})
        self.ui.warningsLabel.hide()
        self.ui.mrzError.hide()
        self.ui.mrzInput.clear()
        self._baseline = self.values()
        self._draft_timer.stop()

    def values(self) -> dict[str, Any]:
        """What the form holds, as the store takes it (blank fields as None)."""
        return {name: self._get(name) for name in WIDGETS}

    def is_dirty(self) -> bool:
        """Whether the form holds typing that is not saved."""
        return self.values() != self._baseline

    # --- drafts -----------------------------------------------------------------------------

    def keep_draft(self) -> None:
        """Put unsaved typing in the draft (or drop the draft when there is none)."""
        self._draft_timer.stop()
        if self.is_dirty():
            self.drafts.save(DRAFT, {"client_id": self.client_id, "values": self.values()})
        else:
            self.drafts.clear(DRAFT)

    def restore_draft(self, draft: Draft) -> None:
        """Put a draft's typing back in the form, over the client it was typed for."""
        client_id = draft.values.get("client_id")
        try:
            self.show_client(client_id if isinstance(client_id, int) else None)
        except StoreError:  # the client is gone (erased): the typing comes back as new
            self.show_client(None)
        typed = draft.values.get("values") or {}
        for name in WIDGETS:
            if name in typed:
                value = typed[name]
                if isinstance(self._widget(name), QDateEdit) and isinstance(value, str):
                    try:
                        value = date.fromisoformat(value)
                    except ValueError:
                        value = None
                self._set(name, value)
        self.keep_draft()

    def confirm_leave(self) -> bool:
        """Before the form shows something else: save, drop or keep the unsaved typing.

        True when the form may be left (saved, or dropped on purpose)."""
        if not self.is_dirty():
            return True
        name = self.ui.headingLabel.text()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedClientQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        if answer == QMessageBox.StandardButton.Save:
            return self.save() is not None
        if answer == QMessageBox.StandardButton.Discard:
            self.drafts.clear(DRAFT)
            self.show_client(self.client_id)
            return True
        return False

    # --- actions ----------------------------------------------------------------------------

    def save(self) -> int | None:
        """Store the form; on a refused value, say why next to its field and store nothing."""
        try:
            if self.client_id is None:
                client, warnings = self.store.add_client(self.values())
            else:
                client, warnings = self.store.update_client(self.client_id, self.values())
        except ValidationError as error:
            self._show_errors(error.errors)
            return None
        except StoreError as error:
            self._show_errors({"surname": refusal_text(error)})
            return None
        self.show_client(client.id)
        self.drafts.clear(DRAFT)
        if warnings:
            self.ui.warningsLabel.setText("\n".join(as_sentence(error_text(w)) for w in warnings))
            self.ui.warningsLabel.show()
        self.saved.emit(client.id)
        return client.id

    def revert(self) -> None:
        self.show_client(self.client_id)
        self.drafts.clear(DRAFT)

    def fill_from_mrz(self) -> None:
        try:
            found = values_from_mrz(self.ui.mrzInput.toPlainText())
        except ValueError as error:
            self.ui.mrzError.setText(refusal_text(error))
            self.ui.mrzError.show()
            return
        self.ui.mrzError.hide()
        for name, value in found.items():
            self._set(name, value)

    # --- widgets ----------------------------------------------------------------------------

    def _widget(self, name: str) -> QWidget:
        return getattr(self.ui, f"{WIDGETS[name]}Field")

    def _set(self, name: str, value: Any) -> None:
        widget = self._widget(name)
        if isinstance(widget, QDateEdit):
            widget.setDate(QDate(value) if isinstance(value, date) else NO_DATE)
        elif isinstance(widget, CountryPicker):
            widget.set_code(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(str(value.value if isinstance(value, Sex) else value or "X"))
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))

    def _get(self, name: str) -> Any:
        widget = self._widget(name)
        if isinstance(widget, QDateEdit):
            return None if widget.date() == NO_DATE else widget.date().toPython()
        if isinstance(widget, CountryPicker):
            # Text that names no country goes to the check, which says so under the field.
            return widget.text() or None
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip() or None
        if isinstance(widget, QLineEdit):
            return widget.text().strip() or None
        raise AssertionError(name)

    def _error_labels(self) -> list[QLabel]:
        return [getattr(self.ui, f"{prefix}Error") for prefix in WIDGETS.values()]

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, prefix in WIDGETS.items():
            label: QLabel = getattr(self.ui, f"{prefix}Error")
            if name in errors:
                label.setStyleSheet(error_style())
                label.setText(error_text(errors[name]))
                label.show()
            else:
                label.clear()
                label.hide()
        self._flag_passport()

    def _flag_passport(self) -> None:
        """Next to the expiry date: how near the passport's end is (unless it is refused)."""
        label = self.ui.passportExpiryError
        if not label.isHidden() and label.styleSheet() == error_style() and label.text():
            return
        warning = passport_warning(self._get("passport_expiry"), self.store.today())
        label.setStyleSheet(caution_style() if warning else error_style())
        label.setText(as_sentence(error_text(warning)) if warning else "")
        label.setVisible(bool(warning))
