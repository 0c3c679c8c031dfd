"""The deadlines of the centre's services, on the Kazakhstan business calendar.

Each rule names its source. A missed migration notification is the host party's offence
(Code of the Republic of Kazakhstan on Administrative Offences No. 235-V of 5 July 2014,
Art. 518 part 1: "untimely informing of the internal affairs bodies" of the immigrants staying
with it; a warning for a person, 10 to 20 monthly calculation indices for an organisation).
That is why these dates are computed, never typed.
"""

import calendar as gregorian
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.errors import Message, RuleViolation, ValidationError, day
from expat_desk.domain.workflow import CaseStatus

# Seed: "notify the Migration Police ... within 3 business days at each entry".
HOST_NOTIFICATION_BUSINESS_DAYS = 3
# Seed: through the centre, "an official letter no later than on the second business day".
CENTRE_LETTER_BUSINESS_DAYS = 2
# Seed: since 11 January 2020 no registration for a stay "not exceeding 30 calendar days".
SHORT_STAY_DAYS = 30
# Rules of registration of immigrants (MIA order No. 923 of 17 November 2025, in force 1 July
# 2026; services-v2.json): registered "no later than the 30th calendar day" after crossing the
# border. The day of crossing is counted as the first, the earlier of the two readings.
REGISTRATION_AFTER_ENTRY_DAYS = 30
# Seed: police registration for a private visit, "period of stay is no longer than 90 days".
PRIVATE_VISIT_DAYS = 90
# The centre's own practice: warn 6, 3 and 1 months before a passport runs out.
PASSPORT_WARNING_MONTHS = (6, 3, 1)
# Civil Code of the Republic of Kazakhstan, Art. 168: at most three years; one year when the
# power of attorney states no term; without the date it was made it is void.
POWER_OF_ATTORNEY_MAX_YEARS = 3
POWER_OF_ATTORNEY_DEFAULT_YEARS = 1
# National Certification Authority of the RK (pki.gov.kz): the registration certificates of an
# individual's EDS stored in a file are issued for one year, then renewed.
EDS_CERTIFICATE_YEARS = 1
# The centre's own practice: remind a month before a power of attorney or an EDS lapses.
LAPSE_REMINDER_DAYS = 30
# The centre's target processing times in business days (IIN through the centre: 3, the
# centre's own commitment); editable in settings, these are the defaults.
DEFAULT_TARGET_DAYS: dict[str, int] = {
    ServiceCode.IIN: 3,
    ServiceCode.EDS: 2,
    ServiceCode.MIGRATION_NOTIFICATION: 2,
    ServiceCode.POLICE_REGISTRATION: 3,
    ServiceCode.LOSS_OF_PASSPORT: 20,
}


class DeadlineKind(StrEnum):
    HOST_NOTIFICATION = "host_notification"
    CENTRE_LETTER = "centre_letter"
    TARGET = "target"
    REGISTRATION_ENDS = "registration_ends"
    REGISTRATION_DUE = "registration_due"
    PASSPORT_EXPIRES = "passport_expires"
    POWER_OF_ATTORNEY_LAPSES = "power_of_attorney_lapses"
    EDS_CERTIFICATE_LAPSES = "eds_certificate_lapses"


DEADLINE_TITLES = {
    DeadlineKind.HOST_NOTIFICATION: "Host party notifies the migration police",
    DeadlineKind.CENTRE_LETTER: "Host party's letter to the Expat Centre",
    DeadlineKind.TARGET: "Target processing time",
    DeadlineKind.REGISTRATION_ENDS: "Police registration ends",
    DeadlineKind.REGISTRATION_DUE: "Registered within 30 days of entry",
    DeadlineKind.PASSPORT_EXPIRES: "Passport expires",
    DeadlineKind.POWER_OF_ATTORNEY_LAPSES: "Power of attorney lapses",
    DeadlineKind.EDS_CERTIFICATE_LAPSES: "EDS certificate lapses",
}


class Urgency(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    SOON = "soon"  # a lapse being watched, due after this week
    LATER = "later"


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: date

    @property
    def title(self) -> str:
        return DEADLINE_TITLES[self.kind]


@dataclass(frozen=True)
class NotificationDue:
    host_party: date
    through_centre: date


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), the month's last day where it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = gregorian.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def migration_notification_due(arrival: date, calendar: BusinessCalendar) -> NotificationDue:
    return NotificationDue(
        host_party=calendar.add_business_days(arrival, HOST_NOTIFICATION_BUSINESS_DAYS),
        through_centre=calendar.add_business_days(arrival, CENTRE_LETTER_BUSINESS_DAYS),
    )


