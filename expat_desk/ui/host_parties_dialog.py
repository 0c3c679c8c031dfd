"""Settings → Host parties: the companies, hotels and landlords the centre's clients stay with,
and the picker a migration case names its host with."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from expat_desk.domain.errors import RuleViolation
from expat_desk.domain.host_party import HostKind
from expat_desk.store import Store
from expat_desk.store.host_parties import host_facts
from expat_desk.store.models import HostParty
from expat_desk.ui.host_party_editor import HostPartyEditor
from expat_desk.ui.sizing import open_within_screen
from expat_desk.ui.tab_order import tab_chain

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


def host_label(host: HostParty) -> str:
    """How a host reads in a list: its name and number, so two Hiltons are told apart."""
    return f"{host.name} · {host.id_number}" if host.id_number else host.name


class HostPartiesDialog(QDialog):
    """Every host on file; new ones, changes, and removing one no case names."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hostPartiesDialog")
        self.store = store
        self.setWindowTitle(self.tr("Host parties"))
        self.search = QLineEdit()
        self.search.setObjectName("hostSearchField")
        self.search.setAccessibleName(self.tr("Find a host party"))
        self.search.setPlaceholderText(self.tr("Find by name, BIN or IIN"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("hostPartiesTable")
        self.table.setAccessibleName(self.tr("Host parties"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("BIN / IIN"), self.tr("For a letter")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A list of rows: the arrows move in it, Tab goes on to the buttons.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = self._button("newHostButton", self.tr("&New…"), self.new_host)
        self.edit_button = self._button("editHostButton", self.tr("&Edit…"), self.edit_selected)
        self.remove_button = self._button(
            "removeHostButton", self.tr("&Remove"), self.remove_selected
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("closeHostPartiesButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.hosts: list[HostParty] = []
        self.refresh()
        tab_chain(
            self.search,
            self.table,
            self.new_button,
            self.edit_button,
            self.remove_button,
            close_button,
        )
        open_within_screen(self, 760, 460)

    def _button(self, name: str, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        selected = self.selected()
        self.hosts = self.store.list_host_parties(self.search.text() or None)
        kinds = {
            HostKind.LEGAL.value: self.tr("Legal entity"),
            HostKind.NATURAL.value: self.tr("Private person"),
        }
        self.table.setRowCount(len(self.hosts))
        for row, host in enumerate(self.hosts):
            missing = missing_words(host)
            ready = self.tr("needs %1").replace("%1", missing) if missing else self.tr("ready")
            cells = (host.name, kinds.get(host.kind or "", self.tr("not said")), host.id_number)
            for column, text in enumerate((*cells, ready)):
                item = QTableWidgetItem(text or "")
                if column == 3 and missing:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(ready)  # whole, where the column is too narrow for it
                self.table.setItem(row, column, item)
            if selected is not None and host.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self._selection_changed()

    def selected(self) -> HostParty | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.hosts[rows[0].row()] if rows and rows[0].row() < len(self.hosts) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def new_host(self) -> HostParty | None:
        editor = HostPartyEditor(self.store, parent=self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        self.search.clear()
        self.refresh()
        self._select(editor.saved)
        return editor.saved

    def edit_selected(self) -> None:
        host = self.selected()
        if host is None:
            return
        editor = HostPartyEditor(self.store, self.store.get_host_party(host.id), parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def remove_selected(self) -> None:
        host = self.selected()
        if host is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove host party"),
            self.tr("Remove %1 from the host parties?").replace("%1", host.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.remove_host_party(host.id)
        except RuleViolation as refused:
            cases = refused.params.get("cases", "")
            QMessageBox.information(
                self,
                self.tr("Remove host party"),
                self.tr("%1 is the host party of %2 case(s) and stays on file.")
                .replace("%1", host.name)
                .replace("%2", cases),
            )
            return
        self.refresh()

    def _select(self, host: HostParty | None) -> None:
        for row, shown in enumerate(self.hosts):
            if host is not None and shown.id == host.id:
                self.table.selectRow(row)


def missing_words(host: HostParty) -> str:
    """What a letter still needs from this host, in words ("" when nothing)."""
    words = {
        "kind": translate("HostParties", "kind (company or private person)"),
        "id_number": translate("HostParties", "BIN or IIN"),
        "address": translate("HostParties", "address"),
        "phone": translate("HostParties", "phone"),
        "signatory": translate("HostParties", "head who signs"),
        "position": translate("HostParties", "head's position"),
    }
    return ", ".join(words[name] for name in host_facts(host).missing_for_letter())


class HostPartyPicker(QWidget):
    """The wizard's question "Host party": one of the hosts on file, or a new one."""

    changed = Signal()

    def __init__(self, store: Store, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.combo = QComboBox()
        self.combo.setObjectName("hostPartyCombo")
        self.combo.setAccessibleName(title)
        self.combo.setEditable(False)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("newHostPartyButton")
        self.new_button.setAccessibleName(self.tr("New host party"))
        self.new_button.clicked.connect(self.new_host)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editHostPartyButton")
        self.edit_button.setAccessibleName(self.tr("Edit the chosen host party"))
        self.edit_button.clicked.connect(self.edit_host)
        self.hint = QLabel()
        self.hint.setObjectName("hostPartyHint")
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        tab_chain(self.combo, self.edit_button, self.new_button)  # as they stand in the row
        column.addWidget(self.hint)
        self.changed.connect(self._show_hint)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.host_id()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(not chosen)"), None)
        for host in self.store.list_host_parties():
            self.combo.addItem(host_label(host), host.id)
        self.combo.setCurrentIndex(max(self.combo.findData(keep), 0))
        self.combo.blockSignals(False)
        self.changed.emit()

    def host_id(self) -> int | None:
        data = self.combo.currentData() if self.combo.count() else None
        return data if isinstance(data, int) else None

    def set_host_id(self, host_id: object) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(host_id), 0))

    def new_host(self) -> None:
        editor = HostPartyEditor(self.store, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.saved is not None:
            self.reload(select=editor.saved.id)

    def edit_host(self) -> None:
        host_id = self.host_id()
        if host_id is None:
            return
        editor = HostPartyEditor(self.store, self.store.get_host_party(host_id), parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=host_id)

    def _show_hint(self) -> None:
        host_id = self.host_id()
        self.edit_button.setEnabled(host_id is not None)
        missing = missing_words(self.store.get_host_party(host_id)) if host_id else ""
        # Said now, not when the letter is printed: the details are asked for while the
        # manager has the host on the phone.
        self.hint.setText(
            self.tr("The letter will need this host's %1: Edit… adds them.").replace("%1", missing)
            if missing
            else ""
        )
        self.hint.setVisible(bool(missing))
