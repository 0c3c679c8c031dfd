"""The refusals of the domain and store, said in the window's language.

A refusal is raised with a code and its arguments (domain.errors.Message); here each code has
its English sentence marked for translation, and the window shows the translation with the
arguments put in. An argument that is itself a word (domain.errors.Word: a status, a service,
a country) is said in the window's words too. A refusal without a code is shown as raised (in
English). The sentences of the rules for cases, of the store and of a pasted MRZ are in
error_words_case, error_words_store and error_words_mrz; each is the English the layer below
raises (a test keeps them the same).
"""

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from expat_desk.domain.errors import Message, Refusal, ValidationError, message_of
from expat_desk.ui.error_words_case import CASE_SENTENCES
from expat_desk.ui.error_words_mrz import MRZ_FIELD_WORDS, MRZ_SENTENCES
from expat_desk.ui.error_words_store import STORE_SENTENCES

_CONTEXT = "DomainErrors"
# What a field is told: required, a date, a name, a number (client, answers, host, centre).
FIELD_SENTENCES = {
    "answer.host_record": QT_TRANSLATE_NOOP("DomainErrors", "must name a host party record"),
    "answer.not_allowed": QT_TRANSLATE_NOOP("DomainErrors", "is not allowed for this service"),
    "answer.unknown": QT_TRANSLATE_NOOP("DomainErrors", "is not a question of this service"),
    "answer.yes_no": QT_TRANSLATE_NOOP("DomainErrors", "must be yes or no, not {typed}"),
    "answer.yes_no_plain": QT_TRANSLATE_NOOP("DomainErrors", "must be yes or no"),
    "bin.checksum": QT_TRANSLATE_NOOP(
        "DomainErrors", "the check digit does not match: a digit is mistyped"
    ),
    "bin.entity_kind": QT_TRANSLATE_NOOP(
        "DomainErrors", "digit 5 of a BIN is the kind of entity (4, 5 or 6): this is no BIN"
    ),
    "bin.entity_part": QT_TRANSLATE_NOOP(
        "DomainErrors", "digit 6 of a BIN is the part of the entity (0 to 3): this is no BIN"
    ),
    "bin.is_iin": QT_TRANSLATE_NOOP("DomainErrors", "this is an individual's IIN, not a BIN"),
    "bin.length": QT_TRANSLATE_NOOP("DomainErrors", "a BIN has 12 digits"),
    "bin.month": QT_TRANSLATE_NOOP(
        "DomainErrors", "digits 3-4 of a BIN are the month of registration"
    ),
    "choice.unknown": QT_TRANSLATE_NOOP("DomainErrors", "must be one of {allowed}, not {typed}"),
    "client.number_taken": QT_TRANSLATE_NOOP(
        "DomainErrors", "already belongs to client #{id} {name}"
    ),
    "client.unknown_field": QT_TRANSLATE_NOOP("DomainErrors", "is not a client field"),
    "country.not_code": QT_TRANSLATE_NOOP("DomainErrors", "is not an ISO 3166 country code"),
    "country.unknown": QT_TRANSLATE_NOOP(
        "DomainErrors", "{typed} is not an ISO 3166 alpha-3 country code"
    ),
    "iin.birth_mismatch": QT_TRANSLATE_NOOP(
        "DomainErrors", "The IIN encodes birth date {encoded}, the passport says {passport}"
    ),
    "iin.sex_mismatch": QT_TRANSLATE_NOOP(
        "DomainErrors", "The IIN encodes sex {encoded}, the passport says {passport}"
    ),
    "passport.expired_warning": QT_TRANSLATE_NOOP(
        "DomainErrors", "the passport expired on {expiry}: record the new passport"
    ),
    "passport.expires_within_month": QT_TRANSLATE_NOOP(
        "DomainErrors", "the passport expires on {expiry}, within a month: ask for the new one"
    ),
    "passport.expires_within_months": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "the passport expires on {expiry}, within {months} months: ask for the new one",
    ),
    "date.before_1900": QT_TRANSLATE_NOOP("DomainErrors", "cannot be before 1900"),
    "date.before_answer": QT_TRANSLATE_NOOP("DomainErrors", "cannot be before {other}"),
    "date.before_arrival": QT_TRANSLATE_NOOP("DomainErrors", "cannot be before the arrival"),
    "date.before_arrival_date": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot be before the date of arrival"
    ),
    "date.before_registration": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot be before the registration"
    ),
    "date.format": QT_TRANSLATE_NOOP("DomainErrors", "must be a date as YYYY-MM-DD, not {typed}"),
    "date.format_plain": QT_TRANSLATE_NOOP("DomainErrors", "must be a date as YYYY-MM-DD"),
    "date.future": QT_TRANSLATE_NOOP("DomainErrors", "cannot be in the future"),
    "email.format": QT_TRANSLATE_NOOP("DomainErrors", "{typed} is not an e-mail address"),
    "iin.birth_date": QT_TRANSLATE_NOOP(
        "DomainErrors", "IIN digits 1-6 are not a valid birth date (YYMMDD): {digits}"
    ),
    "iin.birth_future": QT_TRANSLATE_NOOP(
        "DomainErrors", "IIN digits 1-6 give a birth date in the future: {birth}"
    ),
    "iin.century": QT_TRANSLATE_NOOP(
        "DomainErrors", "IIN digit 7 must be 1-6 (century and sex), not {digit}"
    ),
    "iin.check_digit_input": QT_TRANSLATE_NOOP(
        "DomainErrors", "The IIN check digit needs 11 digits, not {typed}"
    ),
    "iin.checksum": QT_TRANSLATE_NOOP(
        "DomainErrors", "IIN check digit is {digit}, expected {expected}"
    ),
    "iin.length": QT_TRANSLATE_NOOP("DomainErrors", "IIN must have 12 digits, not {count}"),
    "iin.no_check_digit": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "IIN is invalid: its check digit cannot be computed (remainder 10 with both weight sets)",
    ),
    "iin.not_digit": QT_TRANSLATE_NOOP(
        "DomainErrors", "IIN contains a character that is not a digit: {char}"
    ),
    "name.mixed": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be written in Cyrillic or in Latin letters"
    ),
    "name.no_cyrillic": QT_TRANSLATE_NOOP("DomainErrors", "must contain Cyrillic letters"),
    "name.no_latin": QT_TRANSLATE_NOOP("DomainErrors", "must contain Latin letters"),
    "name.not_cyrillic": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be written in Cyrillic letters; {char} is not one"
    ),
    "name.not_latin": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be written in Latin letters; {char} is not one"
    ),
    "passport.expiry_before_issue": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be after the date of issue"
    ),
    "passport.format": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be 5 to 20 Latin letters and digits"
    ),
    "passport.issued_before_birth": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot be before the birth date"
    ),
    "phone.characters": QT_TRANSLATE_NOOP(
        "DomainErrors", "may hold only digits, spaces, dashes, brackets and a leading +"
    ),
    "phone.country_code": QT_TRANSLATE_NOOP(
        "DomainErrors", "must start with + and the country code (or 8 for Kazakhstan)"
    ),
    "phone.length": QT_TRANSLATE_NOOP("DomainErrors", "must have 7 to 15 digits"),
    "required": QT_TRANSLATE_NOOP("DomainErrors", "is required"),
    "sex.unknown": QT_TRANSLATE_NOOP("DomainErrors", "must be M, F or X"),
    "text.control": QT_TRANSLATE_NOOP("DomainErrors", "contains a control character"),
    "text.formula": QT_TRANSLATE_NOOP("DomainErrors", "cannot begin with = + - or @"),
    "text.not_text": QT_TRANSLATE_NOOP("DomainErrors", "must be text"),
    "text.too_long": QT_TRANSLATE_NOOP("DomainErrors", "must be at most {limit} characters"),
}
SENTENCES = {**FIELD_SENTENCES, **CASE_SENTENCES, **STORE_SENTENCES, **MRZ_SENTENCES}

