"""Settings > Attorneys: the people the centre's powers of attorney name.

An attorney is retired, never deleted: the documents printed with them keep their values,
and a retired attorney is no longer offered for a new power of attorney.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from expat_desk.store import Store, StoreError
from expat_desk.store.models import Attorney
from expat_desk.ui.attorney_editor import AttorneyEditor, kind_title
from expat_desk.ui.dates import day_text
from expat_desk.ui.error_words import refusal_text
from expat_desk.ui.memory import let_go
from expat_desk.ui.palette import error_style
from expat_desk.ui.sizing import open_within_screen
from expat_desk.ui.tab_order import tab_chain

ID_ROLE = Qt.ItemDataRole.UserRole
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 1


class AttorneysDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attorneysDialog")
        self.store = store
        self.editor: AttorneyEditor | None = None
        self.setWindowTitle(self.tr("Attorneys"))
        self.setAccessibleName(self.tr("Attorneys"))
        intro = QLabel(
            self.tr(
                "The people a power of attorney may name. A retired attorney stays on the "
                "documents printed with them, but is no longer offered for new ones."
            ),
            self,
        )
        intro.setObjectName("attorneysIntroLabel")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("attorneysTable")
        self.table.setAccessibleName(self.tr("Attorneys on record"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Full name"),
                self.tr("Identity document"),
                self.tr("Issued"),
                self.tr("IIN"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A list of rows: the arrows move in it, Tab goes on to the buttons.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit())
        self.show_retired = QCheckBox(self.tr("Show &retired attorneys"), self)
        self.show_retired.setObjectName("showRetiredCheck")
        self.show_retired.setAccessibleName(self.tr("Show retired attorneys"))
        self.show_retired.toggled.connect(lambda *_: self.reload())
        self.add_button = self._button(
            "addAttorneyButton", self.tr("&Add…"), self.tr("Add an attorney")
        )
        self.edit_button = self._button(
            "editAttorneyButton", self.tr("&Edit…"), self.tr("Edit the chosen attorney")
        )
        self.retire_button = self._button(
            "retireAttorneyButton", self.tr("Re&tire"), self.tr("Retire the chosen attorney")
        )
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.retire_button.clicked.connect(lambda: self.retire())
        self.problem = QLabel(self)
        self.problem.setObjectName("attorneysProblemLabel")
        self.problem.setAccessibleName(self.tr("What went wrong"))
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.setObjectName("attorneysButtons")
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("closeAttorneysButton")
        close_button.setAccessibleName(self.tr("Close"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_retired)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.reload()
        tab_chain(
            self.table,
            self.add_button,
            self.edit_button,
            self.retire_button,
            self.show_retired,
            close_button,
        )
        open_within_screen(self, 900, 420)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def reload(self, select: int | None = None) -> None:
        select = select if select is not None else self.chosen_id()
        attorneys = self.store.list_attorneys(active_only=not self.show_retired.isChecked())
        self.table.setRowCount(len(attorneys))
        for row, attorney in enumerate(attorneys):
            for column, text in enumerate(self._cells(attorney)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, attorney.id)
                item.setData(ACTIVE_ROLE, attorney.active)
                self.table.setItem(row, column, item)
            if attorney.id == select:
                self.table.selectRow(row)
        for column in (2, 3, 4):  # a day, an IIN, a status: each reads whole
            self.table.resizeColumnToContents(column)
        self._selection_changed()

    def _cells(self, attorney: Attorney) -> tuple[str, ...]:
        return (
            attorney.full_name,
            f"{kind_title(attorney.document_kind)} {attorney.document_number}, "
            f"{attorney.document_authority}",
            day_text(attorney.document_issued),
            attorney.iin or (self.tr("non-resident") if not attorney.resident else ""),
            self.tr("active") if attorney.active else self.tr("retired"),
        )

    def chosen_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def _chosen_active(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        return bool(rows) and bool(self.table.item(rows[0].row(), 0).data(ACTIVE_ROLE))

    def _selection_changed(self) -> None:
        chosen = self.chosen_id() is not None
        self.edit_button.setEnabled(chosen)
        self.retire_button.setEnabled(chosen and self._chosen_active())

    def add(self) -> AttorneyEditor:
        return self._open_editor(None)

    def edit(self) -> AttorneyEditor | None:
        chosen = self.chosen_id()
        return self._open_editor(chosen) if chosen is not None else None

    def _open_editor(self, attorney_id: int | None) -> AttorneyEditor:
        let_go(self.editor)
        self.editor = AttorneyEditor(self.store, attorney_id, self)
        self.editor.saved.connect(lambda saved_id: self.reload(select=saved_id))
        self.editor.open()
        return self.editor

    def retire(self) -> bool:
        """Retire the chosen attorney once the manager confirms it."""
        chosen = self.chosen_id()
        if chosen is None or not self._chosen_active():
            return False
        name = self.table.item(self.table.currentRow(), 0).text()
        box = QMessageBox(self)
        box.setObjectName("retireAttorneyQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Retire attorney"))
        box.setText(
            self.tr(
                "Retire %1? The documents already printed keep the name; new powers of "
                "attorney can no longer name them."
            ).replace("%1", name)
        )
        retire = box.addButton(self.tr("Retire"), QMessageBox.ButtonRole.AcceptRole)
        retire.setObjectName("confirmRetireButton")
        box.addButton(QMessageBox.StandardButton.Cancel).setObjectName("cancelRetireButton")
        box.exec()
        if box.clickedButton() is not retire:
            return False
        try:
            self.store.retire_attorney(chosen)
        except StoreError as error:
            self.problem.setText(self.tr("Not retired: %1").replace("%1", refusal_text(error)))
            self.problem.show()
            return False
        self.reload()
        return True
