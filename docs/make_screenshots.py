"""Make the screenshots in docs/screenshots from the demo data.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
    EXPAT_DESK_LANG=ru QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py   # or kk

English pictures go to docs/screenshots, the others to docs/screenshots/<language>; the user
guide (resources/guide) shows those of its language.

The demo data are made afresh with a fixed seed and day, so the pictures change only when
the app does.
"""

import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no remembered window layout
os.environ["TZ"] = "Asia/Almaty"  # the times shown are the centre's, wherever this runs
time.tzset()

from PySide6.QtCore import QDate
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from expat_desk.store import Store
from expat_desk.store.demo import fill_demo
from expat_desk.ui.app import create_main_window
from expat_desk.ui.calendar_dialog import CalendarDialog

LANGUAGE = os.environ.get("EXPAT_DESK_LANG", "en")[:2]
OUT = Path(__file__).resolve().parent / "screenshots" / ("" if LANGUAGE == "en" else LANGUAGE)
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 5, 42)  # UTC: 10:42 in Astana


def save(widget: QWidget, name: str, settle_ms: int = 0) -> None:
    QApplication.processEvents()
    if settle_ms:
        QTest.qWait(settle_ms)  # QPdfView draws its pages in the background
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"{name}.png")


def main() -> int:
    _app = QApplication(sys.argv[:1])  # kept alive while the windows are made
    OUT.mkdir(parents=True, exist_ok=True)
    folder = tempfile.TemporaryDirectory()
    db = Path(folder.name) / "demo.sqlite3"
    with Store.open(db, today=lambda: TODAY) as store:
        fill_demo(store, today=TODAY)
        store.set_desk_manager("Aigerim Sarsenova")

    window = create_main_window(db, today=lambda: TODAY)
    window.store.now = lambda: NOW  # generated documents are stamped with a fixed time
    window.resize(1440, 860)
    window.show()
    while not window.is_ready():  # the deadlines and counts fill after the first paint
        QApplication.processEvents()
    register = window.register
    row = next(
        r
        for r in range(register.model.rowCount())
        if register.model.client(r).surname_cyr and register.model.client(r).iin
    )
    register.ui.clientTable.selectRow(row)
    save(window, "main-window-client-details")
    window.ui.clientTabs.setCurrentWidget(window.ui.casesHolder)
    window.checklist.select_row(0)
    save(window, "checklist-pane")
    register.ui.clientSearch.setText("алена")
    register.search_now()
    save(window, "register-search-cyrillic")
    window.ui.mainTabs.setCurrentWidget(window.ui.duePage)
    save(window, "due-view")
    window.ui.mainTabs.setCurrentWidget(window.ui.overviewPage)
    save(window, "overview")

    window.ui.mainTabs.setCurrentWidget(window.ui.clientsPage)
    register.ui.clientSearch.clear()
    register.search_now()
    no_iin = next(r for r in range(register.model.rowCount()) if not register.model.client(r).iin)
    register.ui.clientTable.selectRow(no_iin)
    window.ui.newCaseAction.trigger()
    wizard = window.wizard
    wizard.resize(720, 600)
    save(wizard, "wizard-1-client")
    wizard.next()
    wizard.ui.serviceChoice.setCurrentRow(0)
    save(wizard, "wizard-2-service")
    wizard.next()
    representative = wizard.findChild(QCheckBox, "answer_representative")
    representative.setChecked(True)
    save(wizard, "wizard-3-details")
    wizard.next()
    save(wizard, "wizard-4-checklist")
    wizard.next()
    save(wizard, "wizard-5-review")
    wizard.discard()

    dialog = CalendarDialog(window.store, window)
    dialog.ui.calendar.setSelectedDate(QDate(2026, 3, 24))
    dialog.show()
    save(dialog, "business-calendar")
    dialog.close()

    # Documents of an IIN case filed through the centre by a representative.
    case = next(
        c
        for c in window.store.list_cases(service="iin", status="open")
        if c.channel == "expat_centre" and c.representative
    )
    window.open_case(case.id)
    window.ui.generateDocumentsAction.trigger()
    documents = window.checklist.documents_dialog
    documents.ui.attorneyCombo.setCurrentIndex(0)  # the first of the demo's attorneys
    documents.generate()
    save(documents, "documents-dialog", settle_ms=600)
    documents.close()
    window.checklist.ui.checklistView.setFocus()
    save(window, "case-documents")
    viewer = window.checklist.open_document()
    save(viewer, "document-viewer", settle_ms=600)
    viewer.close()

    window.ui.centreDetailsAction.trigger()
    centre = window.centre_dialog
    save(centre, "centre-details")
    centre.close()

    window.ui.exportWeekAction.trigger()
    export = window.export_dialog
    save(export, "export-week")
    export.close()

    window.close()
    folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
