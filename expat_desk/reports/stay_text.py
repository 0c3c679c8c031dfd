"""A stay check, and a client's recorded stays, as plain lines for the command line."""

from expat_desk.domain.countries import country
from expat_desk.domain.stay_records import EntryBasis, StayNote, StayReview
from expat_desk.domain.stays import StayCheck, StayWarning
from expat_desk.store.models import ClientStay

WARNINGS = {
    StayWarning.VISA_NEEDED: "citizens of {country} need a visa (no visa-free regime)",
    StayWarning.OVER_ENTRY_LIMIT: "longer than the {days} visa-free days of one entry: the "
    "last day without a visa or permit is {last_day}",
    StayWarning.OVER_WINDOW_LIMIT: "{days} days in Kazakhstan within 180 days, over the "
    "{limit} the regime allows",
    StayWarning.PRIVATE_VISIT_OVER_90: "a private visit is registered for 90 days at most, "
    "this stay has {days}",
    StayWarning.ENTRY_BASIS_LAPSES: "the visa or permit ends on {until}, before the stay does",
    StayWarning.ENTRY_BASIS_LAPSES_SOON: "the visa or permit ends on {until}: renew it in time",
    StayWarning.OVERSTAYED: "still in Kazakhstan after the last visa-free day, {last_day}",
}


def stay_lines(result: StayCheck) -> list[str]:
    name = country(result.citizenship).en
    regime = result.regime
    if regime is None:
        entry = "a visa is needed"
    else:
        kind = "reciprocal agreement" if regime.reciprocal else "one-way"
        limits = [
            f"{regime.days_per_entry} days per entry" if regime.days_per_entry else None,
            f"{regime.days_per_180} within 180 days" if regime.days_per_180 else None,
        ]
        entry = f"visa-free ({kind})" + "".join(f", {x}" for x in limits if x)
    lines = [
        f"citizenship: {result.citizenship} ({name}), {entry}",
        f"arrival: {result.arrival.isoformat()}",
    ]
    if result.departure is not None:
        lines.append(f"departure: {result.departure.isoformat()} ({result.days} days)")
    if result.needs_registration is None:
        lines.append("registration: needed if the stay lasts more than 30 days")
    else:
        needed = "needed" if result.needs_registration else "not needed (30 days or less)"
        lines.append(f"registration: {needed}")
    route = (
        "police registration through the centre (reciprocal agreement)"
        if result.police_registration
        else "the host party's migration notification (no reciprocal agreement)"
    )
    lines.append(f"registered by: {route}")
    lines.append(f"host party notifies by: {result.host_party_due.isoformat()}")
    lines.append(f"centre letter by: {result.centre_letter_due.isoformat()}")
    if result.last_visa_free_day is not None:
        lines.append(f"last visa-free day: {result.last_visa_free_day.isoformat()}")
    if result.days_left is not None:
        lines.append(f"visa-free days left: {result.days_left}")
    lines += [f"warning: {WARNINGS[code].format(**params)}" for code, params in result.warnings]
    return lines


NOTES = {StayNote.NO_REGISTRATION: "{days} days: no registration needed (30 days or less)"}
BASES = {
    EntryBasis.VISA_FREE: "visa-free",
    EntryBasis.VISA: "visa",
    EntryBasis.RESIDENCE_PERMIT: "residence permit",
}


def recorded_stay_lines(stay: ClientStay, review: StayReview | None) -> list[str]:
    """One recorded stay: its line of facts, then its notes and warnings, indented."""
    departure = stay.departure.isoformat() if stay.departure else "still in Kazakhstan"
    basis = BASES[EntryBasis(stay.basis)]
    if stay.visa_number:
        basis += f" {stay.visa_number}"
    if stay.basis_until:
        basis += f" valid until {stay.basis_until.isoformat()}"
    lines = [f"stay {stay.id}: {stay.arrival.isoformat()} to {departure}, {basis}, {stay.purpose}"]
    if review is not None:
        lines += [f"  note: {NOTES[code].format(**params)}" for code, params in review.notes]
        lines += [
            f"  warning: {WARNINGS[code].format(**params)}" for code, params in review.warnings
        ]
    return lines
