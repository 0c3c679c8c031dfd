"""One attorney's record, new or changed: the person a power of attorney names.

The checks are the store's (``domain.attorney``); a refused value is explained beside its
field and the dialog stays open, so nothing half-typed is stored.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from expat_desk.domain.attorney import AUTHORITY_LIMIT, DOCUMENT_KINDS, NAME_LIMIT
from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store, StoreError
from expat_desk.store.models import Attorney
from expat_desk.ui.dates import date_edit_format
from expat_desk.ui.error_words import error_text, refusal_text
from expat_desk.ui.palette import error_style
from expat_desk.ui.sizing import grow_to_fit, open_with_placeholders_whole
from expat_desk.ui.tab_order import tab_chain

# The kinds of identity document as the window names them (translated where shown, in the
# context "Attorneys"; marked so that pyside6-lupdate finds them).
KIND_TITLES = {
    "kz_id_card": QT_TRANSLATE_NOOP("Attorneys", "Kazakhstan ID card"),
    "kz_passport": QT_TRANSLATE_NOOP("Attorneys", "Kazakhstan passport"),
    "foreign_passport": QT_TRANSLATE_NOOP("Attorneys", "Foreign passport"),
    "residence_permit": QT_TRANSLATE_NOOP("Attorneys", "Residence permit"),
}
# How wide a reason beside a field is before it wraps, in characters of the window's font.
REASON_CHARACTERS = 32
FIELDS = (
    "full_name",
    "document_kind",
    "document_number",
    "document_issued",
    "document_authority",
    "resident",
    "iin",
)


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("Attorneys", KIND_TITLES.get(kind, kind))


def attorney_line(attorney: Attorney) -> str:
    """Нурланова Айгерим — Kazakhstan ID card 012345678."""
    return (
        QCoreApplication.translate("Attorneys", "%1 — %2 %3")
        .replace("%1", attorney.full_name)
        .replace("%2", kind_title(attorney.document_kind))
        .replace("%3", attorney.document_number)
    )


class AttorneyEditor(QDialog):
    """Adds an attorney, or changes ``attorney_id``'s; ``saved(id)`` once stored."""

    saved = Signal(int)

    def __init__(
        self, store: Store, attorney_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attorneyEditor")
        self.store = store
        self.attorney_id = attorney_id
        self.setWindowTitle(self.tr("New attorney") if attorney_id is None else self.tr("Attorney"))
        self.setAccessibleName(self.windowTitle())
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        # Room kept for the reasons beside the fields, hidden or not: the dialog does not
        # widen on Save; a longer reason wraps, and the dialog grows to show it.
        grid.setColumnMinimumWidth(2, self.fontMetrics().averageCharWidth() * REASON_CHARACTERS)
        name = QLineEdit(self)
        name.setMaxLength(NAME_LIMIT * 2)  # the check says how long a name may be
        name.setPlaceholderText(self.tr("As the identity document writes it"))
        kind = QComboBox(self)
        for code in DOCUMENT_KINDS:
            kind.addItem(kind_title(code), code)
        number = QLineEdit(self)
        number.setMaxLength(40)
        number.setPlaceholderText(self.tr("Latin letters and digits, as printed"))
        issued = QDateEdit(self)
        issued.setCalendarPopup(True)
        issued.setDisplayFormat(date_edit_format())
        issued.setMaximumDate(QDate(store.today()))
        issued.setDate(QDate(store.today()))
        authority = QLineEdit(self)
        authority.setMaxLength(AUTHORITY_LIMIT * 2)
        authority.setPlaceholderText(self.tr("For example МВД РК"))
        resident = QCheckBox(self.tr("&Resident of Kazakhstan (the IIN is printed)"), self)
        iin = QLineEdit(self)
        iin.setMaxLength(20)
        iin.setPlaceholderText(self.tr("12 digits"))
        rows = (
            ("full_name", self.tr("Full &name:"), name, self.tr("Attorney's full name")),
            ("document_kind", self.tr("Identity &document:"), kind, self.tr("Kind of document")),
            ("document_number", self.tr("N&umber:"), number, self.tr("Document number")),
            ("document_issued", self.tr("&Issued on:"), issued, self.tr("Date of issue")),
            (
                "document_authority",
                self.tr("Issued &by:"),
                authority,
                self.tr("Issuing authority"),
            ),
            ("resident", "", resident, self.tr("Resident of Kazakhstan")),
            ("iin", self.tr("II&N:"), iin, self.tr("Attorney's IIN")),
        )
        row = 0
        for field, caption, widget, accessible in rows:
            widget.setObjectName(_object_name(field))
            widget.setAccessibleName(accessible)
            if caption:
                label = QLabel(caption, self)
                label.setObjectName(_object_name(field, "Label"))
                label.setBuddy(widget)
                grid.addWidget(label, row, 0)
            error = QLabel(self)
            error.setObjectName(_object_name(field, "Error"))
            error.setAccessibleName(self.tr("%1: what is wrong").replace("%1", accessible))
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.hide()
            if widget is resident:
                # Its words take the reasons' room as well; its own reason goes under it.
                grid.addWidget(widget, row, 1, 1, 2)
                row += 1
                grid.addWidget(error, row, 1, 1, 2)
            else:
                grid.addWidget(widget, row, 1)
                grid.addWidget(error, row, 2)
            row += 1
            self.fields[field] = widget
            self.errors[field] = error
        # What the manager changes is no longer wrong until Save checks it again.
        for field in ("full_name", "document_number", "document_authority", "iin"):
            self.fields[field].textEdited.connect(lambda *_, f=field: self.errors[f].hide())
        kind.currentIndexChanged.connect(lambda *_: self.errors["document_number"].hide())
        issued.dateChanged.connect(lambda *_: self.errors["document_issued"].hide())
        resident.toggled.connect(lambda *_: self.errors["iin"].hide())
        self.problem = QLabel(self)
        self.problem.setObjectName("attorneyProblemLabel")
        self.problem.setAccessibleName(self.tr("Why the attorney was not saved"))
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("attorneyButtons")
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveAttorneyButton")
        save.setAccessibleName(self.tr("Save the attorney"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelAttorneyButton")
        cancel.setAccessibleName(self.tr("Close without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        tab_chain(*self.fields.values(), save, cancel)
        if attorney_id is not None:
            self._fill(store.get_attorney(attorney_id))
        open_with_placeholders_whole(self, [name, number, authority, iin])

    def _fill(self, attorney: Attorney) -> None:
        self.fields["full_name"].setText(attorney.full_name)  # type: ignore[attr-defined]
        kind = self.fields["document_kind"]
        kind.setCurrentIndex(kind.findData(attorney.document_kind))  # type: ignore[attr-defined]
        self.fields["document_number"].setText(attorney.document_number)  # type: ignore[attr-defined]
        self.fields["document_issued"].setDate(QDate(attorney.document_issued))  # type: ignore[attr-defined]
        self.fields["document_authority"].setText(attorney.document_authority)  # type: ignore[attr-defined]
        self.fields["resident"].setChecked(attorney.resident)  # type: ignore[attr-defined]
        self.fields["iin"].setText(attorney.iin or "")  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        f: Any = self.fields
        issued: date = f["document_issued"].date().toPython()
        return {
            "full_name": f["full_name"].text(),
            "document_kind": f["document_kind"].currentData(),
            "document_number": f["document_number"].text(),
            "document_issued": issued,
            "document_authority": f["document_authority"].text(),
            "resident": f["resident"].isChecked(),
            "iin": f["iin"].text().strip() or None,
        }

    def accept(self) -> None:
        """Store the attorney; on a refused value say why beside its field and stay open."""
        try:
            if self.attorney_id is None:
                attorney = self.store.add_attorney(self.values())
            else:
                attorney = self.store.update_attorney(self.attorney_id, self.values())
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        except StoreError as error:
            self.problem.setText(self.tr("Not saved: %1").replace("%1", refusal_text(error)))
            self.problem.show()
            grow_to_fit(self)
            return
        self.attorney_id = attorney.id
        self.saved.emit(attorney.id)
        super().accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for field in FIELDS:
            why = errors.get(field)
            self.errors[field].setText(error_text(why) if why else "")
            self.errors[field].setVisible(bool(why))
            if why and first is None:
                first = self.fields[field]
        if first is not None:
            first.setFocus()
        grow_to_fit(self)


def _object_name(field: str, suffix: str = "Field") -> str:
    """attorneyFullNameField, attorneyIinError ..."""
    return "attorney" + "".join(part.title() for part in field.split("_")) + suffix
