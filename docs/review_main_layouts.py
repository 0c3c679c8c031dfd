"""Pictures of the main window, the case wizard and the documents windows, for a layout review.

    python docs/review_main_layouts.py --screen 1366x768 --out /tmp/review/1366
    python docs/review_main_layouts.py --screen 1920x1080@1.5 --out /tmp/review/1920

A laptop's 1366 × 768 at 100 %, or a 1920 × 1080 screen at 150 % (1280 × 720 logical pixels),
is set up as Qt's offscreen screen; the windows open as the app opens them (the main window as
at its first start, with no remembered layout) in English, Russian and Kazakh, with the demo
data, and each is saved as a PNG. Beside the pictures, ``report.txt`` lists what the widgets
themselves say is cut: a window larger than the screen, a label or button narrower than its
text, a column header narrower than its title, an elided checklist title with no tooltip.

Look at every picture: the report finds what Qt can measure, not what reads badly.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 5, 42)  # UTC: 10:42 in Astana
LANGUAGES = ("en", "ru", "kk")
SERVICES = ("iin", "eds", "migration_notification", "police_registration", "loss_of_passport")


def set_up_screen(screen: str) -> None:
    """The offscreen platform with one screen of ``WIDTHxHEIGHT[@SCALE]``, before Qt starts."""
    size, _, scale = screen.partition("@")
    width, height = (int(n) for n in size.lower().split("x"))
    config = Path(tempfile.mkdtemp()) / "screen.json"
    one = {"name": "review", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**one, "logicalDpiX": 96, "logicalDpiY": 96}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale:
        os.environ["QT_SCALE_FACTOR"] = scale
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # a first start: no remembered layout
    os.environ["TZ"] = "Asia/Almaty"  # the times shown are the centre's
    time.tzset()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--screen", default="1366x768", help="WIDTHxHEIGHT[@SCALE]")
    parser.add_argument("--out", type=Path, default=Path("/tmp/layout-review"))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    args = parser.parse_args()
    set_up_screen(args.screen)

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # before the app's own modules are imported
    app.setApplicationName("Expat Desk")
    app.setOrganizationName("AIFC Expat Centre")
    args.out.mkdir(parents=True, exist_ok=True)
    review = Review(args.out)
    for code in args.languages.split(","):
        review.language(code)
    (args.out / "report.txt").write_text("\n".join(review.findings) + "\n", encoding="utf-8")
    print(f"{review.pictures} pictures, {len(review.findings)} findings in {args.out}")
    return 0


class Review:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.pictures = 0
        self.findings: list[str] = []
        self.folder = tempfile.TemporaryDirectory()

    # --- pictures and measures --------------------------------------------------------------

    def save(self, widget, name: str, settle_ms: int = 0) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        # Layouts settle over a few rounds of events (a table's rows fit their new width,
        # then the form its table); QPdfView draws its pages in the background.
        QTest.qWait(max(settle_ms, 50))
        widget.grab().save(str(self.out / f"{name}.png"))
        self.pictures += 1
        self.measure(widget, name)

    def note(self, name: str, text: str) -> None:
        line = f"{name}: {text}"
        if line not in self.findings:
            self.findings.append(line)

    def measure(self, top, name: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QAbstractButton,
            QComboBox,
            QHeaderView,
            QLabel,
            QTableView,
            QWidget,
        )

        room = top.screen().availableGeometry()
        frame = top.frameGeometry()
        if top.isWindow() and not room.contains(frame):
            self.note(name, f"window {_rect(frame)} is not inside the screen's {_rect(room)}")
        least = top.minimumSizeHint().expandedTo(top.minimumSize())
        if least.width() > room.width() or least.height() > room.height():
            self.note(name, f"least size {least.width()}×{least.height()} > the screen's room")
        for widget in top.findChildren(QWidget):
            if not widget.isVisibleTo(top) or widget.width() <= 0:
                continue
            label = f"{type(widget).__name__} {widget.objectName() or '?'}"
            if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
                need = widget.minimumSizeHint().width()
                if widget.width() < need:
                    self.note(name, f"{label} {widget.width()} < {need}: {widget.text()[:60]!r}")
            elif isinstance(widget, QAbstractButton) and widget.text():
                need = widget.sizeHint().width()
                if widget.width() < need - 2:
                    self.note(name, f"{label} {widget.width()} < {need}: {widget.text()!r}")
            elif isinstance(widget, QComboBox) and widget.currentText():
                text = widget.fontMetrics().horizontalAdvance(widget.currentText())
                if text > _edit_field(widget).width() and not widget.toolTip():
                    self.note(name, f"{label} {widget.width()} cuts {widget.currentText()!r}")
            elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Horizontal:
                model = widget.model()
                for section in range(widget.count()):
                    if widget.isSectionHidden(section):
                        continue
                    need = widget.sectionSizeHint(section)
                    if widget.sectionSize(section) < need:
                        title = model.headerData(section, Qt.Horizontal)
                        self.note(
                            name,
                            f"{label} column {title!r} {widget.sectionSize(section)} < {need}",
                        )
            if isinstance(widget, QTableView) and widget.model() is not None:
                self._elided_cells(widget, name, label)

    def _elided_cells(self, view, name: str, label: str) -> None:
        """Cells whose text is cut short (elided, or wrapped past the row's height) with no
        tooltip that shows it whole."""
        from PySide6.QtCore import Qt

        from expat_desk.ui.elided_tips import is_elided, tooltip_text

        model = view.model()
        tips_elided = any(type(c).__name__ == "_ElidedTips" for c in view.children())
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            elided = []
            for row in range(min(model.rowCount(), 40)):
                index = model.index(row, column)
                if not is_elided(view, index):
                    continue
                text = str(index.data())
                tip = tooltip_text(view, index) if tips_elided else index.data(Qt.ToolTipRole)
                if text not in str(tip or ""):
                    elided.append(text)
            if elided:
                title = model.headerData(column, Qt.Orientation.Horizontal)
                self.note(
                    name,
                    f"{label} column {title!r} cuts {len(elided)} of the first 40 rows with no"
                    f" tooltip, e.g. {elided[0][:50]!r}",
                )

    # --- one language -----------------------------------------------------------------------

    def language(self, code: str) -> None:
        from PySide6.QtWidgets import QApplication

        from expat_desk.store import Store
        from expat_desk.store.demo import fill_demo
        from expat_desk.ui.app import create_main_window

        db = Path(self.folder.name) / f"demo-{code}.sqlite3"
        with Store.open(db, today=lambda: TODAY) as store:
            fill_demo(store, today=TODAY)
            store.set_desk_manager("Aigerim Sarsenova")
        window = create_main_window(db, today=lambda: TODAY, language=code)
        window.store.now = lambda: NOW
        window.show()  # as at the first start: the form's size, kept inside the screen
        QApplication.processEvents()
        self.main_window(window, code)
        for service in SERVICES:
            self.wizard(window, code, service)
        self.documents(window, code)
        window.details.confirm_leave = lambda: True
        window.close()
        window.store.close()
        window.deleteLater()
        QApplication.processEvents()

    def main_window(self, window, code: str) -> None:
        register = window.register
        model = register.model
        row = next(
            r
            for r in range(model.rowCount())
            if model.client(r).surname_cyr and model.client(r).iin and model.client(r).employer
        )
        register.ui.clientTable.selectRow(row)
        self.save(window, f"{code}-main-1-client")
        scroll = window.details.findChild(_scroll_area_type())
        if scroll is not None:
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            self.save(window, f"{code}-main-2-client-scrolled")
        window.ui.clientTabs.setCurrentWidget(window.ui.casesHolder)
        # The client with the most cases, their longest-titled checklist.
        case = max(
            window.store.list_cases(status="open"),
            key=lambda c: max(len(i.title_ru) for i in c.items),
        )
        window.open_case(case.id)
        window.checklist.select_row(0)
        self.save(window, f"{code}-main-3-cases")
        pane = window.findChild(_scroll_area_type(), "checklistScroll")
        if pane is not None:  # the pane's buttons and history, below the fold on a laptop
            pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
            self.save(window, f"{code}-main-3-cases-scrolled")
            pane.verticalScrollBar().setValue(0)
        for n, tab in enumerate(_tabs(window.checklist.ui.caseTabs), 1):
            window.checklist.ui.caseTabs.setCurrentIndex(tab)
            self.save(window, f"{code}-main-3-cases-tab{n}")
        window.checklist.ui.caseTabs.setCurrentIndex(0)
        window.ui.clientTabs.setCurrentIndex(window.ui.clientTabs.count() - 1)
        self.save(window, f"{code}-main-4-history")
        window.ui.mainTabs.setCurrentWidget(window.ui.overviewPage)
        self.save(window, f"{code}-main-5-overview")
        window.ui.mainTabs.setCurrentWidget(window.ui.duePage)
        self.save(window, f"{code}-main-6-due")
        window.ui.mainTabs.setCurrentWidget(window.ui.clientsPage)
        window.ui.clientTabs.setCurrentIndex(0)
        register.ui.serviceFilter.setCurrentIndex(register.ui.serviceFilter.count() - 2)
        register.ui.statusFilter.setCurrentIndex(register.ui.statusFilter.count() - 1)
        self.save(window, f"{code}-main-7-filtered")
        register.ui.serviceFilter.setCurrentIndex(0)
        register.ui.statusFilter.setCurrentIndex(0)
        for menu in window.menuBar().findChildren(_menu_type()):
            if menu.parent() is window.menuBar() and menu.objectName() and menu.actions():
                menu.popup(window.mapToGlobal(window.rect().topLeft()))
                self.save(menu, f"{code}-menu-{menu.objectName() or menu.title()}")
                menu.hide()

    def wizard(self, window, code: str, service: str) -> None:
        from PySide6.QtWidgets import QApplication

        cases = window.store.list_cases(service=service)
        client_id = cases[0].client_id
        window.ui.mainTabs.setCurrentWidget(window.ui.clientsPage)
        window.show_client(client_id)
        window.new_case()
        wizard = window.wizard
        QApplication.processEvents()
        if service == SERVICES[0]:
            self.save(wizard, f"{code}-wizard-1-client")
            wizard.ui.newClientButton.setChecked(True)
            wizard.ui.newSurname.setText("X1")  # every field's complaint shows
            self.save(wizard, f"{code}-wizard-1-new-client")
            wizard.ui.existingClientButton.setChecked(True)
        wizard.next()
        wizard._select_service(_service_code(service))
        if service == SERVICES[0]:
            self.save(wizard, f"{code}-wizard-2-service")
        wizard.next()
        self.save(wizard, f"{code}-wizard-3-{service}")
        wizard.next()
        self.save(wizard, f"{code}-wizard-4-{service}-checklist")
        if wizard.currentPage() is wizard.ui.checklistPage:
            wizard.next()
            self.save(wizard, f"{code}-wizard-5-{service}-review")
        wizard.discard()

    def documents(self, window, code: str) -> None:
        from PySide6.QtWidgets import QApplication

        for service in ("iin", "migration_notification"):
            case = next(
                c
                for c in window.store.list_cases(service=service, status="open")
                if service != "iin" or (c.channel == "expat_centre" and c.representative)
            )
            window.open_case(case.id)
            window.ui.generateDocumentsAction.trigger()
            dialog = window.checklist.documents_dialog
            QApplication.processEvents()
            self.save(dialog, f"{code}-documents-{service}")
            if dialog.ui.attorneyCombo.count():
                dialog.ui.attorneyCombo.setCurrentIndex(0)
            made = dialog.generate()
            self.save(dialog, f"{code}-documents-{service}-made", settle_ms=600)
            dialog.close()
            if made:
                viewer = window.checklist.open_document()
                if viewer is not None:
                    self.save(viewer, f"{code}-preview-{service}", settle_ms=600)
                    viewer.close()
            window.ui.clientTabs.setCurrentWidget(window.ui.casesHolder)
            window.checklist.ui.caseTabs.setCurrentWidget(window.checklist.ui.documentsPage)
            self.save(window, f"{code}-main-8-documents-{service}")


def _edit_field(combo):
    """Where a combo box shows its text: its width less the arrow and the frame."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    field = QStyle.SubControl.SC_ComboBoxEditField
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, combo)


def _rect(r) -> str:
    return f"{r.width()}×{r.height()}+{r.x()}+{r.y()}"


def _tabs(tabs) -> range:
    return range(1, tabs.count())


def _service_code(service: str):
    from expat_desk.domain.catalogue import ServiceCode

    return ServiceCode(service)


def _scroll_area_type():
    from PySide6.QtWidgets import QScrollArea

    return QScrollArea


def _menu_type():
    from PySide6.QtWidgets import QMenu

    return QMenu


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
