"""The case wizard: client, service, the service's questions, the checklist preview, review.

The pages and their fixed widgets come from ``forms/case_wizard.ui``; the questions of the
details page are data (the catalogue's options) and are built here. Nothing is written until
Finish: the new client, if any, is stored then, and the case right after it.
"""

from collections.abc import Callable, Mapping
from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from expat_desk.domain.catalogue import (
    OptionKind,
    OptionSpec,
    ServiceCode,
    ServiceSpec,
    catalogue_for,
)
from expat_desk.domain.client import check_client
from expat_desk.domain.deadlines import passport_warning
from expat_desk.domain.eligibility import (
    DERIVED_OPTIONS,
    NOT_FOR_CITIZENS,
    NOT_RECIPROCAL,
    check_eligible,
    check_stay,
    derived_answers,
)
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.store import Store, StoreError
from expat_desk.store.drafts import Draft, Drafts
from expat_desk.store.models import Client
from expat_desk.ui.country_picker import CountryPicker
from expat_desk.ui.dates import date_edit_format, day_text
from expat_desk.ui.error_words import error_text, refusal_text
from expat_desk.ui.host_parties_dialog import HostPartyPicker, host_label
from expat_desk.ui.language import pick
from expat_desk.ui.palette import error_style
from expat_desk.ui.titles import answer_error, country_title

CLIENT_LIMIT = 50
SEARCH_DELAY_MS = 250
DRAFT = "case-wizard"
DRAFT_DELAY_MS = 700
# The new-client widgets and the client field each one fills.
NEW_CLIENT_FIELDS = {
    "surname": "newSurname",
    "given_names": "newGivenNames",
    "birth_date": "newBirthDate",
    "citizenship": "newCitizenship",
    "passport_number": "newPassport",
}


