"""The client register's rows, read from the store a page at a time.

The model never holds the whole register: it knows how many clients match and keeps the
pages the view has asked for (a few hundred rows each), so 100,000 clients open and scroll
like 200.
"""

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from expat_desk.store import Store
from expat_desk.store.models import Client
from expat_desk.ui.dates import numeric_day_text
from expat_desk.ui.table_model import RowsModel
from expat_desk.ui.titles import countries_by_name, country_title

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
KEPT_PAGES = 20  # the pages around where the manager scrolls; older ones are read again

# (title, the store's sort key, how the cell reads)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ClientModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("ClientModel", "Name in Cyrillic"), "name_cyr"),
    (QT_TRANSLATE_NOOP("ClientModel", "Citizenship"), "citizenship"),
    (QT_TRANSLATE_NOOP("ClientModel", "Born"), "birth_date"),
    (QT_TRANSLATE_NOOP("ClientModel", "Passport"), "passport"),
    (QT_TRANSLATE_NOOP("ClientModel", "IIN"), "iin"),
    (QT_TRANSLATE_NOOP("ClientModel", "Phone"), "phone"),
    (QT_TRANSLATE_NOOP("ClientModel", "Employer"), "employer"),
)
(
    COL_NAME,
    COL_NAME_CYR,
    COL_CITIZENSHIP,
    COL_BORN,
    COL_PASSPORT,
    COL_IIN,
    COL_PHONE,
    COL_EMPLOYER,
) = range(len(COLUMNS))
CLIENT_ROLE = Qt.ItemDataRole.UserRole


class ClientTableModel(RowsModel):
    COLUMNS = tuple(title for title, _ in COLUMNS)
    CONTEXT = "ClientModel"

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.store = store
        self.query = ""
        # service, status, manager_id, overdue_on: as Store.search_clients takes them
        self.filters: dict[str, Any] = {}
        self.sort_key = "name"
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[Client]] = OrderedDict()
        self.reload()

    # --- what the register shows ----------------------------------------------------------

    def set_query(self, query: str) -> None:
        if query != self.query:
            self.query = query
            self.reload()

    def set_filters(self, **filters: Any) -> None:
        """Narrow the register (None lifts a filter); the rows are read again."""
        self.filters = {k: v for k, v in filters.items() if v is not None}
        self.reload()

    def reload(self) -> None:
        """Read the count again and forget the pages (after a search, a sort or a change)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self.store.count_clients(self.query, **self.filters)
        self.endResetModel()

    def client(self, row: int) -> Client | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self.store.search_clients(
                self.query,
                limit=PAGE_SIZE,
                offset=number * PAGE_SIZE,
                sort=self.sort_key,
                descending=self.descending,
                # The countries as the column names them, in the window's language.
                citizenship_order=countries_by_name() if self.sort_key == "citizenship" else None,
                **self.filters,
            )
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        # The register may have shrunk since the count was read (another window deleted).
        return page[offset] if offset < len(page) else None

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for a dozen roles a cell at every paint: the unserved ones go first, before
        # the page lookup.
        if (role != _DISPLAY and role != CLIENT_ROLE) or not index.isValid():
            return None
        client = self.client(index.row())
        if client is None:
            return None
        return _cell(client, index.column()) if role == _DISPLAY else client

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


_DISPLAY = Qt.ItemDataRole.DisplayRole


def _cell(client: Client, column: int) -> str:
    match column:
        case 0:
            return client.full_name
        case 1:
            return client.full_name_cyr
        case 2:
            return country_title(client.citizenship)
        case 3:
            return _day(client.birth_date)
        case 4:
            return client.passport_number
        case 5:
            return client.iin or ""
        case 6:
            return client.phone or ""
        case 7:
            return client.employer or ""
    return ""


def _day(day: date | None) -> str:
    return numeric_day_text(day)
