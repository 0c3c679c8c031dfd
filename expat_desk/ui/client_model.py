"""The client register's rows, read from the store a page at a time.

The model never holds the whole register: it holds the sorted ids of the clients that match
and keeps the pages the view has asked for (a few hundred rows each), each read by its ids,
so a page at the bottom of 100,000 clients costs what the first one does (an OFFSET would
walk every row before it). A search or a filter reads only the first ``FIRST_FOUND`` ids and
more as the manager scrolls past them: a broad query does not read the whole register.
"""

from array import array
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
PAGE_SIZE = 100  # rows read at once: a page read while scrolling stays a few ms
KEPT_PAGES = 40  # the pages around where the manager scrolls; older ones are read again
FIRST_FOUND = 400  # ids a search reads at first (four pages); scrolling past them, four times more

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
        self._ids = array("q")
        self._limit: int | None = None  # how many ids were asked for; None: all of them
        self.more = False  # more clients match than the ids read
        self._pages: OrderedDict[int, list[Client | None]] = OrderedDict()
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

    def narrowed(self) -> bool:
        return bool(self.query.strip() or self.filters)

    def reload(self) -> None:
        """Read the ids again and forget the pages (after a search, a sort or a change)."""
        self.beginResetModel()
        self._pages.clear()
        # The whole register's ids come from walking one index (some 40 ms for 100,000).
        self._limit = FIRST_FOUND if self.narrowed() else None
        self._ids, self.more = self._read_ids(self._limit)
        self.endResetModel()

    def _read_ids(self, limit: int | None) -> tuple[array, bool]:
        ids = self.store.client_ids_sorted(
            self.query,
            limit=None if limit is None else limit + 1,  # one more tells there are more
            sort=self.sort_key,
            descending=self.descending,
            # The countries as the column names them, in the window's language.
            citizenship_order=countries_by_name() if self.sort_key == "citizenship" else None,
            **self.filters,
        )
        more = limit is not None and len(ids) > limit
        return (ids[:limit] if more else ids), more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.more or self._limit is None:
            return
        self._limit *= 4
        ids, more = self._read_ids(self._limit)
        known = len(self._ids)
        if ids[:known] != self._ids:  # the register changed meanwhile: start again
            self.beginResetModel()
            self._pages.clear()
            self._ids, self.more = ids, more
            self.endResetModel()
            return
        self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
        self._ids, self.more = ids, more
        # The last page read was cut short where the ids ended: it is read again, whole.
        self._pages.pop(known // PAGE_SIZE, None)
        self.endInsertRows()

    def client(self, row: int) -> Client | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE_SIZE
            page = self.store.clients_by_ids(self._ids[start : start + PAGE_SIZE])
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        # The register may have shrunk since the ids were read (another window erased).
        return page[offset] if offset < len(page) else None

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        key, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            # The view asks again for the order the rows are in (setting its sort indicator
            # at start does so twice): reading 100,000 ids again would change nothing.
            return
        self.sort_key, self.descending = key, descending
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
