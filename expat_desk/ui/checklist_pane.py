"""One case's checklist as a manager works through it: tick documents, attach scans, move the case.

The pane holds no rule of its own: which buttons are enabled comes from ``domain.workflow``
(ITEM_TRANSITIONS, CASE_TRANSITIONS, progress), and every change goes through the store, which
refuses what the rules do not allow; a refusal is shown in a message box.
"""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from expat_desk.documents.generate import DocumentFileChanged, document_file
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.domain.workflow import (
    CASE_TRANSITIONS,
    CLOSED,
    DONE_STATES,
    ITEM_TRANSITIONS,
    CaseStatus,
    ItemState,
    Progress,
    progress,
)
from expat_desk.store import Store, StoreError
from expat_desk.store.attachments import attach_file, attachment_path
from expat_desk.store.models import Case, ChecklistItem, Document
from expat_desk.ui.case_words import case_title, history_line, missing_text
from expat_desk.ui.checklist_model import ChecklistModel, lay_out
from expat_desk.ui.document_preview import DocumentViewer, created_text, document_line
from expat_desk.ui.error_words import error_text, refusal_text
from expat_desk.ui.flow_layout import flow_instead_of
from expat_desk.ui.forms.ui_checklist_pane import Ui_ChecklistPane
from expat_desk.ui.memory import let_go
from expat_desk.ui.refusal_dialog import RefusalDialog
from expat_desk.ui.titles import document_title, item_title

if TYPE_CHECKING:  # imported when first opened: nothing of it is needed to paint the window
    from expat_desk.ui.documents_dialog import DocumentsDialog

FROZEN = CLOSED


# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