def stay_length(arrival: date, departure: date) -> int:
    """Calendar days of a stay, the day of arrival and the day of departure both counted."""
    if departure < arrival:
        raise ValidationError(
            {"departure": Message("date.before_arrival", "cannot be before the arrival")}
        )
    return (departure - arrival).days + 1


def needs_passport_registration(arrival: date, departure: date) -> bool:
    return stay_length(arrival, departure) > SHORT_STAY_DAYS


def registration_valid_until(purpose: str, registered_on: date, stay_until: date) -> date:
    """Until when a police registration holds: the contract's end, or the private visit's last
    day, which may be at most 90 days after registration."""
    if stay_until < registered_on:
        raise ValidationError(
            {"stay_until": Message("date.before_registration", "cannot be before the registration")}
        )
    if purpose == "private_visit":
        latest = registered_on + timedelta(days=PRIVATE_VISIT_DAYS - 1)
        if stay_until > latest:
            raise ValidationError(
                {
                    "stay_until": Message(
                        "stay.private_visit_limit",
                        "a private visit is registered for at most {days} days, until {until}",
                        days=PRIVATE_VISIT_DAYS,
                        until=day(latest),
                    )
                }
            )
    return stay_until


class PassportAlert(StrEnum):
    VALID = "valid"
    SIX_MONTHS = "six_months"
    THREE_MONTHS = "three_months"
    ONE_MONTH = "one_month"
    EXPIRED = "expired"


_ALERT_BY_MONTHS = {
    6: PassportAlert.SIX_MONTHS,
    3: PassportAlert.THREE_MONTHS,
    1: PassportAlert.ONE_MONTH,
}


def passport_alert(expiry: date, today: date) -> PassportAlert:
    """How near a passport's end is; it is valid through its expiry date."""
    if expiry < today:
        return PassportAlert.EXPIRED
    alert = PassportAlert.VALID
    for months in sorted(PASSPORT_WARNING_MONTHS, reverse=True):
        if expiry <= add_months(today, months):
            alert = _ALERT_BY_MONTHS[months]
    return alert


_ALERT_MONTHS = {alert: months for months, alert in _ALERT_BY_MONTHS.items()}


def passport_warning(expiry: date | None, today: date) -> Message | None:
    """What a manager is told about a passport near or past its end (None: nothing to say)."""
    if expiry is None:
        return None
    alert = passport_alert(expiry, today)
    if alert is PassportAlert.EXPIRED:
        return Message(
            "passport.expired_warning",
            "the passport expired on {expiry}: record the new passport",
            expiry=day(expiry),
        )
    if alert is PassportAlert.VALID:
        return None
    months = _ALERT_MONTHS[alert]
    if months == 1:
        return Message(
            "passport.expires_within_month",
            "the passport expires on {expiry}, within a month: ask for the new one",
            expiry=day(expiry),
        )
    return Message(
        "passport.expires_within_months",
        "the passport expires on {expiry}, within {months} months: ask for the new one",
        expiry=day(expiry),
        months=months,
    )


def check_passport_valid(expiry: date | None, on: date, step: str = "completing") -> None:
    """A case is neither submitted to the state body nor completed with an expired passport:
    the authority would refuse it (``step`` names which, for the message)."""
    if expiry is not None and expiry < on:
        if step == "submitting":
            raise RuleViolation(
                Message(
                    "case.passport_expired_submitting",
                    "the client's passport expired on {expiry}: record the new passport "
                    "before submitting the case",
                    expiry=day(expiry),
                )
            )
        raise RuleViolation(
            Message(
                "case.passport_expired_completing",
                "the client's passport expired on {expiry}: record the new passport "
                "before completing the case",
                expiry=day(expiry),
            )
        )


def power_of_attorney_until(made_on: date | None, term_until: date | None = None) -> date:
    """Civil Code Art. 168: the term stated, at most 3 years; 1 year when none is stated."""
    if made_on is None:
        raise ValidationError(
            {
                "made_on": Message(
                    "attorney.power_undated", "a power of attorney without its date is void"
                )
            }
        )
    if term_until is None:
        return add_months(made_on, 12 * POWER_OF_ATTORNEY_DEFAULT_YEARS)
    if term_until <= made_on:
        raise ValidationError(
            {
                "term_until": Message(
                    "attorney.term_before_made", "must be after the date the power was made"
                )
            }
        )
    if term_until > add_months(made_on, 12 * POWER_OF_ATTORNEY_MAX_YEARS):
        raise ValidationError(
            {
                "term_until": Message(
                    "attorney.term_too_long",
                    "a power of attorney is valid for at most {years} years",
                    years=POWER_OF_ATTORNEY_MAX_YEARS,
                )
            }
        )
    return term_until


