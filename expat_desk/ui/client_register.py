"""The client register: a search field and the table of clients, paged from the store."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

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
            table.setColumnWidth(column, width)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search_now)
        self.ui.clientSearch.textChanged.connect(lambda _: self.search_timer.start())
        self.ui.clientSearch.returnPressed.connect(self.search_now)
        self._show_count()

    def search_now(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.ui.clientSearch.text())
        self._show_count()

    def focus_search(self) -> None:
        self.ui.clientSearch.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.clientSearch.selectAll()

    def reload(self) -> None:
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        text = f"{count:,}".replace(",", "\u202f")
        if self.model.query.strip():
            self.ui.clientCountLabel.setText(self.tr("%1 found").replace("%1", text))
        else:
            self.ui.clientCountLabel.setText(self.tr("%1 clients").replace("%1", text))
