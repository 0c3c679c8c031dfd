"""A foreigner's stay: what it needs, by when, and how long it may last.

The questions a manager is asked on the phone every day, answered from the seed's rules and
the visa-free list: does a stay need registration (seed: not for 30 calendar days or less,
since 11 January 2020), by when the host party must notify the migration police (seed: within
3 business days of each entry; through the centre, a letter by the 2nd business day), and how
long the visa-free regime of the client's citizenship lets them stay (per entry and within any
180 days; ``visa-free.json``).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.countries import KAZAKHSTAN
from expat_desk.domain.deadlines import (
    PRIVATE_VISIT_DAYS,
    SHORT_STAY_DAYS,
    migration_notification_due,
    stay_length,
)
from expat_desk.domain.errors import Message, ValidationError
from expat_desk.domain.visa_free import VisaFreeList, VisaFreeRegime

WINDOW_DAYS = 180
# The centre's own practice: say so when a visa or permit runs out within this many days.
LAPSE_WARNING_DAYS = 14


class StayPurpose(StrEnum):
    PRIVATE = "private"
    WORK = "work"


class StayWarning(StrEnum):
    """Each warning a stay check can give; the window words them in its language."""

    VISA_NEEDED = "visa_needed"  # no visa-free regime for this citizenship
    OVER_ENTRY_LIMIT = "over_entry_limit"  # longer than the visa-free days of one entry
    OVER_WINDOW_LIMIT = "over_window_limit"  # more days within 180 than the regime allows
    PRIVATE_VISIT_OVER_90 = "private_visit_over_90"  # registration holds 90 days at most
    ENTRY_BASIS_LAPSES = "entry_basis_lapses"  # visa or permit ends before the stay
    ENTRY_BASIS_LAPSES_SOON = "entry_basis_lapses_soon"
    # Still in the country (no departure yet) past the last visa-free day of the entry.
    OVERSTAYED = "overstayed"


@dataclass(frozen=True)
class Entry:
    """One entry into Kazakhstan and the exit after it (None while still in the country)."""

    arrival: date
    departure: date | None = None


@dataclass(frozen=True)
class StayCheck:
    citizenship: str
    arrival: date
    departure: date | None
    purpose: StayPurpose
    regime: VisaFreeRegime | None
    days: int | None  # of this stay, both ends counted; None without a departure
    needs_registration: bool | None  # None: not known before the departure is
    police_registration: bool  # the route: police (reciprocal agreement) or notification
    host_party_due: date
    centre_letter_due: date
    last_visa_free_day: date | None  # of this entry, where the regime limits it
    days_left: int | None  # of the visa-free stay, counted from ``today``
    warnings: tuple[tuple[StayWarning, dict[str, str]], ...] = field(default=())


def check_stay(
    citizenship: str,
    arrival: date,
    departure: date | None,
    purpose: StayPurpose,
    visa_free: VisaFreeList,
    calendar: BusinessCalendar,
    today: date,
    *,
    earlier: Iterable[Entry] = (),
    basis_until: date | None = None,
) -> StayCheck:
    """Answer a caller's question about one stay (``earlier`` entries count towards the 180
    days; ``basis_until`` is the last day of the visa or permit, if the stay rests on one)."""
    if citizenship == KAZAKHSTAN:
        raise ValidationError(
            {
                "citizenship": Message(
                    "stay.citizen_not_foreigner", "a citizen of Kazakhstan is not a foreigner"
                )
            }
        )
    days = stay_length(arrival, departure) if departure is not None else None
    regime = visa_free.regime(citizenship)
    due = migration_notification_due(arrival, calendar)
    warnings: list[tuple[StayWarning, dict[str, str]]] = []
    last_free: date | None = None
    if regime is None and basis_until is None:
        warnings.append((StayWarning.VISA_NEEDED, {"country": citizenship}))
    if regime is not None and regime.days_per_entry is not None:
        last_free = arrival + timedelta(days=regime.days_per_entry - 1)
        if departure is not None and departure > last_free and basis_until is None:
            warnings.append(
                (
                    StayWarning.OVER_ENTRY_LIMIT,
                    {"days": str(regime.days_per_entry), "last_day": last_free.isoformat()},
                )
            )
        # Rules No. 148 (adilet-rules-148 in visa-free.json): the visa-free term of an entry;
        # a stay without a departure that is past it is an overstay today.
        if departure is None and today > last_free and basis_until is None:
            warnings.append((StayWarning.OVERSTAYED, {"last_day": last_free.isoformat()}))
    if regime is not None and regime.days_per_180 is not None and basis_until is None:
        end = departure or max(today, arrival)
        used = days_within_window(
            [*earlier, Entry(arrival, departure)], end, today=max(today, arrival)
        )
        if used > regime.days_per_180:
            warnings.append(
                (
                    StayWarning.OVER_WINDOW_LIMIT,
                    {"days": str(used), "limit": str(regime.days_per_180)},
                )
            )
    if purpose is StayPurpose.PRIVATE and days is not None and days > PRIVATE_VISIT_DAYS:
        warnings.append((StayWarning.PRIVATE_VISIT_OVER_90, {"days": str(days)}))
    if basis_until is not None:
        end = departure or today
        if basis_until < end:
            warnings.append((StayWarning.ENTRY_BASIS_LAPSES, {"until": basis_until.isoformat()}))
        # A stay that is over needs no renewal, however soon its visa ends.
        elif (departure is None or departure >= today) and (
            basis_until - today
        ).days <= LAPSE_WARNING_DAYS:
            warnings.append(
                (StayWarning.ENTRY_BASIS_LAPSES_SOON, {"until": basis_until.isoformat()})
            )
    days_left = None
    if last_free is not None and basis_until is None:
        days_left = max((last_free - max(today, arrival)).days + 1, 0)
    return StayCheck(
        citizenship=citizenship,
        arrival=arrival,
        departure=departure,
        purpose=purpose,
        regime=regime,
        days=days,
        needs_registration=None if days is None else days > SHORT_STAY_DAYS,
        police_registration=visa_free.reciprocal(citizenship),
        host_party_due=due.host_party,
        centre_letter_due=due.through_centre,
        last_visa_free_day=last_free,
        days_left=days_left,
        warnings=tuple(warnings),
    )


def days_within_window(entries: Iterable[Entry], on: date, *, today: date) -> int:
    """Days spent in Kazakhstan in the 180 days ending on ``on`` (an entry without a departure
    lasts until ``today``); both the day of arrival and of departure count."""
    start = on - timedelta(days=WINDOW_DAYS - 1)
    total = 0
    for entry in entries:
        first = max(entry.arrival, start)
        last = min(entry.departure or today, on)
        if last >= first:
            total += (last - first).days + 1
    return total
