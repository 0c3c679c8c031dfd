"""The client register: a search field and the table of clients, paged from the store."""

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyle, QTableView, QWidget

from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.workflow import CaseStatus
from expat_desk.store import Store
from expat_desk.ui.client_model import (
    COL_BORN,
    COL_CITIZENSHIP,
    COL_EMPLOYER,
    COL_IIN,
    COL_NAME,
    COL_NAME_CYR,
    COL_PASSPORT,
    COL_PHONE,
    ClientTableModel,
)
from expat_desk.ui.dates import numeric_day_text
from expat_desk.ui.elided_tips import show_elided_tips
from expat_desk.ui.flow_layout import flow_instead_of
from expat_desk.ui.forms.ui_client_register import Ui_ClientRegister
from expat_desk.ui.titles import service_title, status_title

# A search once the manager pauses, not at every key; short enough to feel instant now that
# a search takes milliseconds (issue 14: at most 150 ms).
SEARCH_DELAY_MS = 120
# What each column is wide enough for: so many characters of a name, or a sample of a value of
# fixed form (a date, a passport number, an IIN, a phone), in the font the register has, and
# never narrower than its title. The employer takes the rest; what is longer is elided, and
# shown whole when hovered.
COLUMN_CHARACTERS = {COL_NAME: 24, COL_NAME_CYR: 22, COL_CITIZENSHIP: 16, COL_EMPLOYER: 24}
COLUMN_SAMPLES = {
    COL_BORN: numeric_day_text(date(2000, 12, 28)),
    COL_PASSPORT: "WW0000000",
    COL_IIN: "000000000000",
    COL_PHONE: "+770000000000",
}


def column_widths(table: QTableView) -> dict[int, int]:
    """The width each column of the register starts at (the manager may change it)."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    style = table.style()
    # The delegate's margin on either side of a cell's text.
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    widths = {c: n * metrics.averageCharWidth() for c, n in COLUMN_CHARACTERS.items()}
    widths |= {c: metrics.horizontalAdvance(text) for c, text in COLUMN_SAMPLES.items()}
    return {c: max(w + margin, header.sectionSizeHint(c)) for c, w in widths.items()}


class ClientRegister(QWidget):
    # Enter on a client in the list: the window opens their details for work.
    open_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientRegister()
        self.ui.setupUi(self)
        self.model = ClientTableModel(store, self)
        # Scrolled past what a search read first: the count grows with the rows.
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        table = self.ui.clientTable
        table.setModel(self.model)
        table.setWordWrap(False)  # one line a client: long employers are elided, not wrapped
        table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in column_widths(table).items():
            table.setColumnWidth(column, width)
        show_elided_tips(table)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search_now)
        self.ui.clientSearch.textChanged.connect(lambda _: self.search_timer.start())
        self.ui.clientSearch.returnPressed.connect(self.search_now)
        # Ctrl+F, type, Down into the results, Enter opens, Escape back to the search.
        self.ui.clientSearch.installEventFilter(self)
        table.installEventFilter(self)
        self.ui.serviceFilter.addItem(self.tr("All services"), None)
        for service in ServiceCode:
            self.ui.serviceFilter.addItem(service_title(service), service.value)
        self.ui.statusFilter.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.ui.statusFilter.addItem(status_title(status), status.value)
        self._fill_managers()
        for combo in (self.ui.serviceFilter, self.ui.statusFilter, self.ui.managerFilter):
            combo.currentIndexChanged.connect(self.apply_filters)
            # As wide as its longest item, so the choice reads whole ("Көші-қон полициясында
            # тіркеу"); the filters wrap onto a second line where the register is narrow.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        flow_instead_of(self.ui.filterLayout)
        self.ui.overdueFilter.toggled.connect(self.apply_filters)
        self._show_count()

    def overdue_changed(self) -> None:
        """The deadlines moved (a change of day, data or calendar): filter by them again."""
        if self.ui.overdueFilter.isChecked():
            self.apply_filters()

    def apply_filters(self) -> None:
        self.model.set_filters(
            service=self.ui.serviceFilter.currentData(),
            status=self.ui.statusFilter.currentData(),
            manager_id=self.ui.managerFilter.currentData(),
            overdue_on=self.model.store.today() if self.ui.overdueFilter.isChecked() else None,
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
        if self.model.more:
            self.ui.clientCountLabel.setText(self.tr("More than %1 found").replace("%1", text))
        elif self.model.narrowed():
            self.ui.clientCountLabel.setText(self.tr("%1 found").replace("%1", text))
        else:
            self.ui.clientCountLabel.setText(self.tr("%1 clients").replace("%1", text))
