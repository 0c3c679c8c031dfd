"""The client register: a search field and the table of clients, paged from the store."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.workflow import CaseStatus
from expat_desk.store import Store
from expat_desk.ui.client_model import (
    COL_BORN,
    COL_CITIZENSHIP,
    COL_IIN,
    COL_NAME,
    COL_NAME_CYR,
    COL_PASSPORT,
    COL_PHONE,
    ClientTableModel,
)
from expat_desk.ui.forms.ui_client_register import Ui_ClientRegister
from expat_desk.ui.titles import service_title, status_title

SEARCH_DELAY_MS = 250  # a search once the manager pauses, not at every key
# Widths that fit what the columns hold; the employer takes the rest.
COLUMN_WIDTHS = {
    COL_NAME: 220,
    COL_NAME_CYR: 200,
    COL_CITIZENSHIP: 85,
    COL_BORN: 95,
    COL_PASSPORT: 110,
    COL_IIN: 115,
    COL_PHONE: 125,
}


class ClientRegister(QWidget):
    # Enter on a client in the list: the window opens their details for work.
    open_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientRegister()
        self.ui.setupUi(self)
        self.model = ClientTableModel(store, self)
        table = self.ui.clientTable
        table.setModel(self.model)
        table.setWordWrap(False)  # one line a client: long employers are elided, not wrapped
        table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            # Never narrower than the header's words: "Дата рождения" is longer than "Born".
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search_now)
        self.ui.clientSearch.textChanged.connect(lambda _: self.search_timer.start())
        self.ui.clientSearch.returnPressed.connect(self.search_now)
        # Ctrl+F, type, Down into the results, Enter opens, Escape back to the search.
        self.ui.clientSearch.installEventFilter(self)
        table.installEventFilter(self)
        self.overdue_ids: set[int] = set()
        self.ui.serviceFilter.addItem(self.tr("All services"), None)
        for service in ServiceCode:
            self.ui.serviceFilter.addItem(service_title(service), service.value)
        self.ui.statusFilter.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.ui.statusFilter.addItem(status_title(status), status.value)
        self._fill_managers()
        for combo in (self.ui.serviceFilter, self.ui.statusFilter, self.ui.managerFilter):
            combo.currentIndexChanged.connect(self.apply_filters)
            # As wide as there is room for, not as its longest Kazakh item: the register
            # must fit beside the client's details on a laptop's 1366 pixels.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.ui.overdueFilter.toggled.connect(self.apply_filters)
        self._show_count()

    def set_overdue_clients(self, client_ids: set[int]) -> None:
        """The clients with something overdue (the window works them out with the deadlines)."""
        self.overdue_ids = set(client_ids)
        if self.ui.overdueFilter.isChecked():
            self.apply_filters()

    def apply_filters(self) -> None:
        self.model.set_filters(
            service=self.ui.serviceFilter.currentData(),
            status=self.ui.statusFilter.currentData(),
            manager_id=self.ui.managerFilter.currentData(),
            client_ids=self.overdue_ids if self.ui.overdueFilter.isChecked() else None,
        )
        self._show_count()

    def search_now(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.ui.clientSearch.text())
        self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        table = self.ui.clientTable
        if watched is self.ui.clientSearch and key == Qt.Key.Key_Down:
            self.search_now()  # the results of what was typed, not of a moment ago
            if self.model.rowCount():
                table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not table.selectionModel().hasSelection():
                    table.selectRow(0)
            return True
        if watched is table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if table.selectionModel().hasSelection():
                self.open_requested.emit()
            return True
        if watched is table and key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.ui.clientSearch.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.clientSearch.selectAll()

    def reload(self) -> None:
        self._fill_managers()
        self.model.reload()
        self._show_count()

    def _fill_managers(self) -> None:
        combo = self.ui.managerFilter
        chosen = combo.currentData()
        combo.blockSignals(True)  # refilling is not a choice of the manager's
        combo.clear()
        combo.addItem(self.tr("All managers"), None)
        for manager in self.model.store.list_managers():
            combo.addItem(manager.name, manager.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        text = f"{count:,}".replace(",", "\u202f")
        if self.model.query.strip() or self.model.filters:
            self.ui.clientCountLabel.setText(self.tr("%1 found").replace("%1", text))
        else:
            self.ui.clientCountLabel.setText(self.tr("%1 clients").replace("%1", text))
