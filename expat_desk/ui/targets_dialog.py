"""The centre's target processing time of each service, in business days."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QWidget

from expat_desk.domain.catalogue import ServiceCode
from expat_desk.store import Store
from expat_desk.ui.forms.ui_targets_dialog import Ui_TargetsDialog
from expat_desk.ui.sizing import open_within_screen
from expat_desk.ui.tab_order import tab_chain
from expat_desk.ui.titles import service_title

MAX_TARGET_DAYS = 90


class TargetsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self.setObjectName("targetsDialog")
        current = store.target_days()
        self.spins: dict[str, QSpinBox] = {}
        for service in ServiceCode:
            spin = QSpinBox(self)
            spin.setObjectName(f"{service.value}TargetSpin")
            spin.setRange(1, MAX_TARGET_DAYS)
            spin.setSuffix(self.tr(" business days"))
            spin.setValue(current[service.value])
            title = service_title(service)
            spin.setAccessibleName(self.tr("Target for %1").replace("%1", title))
            self.ui.targetsForm.addRow(title, spin)
            self.spins[service.value] = spin
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveTargetsButton")
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelTargetsButton")
        # The spin boxes are made after the form's buttons: Tab would go to Save first.
        tab_chain(*self.spins.values(), save, cancel)
        next(iter(self.spins.values())).setFocus()  # the dialog opens on the first, not on Save
        open_within_screen(self)

    def accept(self) -> None:
        current = self.store.target_days()
        for service, spin in self.spins.items():
            if spin.value() != current[service]:
                self.store.set_target_days(service, spin.value())
        super().accept()