# The fields a refusal of the store names, as "field: why" names them.
FIELD_WORDS = {
    "on": QT_TRANSLATE_NOOP("DomainErrors", "date"),
    "outcome": QT_TRANSLATE_NOOP("DomainErrors", "outcome"),
    "note": QT_TRANSLATE_NOOP("DomainErrors", "note"),
    "state": QT_TRANSLATE_NOOP("DomainErrors", "state"),
    "status": QT_TRANSLATE_NOOP("DomainErrors", "status"),
    "file": QT_TRANSLATE_NOOP("DomainErrors", "file"),
    "service": QT_TRANSLATE_NOOP("DomainErrors", "service"),
    "name": QT_TRANSLATE_NOOP("DomainErrors", "name"),
    "kind": QT_TRANSLATE_NOOP("DomainErrors", "kind"),
    "days": QT_TRANSLATE_NOOP("DomainErrors", "days"),
    "country": QT_TRANSLATE_NOOP("DomainErrors", "country"),
    "citizenship": QT_TRANSLATE_NOOP("DomainErrors", "citizenship"),
    "iin": QT_TRANSLATE_NOOP("DomainErrors", "IIN"),
    "bin": QT_TRANSLATE_NOOP("DomainErrors", "BIN"),
    "id_number": QT_TRANSLATE_NOOP("DomainErrors", "BIN or IIN"),
    "passport_number": QT_TRANSLATE_NOOP("DomainErrors", "passport number"),
    "arrival": QT_TRANSLATE_NOOP("DomainErrors", "arrival"),
    "departure": QT_TRANSLATE_NOOP("DomainErrors", "departure"),
    "stay_until": QT_TRANSLATE_NOOP("DomainErrors", "stay until"),
    "term_until": QT_TRANSLATE_NOOP("DomainErrors", "term until"),
    "made_on": QT_TRANSLATE_NOOP("DomainErrors", "date of the power of attorney"),
    "host_party": QT_TRANSLATE_NOOP("DomainErrors", "host party"),
    **MRZ_FIELD_WORDS,
}
# The records a "no ... #id" names (the store's model, in lower case).
RECORD_WORDS = {
    "client": QT_TRANSLATE_NOOP("DomainErrors", "client"),
    "case": QT_TRANSLATE_NOOP("DomainErrors", "case"),
    "checklistitem": QT_TRANSLATE_NOOP("DomainErrors", "checklist item"),
    "hostparty": QT_TRANSLATE_NOOP("DomainErrors", "host party"),
    "attorney": QT_TRANSLATE_NOOP("DomainErrors", "attorney"),
    "clientstay": QT_TRANSLATE_NOOP("DomainErrors", "stay"),
    "document": QT_TRANSLATE_NOOP("DomainErrors", "document"),
    "manager": QT_TRANSLATE_NOOP("DomainErrors", "manager"),
}
_FIELD_AND_WHY = QT_TRANSLATE_NOOP("DomainErrors", "%1: %2")
_NONE = QT_TRANSLATE_NOOP("DomainErrors", "none")

