"""Names of statuses as the window shows them, translated when shown."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from expat_desk.domain.workflow import CaseStatus

STATUS_TITLES = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("Titles", "In progress"),
    CaseStatus.SUBMITTED: QT_TRANSLATE_NOOP("Titles", "Submitted"),
    CaseStatus.COMPLETED: QT_TRANSLATE_NOOP("Titles", "Completed"),
    CaseStatus.CANCELLED: QT_TRANSLATE_NOOP("Titles", "Cancelled"),
}


def status_title(status: CaseStatus) -> str:
    return QCoreApplication.translate("Titles", STATUS_TITLES[status])