class CheckedPage(QWizardPage):
    """A page whose Next button waits for a check the wizard gives it (promoted in the .ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: Callable[[], bool] | None = None

    def isComplete(self) -> bool:
        return self.check() if self.check is not None else super().isComplete()


class CaseWizard(QWizard):
    """Opens one case; ``caseCreated(case_id)`` is emitted once it is stored."""

    caseCreated = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None, client_id: int | None = None):
        super().__init__(parent)
        self.store = store
        self.catalogue = catalogue_for(store.today())  # the version the case will follow
        self.visa_free = store.visa_free()
        self.created_case_id: int | None = None
        # A new client stored at a Finish whose case then failed: reused, never stored twice.
        self._stored_client: Client | None = None
        self._client_touched = False
        self._details_touched = False
        self._answer_widgets: dict[str, QWidget] = {}
        self._answer_errors: dict[str, QLabel] = {}
        self._derived_labels: dict[str, QLabel] = {}
        self._typed_answers: dict[str, Any] = {}
        self._details_service: str | None = None
        # Imported here: the compiled form imports CheckedPage from this module.
        from expat_desk.ui.forms.ui_case_wizard import Ui_CaseWizard

        self.setObjectName("caseWizard")
        self.ui = Ui_CaseWizard()
        self.ui.setupUi(self)
        self.setAccessibleName(self.tr("New case wizard"))

        # Qt asks a page whether Next may be enabled; these pages answer from the wizard.
        self.ui.clientPage.check = self._client_complete
        self.ui.servicePage.check = lambda: self.service() is not None
        self.ui.detailsPage.check = self._details_complete

        self._setup_client_page()
        self._setup_service_page()
        self.ui.openIinCaseButton.clicked.connect(self._switch_to_iin)
        self.ui.refusalLabel.hide()
        self.ui.openIinCaseButton.hide()

        if client_id is not None:
            self._pick_client(self.store.get_client(client_id))

        # What is typed is kept as a draft on disk, so a crash loses nothing.
        self.drafts = Drafts(store.path)
        self._discarded = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.currentIdChanged.connect(lambda _id: self.keep_draft())

    # --- public -----------------------------------------------------------------------------

    def client(self) -> Client | None:
        """The client picked in the list (None while a new client is being typed)."""
        if self.ui.newClientButton.isChecked():
            return None
        item = self.ui.clientPicker.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def service(self) -> ServiceSpec | None:
        item = self.ui.serviceChoice.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.catalogue.service(item.data(Qt.ItemDataRole.UserRole))

    # --- page 1: client ---------------------------------------------------------------------

    def _setup_client_page(self) -> None:
        ui = self.ui
        # Search once the manager pauses: on a large register each search takes a moment.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self._search(ui.clientSearchField.text()))
        ui.clientSearchField.textChanged.connect(lambda _: self._search_timer.start())
        ui.clientPicker.itemSelectionChanged.connect(ui.clientPage.completeChanged)
        ui.existingClientButton.toggled.connect(self._client_mode_changed)
        for name in NEW_CLIENT_FIELDS.values():
            widget = getattr(ui, name)
            if isinstance(widget, QDateEdit):
                widget.setDate(widget.minimumDate())  # "not set"
                widget.dateChanged.connect(self._new_client_edited)
            else:
                widget.textChanged.connect(self._new_client_edited)
        self._client_mode_changed()
        self._search("")

    def _client_mode_changed(self) -> None:
        existing = self.ui.existingClientButton.isChecked()
        self.ui.clientSearchField.setEnabled(existing)
        self.ui.clientPicker.setEnabled(existing)
        self.ui.newClientBox.setEnabled(not existing)
        self._show_client_errors()
        self.ui.clientPage.completeChanged.emit()

    def _search(self, text: str) -> None:
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
            facts.append(self.tr("IIN %1").replace("%1", client.iin))
        item = QListWidgetItem(f"{' / '.join(parts)} — {', '.join(facts)}")
        item.setData(Qt.ItemDataRole.UserRole, client)
        return item

    def _pick_client(self, client: Client) -> None:
        self.ui.existingClientButton.setChecked(True)
        picker = self.ui.clientPicker
        for row in range(picker.count()):
            if picker.item(row).data(Qt.ItemDataRole.UserRole).id == client.id:
                picker.setCurrentRow(row)
                return
        picker.insertItem(0, self._client_item(client))
        picker.setCurrentRow(0)

    def _new_client_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field, name in NEW_CLIENT_FIELDS.items():
            widget = getattr(self.ui, name)
            if isinstance(widget, QDateEdit):
                picked = widget.date()
                values[field] = None if picked == widget.minimumDate() else picked.toPython()
            else:
                values[field] = widget.text()
        return values

    def _new_client_errors(self) -> dict[str, str]:
        try:
            check_client(self._new_client_values(), today=self.store.today())
        except ValidationError as exc:
            return exc.errors
        return {}

    def _new_client_edited(self) -> None:
        self._draft_timer.start()
        self._client_touched = True
        self._show_client_errors()
        self.ui.clientPage.completeChanged.emit()

    def _show_client_errors(self, errors: Mapping[str, str] | None = None) -> None:
        # Nothing is shown before the manager starts typing: an empty form is not a mistake.
        show = self._client_touched and self.ui.newClientButton.isChecked()
        if errors is None:
            errors = self._new_client_errors() if show else {}
        for field, name in NEW_CLIENT_FIELDS.items():
            label: QLabel = getattr(self.ui, f"{name}Error")
            why = errors.get(field)
            label.setText(self._field_error(self._client_field_title(field), why) if why else "")
            label.setVisible(bool(why))

    def _client_field_title(self, field: str) -> str:
        return {
            "surname": self.tr("Surname"),
            "given_names": self.tr("Given names"),
            "birth_date": self.tr("Birth date"),
            "citizenship": self.tr("Citizenship"),
            "passport_number": self.tr("Passport number"),
        }[field]

    def _field_error(self, title: str, why: str) -> str:
        return self.tr("%1: %2").replace("%1", title).replace("%2", error_text(why))

    def _client_complete(self) -> bool:
        if self.ui.newClientButton.isChecked():
            return not self._new_client_errors()
        return self.client() is not None

    def _duplicate_passport(self) -> Client | None:
        values = check_client(self._new_client_values(), today=self.store.today()).values
        for client in self.store.search_clients(values["passport_number"], limit=CLIENT_LIMIT):
            if (client.passport_number, client.citizenship) == (
                values["passport_number"],
                values["citizenship"],
            ):
                return client
        return None

    def _client_name(self) -> str:
        client = self.client()
        if client is not None:
            return client.full_name
        values = self._new_client_values()
        return " ".join(v.strip() for v in (values["surname"], values["given_names"]) if v)

    def _client_iin(self) -> str | None:
        client = self.client()
        return client.iin if client is not None else None  # the wizard asks no IIN of a new one

    # --- page 2: service --------------------------------------------------------------------

    def _setup_service_page(self) -> None:
        for code in ServiceCode:
            spec = self.catalogue.service(code)
            item = QListWidgetItem(pick(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, code.value)
            self.ui.serviceChoice.addItem(item)
        self.ui.serviceChoice.itemSelectionChanged.connect(self.ui.servicePage.completeChanged)

    def _select_service(self, code: ServiceCode) -> None:
        choice = self.ui.serviceChoice
        for row in range(choice.count()):
            if choice.item(row).data(Qt.ItemDataRole.UserRole) == code.value:
                choice.setCurrentRow(row)

    # --- page 3: details --------------------------------------------------------------------

    def _build_details(self) -> None:
        form = self.ui.detailsForm
        while form.rowCount():
            form.removeRow(0)
        self._answer_widgets.clear()
        self._answer_errors.clear()
        self._derived_labels.clear()
        self._details_touched = False
        spec = self.service()
        self._details_service = spec.code.value if spec else None
        if spec is None:
            return
        derived = DERIVED_OPTIONS.get(spec.code, frozenset())
        for option in spec.options:
            if option.name in derived:
                # A fact of the client record: shown, not asked (the record decides).
                fact = QLabel()
                fact.setObjectName(f"answer_{option.name}")
                fact.setAccessibleName(pick(option.label))
                fact.setWordWrap(True)
                form.addRow(QLabel(pick(option.label) + ":"), fact)
                self._derived_labels[option.name] = fact
                continue
            widget = self._answer_widget(option)
            error = QLabel()
            error.setObjectName(f"answer_{option.name}Error")
            error.setAccessibleName(self.tr("%1: error").replace("%1", pick(option.label)))
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            cell.setObjectName(f"answer_{option.name}Cell")
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            if isinstance(widget, QDateEdit) and not option.required:
                column.addLayout(self._with_clear_button(option, widget))
            else:
                column.addWidget(widget)
            column.addWidget(error)
            if isinstance(widget, QCheckBox):
                form.addRow(cell)
            else:
                label = QLabel(pick(option.label) + ":")
                label.setBuddy(widget)
                form.addRow(label, cell)
            self._answer_widgets[option.name] = widget
            self._answer_errors[option.name] = error
        self._refresh_details()

    def _with_clear_button(self, option: OptionSpec, edit: QDateEdit) -> QHBoxLayout:
        """An optional date can be taken back to "not set" (a date edit alone cannot)."""
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        clear = QToolButton()
        clear.setText(self.tr("Clear"))
        clear.setObjectName(f"answer_{option.name}Clear")
        clear.setAccessibleName(self.tr("Clear %1").replace("%1", pick(option.label)))
        clear.clicked.connect(lambda: edit.setDate(edit.minimumDate()))
        row.addWidget(clear)
        return row

    def _answer_widget(self, option: OptionSpec) -> QWidget:
        title = pick(option.label)
        widget: QWidget
        match option.kind:
            case OptionKind.CHOICE:
                combo = QComboBox()
                if option.default is None:
                    combo.addItem(self.tr("(not chosen)"), None)
                for choice in option.choices:
                    combo.addItem(pick(choice.title), choice.code)
                if option.default is not None:
                    combo.setCurrentIndex(combo.findData(option.default))
                combo.currentIndexChanged.connect(self._details_edited)
                widget = combo
            case OptionKind.BOOL:
                box = QCheckBox(title)
                box.setChecked(bool(option.default))
                box.toggled.connect(self._details_edited)
                widget = box
            case OptionKind.DATE:
                edit = QDateEdit()
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(date_edit_format())
                edit.setMinimumDate(QDate(1900, 1, 1))
                edit.setSpecialValueText(self.tr("not set"))
                edit.setDate(edit.minimumDate())
                today = self.store.today()
                edit.calendarWidget().setCurrentPage(today.year, today.month)
                edit.dateChanged.connect(self._details_edited)
                widget = edit
            case OptionKind.HOST:
                picker = HostPartyPicker(self.store, title)
                picker.changed.connect(self._details_edited)
                widget = picker
            case OptionKind.TEXT | OptionKind.COUNTRY:
                widget = line = QLineEdit() if option.kind is OptionKind.TEXT else CountryPicker()
                line.textChanged.connect(self._details_edited)
        widget.setObjectName(f"answer_{option.name}")
        widget.setAccessibleName(title)
        return widget

    def _raw_answers(self) -> dict[str, Any]:
        answers: dict[str, Any] = {}
        for name, widget in self._answer_widgets.items():
            if isinstance(widget, QLineEdit | CountryPicker):  # the picker, a QComboBox, too
                answers[name] = widget.text()
            elif isinstance(widget, QComboBox):
                answers[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                answers[name] = widget.isChecked()
            elif isinstance(widget, QDateEdit):
                picked = widget.date()
                answers[name] = None if picked == widget.minimumDate() else picked.toPython()
            elif isinstance(widget, HostPartyPicker):
                answers[name] = widget.host_id()
        spec, citizenship = self.service(), self._client_citizenship()
        if spec is not None and citizenship is not None:
            answers.update(derived_answers(spec.code, citizenship, self.visa_free))
        return answers

    def _client_citizenship(self) -> str | None:
        client = self.client()
        if client is not None:
            return client.citizenship
        if self.ui.newClientButton.isChecked():
            return self.ui.newCitizenship.code()
        return None

    def _answer_errors_now(self) -> dict[str, str]:
        spec = self.service()
        if spec is None:
            return {}
        try:
            today = self.store.today()
            self._typed_answers = spec.validate_answers(self._raw_answers(), today=today)
            check_stay(spec.code, self._typed_answers, registered_on=today)
        except ValidationError as exc:
            self._typed_answers = {}
            return exc.errors
        return {}

    def _refusal(self) -> tuple[str | None, bool]:
        """Why this client cannot have this service, and whether an IIN case is the way out."""
        spec = self.service()
        if spec is None:
            return None, False
        name, iin = self._client_name(), self._client_iin()
        if spec.requires_client_iin and not iin:
            text = self.tr("%1 has no IIN: an EDS needs one. Open an IIN case first.")
            return text.replace("%1", name), True
        if spec.code is ServiceCode.IIN and iin:
            text = self.tr("%1 already has an IIN (%2).")
            return text.replace("%1", name).replace("%2", iin), False
        citizenship = self._client_citizenship()
        try:
            if citizenship is not None:
                check_eligible(spec.code, citizenship, self.visa_free)
        except RuleViolation as refused:
            return self._eligibility_text(refused, name, citizenship or ""), False
        return None, False

    def _eligibility_text(self, refused: RuleViolation, name: str, citizenship: str) -> str:
        if refused.code == NOT_RECIPROCAL:
            text = self.tr(
                "Police registration is only for citizens of countries with a reciprocal "
                "visa-free agreement with Kazakhstan, and %1 has none (%2). The host party's "
                "migration notification registers %3."
            )
            country = country_title(citizenship)
            return text.replace("%1", country).replace("%2", citizenship).replace("%3", name)
        if refused.code == NOT_FOR_CITIZENS:
            text = self.tr("%1 is a citizen of Kazakhstan: this service is for foreign citizens.")
            return text.replace("%1", name)
        return refusal_text(refused)

    def _derived_text(self, name: str, value: Any) -> str:
        if name == "citizenship" and isinstance(value, str):
            return f"{country_title(value)} ({value})"
        return self.tr("yes") if value else self.tr("no")

    def _details_edited(self) -> None:
        self._draft_timer.start()
        self._details_touched = True
        self._refresh_details()

    def _refresh_details(self) -> None:
        raw = self._raw_answers()
        for name, fact in self._derived_labels.items():
            fact.setText(
                self.tr("%1 (from the client record)").replace(
                    "%1", self._derived_text(name, raw.get(name))
                )
            )
        refusal, offer_iin = self._refusal()
        self.ui.refusalLabel.setText(refusal or "")
        self.ui.refusalLabel.setVisible(refusal is not None)
        self.ui.openIinCaseButton.setVisible(offer_iin)
        self.ui.detailsFields.setEnabled(refusal is None)
        errors = self._answer_errors_now()
        spec = self.service()
        for name, label in self._answer_errors.items():
            why = errors.get(name) if self._details_touched else None
            label.setText(answer_error(spec, name, why))
            label.setVisible(bool(why))
            if spec is not None:
                # A question that does not apply (the mission of an IIN filed at home) is off.
                when = spec.option(name).required_when or {}
                self._answer_widgets[name].setEnabled(all(raw.get(k) == v for k, v in when.items()))
        self.ui.detailsPage.completeChanged.emit()

    def _details_complete(self) -> bool:
        return self._refusal()[0] is None and not self._answer_errors_now()

    def _switch_to_iin(self) -> None:
        # The offer is shown on the details page: it stays there, now asking the IIN questions.
        self._select_service(ServiceCode.IIN)
        self._build_details()

    # --- pages 4 and 5: checklist and review --------------------------------------------------

    def _fill_checklist(self) -> None:
        spec = self.service()
        preview = self.ui.checklistPreview
        preview.clear()
        if spec is None:
            return
        for item in spec.checklist(self._typed_answers):
            text = pick(item.title)
            if not item.required:
                text = self.tr("%1 (optional)").replace("%1", text)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.code)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            preview.addItem(row)

    def _fill_review(self) -> None:
        spec = self.service()
        assert spec is not None
        client = self.client()
        if client is None:
            who = self.tr("%1 (new client)").replace("%1", self._client_name())
        else:
            who = client.full_name
        lines = [
            self.tr("Client: %1").replace("%1", who),
            self.tr("Service: %1").replace("%1", pick(spec.title)),
        ]
        for option in spec.options:
            value = self._typed_answers.get(option.name)
            if value is None:
                continue
            lines.append(f"{pick(option.label)}: {self._answer_text(option, value)}")
        count = len(spec.checklist(self._typed_answers))
        lines.append(self.tr("Checklist: %1 items").replace("%1", str(count)))
        if client is not None and (
            passport := passport_warning(client.passport_expiry, self.store.today())
        ):
            # Said before Finish: the authority refuses an expired passport at submission.
            lines.append(self.tr("Note: %1").replace("%1", error_text(passport)))
        self.ui.reviewSummary.setText("\n".join(lines))

    def _answer_text(self, option: OptionSpec, value: Any) -> str:
        if option.kind is OptionKind.HOST and isinstance(value, int):
            with suppress(StoreError):
                return host_label(self.store.get_host_party(value))
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, date):
            return day_text(value)
        for choice in option.choices:
            if choice.code == value:
                return pick(choice.title)
        return str(value)

    # --- drafts -----------------------------------------------------------------------------

    def has_input(self) -> bool:
        """Whether the manager has typed or chosen anything a close would lose."""
        new_client = self.ui.newClientButton.isChecked() and any(
            v not in (None, "") for v in self._new_client_values().values()
        )
        return new_client or self.service() is not None or self._details_touched

    def draft_values(self) -> dict[str, Any]:
        client = self.client()
        spec = self.service()
        return {
            "new_client": self.ui.newClientButton.isChecked(),
            "client_id": client.id if client else None,
            "client": self._new_client_values(),
            "service": spec.code.value if spec else None,
            "answers": self._raw_answers() if self._details_touched else {},
        }

    def keep_draft(self) -> None:
        self._draft_timer.stop()
        if self._discarded:
            return  # QWizard resets its pages on the way out; that is no new typing
        if self.created_case_id is None and self.has_input():
            self.drafts.save(DRAFT, self.draft_values())
        else:
            self.drafts.clear(DRAFT)

    def restore_draft(self, draft: Draft) -> None:
        """Fill the wizard with a draft's answers, as far as they still fit."""
        values = draft.values
        if values.get("new_client"):
            self.ui.newClientButton.setChecked(True)
            typed = values.get("client") or {}
            for field, name in NEW_CLIENT_FIELDS.items():
                widget, value = getattr(self.ui, name), typed.get(field)
                if isinstance(widget, QDateEdit):
                    widget.setDate(_qdate(value) or widget.minimumDate())
                else:
                    widget.setText(value if isinstance(value, str) else "")
        elif isinstance(values.get("client_id"), int):
            with suppress(StoreError):  # a client since erased: the manager picks again
                self._pick_client(self.store.get_client(values["client_id"]))
        try:
            self._select_service(ServiceCode(values.get("service")))
        except ValueError:
            return
        answers = values.get("answers") or {}
        if answers:
            self._build_details()
            for name, value in answers.items():
                self._set_answer(self._answer_widgets.get(name), value)
            self._details_touched = True
            self._refresh_details()

    @staticmethod
    def _set_answer(widget: QWidget | None, value: Any) -> None:
        if isinstance(widget, QLineEdit | CountryPicker):
            widget.setText(value if isinstance(value, str) else "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDateEdit):
            widget.setDate(_qdate(value) or widget.minimumDate())
        elif isinstance(widget, HostPartyPicker):
            widget.set_host_id(value)

    def confirm_close(self) -> bool:
        """Before the wizard closes without a case: drop the typing, or keep editing."""
        if self.created_case_id is not None or not self.has_input():
            self._discarded = True
            self.drafts.clear(DRAFT)
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard this case?"),
            self.tr("The case is not opened yet. Discard what you have entered?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardCaseQuestion")
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
            self._discarded = True
            self.drafts.clear(DRAFT)
            return True
        return False

    def reject(self) -> None:
        if self.confirm_close():
            super().reject()

    def discard(self) -> None:
        """Close without a case and without asking, dropping the draft."""
        self._discarded = True
        self.drafts.clear(DRAFT)
        super().reject()

    # --- QWizard ----------------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.ui.detailsPage:
            spec = self.service()
            if spec is None or spec.code.value != self._details_service:
                self._build_details()
            else:  # back and forth with the same service keeps the answers
                self._refresh_details()
        elif page is self.ui.checklistPage:
            self._answer_errors_now()
            self._fill_checklist()
        elif page is self.ui.reviewPage:
            self._answer_errors_now()
            self._fill_review()
        super().initializePage(page_id)

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.ui.clientPage and self.ui.newClientButton.isChecked():
            other = self._duplicate_passport()
            if other is not None:
                self._client_touched = True
                why = self.tr("already belongs to client #%1 %2")
                self._show_client_errors(
                    {
                        "passport_number": why.replace("%1", str(other.id)).replace(
                            "%2", other.full_name
                        )
                    }
                )
                return False
        if page is self.ui.reviewPage:
            return self._create()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        spec = self.service()
        assert spec is not None
        try:
            client = self.client()
            if client is None:
                if self._stored_client is None:
                    self._stored_client, _ = self.store.add_client(self._new_client_values())
                client = self._stored_client
            case = self.store.open_case(client.id, spec.code.value, self._typed_answers)
        except (ValidationError, RuleViolation, StoreError) as exc:
            if self._stored_client is not None and self.client() is None:
                # The client is stored; a second Finish must not store them again.
                self._search(self._stored_client.passport_number)
                self._pick_client(self._stored_client)
            QMessageBox.warning(
                self,
                self.tr("The case was not opened"),
                self.tr("The case could not be opened: %1").replace("%1", refusal_text(exc)),
            )
            return False
        self.created_case_id = case.id
        self.drafts.clear(DRAFT)
        self.caseCreated.emit(case.id)
        return True


def _qdate(value: Any) -> QDate | None:
    if not isinstance(value, str):
        return None
    try:
        return QDate(date.fromisoformat(value))
    except ValueError:
        return None
