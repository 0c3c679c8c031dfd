"""A foreigner's recorded stays: each entry into Kazakhstan, its exit, and what it rests on.

``check_stay_record`` decides what one stay may hold before it is stored; ``review_stay``
gives what a recorded stay means today, by the rules of ``check_stay`` (domain.stays): the
registration it needs (seed), the visa-free limits of the client's citizenship
(``visa-free.json``) and the visa or permit it rests on.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.errors import Message, ValidationError, day, message_of
from expat_desk.domain.stays import Entry, StayCheck, StayPurpose, StayWarning, check_stay
from expat_desk.domain.visa_free import VisaFreeList


class EntryBasis(StrEnum):
    """What lets the foreigner stay: the visa-free regime, a visa, or a residence permit."""

    VISA_FREE = "visa_free"
    VISA = "visa"
    RESIDENCE_PERMIT = "residence_permit"


STAY_FIELDS = ("arrival", "departure", "basis", "visa_number", "basis_until", "purpose")
# A visa's number as the sticker prints it: Latin capitals and digits (the passport's rule).
_VISA_NUMBER = re.compile(r"[A-Z0-9]{5,20}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# The Republic of Kazakhstan declared its independence on 16 December 1991: no entry into it
# is older (and an older date is a typo that would overflow the 180-day window's arithmetic).
EARLIEST_ARRIVAL = date(1991, 12, 16)
# A stay is recorded when it is planned at the earliest; a later arrival is a typo.
ARRIVAL_AHEAD_DAYS = 365


class StayNote(StrEnum):
    """Facts about a stay that ask nothing of the manager (unlike a StayWarning)."""

    # Seed: "exempted from the mandatory passport registration ... if they stay for a period
    # not exceeding 30 calendar days".
    NO_REGISTRATION = "no_registration"


class RecordedStay(Protocol):
    """What the rules read of a stored stay (the store's ClientStay has these)."""

    @property
    def arrival(self) -> date: ...
    @property
    def departure(self) -> date | None: ...
    @property
    def basis(self) -> str: ...
    @property
    def basis_until(self) -> date | None: ...
    @property
    def purpose(self) -> str: ...


@dataclass(frozen=True)
class StayReview:
    check: StayCheck
    notes: tuple[tuple[StayNote, dict[str, str]], ...]

    @property
    def warnings(self) -> tuple[tuple[StayWarning, dict[str, str]], ...]:
        return self.check.warnings


def check_stay_record(
    values: Mapping[str, Any], *, others: Iterable[Entry] = (), today: date
) -> dict[str, Any]:
    """One stay, normalized; ValidationError naming every wrong field.

    ``others`` are the client's other stays: a stay may not overlap one of them (leaving and
    entering again on the same day is two stays), and only one may lack its departure."""
    errors: dict[str, str] = {
        name: Message("stay.unknown_field", "is not a stay field")
        for name in set(values) - {*STAY_FIELDS}
    }
    out: dict[str, Any] = {}
    for name in ("arrival", "departure", "basis_until"):
        try:
            out[name] = _date(values.get(name))
        except ValueError as exc:
            errors[name] = message_of(exc)
    for name, enum in (("basis", EntryBasis), ("purpose", StayPurpose)):
        raw = values.get(name)
        if _blank(raw):
            errors[name] = Message("required", "is required")
            continue
        try:
            out[name] = enum(str(raw).strip().lower())
        except ValueError:
            errors[name] = Message(
                "choice.unknown",
                "must be one of {allowed}, not {typed}",
                allowed=", ".join(member.value for member in enum),
                typed=repr(str(raw)[:40]),
            )
    arrival, departure = out.get("arrival"), out.get("departure")
    if arrival is None and "arrival" not in errors:
        errors["arrival"] = Message("required", "is required")
    elif arrival is not None:
        latest = today + timedelta(days=ARRIVAL_AHEAD_DAYS)
        if arrival > latest:
            errors["arrival"] = Message(
                "stay.arrival_too_far",
                "cannot be more than a year ahead (after {latest})",
                latest=day(latest),
            )
        elif arrival < EARLIEST_ARRIVAL:
            errors["arrival"] = Message(
                "stay.arrival_too_early",
                "cannot be before {earliest}",
                earliest=day(EARLIEST_ARRIVAL),
            )
    if arrival is not None and departure is not None and departure < arrival:
        errors["departure"] = Message("date.before_arrival", "cannot be before the arrival")
    _check_basis(values, out, errors)
    if arrival is not None and not {"arrival", "departure"} & set(errors):
        _check_others(Entry(arrival, departure), others, errors)
    if errors:
        raise ValidationError(errors)
    return {name: out.get(name) for name in STAY_FIELDS}


def _check_basis(values: Mapping[str, Any], out: dict[str, Any], errors: dict[str, str]) -> None:
    basis = out.get("basis")
    number = values.get("visa_number")
    if basis is EntryBasis.VISA:
        if _blank(number):
            errors["visa_number"] = Message("stay.visa_number_required", "is required for a visa")
        else:
            raw = "".join(str(number).split())
            text = raw.upper()
            # ASCII before upper(): "ﬁ".upper() is "FI", and a Cyrillic "А" looks Latin.
            if not (raw.isascii() and _VISA_NUMBER.fullmatch(text)):
                errors["visa_number"] = Message(
                    "passport.format", "must be 5 to 20 Latin letters and digits"
                )
            out["visa_number"] = text
    else:  # a permit's number is not asked for, and visa-free has none: nothing stale kept
        out["visa_number"] = None
    if basis in (EntryBasis.VISA, EntryBasis.RESIDENCE_PERMIT):
        until, arrival = out.get("basis_until"), out.get("arrival")
        if until is None and "basis_until" not in errors:
            errors["basis_until"] = (
                Message("stay.visa_until_required", "is required for a visa: its last valid day")
                if basis is EntryBasis.VISA
                else Message(
                    "stay.permit_until_required",
                    "is required for a residence permit: its last valid day",
                )
            )
        elif until is not None and arrival is not None and until < arrival:
            errors["basis_until"] = Message("date.before_arrival", "cannot be before the arrival")
    elif basis is EntryBasis.VISA_FREE:
        out["basis_until"] = None
        errors.pop("basis_until", None)  # a stale value of another basis is dropped, not judged


def _check_others(stay: Entry, others: Iterable[Entry], errors: dict[str, str]) -> None:
    end = stay.departure or date.max
    for other in sorted(others, key=lambda e: e.arrival):
        other_end = other.departure or date.max
        # Overlap of [arrival, departure): the day of an exit may be the day of the next entry.
        if other.arrival != stay.arrival and not (other.arrival < end and stay.arrival < other_end):
            continue
        since = day(other.arrival)
        if other.departure is None and other.arrival < stay.arrival:
            errors["arrival"] = Message(
                "stay.other_open",
                "the stay from {since} has no departure yet: record it first "
                "(only one stay can be open)",
                since=since,
            )
        elif stay.departure is None and other.arrival > stay.arrival:
            errors["departure"] = Message(
                "stay.departure_needed", "is needed: a later stay begins on {since}", since=since
            )
        else:
            errors["arrival"] = (
                Message(
                    "stay.overlaps",
                    "overlaps the stay from {since} to {until}",
                    since=since,
                    until=day(other.departure),
                )
                if other.departure
                else Message(
                    "stay.overlaps_open",
                    "overlaps the stay from {since} to no departure yet",
                    since=since,
                )
            )
        return


def review_stay(
    stay: RecordedStay,
    *,
    earlier: Iterable[RecordedStay],
    citizenship: str,
    visa_free: VisaFreeList,
    calendar: BusinessCalendar,
    today: date,
) -> StayReview:
    """What a recorded stay means today: check_stay's warnings, and the information lines.

    ``earlier``: the client's other stays. Only the visa-free ones count towards the days
    within 180, since that limit is the visa-free regime's (visa-free.json, days_per_180);
    a stay on a visa or a permit is checked against its last valid day instead."""
    basis = EntryBasis(stay.basis)
    entries = [
        Entry(other.arrival, other.departure)
        for other in earlier
        if EntryBasis(other.basis) is EntryBasis.VISA_FREE and other.arrival < stay.arrival
    ]
    check = check_stay(
        citizenship,
        stay.arrival,
        stay.departure,
        StayPurpose(stay.purpose),
        visa_free,
        calendar,
        today,
        earlier=entries,
        basis_until=None if basis is EntryBasis.VISA_FREE else stay.basis_until,
    )
    notes: list[tuple[StayNote, dict[str, str]]] = []
    if check.needs_registration is False:
        notes.append((StayNote.NO_REGISTRATION, {"days": str(check.days)}))
    return StayReview(check, tuple(notes))


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _date(raw: Any) -> date | None:
    if _blank(raw):
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw).strip()
    try:
        # Only the form a manager types or a date edit gives (fromisoformat takes "20261101").
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            Message(
                "date.format",
                "must be a date as YYYY-MM-DD, not {typed}",
                typed=repr(str(raw)[:40]),
            )
        ) from None
