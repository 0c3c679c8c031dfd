"""The main window: the client register with the selected client beside it, an overview of
the cases, and what is due."""

from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from expat_desk import __version__
from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.deadlines import Urgency, urgency
from expat_desk.domain.workflow import CaseStatus, ItemState, progress
from expat_desk.store import Store
from expat_desk.ui import start_up, window_dialogs, window_layout
from expat_desk.ui.backup_actions import BackupActions
from expat_desk.ui.checklist_pane import ChecklistPane
from expat_desk.ui.client_details import ClientDetails
from expat_desk.ui.client_register import ClientRegister
from expat_desk.ui.dates import moment_text, weekday_text
from expat_desk.ui.desk_manager import ask_desk_manager
from expat_desk.ui.due_model import COL_WHAT, ITEM_ROLE, KIND_TITLES, DueModel, row_colours
from expat_desk.ui.erase_client import ask_and_erase
from expat_desk.ui.forms.ui_main_window import Ui_MainWindow
from expat_desk.ui.language_menu import add_language_menu
from expat_desk.ui.titles import service_title, status_title
from expat_desk.ui.user_guide import add_guide_action

if TYPE_CHECKING:
    from expat_desk.ui.attorneys_dialog import AttorneysDialog
    from expat_desk.ui.case_wizard import CaseWizard
    from expat_desk.ui.centre_dialog import CentreDialog
    from expat_desk.ui.export_week_dialog import ExportWeekDialog
    from expat_desk.ui.host_parties_dialog import HostPartiesDialog
    from expat_desk.ui.stay_check_dialog import StayCheckDialog
    from expat_desk.ui.visa_free_dialog import VisaFreeDialog


