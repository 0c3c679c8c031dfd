"""The stay check: a caller's question answered as it is typed, no case opened."""

from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from expat_desk.domain.errors import ValidationError
from expat_desk.domain.stays import StayCheck, StayPurpose, check_stay
from expat_desk.store import Store
from expat_desk.ui.dates import date_edit_format, full_day_text
from expat_desk.ui.forms.ui_stay_check_dialog import Ui_StayCheckDialog
from expat_desk.ui.palette import error_style
from expat_desk.ui.sizing import open_within_screen
from expat_desk.ui.stay_words import purpose_title, warning_text


class StayCheckDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_StayCheckDialog()
        self.ui.setupUi(self)
        self.setObjectName("stayCheckDialog")
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeStayCheckButton")
        self.visa_free, self.calendar = store.visa_free(), store.business_calendar()
        ui = self.ui
        for purpose in (StayPurpose.WORK, StayPurpose.PRIVATE):
            ui.purposeCombo.addItem(purpose_title(purpose), purpose.value)
        today = QDate(store.today())
        for edit in (ui.arrivalDate, ui.departureDate, ui.visaUntilDate):
            edit.setDisplayFormat(date_edit_format())
            edit.setDate(today)
            edit.dateChanged.connect(self._answer)
        ui.departureDate.setDate(today.addDays(29))
        ui.visaUntilDate.setDate(today.addDays(89))
        ui.departureBox.setChecked(True)
        for box, edit in ((ui.departureBox, ui.departureDate), (ui.visaBox, ui.visaUntilDate)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._answer)
            edit.setEnabled(box.isChecked())
        ui.citizenshipField.textChanged.connect(self._answer)
        ui.purposeCombo.currentIndexChanged.connect(self._answer)
        self._answer()
        open_within_screen(self)

    def _answer(self) -> None:
        ui = self.ui
        code = ui.citizenshipField.code()
        if code is None:
            self._show(
                self.tr("Choose the client's citizenship: type part of its name or its ISO code.")
            )
            return
        try:
            result = check_stay(
                code,
                ui.arrivalDate.date().toPython(),
                ui.departureDate.date().toPython() if ui.departureBox.isChecked() else None,
                StayPurpose(ui.purposeCombo.currentData()),
                self.visa_free,
                self.calendar,
                self.store.today(),
                basis_until=ui.visaUntilDate.date().toPython() if ui.visaBox.isChecked() else None,
            )
        except ValidationError as exc:
            if "citizenship" in exc.errors:
                self._show(self.tr("A citizen of Kazakhstan is not a foreigner: no registration."))
            else:
                self._show(self.tr("The departure cannot be before the arrival."), warning=True)
            return
        self._show(self._describe(result))

    def _show(self, html: str, warning: bool = False) -> None:
        self.ui.answerLabel.setStyleSheet(error_style() if warning else "")
        self.ui.answerLabel.setText(html if html.startswith("<") else escape(html))

    def _describe(self, result: StayCheck) -> str:
        lines: list[str] = []
        if result.needs_registration is None:
            lines.append(self.tr("Registration is needed if the stay lasts more than 30 days."))
        elif result.needs_registration:
            lines.append(
                self.tr("This stay of %1 days needs registration.").replace("%1", str(result.days))
            )
        else:
            lines.append(
                self.tr("This stay of %1 days needs no registration (30 days or less).").replace(
                    "%1", str(result.days)
                )
            )
        lines.append(
            self.tr("Registered by police registration through the centre (reciprocal agreement).")
            if result.police_registration
            else self.tr("Registered by the host party's migration notification.")
        )
        lines.append(
            self.tr(
                "The host party notifies the migration police by %1; through the centre, "
                "the letter by %2."
            )
            .replace("%1", full_day_text(result.host_party_due))
            .replace("%2", full_day_text(result.centre_letter_due))
        )
        if result.last_visa_free_day is not None and result.days_left is not None:
            lines.append(
                self.tr("Last visa-free day: %1 (%2 days left).")
                .replace("%1", full_day_text(result.last_visa_free_day))
                .replace("%2", str(result.days_left))
            )
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        warnings = "".join(
            f'<li style="{error_style()}">{escape(warning_text(code, params))}</li>'
            for code, params in result.warnings
        )
        return f"<ul>{items}{warnings}</ul>"
