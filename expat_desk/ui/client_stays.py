"""The stays section of a client's details: each entry and exit, and what it warns of today."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from expat_desk.domain.countries import KAZAKHSTAN
from expat_desk.domain.stay_records import EntryBasis, StayReview
from expat_desk.domain.stays import StayPurpose
from expat_desk.store import Store, StoreError
from expat_desk.store.models import ClientStay
from expat_desk.ui.dates import full_day_text, numeric_day_text
from expat_desk.ui.error_words import refusal_text
from expat_desk.ui.forms.ui_client_stays import Ui_ClientStays
from expat_desk.ui.palette import colours
from expat_desk.ui.stay_editor import StayEditor
from expat_desk.ui.stay_words import (
    basis_title,
    note_text,
    purpose_short,
    purpose_title,
    warning_text,
)

COL_ARRIVAL, COL_DEPARTURE, COL_BASIS, COL_UNTIL, COL_PURPOSE, COL_WARNINGS = range(6)
# The table grows with its rows (the details pane scrolls), up to this many before it scrolls.
VISIBLE_ROWS = 6
# The warnings take the room the other columns leave, never less than this many characters:
# their sentences wrap onto more lines, but a word is not broken in two. On a narrow pane the
# table scrolls sideways instead.
WARNING_CHARACTERS = 24


class ClientStays(QGroupBox):
    """Hidden for a client not yet saved and for a citizen of Kazakhstan (no stays to record)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.client_id: int | None = None
        self.stays: list[ClientStay] = []
        self.editor: StayEditor | None = None
        self.ui = ui = Ui_ClientStays()
        ui.setupUi(self)
        self.setObjectName("clientStays")
        table = ui.staysTable
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Arrival"),
                self.tr("Departure"),
                self.tr("Stays on"),
                self.tr("Valid until"),
                self.tr("Purpose"),
                self.tr("Warnings"),
            ]
        )
        table.verticalHeader().hide()
        # A list of rows: the arrows move in it, Tab goes on to the buttons.
        table.setTabKeyNavigation(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        for column in range(COL_WARNINGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WARNINGS, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The warnings wrap to the width the pane gives them: the rows grow, the table with them.
        header.sectionResized.connect(self._fit_rows)
        header.sectionResized.connect(
            lambda column, *_: column != COL_WARNINGS and self._fit_warnings()
        )
        table.viewport().installEventFilter(self)
        table.itemSelectionChanged.connect(self._enable_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.edit_stay())
        ui.addStayButton.clicked.connect(self.add_stay)
        ui.editStayButton.clicked.connect(self.edit_stay)
        ui.removeStayButton.clicked.connect(self.remove_stay)
        self.show_client(None, None)

    def show_client(self, client_id: int | None, citizenship: str | None) -> None:
        """The stays of a stored foreign client; nothing (hidden) for anyone else."""
        self.client_id = client_id if citizenship != KAZAKHSTAN else None
        self.setVisible(self.client_id is not None)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        table = self.ui.staysTable
        reviews: list[tuple[ClientStay, StayReview | None]] = []
        if self.client_id is not None:
            try:
                reviews = self.store.stay_reviews(self.client_id)
            except StoreError:  # erased meanwhile: the window shows another client next
                reviews = []
        self.stays = [stay for stay, _review in reviews]
        table.setRowCount(len(reviews))
        for row, (stay, review) in enumerate(reviews):
            self._fill_row(row, stay, review)
        self._fit_rows()
        note = self.ui.staysNote
        note.setText(self.tr("No stay recorded yet: add the client's last entry into Kazakhstan."))
        note.setVisible(not reviews)
        if select_id is not None:
            for row, stay in enumerate(self.stays):
                if stay.id == select_id:
                    table.selectRow(row)
        self._enable_buttons()

    def _fill_row(self, row: int, stay: ClientStay, review: StayReview | None) -> None:
        shown_basis = basis_title(EntryBasis(stay.basis))
        if stay.visa_number:
            # On two lines: the warnings beside it keep the width they need.
            shown_basis = self.tr("Visa\n%1").replace("%1", stay.visa_number)
        warnings = [warning_text(c, params) for c, params in (review.warnings if review else ())]
        notes = [note_text(c, params) for c, params in (review.notes if review else ())]
        lines = warnings + notes
        # Several sentences in one cell: a bullet each, so they do not read as one.
        said = "\n".join(f"• {line}" for line in lines) if len(lines) > 1 else "".join(lines)
        cells = [
            (numeric_day_text(stay.arrival), full_day_text(stay.arrival)),
            (
                numeric_day_text(stay.departure) if stay.departure else self.tr("still here"),
                full_day_text(stay.departure)
                if stay.departure
                else self.tr("Still in Kazakhstan: no departure yet"),
            ),
            (shown_basis, shown_basis),
            (
                numeric_day_text(stay.basis_until),
                full_day_text(stay.basis_until) if stay.basis_until else "",
            ),
            (purpose_short(StayPurpose(stay.purpose)), purpose_title(StayPurpose(stay.purpose))),
            (said, said),
        ]
        for column, (text, tip) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, stay.id)
            if column == COL_WARNINGS and warnings:
                item.setForeground(QBrush(colours().error))
            self.ui.staysTable.setItem(row, column, item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.staysTable.viewport():
            self._fit_warnings()
        return super().eventFilter(watched, event)

    def _fit_warnings(self) -> None:
        table = self.ui.staysTable
        header = table.horizontalHeader()
        others = sum(header.sectionSize(column) for column in range(COL_WARNINGS))
        least = WARNING_CHARACTERS * table.fontMetrics().averageCharWidth()
        least = max(least, header.sectionSizeHint(COL_WARNINGS))
        width = max(least, table.viewport().width() - others)
        if header.sectionSize(COL_WARNINGS) != width:
            header.resizeSection(COL_WARNINGS, width)

    def _fit_rows(self, *_resized: object) -> None:
        table = self.ui.staysTable
        table.resizeRowsToContents()
        rows = min(table.rowCount(), VISIBLE_ROWS)
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        if table.horizontalHeader().length() > table.viewport().width():
            height += table.horizontalScrollBar().sizeHint().height()  # it scrolls sideways
        height += sum(table.rowHeight(row) for row in range(rows)) or table.sizeHintForRow(0)
        if table.rowCount() == 0:
            height += table.fontMetrics().height() + 8
        table.setFixedHeight(height + 2)

    def selected_stay(self) -> ClientStay | None:
        rows = self.ui.staysTable.selectionModel().selectedRows()
        return self.stays[rows[0].row()] if rows else None

    def _enable_buttons(self) -> None:
        chosen = self.selected_stay() is not None
        self.ui.editStayButton.setEnabled(chosen)
        self.ui.removeStayButton.setEnabled(chosen)

    # --- actions ----------------------------------------------------------------------------

    def add_stay(self) -> None:
        if self.client_id is not None:
            self._open_editor(None)

    def edit_stay(self) -> None:
        stay = self.selected_stay()
        if self.client_id is not None and stay is not None:
            self._open_editor(stay)

    def _open_editor(self, stay: ClientStay | None) -> None:
        assert self.client_id is not None
        if self.editor is not None:  # the last one, closed: not kept all day
            self.editor.deleteLater()
        self.editor = StayEditor(self.store, self.client_id, stay, self)
        self.editor.accepted.connect(self._editor_saved)
        self.editor.open()

    def _editor_saved(self) -> None:
        saved = self.editor.saved if self.editor else None
        self.reload(select_id=saved.id if saved else None)

    def remove_stay(self) -> None:
        stay = self.selected_stay()
        if stay is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the stay"),
            self.tr("Remove the stay from %1? Its lines stay in the history.").replace(
                "%1", full_day_text(stay.arrival)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("removeStayQuestion")
        box.button(QMessageBox.StandardButton.Yes).setObjectName("confirmRemoveStayButton")
        box.button(QMessageBox.StandardButton.No).setObjectName("keepStayButton")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.exec()
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.remove_stay(stay.id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Remove the stay"), refusal_text(error))
        self.reload()
