"""The centre's own details (name, BIN, address), printed on every document it generates."""

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store
from expat_desk.ui.error_words import error_text
from expat_desk.ui.forms.ui_centre_dialog import Ui_CentreDialog
from expat_desk.ui.palette import error_style
from expat_desk.ui.sizing import grow_to_fit, open_within_screen
from expat_desk.ui.tab_order import tab_chain

FIELDS = ("name", "bin", "address")


class CentreDialog(QDialog):
    """Saves through ``store.set_centre_details``; a refused value is explained under its field."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centreDialog")
        self.store = store
        self.ui = Ui_CentreDialog()
        self.ui.setupUi(self)
        details = store.centre_details()
        for name in FIELDS:
            self._field(name).setText(getattr(details, name) or "")
            self._field(name).textEdited.connect(lambda _text, n=name: self._error(n).hide())
            self._error(name).setStyleSheet(error_style())
        save = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Save)
        save.setObjectName("saveCentreButton")
        save.setAccessibleName(self.tr("Save the centre's details"))
        cancel = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelCentreButton")
        cancel.setAccessibleName(self.tr("Close without saving"))
        tab_chain(*(self._field(name) for name in FIELDS), save, cancel)
        open_within_screen(self)

    def _field(self, name: str) -> QLineEdit:
        return getattr(self.ui, f"{name}Field")

    def _error(self, name: str) -> QLabel:
        return getattr(self.ui, f"{name}Error")

    def values(self) -> dict[str, str | None]:
        values = {name: self._field(name).text().strip() or None for name in FIELDS}
        # A BIN is often typed in groups ("1608 4001 2340"); its 12 digits are what counts.
        values["bin"] = (values["bin"] or "").replace(" ", "") or None
        return values

    def accept(self) -> None:
        """Store the details; on a refused value say why under its field and keep the dialog."""
        try:
            self.store.set_centre_details(self.values())
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        super().accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for name in FIELDS:
            label = self._error(name)
            why = errors.get(name)
            label.setText(error_text(why) if why else "")
            label.setVisible(bool(why))
            if why and first is None:
                first = self._field(name)
        if first is not None:
            first.setFocus()
        grow_to_fit(self)
