"""The visa-free list in Settings: the published list, and the centre's corrections on top.

Police registration is decided from it (only reciprocal agreements qualify), so a correction
asks why, goes to the settings' event log, and can be taken back to the published entry.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from expat_desk.domain.countries import normalize_country_code
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.visa_free import VisaFreeRegime, load_visa_free
from expat_desk.store import Store, StoreError
from expat_desk.store.centre_settings import VISA_FREE
from expat_desk.ui.dates import full_day_text
from expat_desk.ui.error_words import error_text, refusal_text
from expat_desk.ui.forms.ui_visa_free_dialog import Ui_VisaFreeDialog
from expat_desk.ui.sizing import open_within_screen
from expat_desk.ui.titles import country_title

COL_COUNTRY, COL_CODE, COL_RECIPROCAL, COL_ENTRY, COL_180, COL_BASIS = range(6)


class VisaFreeDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_VisaFreeDialog()
        self.ui.setupUi(self)
        self.setObjectName("visaFreeDialog")
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeVisaFreeButton")
        published = load_visa_free()
        self.ui.introLabel.setText(
            self.tr(
                "Citizens of the countries with a reciprocal visa-free agreement are the only "
                "foreigners the police register through the centre. The list comes with the "
                "app (checked on %1, each country with its sources); correct it here when an "
                "agreement comes into force or is suspended, and say why."
            ).replace("%1", full_day_text(published.checked_on))
        )
        table = self.ui.countryTable
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Country"),
                self.tr("Code"),
                self.tr("Reciprocal"),
                self.tr("Days per entry"),
                self.tr("Days in 180"),
                self.tr("Basis"),
            ]
        )
        table.verticalHeader().hide()
        # A list of rows: the arrows move in it, Tab goes on to the correction.
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BASIS, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._show_selected)
        self.ui.searchField.textChanged.connect(self._filter)
        self.ui.saveButton.clicked.connect(self._save)
        self.ui.removeButton.clicked.connect(self._remove)
        self.ui.revertButton.clicked.connect(self._revert)
        self.ui.countryField.codeChanged.connect(self._country_typed)
        self.ui.errorLabel.hide()
        self._fill()
        open_within_screen(self)

    def _fill(self, select: str | None = None) -> None:
        self.visa_free = self.store.visa_free()
        table = self.ui.countryTable
        regimes = sorted(self.visa_free.regimes.values(), key=lambda r: country_title(r.code))
        table.setSortingEnabled(False)
        table.setRowCount(len(regimes))
        for row, regime in enumerate(regimes):
            for column, text in enumerate(self._cells(regime)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, regime.code)
                if regime.corrected:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Corrected by the centre"))
                elif column == COL_BASIS and regime.note:
                    item.setToolTip(regime.note)
                table.setItem(row, column, item)
        self._filter(self.ui.searchField.text())
        if select is not None:
            self._select(select)
        self._country_typed()

    def _cells(self, regime: VisaFreeRegime) -> list[str]:
        def days(value: int | None) -> str:
            return self.tr("no limit") if value is None else str(value)

        basis = regime.note if regime.corrected else regime.agreement or regime.note or ""
        if regime.corrected:
            basis = self.tr("Centre: %1").replace("%1", basis)
        return [
            country_title(regime.code),
            regime.code,
            self.tr("yes") if regime.reciprocal else self.tr("one-way"),
            days(regime.days_per_entry),
            days(regime.days_per_180),
            " ".join(basis.split())[:160],
        ]

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        table = self.ui.countryTable
        for row in range(table.rowCount()):
            name, code = table.item(row, COL_COUNTRY).text(), table.item(row, COL_CODE).text()
            table.setRowHidden(row, bool(wanted) and wanted not in f"{name} {code}".casefold())

    def _select(self, code: str) -> None:
        table = self.ui.countryTable
        for row in range(table.rowCount()):
            if table.item(row, COL_CODE).text() == code:
                table.selectRow(row)
                table.scrollToItem(table.item(row, COL_COUNTRY))
                return

    def _show_selected(self) -> None:
        items = self.ui.countryTable.selectedItems()
        if not items:
            return
        regime = self.visa_free.regime(items[0].data(Qt.ItemDataRole.UserRole))
        if regime is None:
            return
        ui = self.ui
        ui.countryField.set_code(regime.code)
        ui.reciprocalBox.setChecked(regime.reciprocal)
        ui.perEntrySpin.setValue(regime.days_per_entry or 0)
        ui.per180Spin.setValue(regime.days_per_180 or 0)
        ui.noteField.setText(regime.note if regime.corrected and regime.note else "")
        ui.errorLabel.hide()

    def _country_typed(self) -> None:
        code = self.ui.countryField.code()
        listed = code is not None and self.visa_free.regime(code) is not None
        stored = self.store.get_setting(VISA_FREE, {})
        self.ui.removeButton.setEnabled(listed)
        self.ui.revertButton.setEnabled(isinstance(stored, dict) and code in stored)

    def _values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "reciprocal": ui.reciprocalBox.isChecked(),
            "days_per_entry": ui.perEntrySpin.value() or None,
            "days_per_180": ui.per180Spin.value() or None,
            "note": ui.noteField.text(),
        }

    def _save(self) -> None:
        self._apply(self._values())

    def _remove(self) -> None:
        self._apply({"removed": True, "note": self.ui.noteField.text()})

    def _revert(self) -> None:
        self._apply(None)

    def _apply(self, values: dict[str, object] | None) -> None:
        # Typing that names no country goes to the store, which says what is wrong with it.
        code = self.ui.countryField.text()
        try:
            self.store.set_visa_free_correction(code, values)
        except ValidationError as exc:
            self._show_error(exc.errors)
            return
        except StoreError as exc:
            self._show_error({"": refusal_text(exc)})
            return
        self.ui.errorLabel.hide()
        self._fill(select=normalize_country_code(code))

    def _show_error(self, errors: dict[str, str]) -> None:
        titles = {
            "country": self.tr("Country"),
            "days_per_entry": self.tr("Days per entry"),
            "days_per_180": self.tr("Days within 180 days"),
            "note": self.tr("Why"),
        }
        lines = [
            f"{titles[field]}: {error_text(why)}" if field in titles else error_text(why)
            for field, why in errors.items()
        ]
        self.ui.errorLabel.setText("\n".join(lines))
        self.ui.errorLabel.show()
