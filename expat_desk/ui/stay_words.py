"""A stay's warnings and notes in the window's words: one wording for the stay check and the
client's recorded stays."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from expat_desk.domain.stay_records import EntryBasis, StayNote
from expat_desk.domain.stays import StayPurpose, StayWarning
from expat_desk.ui.dates import full_day_text
from expat_desk.ui.titles import country_title

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


def warning_text(code: StayWarning, params: dict[str, str]) -> str:
    def day(name: str) -> str:
        return full_day_text(date.fromisoformat(params[name]))

    match code:
        case StayWarning.VISA_NEEDED:
            return translate(
                "StayWords", "Citizens of %1 need a visa: there is no visa-free regime."
            ).replace("%1", country_title(params["country"]))
        case StayWarning.OVER_ENTRY_LIMIT:
            return (
                translate(
                    "StayWords",
                    "Longer than the %1 visa-free days of one entry: without a visa or "
                    "permit the last day is %2.",
                )
                .replace("%1", params["days"])
                .replace("%2", day("last_day"))
            )
        case StayWarning.OVER_WINDOW_LIMIT:
            return (
                translate(
                    "StayWords", "%1 days in Kazakhstan within 180 days, over the %2 allowed."
                )
                .replace("%1", params["days"])
                .replace("%2", params["limit"])
            )
        case StayWarning.PRIVATE_VISIT_OVER_90:
            text = translate(
                "StayWords", "A private visit is registered for 90 days at most; this stay has %1."
            )
            return text.replace("%1", params["days"])
        case StayWarning.ENTRY_BASIS_LAPSES:
            return translate(
                "StayWords", "The visa or permit ends on %1, before the stay does."
            ).replace("%1", day("until"))
        case StayWarning.ENTRY_BASIS_LAPSES_SOON:
            return translate(
                "StayWords", "The visa or permit ends on %1: renew it in time."
            ).replace("%1", day("until"))
        case StayWarning.OVERSTAYED:
            return translate(
                "StayWords", "Still in Kazakhstan after the last visa-free day, %1."
            ).replace("%1", day("last_day"))
    raise AssertionError(code)


def note_text(code: StayNote, params: dict[str, str]) -> str:
    match code:
        case StayNote.NO_REGISTRATION:
            return translate(
                "StayWords", "%1 days: no registration needed (30 days or less)."
            ).replace("%1", params["days"])
    raise AssertionError(code)


def basis_title(basis: EntryBasis) -> str:
    match basis:
        case EntryBasis.VISA_FREE:
            return translate("StayWords", "Visa-free")
        case EntryBasis.VISA:
            return translate("StayWords", "Visa")
        case EntryBasis.RESIDENCE_PERMIT:
            return translate("StayWords", "Residence permit")
    raise AssertionError(basis)


def purpose_title(purpose: StayPurpose) -> str:
    match purpose:
        case StayPurpose.WORK:
            return translate("StayWords", "Work (employment or expert contract)")
        case StayPurpose.PRIVATE:
            return translate("StayWords", "Private visit")
    raise AssertionError(purpose)


def purpose_short(purpose: StayPurpose) -> str:
    """The purpose in a table's column."""
    match purpose:
        case StayPurpose.WORK:
            return translate("StayWords", "Work")
        case StayPurpose.PRIVATE:
            return translate("StayWords", "Private visit")
    raise AssertionError(purpose)
