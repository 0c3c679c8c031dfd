"""One case's checklist items as the pane's table shows them: a row an item, read-only."""

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from expat_desk.domain.workflow import ItemState
from expat_desk.store.models import ChecklistItem
from expat_desk.ui.dates import day_text
from expat_desk.ui.elided_tips import show_elided_tips
from expat_desk.ui.table_model import RowsModel
from expat_desk.ui.titles import item_other_title, item_title

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("ChecklistModel", "Document"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Required"),
    QT_TRANSLATE_NOOP("ChecklistModel", "State"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Date"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Note"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Scan"),
)
COL_TITLE, COL_REQUIRED, COL_STATE, COL_DATE, COL_NOTE, COL_FILE = range(len(COLUMNS))
STATE_TITLES = {
    ItemState.MISSING: QT_TRANSLATE_NOOP("ChecklistModel", "missing"),
    ItemState.RECEIVED: QT_TRANSLATE_NOOP("ChecklistModel", "received"),
    ItemState.VERIFIED: QT_TRANSLATE_NOOP("ChecklistModel", "verified"),
    ItemState.NOT_APPLICABLE: QT_TRANSLATE_NOOP("ChecklistModel", "not applicable"),
}
ITEM_ROLE = Qt.ItemDataRole.UserRole
# Columns whose text may be long (a manager's note, a scan's file name): as wide as their title
# or this many characters, the rest elided and shown whole when hovered.
SHORT_CHARACTERS = 12
# Rows the table always shows, however little room the window has (the pane scrolls).
LEAST_ROWS = 4

_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        ITEM_ROLE,
    }
)

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


class ChecklistModel(RowsModel):
    """The items of one case, one row each, read-only (changes go through the store)."""

    COLUMNS = COLUMNS
    CONTEXT = "ChecklistModel"

    def items(self) -> list[ChecklistItem]:
        return self.rows()

    def set_items(self, items: list[ChecklistItem]) -> None:
        self.set_rows(items)

    def item_at(self, row: int) -> ChecklistItem | None:
        return self.row(row)

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self._rows) if i.id == item_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED_ROLES:  # most of the roles Qt asks at every paint
            return None
        item = self.row(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return item_other_title(item)
            if column == COL_NOTE and item.note:
                return item.note
            if column == COL_FILE and item.file_sha256:
                return f"SHA-256 {item.file_sha256}"
            return None
        if (
            role == Qt.ItemDataRole.FontRole
            and column == COL_TITLE
            and item.required
            and ItemState(item.state) is ItemState.MISSING
        ):
            font = QFont()
            font.setBold(True)  # what is still to collect stands out
            return font
        if role == ITEM_ROLE:
            return item
        return None


def _text(item: ChecklistItem, column: int) -> str:
    match column:
        case 0:
            return item_title(item)
        case 1:
            return (
                translate("ChecklistModel", "required")
                if item.required
                else translate("ChecklistModel", "optional")
            )
        case 2:
            return translate("ChecklistModel", STATE_TITLES[ItemState(item.state)])
        case 3:
            return _day(item.state_date)
        case 4:
            return " ".join((item.note or "").split())
        case 5:
            return Path(item.file_path).name if item.file_path else ""
    return ""


def _day(day: date | None) -> str:
    return day_text(day)


def lay_out(view: QTableView) -> None:
    """The checklist's table: the title takes the room left and wraps onto more lines (a
    Russian or Kazakh title is long), the short columns fit what they hold, a long note or
    file name is elided and shown whole when hovered."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    room = SHORT_CHARACTERS * view.fontMetrics().averageCharWidth()
    for column in (COL_NOTE, COL_FILE):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(column, max(room, header.sectionSizeHint(column)))
    view.setWordWrap(True)
    view.setItemDelegate(_TitlesWrap(view))
    rows = view.verticalHeader()
    # A few rows a case: each as tall as its title's lines, fitted now rather than at the
    # next layout, so a row is where the manager sees it when clicked.
    view.model().modelReset.connect(lambda: _fit_rows(view))
    header.sectionResized.connect(lambda column, *_: column == COL_TITLE and _fit_rows(view))
    show_elided_tips(view)
    # As tall as its rows, no taller, unless the pane has room to spare (then it stretches).
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    # The pane scrolls, not the table: a scroll bar of its own that came and went with its
    # height narrowed the titles, rows rewrapped, the height changed back, and the pane's
    # scroll area resized it again and again inside one resize until the stack ran out
    # (a segfault in QHeaderView::sectionSizeHint, at a 796-pixel window).
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    least = LEAST_ROWS * rows.defaultSectionSize()
    view.setMinimumHeight(header.sizeHint().height() + least + 2 * view.frameWidth())


def _fit_rows(view: QTableView) -> None:
    view.resizeRowsToContents()
    view.updateGeometry()  # as tall as the rows now are


class _TitlesWrap(QStyledItemDelegate):
    """Only the titles wrap: a note or a file name stays on one line, elided."""

    def wraps(self, index: Index) -> bool:
        return index.column() == COL_TITLE

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if not self.wraps(index):
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
