"""Generating a case's documents: pick them and their languages, give what the manager alone
knows (the attorney, chosen from the centre's, and the stay), then see the result, print it
or save a copy.

The checks are ``documents.generate``'s: every chosen document is checked before any is
written, so a missing value stops them all, and the dialog lists every value to fill in.
"""

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QLabel, QWidget

from expat_desk.documents.fields import INPUTS, MissingFields
from expat_desk.documents.generate import (
    DocumentFileChanged,
    document_file,
    generate,
    kinds_for,
    prepare,
)
from expat_desk.documents.kinds import DEFAULT_LANGUAGES, LANGUAGES, DocumentKind
from expat_desk.domain.deadlines import power_of_attorney_until
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.store import Store, StoreError
from expat_desk.store.models import Document
from expat_desk.ui.attorney_editor import AttorneyEditor, attorney_line
from expat_desk.ui.centre_dialog import CentreDialog
from expat_desk.ui.dates import day_text
from expat_desk.ui.document_preview import PdfPreview, copy_name, document_line
from expat_desk.ui.document_words import field_label
from expat_desk.ui.elided_tips import tip_the_choice
from expat_desk.ui.error_words import error_text, field_name, refusal_text
from expat_desk.ui.forms.ui_documents_dialog import Ui_DocumentsDialog
from expat_desk.ui.memory import let_go
from expat_desk.ui.palette import error_style, warning_style
from expat_desk.ui.titles import language_title, service_title
from expat_desk.ui.window_layout import fit_dialog

# A date edit cannot be empty; its lowest date stands for "not set".
NO_DATE = QDate(1900, 1, 1)
# The manager's answers (documents.fields.INPUTS) -> the prefix of their widgets in the .ui
# (its Field, or attorneyCombo, and its Error label).
INPUT_WIDGETS = {
    "attorney_id": "attorney",
    "term_until": "termUntil",
    "stay_address": "stayAddress",
    "stay_until": "stayUntil",
}
# The centre's own details: when one is missing, the dialog offers Settings > Centre details.
CENTRE_FIELDS = frozenset({"operator_name", "operator_bin", "operator_address"})
# The checklist item a document answers: a case that lists it gets the document ticked at first.
SUGGESTED_BY_ITEM = {
    DocumentKind.CONSENT: ".consent",
    DocumentKind.POWER_OF_ATTORNEY: ".power_of_attorney",
    DocumentKind.NOTIFICATION_LETTER: ".host_letter",
}


