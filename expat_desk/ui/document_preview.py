"""A generated PDF on screen: shown in a QPdfView, printed through the system's print dialog,
saved as a copy where the manager wants it. The file shown is always the one on record; the
preview never makes a document again."""

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QDateTime, QMargins, QObject, QPointF, QRect, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from expat_desk.documents.generate import write_copy
from expat_desk.store import Store
from expat_desk.store.models import Document
from expat_desk.ui.dates import moment_text
from expat_desk.ui.error_words import refusal_text
from expat_desk.ui.forms.ui_document_viewer import Ui_DocumentViewer
from expat_desk.ui.titles import document_title
from expat_desk.ui.window_layout import fit_dialog

# Pages are printed as images of the PDF rendered at the printer's resolution, up to this: a
# 1,200 dpi A4 page would take half a gigabyte of memory for no visible gain.
MAX_PRINT_DPI = 600


def languages_text(languages: str) -> str:
    """ "ru,en" as the lists show it: "ru | en"."""
    return " | ".join(languages.split(","))


def created_text(document: Document) -> str:
    """When the document was made, in local time ("26 Nov 2026 14:03")."""
    seconds = int(document.created_at.replace(tzinfo=UTC).timestamp())
    return moment_text(QDateTime.fromSecsSinceEpoch(seconds).toPython())


def document_line(document: Document) -> str:
    """A generated document in a list: "Consent · ru | en · 26 Nov 2026 14:03"."""
    return " · ".join(
        (document_title(document.kind), languages_text(document.languages), created_text(document))
    )


def copy_name(case_number: str, document: Document) -> str:
    """The name a saved copy is offered under: "IIN-2026-00001 consent ru-en.pdf"."""
    return f"{case_number} {document.kind} {document.languages.replace(',', '-')}.pdf"


class PdfPreview(QObject):
    """Drives a QPdfView with its Print and Save as buttons and its page count label."""

    def __init__(
        self,
        view: QPdfView,
        print_button: QPushButton,
        save_button: QPushButton,
        pages_label: QLabel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.owner = parent
        self.view = view
        self.print_button = print_button
        self.save_button = save_button
        self.pages_label = pages_label
        self.document = QPdfDocument(self)
        self.document.setObjectName("previewDocument")
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocumentMargins(QMargins(12, 12, 12, 12))
        view.setPageSpacing(12)
        self.path: Path | None = None
        self.title = ""
        self.suggested_name = "document.pdf"
        print_button.clicked.connect(self.print_document)
        save_button.clicked.connect(self.save_copy)
        self._update()

    def is_ready(self) -> bool:
        return self.path is not None and self.document.status() == QPdfDocument.Status.Ready

    def show_file(self, path: Path, title: str, suggested_name: str) -> bool:
        """Show ``path``; False (and the preview empty) when Qt cannot read it."""
        self.document.close()
        self.path, self.title, self.suggested_name = None, title, suggested_name
        error = self.document.load(str(path))
        if error == QPdfDocument.Error.None_:
            self.path = path
            self.view.pageNavigator().jump(0, QPointF())
        self._update()
        return self.path is not None

    def clear(self) -> None:
        self.document.close()
        self.path = None
        self._update()

    def _update(self) -> None:
        ready = self.is_ready()
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        pages = self.document.pageCount() if ready else 0
        self.pages_label.setText(
            (self.tr("1 page") if pages == 1 else self.tr("%1 pages").replace("%1", str(pages)))
            if ready
            else ""
        )

    # --- printing -------------------------------------------------------------------------------

    def print_document(self) -> bool:
        """Ask for a printer with the system's print dialog, then print; False when cancelled."""
        if not self.is_ready():
            return False
        pages = self.document.pageCount()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        size = self.document.pagePointSize(0)
        # The PDF carries its own margins: the paper is its page size, printed edge to edge.
        printer.setPageSize(
            QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        )
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if size.width() > size.height()
            else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self.owner)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.title))
        dialog.setMinMax(1, pages)
        dialog.setFromTo(1, pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Each page (of the range asked for) rendered by QtPdf at the printer's resolution."""
        pages = self.document.pageCount()
        first, last = 0, pages - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
            first, last = printer.fromPage() - 1, min(printer.toPage(), pages) - 1
        painter = QPainter()
        if not painter.begin(printer):
            self._warn(self.tr("The printer could not be started: check it and try again."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for number, index in enumerate(range(first, last + 1)):
                if number:
                    printer.newPage()
                points = self.document.pagePointSize(index) * (dpi / 72)
                image = self.document.render(index, points.toSize())
                area = painter.viewport()
                fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.topLeft(), fitted)
                target.moveCenter(area.center())
                painter.drawImage(target, image)
        finally:
            painter.end()
            QGuiApplication.restoreOverrideCursor()
        return True

    # --- saving a copy --------------------------------------------------------------------------

    def save_copy(self) -> Path | None:
        """Write a copy where the manager chooses (the file on record stays as it is)."""
        if not self.is_ready() or self.path is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self.owner,
            self.tr("Save a copy of %1").replace("%1", self.title),
            str(Path(folder or Path.home()) / self.suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        out = Path(name)
        if not out.suffix:
            out = out.with_name(f"{out.name}.pdf")
        try:
            return write_copy(self.path, out)
        except (ValueError, OSError) as error:
            self._warn(self.tr("The copy was not saved: %1").replace("%1", refusal_text(error)))
            return None

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.owner, self.tr("Not possible"), message)


class DocumentViewer(QDialog):
    """A document on record, shown from the file that was generated (checked by the caller)."""

    def __init__(
        self, store: Store, document: Document, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self.ui = Ui_DocumentViewer()
        self.ui.setupUi(self)
        self.document = document
        self.path = path
        case = store.get_case(document.case_id)
        line = document_line(document)
        self.setWindowTitle(self.tr("%1 · %2").replace("%1", case.number).replace("%2", line))
        title = self.ui.titleLabel
        title.setText(f"{case.number} · {line}")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        record = (
            self.tr("Kept as %1 · SHA-256 %2, unchanged since it was generated.")
            .replace("%1", document.path)
            .replace("%2", document.sha256)
        )
        if document.manager is not None:
            record = self.tr("Generated by %1. ").replace("%1", document.manager.name) + record
        self.ui.recordLabel.setText(record)
        self.ui.recordLabel.setStyleSheet("color: palette(placeholder-text);")
        self.preview = PdfPreview(
            self.ui.documentPreview,
            self.ui.printButton,
            self.ui.saveAsButton,
            self.ui.pagesLabel,
            self,
        )
        if not self.preview.show_file(path, line, copy_name(case.number, document)):
            self.ui.recordLabel.setText(
                self.tr("The file %1 cannot be read as a PDF.").replace("%1", str(path))
            )
        fit_dialog(self)