def eds_certificate_until(issued_on: date) -> date:
    return add_months(issued_on, 12 * EDS_CERTIFICATE_YEARS)


def reminder_date(valid_until: date) -> date:
    return valid_until - timedelta(days=LAPSE_REMINDER_DAYS)


def urgency(due: date, today: date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.TODAY
    sunday = today + timedelta(days=6 - today.weekday())
    return Urgency.THIS_WEEK if due <= sunday else Urgency.LATER


@dataclass(slots=True)  # tens of thousands on a large register: light to make
class CaseFacts:
    """What the deadline rules need to know of a case, as the store reads it."""

    case_id: int
    number: str
    client_name: str
    service: str
    status: str
    opened_on: date
    channel: str | None = None
    arrival_date: date | None = None
    closed_on: date | None = None
    passport_expiry: date | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
    # When the power of attorney was received, if the case needs one.
    power_of_attorney_on: date | None = None
    # The last day printed on the power of attorney the app made for the case, if any.
    power_of_attorney_until: date | None = None
    client_id: int | None = None


def case_deadlines(
    facts: CaseFacts, calendar: BusinessCalendar, targets: Mapping[str, int] | None = None
) -> list[Deadline]:
    """Every deadline the case still has to meet or watch, earliest first."""
    targets = {**DEFAULT_TARGET_DAYS, **(targets or {})}
    status = CaseStatus(facts.status)
    found: list[Deadline] = []
    notifying = status is CaseStatus.OPEN and facts.service == ServiceCode.MIGRATION_NOTIFICATION
    if notifying and facts.arrival_date is not None:
        due = migration_notification_due(facts.arrival_date, calendar)
        found.append(Deadline(DeadlineKind.HOST_NOTIFICATION, due.host_party))
        if facts.channel == "expat_centre":
            found.append(Deadline(DeadlineKind.CENTRE_LETTER, due.through_centre))
    if status in (CaseStatus.OPEN, CaseStatus.SUBMITTED):
        target = calendar.add_business_days(facts.opened_on, targets[facts.service])
        found.append(Deadline(DeadlineKind.TARGET, target))
        # A lost passport's expiry no longer matters.
        if facts.passport_expiry is not None and facts.service != ServiceCode.LOSS_OF_PASSPORT:
            found.append(Deadline(DeadlineKind.PASSPORT_EXPIRES, facts.passport_expiry))
        entered = facts.answers.get("entry_date")
        registering = facts.service == ServiceCode.POLICE_REGISTRATION and status is CaseStatus.OPEN
        if registering and entered:
            last = date.fromisoformat(str(entered)) + timedelta(REGISTRATION_AFTER_ENTRY_DAYS - 1)
            found.append(Deadline(DeadlineKind.REGISTRATION_DUE, last))
        if facts.power_of_attorney_on is not None:
            # The term on the paper; a power brought from elsewhere: the Civil Code's year.
            until = facts.power_of_attorney_until or power_of_attorney_until(
                facts.power_of_attorney_on
            )
            found.append(Deadline(DeadlineKind.POWER_OF_ATTORNEY_LAPSES, until))
    if status is CaseStatus.COMPLETED and facts.closed_on is not None:
        if facts.service == ServiceCode.POLICE_REGISTRATION and facts.answers.get("stay_until"):
            until = date.fromisoformat(str(facts.answers["stay_until"]))
            found.append(Deadline(DeadlineKind.REGISTRATION_ENDS, until))
        if facts.service == ServiceCode.EDS:
            until = eds_certificate_until(facts.closed_on)
            found.append(Deadline(DeadlineKind.EDS_CERTIFICATE_LAPSES, until))
    return sorted(found, key=lambda d: d.due)


@dataclass(frozen=True)
class DueItem:
    facts: CaseFacts
    deadline: Deadline
    urgency: Urgency
    # For a passport: which warning it has reached (6, 3 or 1 month ahead, or expired).
    passport: PassportAlert | None = None


# Lapses are watched from a month ahead, a passport from six months ahead; a case's own
# deadlines always count.
_WATCHED_FROM = {
    DeadlineKind.REGISTRATION_ENDS: lambda due: reminder_date(due),
    DeadlineKind.EDS_CERTIFICATE_LAPSES: lambda due: reminder_date(due),
    DeadlineKind.POWER_OF_ATTORNEY_LAPSES: lambda due: reminder_date(due),
    DeadlineKind.PASSPORT_EXPIRES: lambda due: add_months(due, -max(PASSPORT_WARNING_MONTHS)),
}
# A lapse long past is history, not a task.
_FORGOTTEN_AFTER = timedelta(days=30)


def listed_days(deadline: Deadline) -> tuple[date | None, date | None]:
    """From and until which day a watched lapse is on the Due list (None, None: a case's own
    deadline, listed in the week it falls due and once past; until None: while it stands).
    Independent of today, so that the store can keep it with the deadline."""
    watched_from = _WATCHED_FROM.get(deadline.kind)
    if watched_from is None:
        return None, None
    # An expired passport stays listed: the case cannot be completed with it.
    if deadline.kind is DeadlineKind.PASSPORT_EXPIRES:
        return watched_from(deadline.due), None
    return watched_from(deadline.due), deadline.due + _FORGOTTEN_AFTER


def listed_item(facts: CaseFacts, deadline: Deadline, today: date) -> DueItem | None:
    """The deadline as a line of the Due list on ``today``, or None if it is not listed."""
    level = urgency(deadline.due, today)
    start, until = listed_days(deadline)
    if start is not None:
        if today < start or (until is not None and today > until):
            return None
        if level is Urgency.LATER:
            level = Urgency.SOON
    elif level is Urgency.LATER:
        return None
    alert = (
        passport_alert(deadline.due, today)
        if deadline.kind is DeadlineKind.PASSPORT_EXPIRES
        else None
    )
    return DueItem(facts, deadline, level, alert)


def due_items(
    cases: Iterable[CaseFacts],
    calendar: BusinessCalendar,
    today: date,
    targets: Mapping[str, int] | None = None,
) -> list[DueItem]:
    """What is overdue, due today or this week, and the lapses to watch, most urgent first."""
    items: list[DueItem] = []
    for facts in cases:
        for deadline in case_deadlines(facts, calendar, targets):
            item = listed_item(facts, deadline, today)
            if item is not None:
                items.append(item)
    return most_urgent_first(items)


_URGENCY_ORDER = {level: n for n, level in enumerate(Urgency)}


def most_urgent_first(items: Iterable[DueItem]) -> list[DueItem]:
    """Overdue first, then today, this week, soon; earliest first within each; by case number."""
    return sorted(items, key=lambda i: (_URGENCY_ORDER[i.urgency], i.deadline.due, i.facts.number))


def registration_note(arrival: date | None, departure: date | None) -> str | None:
    """What a migration notification case says about passport registration, once the planned
    departure is known (seed: none needed for 30 calendar days or less)."""
    if arrival is None or departure is None:
        return None
    days = stay_length(arrival, departure)
    if days <= SHORT_STAY_DAYS:
        return f"Stay of {days} days: no passport registration needed ({SHORT_STAY_DAYS} or less)"
    return (
        f"Stay of {days} days, over {SHORT_STAY_DAYS}: police registration applies to citizens "
        "of countries with a reciprocal visa-free agreement"
    )


def due_item_record(item: DueItem) -> dict[str, Any]:
    """A due item as plain JSON-able data (``expat-desk deadlines --json``)."""
    facts = item.facts
    return {
        "case_id": facts.case_id,
        "number": facts.number,
        "client_name": facts.client_name,
        "client_id": facts.client_id,
        "service": facts.service,
        "status": facts.status,
        "opened_on": facts.opened_on.isoformat(),
        "kind": item.deadline.kind.value,
        "due": item.deadline.due.isoformat(),
        "urgency": item.urgency.value,
        "passport": item.passport.value if item.passport else None,
    }


def due_item_from_record(record: Mapping[str, Any]) -> DueItem:
    """The due item a record describes; raises ValueError (KeyError included) for a bad one."""
    facts = CaseFacts(
        case_id=int(record["case_id"]),
        number=str(record["number"]),
        client_name=str(record["client_name"]),
        service=str(record["service"]),
        status=str(record["status"]),
        opened_on=date.fromisoformat(record["opened_on"]),
        client_id=record["client_id"],
    )
    deadline = Deadline(DeadlineKind(record["kind"]), date.fromisoformat(record["due"]))
    passport = PassportAlert(record["passport"]) if record["passport"] else None
    return DueItem(facts, deadline, Urgency(record["urgency"]), passport)
