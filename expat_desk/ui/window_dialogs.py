"""The main window's dialogs, each imported and built the first time it is asked for: none of
them is needed to paint the window, and together they cost start-up a good part of its
imports (the wizard's pages, the calendar's holidays, the export's reports)."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from expat_desk.ui.memory import let_go

if TYPE_CHECKING:
    from expat_desk.ui.attorneys_dialog import AttorneysDialog
    from expat_desk.ui.centre_dialog import CentreDialog
    from expat_desk.ui.export_week_dialog import ExportWeekDialog
    from expat_desk.ui.host_parties_dialog import HostPartiesDialog
    from expat_desk.ui.main_window import MainWindow
    from expat_desk.ui.stay_check_dialog import StayCheckDialog
    from expat_desk.ui.visa_free_dialog import VisaFreeDialog


def new_case(window: "MainWindow", client_id: int | None) -> None:
    from expat_desk.ui.case_wizard import CaseWizard

    let_go(window.wizard)
    window.wizard = CaseWizard(window.store, window, client_id=client_id)
    window.wizard.caseCreated.connect(window._case_created)
    window.wizard.open()


def edit_targets(window: "MainWindow") -> None:
    from expat_desk.ui.targets_dialog import TargetsDialog

    if TargetsDialog(window.store, window).exec():
        window.refresh_due()


def edit_calendar(window: "MainWindow") -> None:
    from expat_desk.ui.calendar_dialog import CalendarDialog

    CalendarDialog(window.store, window).exec()
    window.refresh_due()


def export_week(window: "MainWindow") -> "ExportWeekDialog":
    from expat_desk.ui.export_week_dialog import ExportWeekDialog

    let_go(window.export_dialog)
    window.export_dialog = ExportWeekDialog(
        window.store, window, confirm_personal_data=window.confirm_personal_data_export
    )
    window.export_dialog.open()
    return window.export_dialog


def edit_centre(window: "MainWindow") -> "CentreDialog":
    from expat_desk.ui.centre_dialog import CentreDialog

    return _reopen(window, "centre_dialog", CentreDialog)


def edit_host_parties(window: "MainWindow") -> "HostPartiesDialog":
    from expat_desk.ui.host_parties_dialog import HostPartiesDialog

    return _reopen(window, "host_parties_dialog", HostPartiesDialog)


def edit_attorneys(window: "MainWindow") -> "AttorneysDialog":
    from expat_desk.ui.attorneys_dialog import AttorneysDialog

    return _reopen(window, "attorneys_dialog", AttorneysDialog)


def check_stay(window: "MainWindow") -> "StayCheckDialog":
    from expat_desk.ui.stay_check_dialog import StayCheckDialog

    return _reopen(window, "stay_dialog", StayCheckDialog)


def edit_visa_free(window: "MainWindow") -> "VisaFreeDialog":
    from expat_desk.ui.visa_free_dialog import VisaFreeDialog

    return _reopen(window, "visa_free_dialog", VisaFreeDialog)


def _reopen[D: QDialog](window: "MainWindow", attribute: str, kind: Callable[..., D]) -> D:
    """A new ``kind(store, window)`` opened in place of the one kept on ``attribute`` (let go:
    a dialog left open holds the store's rows it showed)."""
    let_go(getattr(window, attribute))
    dialog = kind(window.store, window)
    setattr(window, attribute, dialog)
    dialog.open()
    return dialog
