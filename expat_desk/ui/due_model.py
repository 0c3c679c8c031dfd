"""The Due view's rows: what is overdue, due today, this week, and the lapses being watched."""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from expat_desk.domain.deadlines import DeadlineKind, DueItem, PassportAlert, Urgency
from expat_desk.store import Store
from expat_desk.store.due_list import DueKey
from expat_desk.ui.dates import long_day_text, weekday_text
from expat_desk.ui.palette import colours
from expat_desk.ui.table_model import RowsModel

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("DueModel", "When"),
    QT_TRANSLATE_NOOP("DueModel", "Due"),
    QT_TRANSLATE_NOOP("DueModel", "Case"),
    QT_TRANSLATE_NOOP("DueModel", "Client"),
    QT_TRANSLATE_NOOP("DueModel", "What is due"),
)
COL_URGENCY, COL_DUE, COL_CASE, COL_CLIENT, COL_WHAT = range(len(COLUMNS))
URGENCY_TITLES = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("DueModel", "Overdue"),
    Urgency.TODAY: QT_TRANSLATE_NOOP("DueModel", "Today"),
    Urgency.THIS_WEEK: QT_TRANSLATE_NOOP("DueModel", "This week"),
    Urgency.SOON: QT_TRANSLATE_NOOP("DueModel", "Coming up"),
    Urgency.LATER: QT_TRANSLATE_NOOP("DueModel", "Later"),
}
KIND_TITLES = {
    DeadlineKind.HOST_NOTIFICATION: QT_TRANSLATE_NOOP(
        "DueModel", "Host party notifies the migration police"
    ),
    DeadlineKind.CENTRE_LETTER: QT_TRANSLATE_NOOP(
        "DueModel", "Host party's letter to the Expat Centre"
    ),
    DeadlineKind.TARGET: QT_TRANSLATE_NOOP("DueModel", "Target processing time"),
    DeadlineKind.REGISTRATION_ENDS: QT_TRANSLATE_NOOP("DueModel", "Police registration ends"),
    DeadlineKind.REGISTRATION_DUE: QT_TRANSLATE_NOOP(
        "DueModel", "Registered within 30 days of entry"
    ),
    DeadlineKind.PASSPORT_EXPIRES: QT_TRANSLATE_NOOP("DueModel", "Passport expires"),
    DeadlineKind.POWER_OF_ATTORNEY_LAPSES: QT_TRANSLATE_NOOP(
        "DueModel", "Power of attorney lapses"
    ),
    DeadlineKind.EDS_CERTIFICATE_LAPSES: QT_TRANSLATE_NOOP("DueModel", "EDS certificate lapses"),
}
PASSPORT_ALERTS = {
    PassportAlert.VALID: QT_TRANSLATE_NOOP("DueModel", "valid"),
    PassportAlert.SIX_MONTHS: QT_TRANSLATE_NOOP("DueModel", "within 6 months"),
    PassportAlert.THREE_MONTHS: QT_TRANSLATE_NOOP("DueModel", "within 3 months"),
    PassportAlert.ONE_MONTH: QT_TRANSLATE_NOOP("DueModel", "within a month"),
    PassportAlert.EXPIRED: QT_TRANSLATE_NOOP("DueModel", "expired: the case cannot be completed"),
}


# Overdue in red, due today in amber: the colours a manager reads before the words.
def row_colours(urgency: Urgency) -> tuple[QColor, QColor] | None:
    """Background and text of a Due row, for the palette in use (None: the palette's own)."""
    c = colours()
    return {Urgency.OVERDUE: c.overdue, Urgency.TODAY: c.today}.get(urgency)


ITEM_ROLE = Qt.ItemDataRole.UserRole


# Rows read at a time: a screen or two, so the first screen shows at once on any register.
PAGE = 200


class DueModel(RowsModel):
    """The Due list, paged from the stored deadlines as the view scrolls (canFetchMore)."""

    COLUMNS = COLUMNS
    CONTEXT = "DueModel"

    def __init__(self, rows: list[DueItem] | None = None, parent: QObject | None = None) -> None:
        super().__init__(rows, parent)
        self._store: Store | None = None
        self._today: date | None = None
        self._after: DueKey | None = None

    def items(self) -> list[DueItem]:
        return self.rows()

    def set_items(self, items: list[DueItem]) -> None:
        self._after = None
        self.set_rows(items)

    def load(self, store: Store, today: date) -> None:
        """The top of the list on ``today``; the rest comes a page at a time as it is needed."""
        self._store, self._today = store, today
        page = store.due_page(today, limit=PAGE)
        self._after = page.after
        self.set_rows(page.items)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None and self._store is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._store is not None and self._today is not None
        page = self._store.due_page(self._today, after=self._after, limit=PAGE)
        self._after = page.after
        if page.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Every row (for a test, or a caller that needs the whole list)."""
        while self.canFetchMore():
            self.fetchMore()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED:  # most of the roles Qt asks at every paint, answered first
            return None
        item = self.row(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DUE:
            return long_day_text(item.deadline.due)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            shades = row_colours(item.urgency)
            if shades is None:
                return None
            return QBrush(shades[0 if role == Qt.ItemDataRole.BackgroundRole else 1])
        if role == ITEM_ROLE:
            return item
        return None

    @staticmethod
    def _text(item: DueItem, column: int) -> str:
        match column:
            case 0:
                return translate("DueModel", URGENCY_TITLES[item.urgency])
            case 1:
                return _short(item.deadline.due)
            case 2:
                return item.facts.number
            case 3:
                return item.facts.client_name
            case 4:
                title = translate("DueModel", KIND_TITLES[item.deadline.kind])
                if item.passport is not None:
                    title += " · " + translate("DueModel", PASSPORT_ALERTS[item.passport])
                return title
        return ""


_SERVED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        ITEM_ROLE,
    }
)

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


def _short(day: date) -> str:
    return weekday_text(day)
