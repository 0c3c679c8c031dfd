"""The refusals of the rules for cases, checklists, stays, host parties and attorneys, in
English and marked for translation (error_words says them in the window's language)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CASE_SENTENCES = {
    "attorney.bin_not_iin": QT_TRANSLATE_NOOP(
        "DomainErrors", "this is a BIN, an organisation's number, not a person's IIN"
    ),
    "attorney.document_kind": QT_TRANSLATE_NOOP("DomainErrors", "must be one of {allowed}"),
    "attorney.id_card_number": QT_TRANSLATE_NOOP(
        "DomainErrors", "a Kazakhstan ID card's number has 9 digits"
    ),
    "attorney.iin_required": QT_TRANSLATE_NOOP(
        "DomainErrors", "is required: a resident of Kazakhstan has an IIN"
    ),
    "attorney.iin_taken": QT_TRANSLATE_NOOP(
        "DomainErrors", "already belongs to attorney #{id} {name}"
    ),
    "attorney.name_characters": QT_TRANSLATE_NOOP(
        "DomainErrors", "may hold only letters, spaces, hyphens and apostrophes; {char} is not one"
    ),
    "attorney.name_mixed": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be written in one script: Cyrillic or Latin letters, not both"
    ),
    "attorney.name_start": QT_TRANSLATE_NOOP("DomainErrors", "must begin with a letter"),
    "attorney.number_cyrillic": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be typed in Latin letters and digits; {char} is a Cyrillic letter"
    ),
    "attorney.power_undated": QT_TRANSLATE_NOOP(
        "DomainErrors", "a power of attorney without its date is void"
    ),
    "attorney.term_before_made": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be after the date the power was made"
    ),
    "attorney.term_too_long": QT_TRANSLATE_NOOP(
        "DomainErrors", "a power of attorney is valid for at most {years} years"
    ),
    "attorney.unknown_field": QT_TRANSLATE_NOOP("DomainErrors", "is not a field of an attorney"),
    "calendar.day_kind": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be day_off, working_day or nothing"
    ),
    "case.closed": QT_TRANSLATE_NOOP(
        "DomainErrors", "case {number} is {status}: reopen it to change it"
    ),
    "case.complete_incomplete": QT_TRANSLATE_NOOP(
        "DomainErrors", "the case cannot be completed: required documents are missing"
    ),
    "case.date_before_opened": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot be before the case was opened"
    ),
    "case.eds_needs_iin": QT_TRANSLATE_NOOP(
        "DomainErrors", "{name} has no IIN: an EDS needs one; open an IIN case first"
    ),
    "case.eds_without_iin": QT_TRANSLATE_NOOP(
        "DomainErrors", "an EDS case cannot be completed for a client without an IIN"
    ),
    "case.iin_exists": QT_TRANSLATE_NOOP("DomainErrors", "{name} already has an IIN ({iin})"),
    "case.iin_outcome_required": QT_TRANSLATE_NOOP(
        "DomainErrors", "type the IIN issued to complete the case"
    ),
    "case.move_not_allowed": QT_TRANSLATE_NOOP(
        "DomainErrors", "a case that is {current} cannot become {target} (allowed: {allowed})"
    ),
    "case.number_unknown": QT_TRANSLATE_NOOP("DomainErrors", "no case numbered {number}"),
    "case.passport_expired_completing": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "the client's passport expired on {expiry}: record the new passport before completing "
        "the case",
    ),
    "case.passport_expired_submitting": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "the client's passport expired on {expiry}: record the new passport before submitting "
        "the case",
    ),
    "case.refusal_reason_required": QT_TRANSLATE_NOOP(
        "DomainErrors", "say why the authority refused the case"
    ),
    "case.status_unknown": QT_TRANSLATE_NOOP("DomainErrors", "{typed} is not a case status"),
    "case.submit_incomplete": QT_TRANSLATE_NOOP(
        "DomainErrors", "the case cannot be submitted: required documents are missing"
    ),
    "document.attorney_id": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be the number of an attorney on record"
    ),
    "document.file_changed": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} was changed after it was generated"
    ),
    "document.file_missing": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is missing: it was moved or deleted"
    ),
    "document.not_for_service": QT_TRANSLATE_NOOP(
        "DomainErrors", "a {document} is not made for a {service} case"
    ),
    "document.out_is_folder": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is a folder; give a file name ending in .pdf"
    ),
    "document.outside_folder": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is not a path of the documents folder"
    ),
    "host.bin_for_person": QT_TRANSLATE_NOOP(
        "DomainErrors", "this is a BIN, a legal entity's number: a private person has an IIN"
    ),
    "host.in_use": QT_TRANSLATE_NOOP(
        "DomainErrors", "{name} is the host party of {cases} case(s) and cannot be removed"
    ),
    "host.kind_required": QT_TRANSLATE_NOOP(
        "DomainErrors", "is required: a legal entity or a private person"
    ),
    "host.kind_unknown": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be legal (a company) or natural (a private person)"
    ),
    "host.number_taken": QT_TRANSLATE_NOOP("DomainErrors", "already belongs to host party {name}"),
    "host.unknown_field": QT_TRANSLATE_NOOP("DomainErrors", "is not a host party field"),
    "host.unknown_id": QT_TRANSLATE_NOOP("DomainErrors", "no host party #{id} is on file"),
    "item.move_not_allowed": QT_TRANSLATE_NOOP(
        "DomainErrors", "an item that is {current} cannot become {target} (allowed: {allowed})"
    ),
    "item.not_applicable_reason": QT_TRANSLATE_NOOP(
        "DomainErrors", "say why a required document does not apply"
    ),
    "item.state_unknown": QT_TRANSLATE_NOOP("DomainErrors", "{typed} is not an item state"),
    "manager.exists": QT_TRANSLATE_NOOP("DomainErrors", "a manager named {name} already exists"),
    "manager.name_length": QT_TRANSLATE_NOOP("DomainErrors", "must be 1 to 100 characters"),
    "manager.unknown": QT_TRANSLATE_NOOP("DomainErrors", "no manager named {name}"),
    "police_registration.not_reciprocal": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "police registration is only for citizens of countries with a reciprocal visa-free "
        "agreement with Kazakhstan, and {country} has none; the host party's migration "
        "notification registers them",
    ),
    "service.not_for_citizens": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "the service is for foreign citizens; a citizen of Kazakhstan applies as a citizen",
    ),
    "service.unknown": QT_TRANSLATE_NOOP("DomainErrors", "{typed} is not a service of the centre"),
    "service.unknown_code": QT_TRANSLATE_NOOP("DomainErrors", "{typed} is not a service"),
    "stay.arrival_too_early": QT_TRANSLATE_NOOP("DomainErrors", "cannot be before {earliest}"),
    "stay.arrival_too_far": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot be more than a year ahead (after {latest})"
    ),
    "stay.citizen_not_foreigner": QT_TRANSLATE_NOOP(
        "DomainErrors", "a citizen of Kazakhstan is not a foreigner"
    ),
    "stay.departure_needed": QT_TRANSLATE_NOOP(
        "DomainErrors", "is needed: a later stay begins on {since}"
    ),
    "stay.other_open": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "the stay from {since} has no departure yet: record it first (only one stay can be open)",
    ),
    "stay.overlaps": QT_TRANSLATE_NOOP("DomainErrors", "overlaps the stay from {since} to {until}"),
    "stay.overlaps_open": QT_TRANSLATE_NOOP(
        "DomainErrors", "overlaps the stay from {since} to no departure yet"
    ),
    "stay.permit_until_required": QT_TRANSLATE_NOOP(
        "DomainErrors", "is required for a residence permit: its last valid day"
    ),
    "stay.private_visit_limit": QT_TRANSLATE_NOOP(
        "DomainErrors", "a private visit is registered for at most {days} days, until {until}"
    ),
    "stay.unknown_field": QT_TRANSLATE_NOOP("DomainErrors", "is not a stay field"),
    "stay.visa_number_required": QT_TRANSLATE_NOOP("DomainErrors", "is required for a visa"),
    "stay.visa_until_required": QT_TRANSLATE_NOOP(
        "DomainErrors", "is required for a visa: its last valid day"
    ),
    "stays.not_for_citizens": QT_TRANSLATE_NOOP(
        "DomainErrors", "a citizen of Kazakhstan has no stays to record: they are not a foreigner"
    ),
    "step.after_later": QT_TRANSLATE_NOOP(
        "DomainErrors", "step {step} cannot be dated after step {other} ({on})"
    ),
    "step.before_earlier": QT_TRANSLATE_NOOP(
        "DomainErrors", "step {step} cannot be dated before step {other} ({on})"
    ),
    "step.date_future": QT_TRANSLATE_NOOP(
        "DomainErrors", "step {step} cannot be dated in the future"
    ),
    "step.date_required": QT_TRANSLATE_NOOP(
        "DomainErrors", "step {step} needs the date it was done"
    ),
    "step.earlier_not_done": QT_TRANSLATE_NOOP(
        "DomainErrors", "step {earlier} must be done before step {step}"
    ),
    "step.undo_before_later": QT_TRANSLATE_NOOP(
        "DomainErrors", "step {step} cannot be undone while step {later} is done"
    ),
    "target.days_range": QT_TRANSLATE_NOOP(
        "DomainErrors", "must be a whole number of business days, 1 to 90"
    ),
    "visa_free.days_number": QT_TRANSLATE_NOOP("DomainErrors", "must be a whole number of days"),
    "visa_free.days_range": QT_TRANSLATE_NOOP("DomainErrors", "must be between 1 and {max} days"),
    "visa_free.entry_over_window": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot exceed the limit within 180 days"
    ),
    "visa_free.note_required": QT_TRANSLATE_NOOP(
        "DomainErrors", "say why the published list is corrected (the agreement, the letter)"
    ),
}
