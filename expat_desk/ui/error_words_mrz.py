"""The refusals of a pasted passport MRZ (domain.mrz), in English and marked for translation
(error_words says them in the window's language), and the fields they name."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MRZ_SENTENCES = {
    "mrz.character": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ contains a character not allowed: '{char}'"
    ),
    "mrz.check_digit": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "MRZ line 2: the check digit of the {field} is {digit}, expected {expected}",
    ),
    "mrz.composite_check": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ line 2: the composite check digit is {digit}, expected {expected}"
    ),
    "mrz.country": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ line {line}: the {field} '{typed}' is not a valid country code"
    ),
    "mrz.date": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ line 2: the {field} is not a real date (YYMMDD): {text}"
    ),
    "mrz.document_type": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ line 1: the document type '{typed}' is not valid"
    ),
    "mrz.empty": QT_TRANSLATE_NOOP("DomainErrors", "MRZ is empty"),
    "mrz.line_length": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ must have two lines of 44 characters; line {line} has {count}"
    ),
    "mrz.lines": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ must have two lines of 44 characters; {count} lines were given"
    ),
    "mrz.name_character": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ line 1: the name field contains '{char}', which is not a letter"
    ),
    "mrz.no_number": QT_TRANSLATE_NOOP("DomainErrors", "MRZ line 2: the document number is empty"),
    "mrz.no_surname": QT_TRANSLATE_NOOP("DomainErrors", "MRZ line 1: the surname is empty"),
    "mrz.not_passport": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ line 1 must start with 'P' (a passport), not '{char}'"
    ),
    "mrz.one_line": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "MRZ must have two lines of 44 characters; only one line was given ({count} characters)",
    ),
    "mrz.sex": QT_TRANSLATE_NOOP(
        "DomainErrors", "MRZ line 2: the sex must be M, F, X or '<', not '{char}'"
    ),
}

# The fields of the MRZ a refusal names (domain.mrz's Words of kind "field").
MRZ_FIELD_WORDS = {
    "document_number": QT_TRANSLATE_NOOP("DomainErrors", "document number"),
    "birth_date": QT_TRANSLATE_NOOP("DomainErrors", "birth date"),
    "expiry_date": QT_TRANSLATE_NOOP("DomainErrors", "expiry date"),
    "personal_number": QT_TRANSLATE_NOOP("DomainErrors", "personal number"),
    "issuing_state": QT_TRANSLATE_NOOP("DomainErrors", "issuing state"),
    "nationality": QT_TRANSLATE_NOOP("DomainErrors", "nationality"),
}