class ChecklistPane(QWidget):
    """The checklist of the case shown (``show_case``); ``caseChanged`` after every change."""

    caseChanged = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ChecklistPane()
        self.ui.setupUi(self)
        self.case: Case | None = None
        self.model = ChecklistModel(parent=self)
        view = self.ui.checklistView
        view.setModel(self.model)
        lay_out(view)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())
        # The note belongs to the item it was shown for, whatever is selected when it is saved.
        self._note_item_id: int | None = None
        self.ui.itemNote.editingFinished.connect(self._save_note)

        # The rows of buttons wrap where the room ends, rather than cut their words short.
        flow_instead_of(self.ui.markButtonsLayout)
        flow_instead_of(self.ui.caseLayout)
        self.item_buttons: dict[ItemState, QPushButton] = {
            ItemState.RECEIVED: self.ui.markReceivedButton,
            ItemState.VERIFIED: self.ui.markVerifiedButton,
            ItemState.MISSING: self.ui.markMissingButton,
            ItemState.NOT_APPLICABLE: self.ui.markNotApplicableButton,
        }
        for state, button in self.item_buttons.items():
            button.clicked.connect(lambda _=False, s=state: self.mark_item(s))
        # (target status, the status it must come from or None for any): "return" takes a
        # submitted case back to open, "reopen" a completed, cancelled or refused one.
        self.case_buttons: dict[QPushButton, tuple[CaseStatus, frozenset[CaseStatus] | None]] = {
            self.ui.submitCaseButton: (CaseStatus.SUBMITTED, None),
            self.ui.completeCaseButton: (CaseStatus.COMPLETED, None),
            self.ui.refuseCaseButton: (CaseStatus.REFUSED, None),
            self.ui.cancelCaseButton: (CaseStatus.CANCELLED, None),
            self.ui.returnCaseButton: (CaseStatus.OPEN, frozenset({CaseStatus.SUBMITTED})),
            self.ui.reopenCaseButton: (CaseStatus.OPEN, FROZEN),
        }
        for button, (target, _) in self.case_buttons.items():
            button.clicked.connect(lambda _=False, t=target: self.move_case(t))
        self.ui.attachButton.clicked.connect(self._attach_chosen)
        self.ui.openScanButton.clicked.connect(self.open_scan)
        # The case's generated documents: opened from the file on record, never made again.
        self.documents: list[Document] = []
        self.documents_dialog: DocumentsDialog | None = None
        self.viewer: DocumentViewer | None = None
        self.ui.generateDocumentsButton.clicked.connect(self.generate_documents)
        self.ui.openDocumentButton.clicked.connect(lambda: self.open_document())
        self.ui.caseDocumentsList.itemActivated.connect(lambda _item: self.open_document())
        self.show_case(None)

    # --- what is shown ----------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        """Show the checklist of case ``case_id`` (None: no case, everything disabled)."""
        selected = self.selected_item()
        same_case = self.case is not None and self.case.id == case_id
        keep = selected.id if selected is not None and same_case else None
        self.case = self.store.get_case(case_id) if case_id is not None else None
        self.model.set_items(list(self.case.items) if self.case else [])
        self._show_case_header()
        self._show_history()
        self._show_documents()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self._show_item()

    def _reload(self) -> None:
        if self.case is not None:
            self.show_case(self.case.id)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.ui.checklistView.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_item()

    def selected_item(self) -> ChecklistItem | None:
        return self.model.item_at(self.ui.checklistView.currentIndex().row())

    def progress(self) -> Progress:
        items = self.case.items if self.case else []
        return progress((i.required, ItemState(i.state)) for i in items)

    def _status(self) -> CaseStatus | None:
        return CaseStatus(self.case.status) if self.case else None

    def _show_case_header(self) -> None:
        case, bar = self.case, self.ui.checklistProgress
        if case is None:
            self.ui.caseLabel.setText(self.tr("No case selected"))
            bar.setRange(0, 1)
            bar.setValue(0)
            bar.setFormat("")
            self.ui.readyLabel.setText("")
            for button in self.case_buttons:
                button.setEnabled(False)
            return
        status = CaseStatus(case.status)
        self.ui.caseLabel.setText(case_title(case))
        done = self.progress()
        text = self.tr("%1 of %2").replace("%1", str(done.done)).replace("%2", str(done.total))
        bar.setRange(0, max(done.total, 1))
        bar.setValue(done.done if done.total else 1)
        bar.setFormat(text.replace("%", "%%"))
        bar.setAccessibleDescription(self.tr("%1 required documents collected").replace("%1", text))
        if not done.ready:
            self.ui.readyLabel.setText(missing_text(case))
        elif status is CaseStatus.OPEN:
            self.ui.readyLabel.setText(self.tr("Ready to submit"))
        else:
            self.ui.readyLabel.setText(self.tr("All required documents are in"))
        for button, (target, sources) in self.case_buttons.items():
            allowed = target in CASE_TRANSITIONS[status] and (sources is None or status in sources)
            if target in (CaseStatus.SUBMITTED, CaseStatus.COMPLETED):
                allowed = allowed and done.ready
            button.setEnabled(allowed)

    def _show_item(self) -> None:
        item = self.selected_item()
        status = self._status()
        editable = item is not None and status is not None and status not in FROZEN
        for state, button in self.item_buttons.items():
            button.setEnabled(
                editable and item is not None and state in ITEM_TRANSITIONS[ItemState(item.state)]
            )
        today = QDate(self.store.today())
        self.ui.itemDate.setMaximumDate(today)
        self.ui.itemDate.setDate(
            QDate(item.state_date) if item is not None and item.state_date else today
        )
        self.ui.itemDate.setEnabled(editable)
        note: QLineEdit = self.ui.itemNote
        self._note_item_id = item.id if item is not None else None
        note.setText((item.note or "") if item is not None else "")
        note.setEnabled(item is not None)
        note.setReadOnly(not editable)
        self.ui.attachButton.setEnabled(editable)
        path = attachment_path(self.store, item) if item is not None else None
        self.ui.openScanButton.setEnabled(path is not None)
        self.ui.fileLabel.setText(
            self.tr("Scan: %1").replace("%1", path.name)
            if path is not None
            else self.tr("No scan attached")
        )
        self.ui.itemGroup.setTitle(
            self.tr("Selected document: %1").replace("%1", item_title(item))
            if item is not None
            else self.tr("Selected document")
        )

    def _show_history(self) -> None:
        history = self.ui.caseHistory
        history.clear()
        if self.case is None:
            return
        titles = {i.id: item_title(i) for i in self.case.items}
        for event in self.store.case_history(self.case.id):
            history.addItem(history_line(event, titles))
        history.scrollToBottom()

    def _show_documents(self) -> None:
        listing = self.ui.caseDocumentsList
        listing.clear()
        self.documents = self.store.list_documents(self.case.id) if self.case else []
        for document in self.documents:
            item = QListWidgetItem(document_line(document))
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            who = (
                self.tr(", by %1").replace("%1", document.manager.name)
                if document.manager is not None
                else ""
            )
            item.setToolTip(
                self.tr("%1, generated %2%3\n%4\nSHA-256 %5")
                .replace("%1", document_title(document.kind))
                .replace("%2", created_text(document))
                .replace("%3", who)
                .replace("%4", document.path)
                .replace("%5", document.sha256)
            )
            listing.addItem(item)
        if self.documents:
            listing.setCurrentRow(0)
        tabs = self.ui.caseTabs
        tabs.setTabText(
            tabs.indexOf(self.ui.documentsPage),
            self.tr("Generated doc&uments (%1)").replace("%1", str(len(self.documents)))
            if self.documents
            else self.tr("Generated doc&uments"),
        )
        self.ui.generateDocumentsButton.setEnabled(self.case is not None)
        self.ui.openDocumentButton.setEnabled(bool(self.documents))

    def selected_document(self) -> Document | None:
        row = self.ui.caseDocumentsList.currentRow()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    # --- documents ----------------------------------------------------------------------------

    def generate_documents(self) -> "DocumentsDialog | None":
        """Open the documents dialog of the case shown; the list follows what it generates."""
        from expat_desk.ui.documents_dialog import DocumentsDialog

        if self.case is None:
            return None
        let_go(self.documents_dialog)
        dialog = DocumentsDialog(self.store, self.case.id, self)
        dialog.documentsGenerated.connect(self._documents_generated)
        self.documents_dialog = dialog
        dialog.open()
        return dialog

    def _documents_generated(self, _case_id: int) -> None:
        self._reload()
        self.ui.caseTabs.setCurrentWidget(self.ui.documentsPage)

    def open_document(self, document: Document | None = None) -> DocumentViewer | None:
        """Show a generated document from its file, checked to be the one that was made."""
        document = document or self.selected_document()
        if document is None:
            return None
        try:
            path = document_file(self.store, document)
        except DocumentFileChanged as error:
            self.show_error(
                self.tr(
                    "This document is not shown: %1.\n\nThe copy on record must stay as it was "
                    "generated. Generate the document again if it is still needed."
                ).replace("%1", refusal_text(error))
            )
            return None
        let_go(self.viewer)
        self.viewer = DocumentViewer(self.store, document, path, self)
        self.viewer.open()
        return self.viewer

    # --- changes ------------------------------------------------------------------------------

    def mark_item(self, state: ItemState) -> None:
        item = self.selected_item()
        if item is None or self.case is None:
            return
        note: str | None = None
        if state is ItemState.NOT_APPLICABLE and item.required and not item.note:
            note = self.ask_reason(item)
            if not note:
                return
        # The date shown: today unless the manager picked the day it really happened (a
        # loss-of-passport step done last week, a document that came in yesterday).
        on = self.ui.itemDate.date().toPython() if state in DONE_STATES else None
        self._change(lambda: self.store.set_item_state(item.id, state.value, on=on, note=note))

    def move_case(self, target: CaseStatus) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        if target is CaseStatus.REFUSED:
            answer = self.ask_refusal()
            if answer is not None:
                reason, on = answer
                self._change(
                    lambda: self.store.move_case(case_id, target.value, outcome=reason, on=on)
                )
            return
        if target is not CaseStatus.COMPLETED:
            self._change(lambda: self.store.move_case(case_id, target.value))
            return
        typed = ""
        while (answer := self.ask_outcome(typed)) is not None:
            try:
                self.store.move_case(case_id, target.value, outcome=answer or None)
            except ValidationError as error:
                if "outcome" in error.errors:
                    # A mistyped IIN: asked again with what was typed, to correct, not retype.
                    self.show_error(error_text(error.errors["outcome"]))
                    typed = answer
                    continue
                self._refused(error)
            except (RuleViolation, StoreError) as error:
                self._refused(error)
            else:
                self._changed(case_id)
            return

    def attach(self, item_id: int, path: Path) -> bool:
        """Attach ``path`` to item ``item_id``; False (and a message) when refused."""
        return self._change(lambda: attach_file(self.store, item_id, path))

    def open_scan(self) -> None:
        item = self.selected_item()
        path = attachment_path(self.store, item) if item is not None else None
        if path is None:
            return
        if not path.is_file():
            self.show_error(
                self.tr("The scan %1 is no longer on this computer.").replace("%1", str(path))
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _attach_chosen(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        path = self.choose_file()
        if path is not None:
            self.attach(item.id, path)

    def _save_note(self) -> None:
        item_id = self._note_item_id
        if item_id is None or self.case is None or self.ui.itemNote.isReadOnly():
            return
        item = next((i for i in self.case.items if i.id == item_id), None)
        text = self.ui.itemNote.text().strip()
        if item is None or text == (item.note or ""):
            return
        self._change(lambda: self.store.set_item_note(item_id, text))

    def _change(self, action: Any) -> bool:
        if self.case is None:
            return False
        case_id = self.case.id
        try:
            action()
        except (RuleViolation, ValidationError, StoreError, OSError) as error:
            self._refused(error)
            return False
        self._changed(case_id)
        return True

    def _refused(self, error: Exception) -> None:
        self.show_error(refusal_text(error))
        self._reload()  # what the database holds, not what was attempted

    def _changed(self, case_id: int) -> None:
        self.show_case(case_id)
        self.caseChanged.emit(case_id)

    # --- asking the manager (methods, so tests can answer them) -------------------------------

    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach scan"),
            "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        return Path(name) if name else None

    def ask_reason(self, item: ChecklistItem) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Not applicable"),
            self.tr("Why does “%1” not apply to this client?").replace("%1", item_title(item)),
        )
        return text.strip() if ok and text.strip() else None

    def ask_outcome(self, typed: str = "") -> str | None:
        """The outcome of the case ("" for none), or None when the manager cancels; ``typed``
        is what the last try held."""
        assert self.case is not None
        label = (
            self.tr("The IIN issued:")
            if self.case.service == "iin"
            else self.tr("Outcome (optional):")
        )
        text, ok = QInputDialog.getText(self, self.tr("Complete the case"), label, text=typed)
        return text.strip() if ok else None

    def ask_refusal(self) -> tuple[str, date] | None:
        """The authority's reason and the day of its decision, or None when cancelled."""
        dialog = RefusalDialog(self.store.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason(), dialog.day()

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not possible"), message)

    # --- dropping a file on an item -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
            item_id, path = self._drop_target(event)
            if item_id is None or path is None:
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if kind == QEvent.Type.Drop:
                self.drop_file(item_id, path)
            return True
        return super().eventFilter(watched, event)

    def _drop_target(self, event: QDropEvent) -> tuple[int | None, Path | None]:
        status = self._status()
        if status is None or status in FROZEN:
            return None, None
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        if len(files) != 1:
            return None, None
        index = self.ui.checklistView.indexAt(event.position().toPoint())
        item = self.model.item_at(index.row()) if index.isValid() else None
        return (item.id if item else None), Path(files[0])

    def drop_file(self, item_id: int, path: Path) -> bool:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.select_row(row)
        return self.attach(item_id, path)