class MainWindow(QMainWindow):
    # A case to show (from the Due view); the case pane of the register will answer it.
    case_requested = Signal(int)
    # The deadlines and counts are in, after the first paint (see start_up).
    ready = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        title_font = QFont(self.ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self.show_about)
        self.ui.quitAction.setMenuRole(self.ui.quitAction.MenuRole.QuitRole)
        self.register = ClientRegister(store, self)
        self.register.setObjectName("clientRegister")
        self.ui.registerHolderLayout.addWidget(self.register)
        self.details = ClientDetails(store, self)
        self.details.setObjectName("clientDetails")
        self.ui.detailsHolderLayout.addWidget(self.details)
        window_layout.share(self.ui.clientsSplitter)
        self.register.ui.clientTable.selectionModel().currentRowChanged.connect(self._client_chosen)
        self.register.open_requested.connect(self.open_client_details)
        self.details.saved.connect(self._client_saved)
        self.checklist = ChecklistPane(store, self)
        self.checklist.setObjectName("checklistPane")
        # Taller than a laptop's screen has room for: it scrolls rather than squeezes.
        scroll = window_layout.scrolling(self.checklist, "checklistScroll")
        self.ui.casesHolderLayout.addWidget(scroll, 1)
        self.ui.caseList.currentItemChanged.connect(self._case_chosen)
        self.checklist.caseChanged.connect(self._case_changed)
        # After a tick the checklist is painted first; the Due list and the counts, on another
        # tab and in the status bar, follow on the next turn (several ticks in a row: once).
        self._due_later = QTimer(self)
        self._due_later.setSingleShot(True)
        self._due_later.setInterval(0)
        self._due_later.timeout.connect(self.refresh_due)
        self.case_requested.connect(self.open_case)
        self.ui.findAction.triggered.connect(self.find_client)
        for action, page in (
            (self.ui.viewClientsAction, self.ui.clientsPage),
            (self.ui.viewOverviewAction, self.ui.overviewPage),
            (self.ui.viewDueAction, self.ui.duePage),
        ):
            action.triggered.connect(lambda _=False, p=page: self.ui.mainTabs.setCurrentWidget(p))
        self.ui.newClientAction.triggered.connect(self.new_client)
        self.ui.newCaseAction.triggered.connect(lambda: self.new_case())
        self.wizard: CaseWizard | None = None
        self.ui.calendarAction.triggered.connect(self.edit_calendar)
        self.ui.targetsAction.triggered.connect(self.edit_targets)
        self.ui.visaFreeAction.triggered.connect(self.edit_visa_free)
        self.ui.stayCheckAction.triggered.connect(self.check_stay)
        self.ui.generateDocumentsAction.triggered.connect(self.generate_documents)
        self.ui.centreDetailsAction.triggered.connect(self.edit_centre)
        self.centre_dialog: CentreDialog | None = None
        self.ui.hostPartiesAction.triggered.connect(self.edit_host_parties)
        self.host_parties_dialog: HostPartiesDialog | None = None
        # Settings > Attorneys…, beside Centre details (made here, not in the form).
        self.attorneys_action = QAction(self.tr("&Attorneys…"), self)
        self.attorneys_action.setObjectName("attorneysAction")
        self.attorneys_action.setStatusTip(self.tr("The people a power of attorney may name"))
        self.ui.settingsMenu.insertAction(self.ui.centreDetailsAction, self.attorneys_action)
        self.attorneys_action.triggered.connect(self.edit_attorneys)
        self.attorneys_dialog: AttorneysDialog | None = None
        self.visa_free_dialog: VisaFreeDialog | None = None
        self.stay_dialog: StayCheckDialog | None = None
        self.backups = BackupActions(self)
        self.ui.exportWeekAction.triggered.connect(self.export_week)
        self.export_dialog: ExportWeekDialog | None = None
        # Asked once a session: a workbook of clients' names leaves the app's care.
        self._personal_export_confirmed = False
        self.ui.eraseClientAction.triggered.connect(self.erase_client)
        self.due_model = DueModel(parent=self)
        self._due_sized = False  # the Due columns fitted to their first rows
        self.ui.dueView.setModel(self.due_model)
        self.ui.dueView.doubleClicked.connect(self._open_due_case)
        header = self.ui.dueView.horizontalHeader()
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.due_count = QLabel(self)
        self.due_count.setObjectName("dueCountLabel")
        self.due_count.setAccessibleName(self.tr("What is due"))
        self.ui.statusBar.addPermanentWidget(self.due_count)
        self.desk_label = QLabel(self)
        self.desk_label.setObjectName("deskManagerLabel")
        self.desk_label.setAccessibleName(self.tr("Manager at this desk"))
        self.ui.statusBar.addPermanentWidget(self.desk_label)
        self.show_desk_manager()
        self.ui.deskManagerAction.triggered.connect(lambda: ask_desk_manager(self))
        self.switching = False  # set by Settings → Language as this window gives way
        self.language_menu = add_language_menu(self)
        self.guide_action = add_guide_action(self)
        self._ready = False
        # Painted first with the register's first page (read by now); the deadlines and the
        # counts, seconds on a whole centre's history, fill it on the turn after.
        self.due_count.setText(self.tr("Working out the deadlines…"))
        self._filler = start_up.AfterFirstPaint(self.register.ui.clientTable.viewport(), self._fill)
        window_layout.restore(self, (self.ui.clientsSplitter,))

    def is_ready(self) -> bool:
        """Whether the deadlines and counts are in (``ready`` was emitted)."""
        return self._ready

    def _fill(self) -> None:
        self.refresh(register=False)  # the register read its first page as it was made
        self._ready = True
        self.ready.emit()

    def refresh(self, *, register: bool = True) -> None:
        """Read the counts, the register and the deadlines again from the store."""
        if register:
            self.register.reload()
        clients = self.store.count_clients()
        statuses = list(CaseStatus)
        services = list(ServiceCode)
        counts = self.store.case_counts()
        table = self.ui.serviceTable
        table.setRowCount(len(services))
        table.setColumnCount(len(statuses))
        table.setHorizontalHeaderLabels([status_title(s) for s in statuses])
        table.setVerticalHeaderLabels([service_title(s) for s in services])
        for row, service in enumerate(services):
            for column, status in enumerate(statuses):
                item = QTableWidgetItem(str(counts.get((service.value, status.value), 0)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        open_cases = sum(n for (_, status), n in counts.items() if status == CaseStatus.OPEN)
        self.ui.subtitleLabel.setText(
            self.tr("Clients in the register: %1 · Cases in progress: %2")
            .replace("%1", f"{clients:,}".replace(",", "\u202f"))
            .replace("%2", f"{open_cases:,}".replace(",", "\u202f"))
        )
        self.ui.statusBar.showMessage(self.tr("Database: %1").replace("%1", str(self.store.path)))
        self.refresh_due()

    def refresh_due(self) -> None:
        """Show the deadlines again (after a change of day, data or calendar).

        The store keeps them worked out in a table of their own; the view reads its first
        page and pages on as it scrolls, and the counts come from one indexed query.
        """
        today = self.store.today()
        self.due_model.load(self.store, today)
        if not self._due_sized and self.due_model.rowCount():
            # Once: measuring every row's text again at each refresh froze the window.
            self.ui.dueView.resizeColumnsToContents()
            self.ui.dueView.horizontalHeader().setSectionResizeMode(
                COL_WHAT, QHeaderView.ResizeMode.Stretch
            )
            self._due_sized = True
        self.register.overdue_changed()
        counts = self.store.due_counts(today)
        text = (
            self.tr("Overdue: %1 · Due today: %2 · This week: %3")
            .replace("%1", str(counts[Urgency.OVERDUE]))
            .replace("%2", str(counts[Urgency.TODAY]))
            .replace("%3", str(counts[Urgency.THIS_WEEK]))
        )
        self.due_count.setText(text)
        self.ui.dueSummaryLabel.setText(text)

    def _open_due_case(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is not None:
            self.case_requested.emit(item.facts.case_id)

    def _client_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        client = self.register.model.client(current.row()) if current.isValid() else None
        if client is not None and client.id == self.details.client_id:
            return
        if not self.details.confirm_leave():
            # The typing stays on screen; no other client's row may look chosen beside it
            # (cleared once the click that chose it is done selecting).
            QTimer.singleShot(0, self._clear_register_selection)
            return
        self.show_client(client.id if client else None)

    def _clear_register_selection(self) -> None:
        selection = self.register.ui.clientTable.selectionModel()
        with QSignalBlocker(selection):
            selection.clear()
        self.register.ui.clientTable.viewport().update()

    def show_client(self, client_id: int | None) -> None:
        """Show a client's details and cases on the right (None: an empty form for a new one)."""
        self.details.show_client(client_id)
        self._list_cases(client_id)
        self._show_client_history(client_id)
        self.ui.eraseClientAction.setEnabled(client_id is not None)

    def show_desk_manager(self) -> None:
        manager = self.store.desk_manager()
        self.desk_label.setText(
            self.tr("Manager: %1").replace("%1", manager.name)
            if manager
            else self.tr("Manager: not set")
        )

    def _show_client_history(self, client_id: int | None) -> None:
        """The client's own lines of the event log, read-only (the cases have theirs)."""
        history = self.ui.clientHistory
        history.clear()
        if client_id is None:
            return
        for event in self.store.client_history(client_id):
            when = moment_text(event.at.replace(tzinfo=UTC).astimezone())
            who = event.manager.name if event.manager is not None else self.tr("unknown")
            if event.action == "create":
                what = self.tr("registered: %1").replace("%1", event.new or "")
            else:
                what = (
                    self.tr("%1: %2 → %3")
                    .replace("%1", (event.field or event.action).replace("_", " "))
                    .replace("%2", event.old or "—")
                    .replace("%3", event.new or "—")
                )
            history.addItem(f"{when}  {who}  {what}")
        history.scrollToBottom()

    def erase_client(self) -> None:
        if self.details.client_id is not None:
            ask_and_erase(self, self.details.client_id)

    def _show_case(self, case_id: int | None) -> None:
        self.checklist.show_case(case_id)
        self.ui.generateDocumentsAction.setEnabled(self.checklist.case is not None)

    def _list_cases(
        self, client_id: int | None, select_case: int | None = None, *, show: bool = True
    ) -> None:
        """List the client's cases, ``select_case`` chosen; ``show``: show the chosen one's
        checklist again (not when the checklist is what just changed and shows it already)."""
        blocker = None if show else QSignalBlocker(self.ui.caseList)
        try:
            self._fill_cases(client_id, select_case, show)
        finally:
            if blocker is not None:
                blocker.unblock()

    def _fill_cases(self, client_id: int | None, select_case: int | None, show: bool) -> None:
        self.ui.caseList.clear()
        if show:
            self._show_case(None)
        if client_id is None:
            return
        deadlines = self.store.next_deadlines(client_id)
        today = self.store.today()
        for case in self.store.list_cases(client_id=client_id):
            done = progress((i.required, ItemState(i.state)) for i in case.items)
            title = service_title(case.service, case.checklist_version)
            text = self.tr("%1 · %2 · %3 · %4 of %5 documents")
            for n, part in enumerate(
                (case.number, title, status_title(CaseStatus(case.status)), done.done, done.total),
                1,
            ):
                text = text.replace(f"%{n}", str(part))
            deadline = deadlines.get(case.id)
            if deadline is not None:
                text += " · " + self.tr("%1 by %2").replace(
                    "%1", QCoreApplication.translate("DueModel", KIND_TITLES[deadline.kind])
                ).replace("%2", weekday_text(deadline.due))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            if deadline is not None and (colours := row_colours(urgency(deadline.due, today))):
                item.setBackground(colours[0])
                item.setForeground(colours[1])
            self.ui.caseList.addItem(item)
            if case.id == select_case:
                self.ui.caseList.setCurrentItem(item)
        if select_case is None and self.ui.caseList.count():
            self.ui.caseList.setCurrentRow(0)

    def _case_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show_case(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _case_changed(self, case_id: int) -> None:
        client_id = self.store.get_case(case_id).client_id
        self._list_cases(client_id, select_case=case_id, show=False)
        self._due_later.start()

    def open_case(self, case_id: int) -> None:
        """Show a case (from the Due view): its client on the right, the case selected."""
        client_id = self.store.get_case(case_id).client_id
        if client_id != self.details.client_id and not self.details.confirm_leave():
            return
        self.ui.mainTabs.setCurrentWidget(self.ui.clientsPage)
        # The register's highlighted row would name another client beside this one's details.
        self._clear_register_selection()
        if client_id != self.details.client_id or not self.details.is_dirty():
            self.details.show_client(client_id)
        self._list_cases(client_id, select_case=case_id)
        self._show_client_history(client_id)
        self.ui.eraseClientAction.setEnabled(True)
        self.ui.clientTabs.setCurrentWidget(self.ui.casesHolder)

    def new_client(self) -> None:
        if not self.details.confirm_leave():
            return
        self.ui.mainTabs.setCurrentWidget(self.ui.clientsPage)
        self.register.ui.clientTable.clearSelection()
        self.show_client(None)
        self.details.ui.surnameField.setFocus()

    def new_case(self, client: bool = True) -> None:
        """Open the case wizard, starting from the client shown on the right, if any."""
        window_dialogs.new_case(self, self.details.client_id if client else None)

    def _case_created(self, case_id: int) -> None:
        self.refresh()
        self.open_case(case_id)

    def _client_saved(self, client_id: int) -> None:
        self.refresh()
        self.show_client(client_id)

    def open_client_details(self) -> None:
        """The chosen client's details, ready to work on from the keyboard."""
        self.ui.clientTabs.setCurrentIndex(0)
        self.details.ui.surnameField.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_client(self) -> None:
        self.ui.mainTabs.setCurrentWidget(self.ui.clientsPage)
        self.register.focus_search()

    def edit_targets(self) -> None:
        window_dialogs.edit_targets(self)

    def generate_documents(self) -> None:
        """The documents of the selected case (the action is off while none is selected)."""
        if self.checklist.case is None:
            return
        self.ui.mainTabs.setCurrentWidget(self.ui.clientsPage)
        self.ui.clientTabs.setCurrentWidget(self.ui.casesHolder)
        self.checklist.generate_documents()

    def export_week(self) -> "ExportWeekDialog":
        return window_dialogs.export_week(self)

    def confirm_personal_data_export(self) -> bool:
        """Once a session, before clients' personal data go into a file outside the app."""
        if self._personal_export_confirmed:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Personal data"),
            self.tr("The workbook holds clients' names and citizenship."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("personalDataQuestion")
        box.setInformativeText(
            self.tr(
                "Keep it on this computer or send it to the supervisor only, and delete it "
                "when it is no longer needed. You will not be asked again until Expat Desk "
                "is restarted."
            )
        )
        go_on = box.addButton(self.tr("Export"), QMessageBox.ButtonRole.AcceptRole)
        go_on.setObjectName("confirmPersonalDataButton")
        box.setDefaultButton(go_on)
        box.exec()
        self._personal_export_confirmed = box.clickedButton() is go_on
        return self._personal_export_confirmed

    def edit_centre(self) -> "CentreDialog":
        return window_dialogs.edit_centre(self)

    def edit_host_parties(self) -> "HostPartiesDialog":
        return window_dialogs.edit_host_parties(self)

    def edit_attorneys(self) -> "AttorneysDialog":
        return window_dialogs.edit_attorneys(self)

    def check_stay(self) -> "StayCheckDialog":
        return window_dialogs.check_stay(self)

    def edit_visa_free(self) -> "VisaFreeDialog":
        return window_dialogs.edit_visa_free(self)

    def edit_calendar(self) -> None:
        window_dialogs.edit_calendar(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.switching:  # made again in another language, on the same database
            window_layout.save(self, (self.ui.clientsSplitter,))
            super().closeEvent(event)
            return
        wizard_open = self.wizard is not None and self.wizard.isVisible()
        if not self.details.confirm_leave() or (wizard_open and not self.wizard.confirm_close()):
            event.ignore()
            return
        window_layout.save(self, (self.ui.clientsSplitter,))
        self._filler.cancel()
        self.store.close()
        super().closeEvent(event)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Expat Desk"),
            self.tr(
                "<h3>Expat Desk %1</h3><p>The case desk of the personal managers of the "
                "AIFC Expat Centre, Astana.</p><p>Works offline; your data stay on this "
                "computer.</p>"
            ).replace("%1", __version__),
        )
