"""Names of statuses, documents and languages as the window shows them, translated when shown."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from expat_desk.documents.kinds import DocumentKind
from expat_desk.domain.countries import Country, country
from expat_desk.domain.workflow import CaseStatus
from expat_desk.ui import language

STATUS_TITLES = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("Titles", "In progress"),
    CaseStatus.SUBMITTED: QT_TRANSLATE_NOOP("Titles", "Submitted"),
    CaseStatus.COMPLETED: QT_TRANSLATE_NOOP("Titles", "Completed"),
    CaseStatus.CANCELLED: QT_TRANSLATE_NOOP("Titles", "Cancelled"),
    CaseStatus.REFUSED: QT_TRANSLATE_NOOP("Titles", "Refused by the authority"),
}
DOCUMENT_TITLES = {
    DocumentKind.CONSENT: QT_TRANSLATE_NOOP("Titles", "Consent"),
    DocumentKind.POWER_OF_ATTORNEY: QT_TRANSLATE_NOOP("Titles", "Power of attorney"),
    DocumentKind.NOTIFICATION_LETTER: QT_TRANSLATE_NOOP("Titles", "Notification letter"),
}
LANGUAGE_TITLES = {
    "kk": QT_TRANSLATE_NOOP("Titles", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Titles", "Russian"),
    "en": QT_TRANSLATE_NOOP("Titles", "English"),
}


def status_title(status: CaseStatus) -> str:
    return QCoreApplication.translate("Titles", STATUS_TITLES[status])


def document_title(kind: str) -> str:
    """A generated document's kind as the lists name it ("Consent"); an unknown kind as stored."""
    try:
        return QCoreApplication.translate("Titles", DOCUMENT_TITLES[DocumentKind(kind)])
    except ValueError:
        return kind


def language_title(code: str) -> str:
    return QCoreApplication.translate("Titles", LANGUAGE_TITLES[code])


def country_name(found: Country) -> str:
    """A country's name in the window's language (Kazakh falls back to Russian, as pick does)."""
    return language.pick({"en": found.en, "ru": found.ru, "kk": found.kk})


def country_title(code: str) -> str:
    """The name of the country ``code`` names in the window's language; an unknown code as is."""
    try:
        return country_name(country(code))
    except KeyError:
        return code