# The passport's and the IIN's sex, where a warning compares them.
SEX_WORDS = {
    "M": QT_TRANSLATE_NOOP("DomainErrors", "male"),
    "F": QT_TRANSLATE_NOOP("DomainErrors", "female"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _one_word(kind: str, code: str) -> str:
    # The window's own words where it has them (titles, the checklist's states): imported here,
    # as they import this module.
    from expat_desk.ui import titles

    if kind == "status":
        from expat_desk.domain.workflow import CaseStatus

        try:
            return titles.status_title(CaseStatus(code))
        except ValueError:
            return code
    if kind == "state":
        from expat_desk.domain.workflow import ItemState
        from expat_desk.ui.checklist_model import STATE_TITLES

        try:
            return QCoreApplication.translate("ChecklistModel", STATE_TITLES[ItemState(code)])
        except ValueError:
            return code
    if kind == "service":
        try:
            return titles.service_title(code)
        except KeyError:
            return code
    if kind == "country":
        return titles.country_title(code)
    if kind == "sex":
        return _tr(SEX_WORDS[code]) if code in SEX_WORDS else code
    if kind == "date":
        from datetime import date

        from expat_desk.ui.dates import full_day_text

        try:  # a date in a sentence is in the long form (ui.dates)
            return full_day_text(date.fromisoformat(code))
        except ValueError:
            return code
    if kind == "document":
        return titles.document_title(code)
    words = {"record": RECORD_WORDS, "field": FIELD_WORDS}.get(kind, {})
    return _tr(words[code]) if code in words else code


def as_sentence(text: str) -> str:
    """A warning shown on its own line begins with a capital letter."""
    return text[:1].upper() + text[1:]


def word_text(kind: str, code: str) -> str:
    """A Word's code (or several, joined by commas) in the window's words."""
    if not code:
        return _tr(_NONE)
    return ", ".join(_one_word(kind, part) for part in code.split(","))


def sentence(code: str, params: Mapping[str, str], kinds: Mapping[str, str] | None = None) -> str:
    """The sentence of ``code`` in the window's language, its arguments put in (a word as the
    window says it); ``code`` must be one of SENTENCES."""
    text = _tr(SENTENCES[code])
    for name, value in params.items():
        kind = (kinds or {}).get(name)
        text = text.replace("{" + name + "}", value if kind is None else word_text(kind, value))
    return text


def error_text(message: str) -> str:
    """``message`` in the window's language, where its code is known here."""
    if not isinstance(message, Message) or message.code not in SENTENCES:
        return str(message)
    return sentence(message.code, message.params, message.kinds)


def field_name(field: str) -> str:
    """A field a refusal names, in the window's words ("date" for ``on``)."""
    return _tr(FIELD_WORDS[field]) if field in FIELD_WORDS else field.replace("_", " ")


def refusal_text(error: BaseException) -> str:
    """What the window tells the manager of a refused action, in its language: a rule's or
    the store's refusal by its code, each refused field of a ValidationError ("field: why"),
    anything else (a disk error) as raised."""
    if isinstance(error, ValidationError):
        return "; ".join(
            _tr(_FIELD_AND_WHY).replace("%1", field_name(name)).replace("%2", error_text(why))
            for name, why in error.errors.items()
        )
    if isinstance(error, Refusal) and error.code in SENTENCES:
        return sentence(error.code, error.params, error.kinds)
    return error_text(message_of(error))
