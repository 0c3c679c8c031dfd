"""Starting the window: the application object, the database, the first-start demo offer."""

import sys
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from expat_desk import __version__
from expat_desk.domain.deadlines import Urgency
from expat_desk.paths import log_dir
from expat_desk.store import Store, StoreError
from expat_desk.store.backup import sweep_leftovers
from expat_desk.store.drafts import Draft
from expat_desk.store.lock import DatabaseInUse, WriterLock
from expat_desk.ui import language as languages
from expat_desk.ui import start_up
from expat_desk.ui.binding_check import LostReference, lost_references, warn_if_defective
from expat_desk.ui.desk_manager import ask_desk_manager
from expat_desk.ui.due_model import KIND_TITLES
from expat_desk.ui.error_words import refusal_text
from expat_desk.ui.errors import install_excepthook, setup_logging
from expat_desk.ui.main_window import MainWindow

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


def create_main_window(
    db_path: Path | str,
    *,
    today: Callable[[], date] | None = None,
    language: str | None = None,
) -> MainWindow:
    """Open the database and build the main window, without entering the event loop; it
    fills its deadlines and counts once it has painted (or, not shown, at the loop's next
    turn) and then emits ``ready``.

    ``today`` fixes the date the deadlines are seen from (tests, screenshots); ``language``
    (ru, kk, en) the window's language, else EXPAT_DESK_LANG, the saved choice, the system's."""
    languages.install(languages.choose(language))
    return MainWindow(Store.open(db_path, **({"today": today} if today else {})))


def run(db_path: Path, *, demo: bool = False, language: str | None = None) -> int:
    start_up.hold_collector()  # until the window is ready (expat-desk holds it off earlier)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Expat Desk")
    app.setOrganizationName("AIFC Expat Centre")
    app.setApplicationVersion(__version__)
    install_excepthook(setup_logging(log_dir()))
    defects = lost_references()  # before anything else can lose them
    lock = take_writer_lock(db_path)
    if lock is None:
        return 1
    try:
        try:
            window = create_main_window(db_path, language=language)
        except StoreError as exc:
            QMessageBox.critical(
                None,
                translate("App", "Expat Desk"),
                translate("App", "The database cannot be opened.\n\n%1").replace(
                    "%1", refusal_text(exc)
                ),
            )
            return 1
        if window.store.count_clients() == 0 and (demo or ask_for_demo(window)):
            fill_with_demo(window)
        window.ready.connect(lambda: after_start(window, defects))
        window.show()  # painted with the register; the deadlines follow, then after_start
        return app.exec()
    finally:
        lock.release()


def after_start(window: MainWindow, defects: list[LostReference]) -> None:
    """Once the window is ready: the collector settled, then the day's first questions."""
    start_up.settle_collector()
    warn_if_defective(window, defects)
    if window.store.desk_manager() is None:
        ask_desk_manager(window)
    with suppress(StoreError, OSError):  # a leftover that will not go waits for the next start
        sweep_leftovers(window.store.path)  # what a killed backup or restore left
    window.backups.daily()
    offer_drafts(window)
    show_due_today(window)


def take_writer_lock(db_path: Path) -> WriterLock | None:
    """The database for this window alone; a second copy of the app is told and not opened."""
    lock = WriterLock(db_path)
    try:
        lock.acquire()
    except DatabaseInUse as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("App", "Expat Desk is already open"),
            translate("App", "Expat Desk is already open on this database."),
            QMessageBox.StandardButton.Close,
        )
        box.setObjectName("alreadyOpenMessage")
        box.setInformativeText(refusal_text(exc))
        box.exec()
        return None
    except OSError:
        pass  # no folder to put the lock in: opening the database will say what is wrong
    return lock


def offer_drafts(window: MainWindow) -> bool:
    """Typing left unsaved when the app last closed (a crash, a power cut) is offered back."""
    drafts = window.details.drafts
    pending = drafts.pending()
    if not pending:
        return False
    lines = []
    for draft in pending:
        values = draft.values
        if draft.kind == "client-form":
            typed = values.get("values") or {}
            name = " ".join(str(typed.get(k) or "") for k in ("surname", "given_names")).strip()
            lines.append(translate("App", "the client form: %1").replace("%1", name or "—"))
        else:
            lines.append(translate("App", "a new case, not yet opened"))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("App", "Unsaved work"),
        translate("App", "Expat Desk closed before this was saved. Bring it back?"),
        QMessageBox.StandardButton.Discard,
        window,
    )
    box.setObjectName("restoreDraftsQuestion")
    box.setInformativeText("\n".join(lines))
    restore = box.addButton(translate("App", "Bring back"), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreDraftsButton")
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        for draft in pending:
            drafts.clear(draft.kind)
        return False
    restore_drafts(window, pending)
    return True


def restore_drafts(window: MainWindow, pending: list[Draft]) -> None:
    """Put the drafts back where they were typed: the client form, or a new case's wizard."""
    for draft in pending:
        if draft.kind == "client-form":
            window.ui.mainTabs.setCurrentWidget(window.ui.clientsPage)
            client_id = draft.values.get("client_id")
            with suppress(StoreError):  # the client's cases and history beside the typing
                window.show_client(client_id if isinstance(client_id, int) else None)
            window.details.restore_draft(draft)
            window.ui.clientTabs.setCurrentIndex(0)
        else:
            window.new_case(client=False)
            assert window.wizard is not None
            window.wizard.restore_draft(draft)


def show_due_today(window: MainWindow) -> None:
    """At start-up, when something is due today, say so before the day's work begins."""
    # From the store, not the view: on a large register the view's first page is all overdue.
    day = window.store.today()
    count = window.store.due_counts(day)[Urgency.TODAY]
    if not count:
        return
    first = window.store.due_page(day, due_from=day, limit=8).items
    today = [i for i in first if i.urgency is Urgency.TODAY]
    lines = [
        " · ".join(
            (
                i.facts.number,
                i.facts.client_name,
                translate("DueModel", KIND_TITLES[i.deadline.kind]),
            )
        )
        for i in today[:8]
    ]
    if count > len(lines):
        lines.append(translate("App", "… and %1 more").replace("%1", str(count - len(lines))))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("App", "Due today"),
        translate("App", "Due today: %1").replace("%1", str(count)),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("dueTodayMessage")
    box.setInformativeText("\n".join(lines))
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 30em; }")  # a line each
    box.open()  # not modal to the whole app: the window is usable behind it
    window.ui.mainTabs.setCurrentWidget(window.ui.duePage)


def ask_for_demo(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("App", "Expat Desk"),
        translate(
            "App",
            "This database is empty. Fill it with demo data (200 sample clients with their "
            "cases) to try Expat Desk?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def fill_with_demo(window: MainWindow) -> None:
    from expat_desk.store.demo import fill_demo

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        fill_demo(window.store)
    finally:
        QGuiApplication.restoreOverrideCursor()
    window.refresh()
