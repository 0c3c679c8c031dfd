"""What a document still needs, as the documents dialog lists it, in the window's language.

The documents layer words each missing value in English (documents.fields.FIELD_LABELS); the
same sentences are marked here for translation (a test keeps the two the same).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FIELD_WORDS = {
    "client_name": QT_TRANSLATE_NOOP("DocumentFields", "the client's name (client details)"),
    "passport_issued": QT_TRANSLATE_NOOP(
        "DocumentFields", "the passport's date of issue (client details)"
    ),
    "passport_authority": QT_TRANSLATE_NOOP(
        "DocumentFields", "the passport's issuing authority (client details)"
    ),
    "birth_date": QT_TRANSLATE_NOOP(
        "DocumentFields", "the client's date of birth (client details)"
    ),
    "citizenship": QT_TRANSLATE_NOOP("DocumentFields", "the client's citizenship (client details)"),
    "passport_number": QT_TRANSLATE_NOOP(
        "DocumentFields", "the client's passport number (client details)"
    ),
    "client_address": QT_TRANSLATE_NOOP("DocumentFields", "the client's address (client details)"),
    "operator_name": QT_TRANSLATE_NOOP(
        "DocumentFields", "the centre's name (Settings, Centre details)"
    ),
    "operator_bin": QT_TRANSLATE_NOOP(
        "DocumentFields", "the centre's BIN (Settings, Centre details)"
    ),
    "operator_address": QT_TRANSLATE_NOOP(
        "DocumentFields", "the centre's address (Settings, Centre details)"
    ),
    "place": QT_TRANSLATE_NOOP(
        "DocumentFields", "the place of signing (resources/documents/common.toml)"
    ),
    "case_number": QT_TRANSLATE_NOOP("DocumentFields", "the case number"),
    "date": QT_TRANSLATE_NOOP("DocumentFields", "the date"),
    "consent_until": QT_TRANSLATE_NOOP("DocumentFields", "the consent's term"),
    "attorney_id": QT_TRANSLATE_NOOP("DocumentFields", "the attorney (Settings → Attorneys)"),
    "attorney_name": QT_TRANSLATE_NOOP("DocumentFields", "the attorney (Settings → Attorneys)"),
    "attorney_document": QT_TRANSLATE_NOOP("DocumentFields", "the attorney (Settings → Attorneys)"),
    "attorney_iin": QT_TRANSLATE_NOOP("DocumentFields", "the attorney (Settings → Attorneys)"),
    "term_until": QT_TRANSLATE_NOOP("DocumentFields", "the power of attorney's term"),
    "host_party": QT_TRANSLATE_NOOP("DocumentFields", "the host party (case answers)"),
    "host_kind": QT_TRANSLATE_NOOP(
        "DocumentFields", "whether the host party is a company or a private person (Host parties)"
    ),
    "host_name": QT_TRANSLATE_NOOP("DocumentFields", "the host party's name (Host parties)"),
    "host_id_number": QT_TRANSLATE_NOOP(
        "DocumentFields", "the host party's BIN or IIN (Host parties)"
    ),
    "host_address": QT_TRANSLATE_NOOP("DocumentFields", "the host party's address (Host parties)"),
    "host_phone": QT_TRANSLATE_NOOP("DocumentFields", "the host party's phone (Host parties)"),
    "host_signatory": QT_TRANSLATE_NOOP(
        "DocumentFields", "the name and position of the host party's head (Host parties)"
    ),
    "passport_expiry": QT_TRANSLATE_NOOP(
        "DocumentFields", "the passport's date of expiry (client details)"
    ),
    "entry": QT_TRANSLATE_NOOP(
        "DocumentFields",
        "the entry this letter notifies: its basis and purpose (client details, Stays)",
    ),
    "visa_number": QT_TRANSLATE_NOOP("DocumentFields", "the visa's number (client details, Stays)"),
    "basis_until": QT_TRANSLATE_NOOP(
        "DocumentFields", "the visa's or permit's last day (client details, Stays)"
    ),
    "arrival_date": QT_TRANSLATE_NOOP("DocumentFields", "the date of arrival (case answers)"),
    "stay_address": QT_TRANSLATE_NOOP("DocumentFields", "the address of stay"),
    "stay_until": QT_TRANSLATE_NOOP("DocumentFields", "the last day of stay"),
}


def field_label(name: str) -> str:
    """What to fill in, and where, for the value ``name``; an unknown name as is."""
    return QCoreApplication.translate("DocumentFields", FIELD_WORDS.get(name, name))
