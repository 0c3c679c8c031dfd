"""The refusals of the domain and store, said in the window's language.

A refusal is raised with a code and its arguments (domain.errors.Message); here each code has
its English sentence marked for translation, and the window shows the translation with the
arguments put in. A refusal without a code is shown as raised (in English).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from expat_desk.domain.errors import Message

_CONTEXT = "DomainErrors"
SENTENCES = {
    "required": QT_TRANSLATE_NOOP("DomainErrors", "is required"),
    "date.future": QT_TRANSLATE_NOOP("DomainErrors", "cannot be in the future"),
    "date.before_1900": QT_TRANSLATE_NOOP("DomainErrors", "cannot be before 1900"),
    "date.format": QT_TRANSLATE_NOOP("DomainErrors", "must be a date as YYYY-MM-DD, not {typed}"),
    "passport.issued_before_birth": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot be before the birth date"
    ),
    "passport.expiry_before_issue": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be after the date of issue"
    ),
    "passport.format": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be 5 to 20 Latin letters and digits"
    ),
    "text.control": QT_TRANSLATE_NOOP("DomainErrors", "contains a control character"),
    "text.too_long": QT_TRANSLATE_NOOP("DomainErrors", "must be at most {limit} characters"),
    "name.not_latin": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be written in Latin letters; {char} is not one"
    ),
    "name.not_cyrillic": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be written in Cyrillic letters; {char} is not one"
    ),
    "name.no_latin": QT_TRANSLATE_NOOP("DomainErrors", "must contain Latin letters"),
    "name.no_cyrillic": QT_TRANSLATE_NOOP("DomainErrors", "must contain Cyrillic letters"),
    "name.mixed": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be written in Cyrillic or in Latin letters"
    ),
    "sex.unknown": QT_TRANSLATE_NOOP("DomainErrors", "must be M, F or X"),
    "country.unknown": QT_TRANSLATE_NOOP(
        "DomainErrors", "{typed} is not an ISO 3166 alpha-3 country code"
    ),
    "phone.characters": QT_TRANSLATE_NOOP(
        "DomainErrors", "may hold only digits, spaces, dashes, brackets and a leading +"
    ),
    "phone.country_code": QT_TRANSLATE_NOOP(
        "DomainErrors", "must start with + and the country code (or 8 for Kazakhstan)"
    ),
    "phone.length": QT_TRANSLATE_NOOP("DomainErrors", "must have 7 to 15 digits"),
    "email.format": QT_TRANSLATE_NOOP("DomainErrors", "{typed} is not an e-mail address"),
    "answer.unknown": QT_TRANSLATE_NOOP("DomainErrors", "is not a question of this service"),
    "answer.yes_no": QT_TRANSLATE_NOOP("DomainErrors", "must be yes or no, not {typed}"),
    "date.before_arrival_date": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot be before the date of arrival"
    ),
}


def error_text(message: str) -> str:
    """``message`` in the window's language, where its code is known here."""
    if not isinstance(message, Message) or message.code not in SENTENCES:
        return str(message)
    text = QCoreApplication.translate(_CONTEXT, SENTENCES[message.code])
    for name, value in message.params.items():
        text = text.replace("{" + name + "}", value)
    return text
