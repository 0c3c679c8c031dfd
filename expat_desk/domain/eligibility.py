"""Who may have which service: decided by the client's citizenship, never by a box ticked.

The centre's services for foreigners (seed: IIN, migration notification, police registration,
loss of passport) are not for a citizen of Kazakhstan, who has had an IIN since birth, is not
registered or notified as a foreigner and replaces a lost passport as a citizen; the EDS is for
both, with the checklist depending on which (seed: "for citizens of the Republic of
Kazakhstan: identification document"). Police registration is only for citizens of countries
with a reciprocal visa-free agreement (seed), found in the visa-free list.
"""

from collections.abc import Mapping
from datetime import date
from typing import Any

from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.countries import KAZAKHSTAN, country
from expat_desk.domain.deadlines import registration_valid_until
from expat_desk.domain.errors import Message, RuleViolation, Word
from expat_desk.domain.visa_free import VisaFreeList

FOREIGNERS_ONLY = frozenset(
    {
        ServiceCode.IIN,
        ServiceCode.MIGRATION_NOTIFICATION,
        ServiceCode.POLICE_REGISTRATION,
        ServiceCode.LOSS_OF_PASSPORT,
    }
)
# The catalogue's questions whose answer is a fact of the client record, not the manager's.
DERIVED_OPTIONS: Mapping[ServiceCode, frozenset[str]] = {
    ServiceCode.EDS: frozenset({"kz_citizen"}),
    ServiceCode.POLICE_REGISTRATION: frozenset({"citizenship", "reciprocal_visa_free"}),
}

NOT_FOR_CITIZENS = "service.not_for_citizens"
NOT_RECIPROCAL = "police_registration.not_reciprocal"


def check_eligible(service: ServiceCode, citizenship: str, visa_free: VisaFreeList) -> None:
    """Raises RuleViolation (with its code) when the service is not for this citizenship."""
    if service in FOREIGNERS_ONLY and citizenship == KAZAKHSTAN:
        raise RuleViolation(
            Message(
                NOT_FOR_CITIZENS,
                "the service is for foreign citizens; a citizen of Kazakhstan applies as a citizen",
            )
        )
    if service is ServiceCode.POLICE_REGISTRATION and not visa_free.reciprocal(citizenship):
        try:
            name = country(citizenship).en
        except KeyError:
            name = citizenship
        raise RuleViolation(
            Message(
                NOT_RECIPROCAL,
                "police registration is only for citizens of countries with a reciprocal "
                "visa-free agreement with Kazakhstan, and {country} has none; the host "
                "party's migration notification registers them",
                country=Word("country", citizenship, name),
            )
        )


def derived_answers(
    service: ServiceCode, citizenship: str, visa_free: VisaFreeList
) -> dict[str, Any]:
    """The answers that follow from the client record (see DERIVED_OPTIONS)."""
    match service:
        case ServiceCode.EDS:
            return {"kz_citizen": citizenship == KAZAKHSTAN}
        case ServiceCode.POLICE_REGISTRATION:
            return {
                "citizenship": citizenship,
                "reciprocal_visa_free": visa_free.reciprocal(citizenship),
            }
    return {}


def check_stay(service: ServiceCode, answers: Mapping[str, Any], registered_on: date) -> None:
    """The limits of the stay asked for; raises ValidationError on the field that breaks one.

    Seed: registration for a private visit when the "period of stay is no longer than 90 days",
    counted from the day the case is opened (the earliest it can be registered)."""
    if service is ServiceCode.POLICE_REGISTRATION and answers.get("stay_until"):
        registration_valid_until(answers["purpose"], registered_on, answers["stay_until"])
