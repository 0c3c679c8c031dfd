"""Names of statuses, documents and languages as the window shows them, translated when shown."""

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication

from expat_desk.documents.kinds import DocumentKind
from expat_desk.domain.catalogue import ServiceSpec, load_catalogue
from expat_desk.domain.countries import Country, all_countries, country
from expat_desk.domain.workflow import CaseStatus
from expat_desk.store.models import ChecklistItem
from expat_desk.ui import language
from expat_desk.ui.error_words import error_text
from expat_desk.ui.language import current, pick

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


def countries_by_name() -> tuple[str, ...]:
    """Every country's code, in the order of the countries' names in the window's language
    (as the country picker lists them): the order the register sorts its citizenship by."""
    return _countries_by_name(language.current())


@cache
def _countries_by_name(code: str) -> tuple[str, ...]:
    collator = QCollator(language.locale())
    named = sorted(all_countries(), key=lambda found: collator.sortKey(country_name(found)))
    return tuple(found.code for found in named)


def service_title(code: str, version: int | None = None) -> str:
    """A service's title in the window's language, as catalogue ``version`` words it (the
    newest by default)."""
    return pick(load_catalogue(version).service(code).title)


def item_title(item: ChecklistItem) -> str:
    """A checklist item's title as its case copied it, in the window's language; an item of a
    version the app does not ship has no Kazakh title and reads in Russian."""
    return pick({"en": item.title_en, "ru": item.title_ru, "kk": item.title_kk or ""})


def item_other_title(item: ChecklistItem) -> str:
    """The title in the other language the client's papers are likely in: Russian, or Kazakh
    where the window is Russian (shown as a tooltip beside item_title)."""
    return (item.title_kk or item.title_en) if current() == "ru" else item.title_ru


def answer_error(spec: ServiceSpec | None, name: str, why: str | None) -> str:
    """Why an answer is refused, in the window's language where the catalogue words it (the
    rules raise the English of ``refusal``); "" for none."""
    if not why:
        return ""
    refusal = spec.option(name).refusal if spec is not None else None
    if refusal is not None and why == refusal["en"]:
        return pick(refusal)
    return error_text(why)
