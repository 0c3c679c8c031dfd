"""Recording a refusal by the state body: its reason, as the decision words it, and its day."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from expat_desk.ui.dates import date_edit_format
from expat_desk.ui.tab_order import tab_chain

REASON_LIMIT = 200


class RefusalDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalDialog")
        self.setWindowTitle(self.tr("Refused by the authority"))
        self.setMinimumWidth(460)  # room for a reason as the decision words it
        intro = QLabel(
            self.tr(
                "The case ends refused: its checklist is kept as it stands, and the case can be "
                "reopened to put it right and submit it again."
            )
        )
        intro.setWordWrap(True)
        self.reason_field = QLineEdit()
        self.reason_field.setObjectName("refusalReason")
        self.reason_field.setAccessibleName(self.tr("Reason of the refusal"))
        self.reason_field.setMaxLength(REASON_LIMIT)
        self.reason_field.setPlaceholderText(self.tr("As the decision words it"))
        self.date_field = QDateEdit(QDate(today))
        self.date_field.setObjectName("refusalDate")
        self.date_field.setAccessibleName(self.tr("Day of the decision"))
        self.date_field.setCalendarPopup(True)
        self.date_field.setDisplayFormat(date_edit_format())
        self.date_field.setMaximumDate(QDate(today))  # a decision not yet made is not recorded
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_field)
        form.addRow(self.tr("&Decided on:"), self.date_field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("recordRefusalButton")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelRefusalButton")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        tab_chain(self.reason_field, self.date_field, ok, cancel)
        self.reason_field.textChanged.connect(self._reason_typed)
        self._reason_typed()

    def _reason_typed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return " ".join(self.reason_field.text().split())

    def day(self) -> date:
        return self.date_field.date().toPython()