class DocumentsDialog(QDialog):
    """The documents of one case; ``documentsGenerated(case_id)`` after new ones are filed."""

    documentsGenerated = Signal(int)

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsDialog")
        self.store = store
        self.case = store.get_case(case_id)
        self.ui = Ui_DocumentsDialog()
        self.ui.setupUi(self)
        self.generated: list[Document] = []
        self.centre_dialog: CentreDialog | None = None
        self.attorney_editor: AttorneyEditor | None = None
        self.preview = PdfPreview(
            self.ui.documentPreview,
            self.ui.printButton,
            self.ui.saveAsButton,
            self.ui.pagesLabel,
            self,
        )
        self._setup_header()
        self._setup_kinds()
        self._setup_languages()
        self._setup_inputs()
        for label in (*self._error_labels().values(), self.ui.languagesError):
            label.setStyleSheet(error_style())
        self.ui.missingLabel.setStyleSheet(warning_style())
        self.ui.resultLabel.hide()
        self.ui.generateButton.clicked.connect(self.generate)
        self.ui.centreDetailsButton.clicked.connect(self.edit_centre)
        self.ui.previewChoice.currentIndexChanged.connect(self._show_chosen)
        tip_the_choice(self.ui.previewChoice)  # "Келісім · ru | en · 25.11.2026 10:42" is long
        close = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        self._show_preview_tools()
        self._kinds_changed()
        fit_dialog(self)  # drawn for 1080 × 680: a laptop at 150 % has less

    # --- setting up -----------------------------------------------------------------------------

    def _setup_header(self) -> None:
        case = self.case
        service = service_title(case.service, case.checklist_version)
        self.setWindowTitle(self.tr("Generate documents: %1").replace("%1", case.number))
        self.ui.caseLabel.setText(
            self.tr("%1 · %2\n%3")
            .replace("%1", case.number)
            .replace("%2", service)
            .replace("%3", case.client.full_name)
        )
        font = QFont(self.ui.caseLabel.font())
        font.setBold(True)
        self.ui.caseLabel.setFont(font)

    def _setup_kinds(self) -> None:
        self.kind_checks: dict[DocumentKind, QCheckBox] = {
            DocumentKind.CONSENT: self.ui.consentCheck,
            DocumentKind.POWER_OF_ATTORNEY: self.ui.powerOfAttorneyCheck,
            DocumentKind.NOTIFICATION_LETTER: self.ui.notificationLetterCheck,
        }
        self.available = kinds_for(self.case.service)
        codes = [item.code for item in self.case.items]
        suggested = {
            kind
            for kind in self.available
            if any(code.endswith(SUGGESTED_BY_ITEM[kind]) for code in codes)
        }
        for kind, box in self.kind_checks.items():
            box.setVisible(kind in self.available)
            box.setChecked(kind in suggested)
            box.toggled.connect(self._kinds_changed)

    def _setup_languages(self) -> None:
        first, second = self.ui.firstLanguageCombo, self.ui.secondLanguageCombo
        second.addItem(self.tr("None: one language alone"), None)
        for code in LANGUAGES:
            text = self.tr("%1 (%2)").replace("%1", language_title(code)).replace("%2", code)
            first.addItem(text, code)
            second.addItem(text, code)
        first.setCurrentIndex(first.findData(DEFAULT_LANGUAGES[0]))
        second.setCurrentIndex(second.findData(DEFAULT_LANGUAGES[1]))
        first.currentIndexChanged.connect(self._languages_changed)
        second.currentIndexChanged.connect(self._languages_changed)

    def _setup_inputs(self) -> None:
        today = self.store.today()
        term = self.ui.termUntilField
        term.setMinimumDate(QDate(today).addDays(1))
        term.setDate(QDate(power_of_attorney_until(today)))
        term.setEnabled(False)
        self.ui.noTermCheck.setText(
            self.tr("No ter&m stated: one year, until %1").replace(
                "%1", day_text(power_of_attorney_until(today))
            )
        )
        self.ui.noTermCheck.toggled.connect(lambda checked: term.setEnabled(not checked))
        address = self.case.client.address
        self.ui.stayAddressField.setPlaceholderText(
            self.tr("The client's address: %1").replace("%1", address)
            if address
            else self.tr("The client has no address on file: type it here")
        )
        stay = self.ui.stayUntilField
        stay.setMinimumDate(NO_DATE)
        stay.setSpecialValueText(self.tr("not set"))
        departure = (self.case.answers or {}).get("departure_date")
        stay.setDate(QDate(_as_date(departure)) if departure else NO_DATE)
        stay.calendarWidget().setCurrentPage(today.year, today.month)
        self._load_attorneys()
        self.ui.newAttorneyButton.clicked.connect(lambda: self.new_attorney())
        self.ui.attorneyCombo.currentTextChanged.connect(self.ui.attorneyCombo.setToolTip)
        # What the manager changes is no longer wrong until Generate checks it again.
        for name in INPUT_WIDGETS:
            widget = self._input_widget(name)
            if isinstance(widget, QComboBox):
                signal = widget.currentIndexChanged
            elif isinstance(widget, QDateEdit):
                signal = widget.dateChanged
            else:
                signal = widget.textEdited
            signal.connect(lambda *_, n=name: self._error_labels()[n].hide())
        self.ui.noTermCheck.toggled.connect(lambda *_: self.ui.termUntilError.hide())

    def _input_widget(self, name: str) -> QWidget:
        prefix = INPUT_WIDGETS[name]
        return (
            self.ui.attorneyCombo if name == "attorney_id" else getattr(self.ui, f"{prefix}Field")
        )

    def _load_attorneys(self, select: int | None = None) -> None:
        """The active attorneys, "name — document"; none chosen unless ``select`` is given."""
        combo = self.ui.attorneyCombo
        combo.blockSignals(True)
        combo.clear()
        for attorney in self.store.list_attorneys():
            combo.addItem(attorney_line(attorney), attorney.id)
        combo.setCurrentIndex(combo.findData(select) if select is not None else -1)
        combo.blockSignals(False)
        combo.setEnabled(combo.count() > 0)
        # The column is narrow: the list opens as wide as its lines, the chosen one is a tip.
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.setToolTip(combo.currentText() or self.tr("The attorneys of Settings → Attorneys"))

    def new_attorney(self) -> AttorneyEditor:
        """The attorney editor; once saved, the new attorney is the one chosen here."""
        let_go(self.attorney_editor)
        editor = AttorneyEditor(self.store, None, self)
        editor.saved.connect(self._attorney_saved)
        self.attorney_editor = editor
        editor.open()
        return editor

    def _attorney_saved(self, attorney_id: int) -> None:
        self._load_attorneys(select=attorney_id)
        self.ui.attorneyError.hide()

    # --- what is chosen -------------------------------------------------------------------------

    def chosen_kinds(self) -> list[DocumentKind]:
        return [k for k in self.available if self.kind_checks[k].isChecked()]

    def languages(self) -> tuple[str, ...]:
        combos = (self.ui.firstLanguageCombo, self.ui.secondLanguageCombo)
        return tuple(code for code in (c.currentData() for c in combos) if code)

    def inputs(self, kind: DocumentKind) -> dict[str, Any]:
        """What the manager typed for ``kind`` (blank as None; the documents layer checks it)."""
        typed: dict[str, Any] = {
            "attorney_id": self.ui.attorneyCombo.currentData(),
            "term_until": None
            if self.ui.noTermCheck.isChecked()
            else self.ui.termUntilField.date().toPython(),
            "stay_address": self.ui.stayAddressField.text().strip() or None,
            "stay_until": None
            if self.ui.stayUntilField.date() == NO_DATE
            else self.ui.stayUntilField.date().toPython(),
        }
        return {name: typed[name] for name in INPUTS[kind]}

    def _kinds_changed(self) -> None:
        kinds = self.chosen_kinds()
        self.ui.attorneyGroup.setVisible(DocumentKind.POWER_OF_ATTORNEY in kinds)
        self.ui.letterGroup.setVisible(DocumentKind.NOTIFICATION_LETTER in kinds)
        self._languages_changed()

    def _languages_changed(self) -> None:
        first, second = self.ui.firstLanguageCombo, self.ui.secondLanguageCombo
        same = first.currentData() == second.currentData()
        self.ui.languagesError.setText(
            self.tr("The two columns need two different languages.") if same else ""
        )
        self.ui.languagesError.setVisible(same)
        self.ui.generateButton.setEnabled(bool(self.chosen_kinds()) and not same)

    # --- generating -----------------------------------------------------------------------------

    def generate(self) -> list[Document]:
        """Check every chosen document, then make each; on a problem say what and make none."""
        kinds, languages = self.chosen_kinds(), self.languages()
        if not kinds or not self.ui.generateButton.isEnabled():
            return []
        if not self.check(kinds, languages):
            return []
        made: list[Document] = []
        failure: str | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for kind in kinds:
                made.append(generate(self.store, self.case.id, kind, languages, self.inputs(kind)))
        except (ValueError, StoreError, OSError) as error:
            failure = refusal_text(error)  # the disk filled up, the database went away ...
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            self._show_problems([self.tr("Not generated: %1").replace("%1", failure)])
        if made:
            self._add_generated(made)
            self.documentsGenerated.emit(self.case.id)
        return made

    def check(self, kinds: list[DocumentKind], languages: tuple[str, ...]) -> bool:
        """Every chosen document's checks, all of them; True when each can be made."""
        missing: dict[str, DocumentKind] = {}
        errors: dict[str, str] = {}
        problems: list[str] = []
        for kind in kinds:
            try:
                prepare(self.store, self.case.id, kind, languages, self.inputs(kind))
            except MissingFields as error:
                for name in error.fields:
                    missing.setdefault(name, kind)
            except ValidationError as error:
                errors.update(error.errors)
            except (RuleViolation, ValueError, StoreError) as error:
                problems.append(refusal_text(error))
        for name in set(missing) & set(INPUT_WIDGETS):
            errors.setdefault(
                name,
                self.tr("Choose the attorney, or add one with New attorney.")
                if name == "attorney_id"
                else self.tr("Required: a document is never printed with a blank."),
            )
        self._show_field_errors(errors)
        unplaced = [
            self.tr("%1: %2").replace("%1", field_name(name)).replace("%2", error_text(why))
            for name, why in errors.items()
            if name not in INPUT_WIDGETS
        ]
        lines = [*problems, *unplaced]
        if missing:
            lines.append(self.tr("Nothing was generated. Fill in first:"))
            lines += ["• " + field_label(name) for name in missing]
        self._show_problems(lines, offer_centre=bool(CENTRE_FIELDS & set(missing)))
        if errors or lines:
            self.ui.resultLabel.hide()
        return not (errors or lines)

    def _error_labels(self) -> dict[str, QLabel]:
        return {name: getattr(self.ui, f"{prefix}Error") for name, prefix in INPUT_WIDGETS.items()}

    def _show_field_errors(self, errors: Mapping[str, str]) -> None:
        for name, label in self._error_labels().items():
            why = errors.get(name)
            label.setText(error_text(why) if why else "")
            label.setVisible(bool(why))

    def _show_problems(self, lines: list[str], *, offer_centre: bool = False) -> None:
        self.ui.missingLabel.setText("\n".join(lines))
        self.ui.missingLabel.setVisible(bool(lines))
        self.ui.centreDetailsButton.setVisible(offer_centre)

    def edit_centre(self) -> CentreDialog:
        """Settings > Centre details, from here; saved details are checked again at once."""
        dialog = CentreDialog(self.store, self)
        dialog.accepted.connect(self._centre_saved)
        self.centre_dialog = dialog
        dialog.open()
        return dialog

    def _centre_saved(self) -> None:
        kinds = self.chosen_kinds()
        if kinds and self.check(kinds, self.languages()):
            self._show_problems([])

    # --- the result -------------------------------------------------------------------------------

    def _add_generated(self, made: list[Document]) -> None:
        choice = self.ui.previewChoice
        self.generated = made + self.generated
        choice.blockSignals(True)
        choice.clear()
        for document in self.generated:
            choice.addItem(document_line(document), document.id)
        choice.blockSignals(False)
        choice.setCurrentIndex(0)
        self._show_chosen()
        titles = ", ".join(document_line(d).rsplit(" · ", 1)[0] for d in made)
        self.ui.resultLabel.setText(
            self.tr("Generated and filed on the case: %1.").replace("%1", titles)
        )
        self.ui.resultLabel.setVisible(True)

    def shown_document(self) -> Document | None:
        index = self.ui.previewChoice.currentIndex()
        return self.generated[index] if 0 <= index < len(self.generated) else None

    def _show_chosen(self) -> None:
        document = self.shown_document()
        if document is None:
            self.preview.clear()
        else:
            try:
                path = document_file(self.store, document)
            except DocumentFileChanged as error:
                self._show_problems([refusal_text(error)])
                self.preview.clear()
            else:
                self.preview.show_file(
                    path, document_line(document), copy_name(self.case.number, document)
                )
        self._show_preview_tools()

    def _show_preview_tools(self) -> None:
        shown = self.preview.is_ready()
        self.ui.previewStack.setCurrentWidget(
            self.ui.documentPreview if shown else self.ui.emptyLabel
        )
        for widget in (self.ui.previewChoiceLabel, self.ui.previewChoice):
            widget.setEnabled(bool(self.generated))


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
