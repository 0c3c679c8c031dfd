"""File → Export week: the week's workload as an Excel workbook for the supervisor."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from expat_desk.reports.weeks import IsoWeek
from expat_desk.reports.workload import default_file_name, export_week
from expat_desk.store import Store, StoreError
from expat_desk.ui import language
from expat_desk.ui.dates import day_text
from expat_desk.ui.error_words import refusal_text
from expat_desk.ui.forms.ui_export_week_dialog import Ui_ExportWeekDialog
from expat_desk.ui.palette import error_style
from expat_desk.ui.sizing import open_within_screen
from expat_desk.ui.tab_order import tab_chain


class ExportWeekDialog(QDialog):
    """``confirm_personal_data()`` is asked before a workbook of names leaves the app."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        confirm_personal_data: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportWeekDialog")
        self.store = store
        self.confirm_personal_data = confirm_personal_data
        self.written: Path | None = None
        self.ui = Ui_ExportWeekDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(error_style())
        today = QDate(store.today())
        self.ui.weekField.setMaximumDate(today)
        self.ui.weekField.setDate(today)
        self.ui.weekField.dateChanged.connect(self._show_week)
        self.ui.weeksField.valueChanged.connect(self._show_week)
        self.ui.managerField.addItem(self.tr("All managers"), None)
        for manager in store.list_managers():
            self.ui.managerField.addItem(manager.name, manager.name)
        if store.manager_id is not None:  # the manager at this desk, by default
            names = {m.id: m.name for m in store.list_managers()}
            index = self.ui.managerField.findData(names.get(store.manager_id))
            self.ui.managerField.setCurrentIndex(max(index, 0))
        # Each language in its own name, as the Settings menu shows them; the window's first:
        # a supervisor reading Russian gets a Russian workbook unless the manager says other.
        for code in language.LANGUAGES:
            self.ui.exportLanguageCombo.addItem(language.NATIVE_NAMES[code], code)
        self.ui.exportLanguageCombo.setCurrentIndex(
            max(self.ui.exportLanguageCombo.findData(language.current()), 0)
        )
        export = self.ui.buttonBox.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        export.setObjectName("exportButton")
        export.setAccessibleName(self.tr("Export the workbook"))
        export.setDefault(True)
        export.clicked.disconnect()
        export.clicked.connect(self.export)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelExportButton")
        cancel.setAccessibleName(self.tr("Close without exporting"))
        ui = self.ui
        tab_chain(
            ui.weekField, ui.weeksField, ui.managerField, ui.exportLanguageCombo, export, cancel
        )
        self._show_week()
        open_within_screen(self)

    def week(self) -> IsoWeek:
        return IsoWeek.containing(self.ui.weekField.date().toPython())

    def manager(self) -> str | None:
        return self.ui.managerField.currentData()

    def workbook_language(self) -> str:
        return self.ui.exportLanguageCombo.currentData()

    def _show_week(self) -> None:
        last = self.week()
        weeks = self.ui.weeksField.value()
        first = last.shifted(1 - weeks)
        span = (
            self.tr("%1: %2 to %3")
            .replace("%1", str(last) if weeks == 1 else f"{first} – {last}")
            .replace("%2", day_text(first.monday))
            .replace("%3", day_text(last.sunday))
        )
        self.ui.weekSpan.setText(span)
        self.ui.errorLabel.hide()

    def export(self) -> Path | None:
        """Ask where, then write the workbook with a progress bar; None if not written."""
        if not self.confirm_personal_data():
            return None
        weeks = self.ui.weeksField.value()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / default_file_name(
            self.week(), weeks=weeks, manager=self.manager()
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export week"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if not name:
            return None
        out = Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")
        progress = QProgressDialog(self.tr("Writing the workbook…"), "", 0, 100, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export week"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, total: int) -> None:
            progress.setValue(min(done, total - 1))
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        try:
            written = export_week(
                self.store,
                self.week(),
                weeks=weeks,
                manager=self.manager(),
                out=out,
                language=self.workbook_language(),
                progress=step,
            )
        except (ValueError, OSError, StoreError) as exc:
            self.ui.errorLabel.setText(
                self.tr("The workbook was not written: %1").replace("%1", refusal_text(exc))
            )
            self.ui.errorLabel.show()
            return None
        finally:
            progress.setValue(100)
            progress.close()
            progress.deleteLater()
        self.written = written
        self._tell_done(written)
        self.accept()
        return written

    def _tell_done(self, written: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Week exported"),
            self.tr("The workbook is saved as\n%1").replace("%1", str(written)),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("exportDoneMessage")
        box.button(QMessageBox.StandardButton.Close).setObjectName("closeExportDoneButton")
        open_file = box.addButton(self.tr("&Open it"), QMessageBox.ButtonRole.ActionRole)
        open_file.setObjectName("openWorkbookButton")
        box.setDefaultButton(open_file)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
