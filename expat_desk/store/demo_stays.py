"""The demo's stays: each foreign client's last one or two entries, within the rules.

A visa-free entry stays within the days of its regime (visa-free.json: per entry and within
180 days; and a private visit at most 90 days, seed); the other stays rest on a work visa or
a residence permit valid well past the stay (more than LAPSE_WARNING_DAYS ahead), so the demo
shows no warning it did not mean to. Each client's stays come from a random.Random of their
own id, so adding them left every other demo value as it was.
"""

import random
from datetime import date, timedelta
from typing import Any

from expat_desk.domain.countries import KAZAKHSTAN
from expat_desk.domain.deadlines import PRIVATE_VISIT_DAYS
from expat_desk.domain.stay_records import EntryBasis
from expat_desk.domain.stays import LAPSE_WARNING_DAYS, WINDOW_DAYS, StayPurpose
from expat_desk.domain.visa_free import VisaFreeList

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def demo_stays(
    client_id: int,
    citizenship: str,
    visa_free: VisaFreeList,
    today: date,
    arrival: date | None = None,
) -> list[dict[str, Any]]:
    """The client's stays, oldest first, as ``client_stays`` rows without their ids; the last
    one begins on ``arrival`` where a migration notification names that day."""
    if citizenship == KAZAKHSTAN:
        return []
    rng = random.Random(client_id)
    regime = visa_free.regime(citizenship)
    limit = 0  # of a visa-free stay, in days
    # Most of the centre's clients work here for years: on a work visa or a residence permit,
    # whatever their citizenship's visa-free days.
    visa_free_entry = regime is not None and rng.random() < 0.6
    if regime is not None and visa_free_entry:
        limit = min(
            regime.days_per_entry or PRIVATE_VISIT_DAYS,
            regime.days_per_180 or PRIVATE_VISIT_DAYS,
            PRIVATE_VISIT_DAYS,
        )
        last = _visa_free_stay(rng, today, limit)
    else:
        last = _stay_on_papers(rng, today)
    if arrival is not None:
        last = _begun_on(last, arrival, today, limit if visa_free_entry else None)
    stays = [last]
    if rng.random() < 0.5:
        # An earlier trip, over before the 180 days that count for the last one began.
        departure = last["arrival"] - timedelta(days=WINDOW_DAYS + rng.randint(20, 300))
        days = rng.randint(3, min(limit, 25)) if visa_free_entry else rng.randint(10, 200)
        arrival = departure - timedelta(days=days - 1)
        earlier = {**last, "arrival": arrival, "departure": departure}
        if last["basis_until"] is not None:
            earlier["basis_until"] = departure + timedelta(days=rng.randint(0, 30))
            if earlier["visa_number"]:
                earlier["visa_number"] = _visa_number(rng)
        stays.insert(0, earlier)
    return [{"client_id": client_id, **stay} for stay in stays]


def _visa_free_stay(rng: random.Random, today: date, limit: int) -> dict[str, Any]:
    days = rng.randint(2, limit)
    if rng.random() < 0.6:  # still in the country, within the days of one entry
        arrival, departure = today - timedelta(days=days - 1), None
    else:
        arrival = today - timedelta(days=rng.randint(days + 1, 150))
        departure = arrival + timedelta(days=days - 1)
    purpose = StayPurpose.WORK if rng.random() < 0.6 else StayPurpose.PRIVATE
    return _row(arrival, departure, EntryBasis.VISA_FREE, None, None, purpose)


def _stay_on_papers(rng: random.Random, today: date) -> dict[str, Any]:
    arrival = today - timedelta(days=rng.randint(5, 300))
    until = today + timedelta(days=rng.randint(LAPSE_WARNING_DAYS + 30, 700))
    if rng.random() < 0.6:
        return _row(arrival, None, EntryBasis.VISA, _visa_number(rng), until, StayPurpose.WORK)
    return _row(arrival, None, EntryBasis.RESIDENCE_PERMIT, None, until, StayPurpose.WORK)


def _begun_on(
    stay: dict[str, Any], arrival: date, today: date, limit: int | None
) -> dict[str, Any]:
    """The stay moved to begin on ``arrival``, as long as it was; a visa-free one that would
    outlast its days by today ends within them (the demo shows no overstay)."""
    length = (stay["departure"] - stay["arrival"]).days if stay["departure"] else None
    departure = arrival + timedelta(days=length) if length is not None else None
    if departure is None and limit is not None and (today - arrival).days >= limit:
        departure = arrival + timedelta(days=limit - 1)
    if departure is not None and departure > today:
        departure = None
    return {**stay, "arrival": arrival, "departure": departure}


def _visa_number(rng: random.Random) -> str:
    return rng.choice(_LETTERS) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def _row(
    arrival: date,
    departure: date | None,
    basis: EntryBasis,
    number: str | None,
    until: date | None,
    purpose: StayPurpose,
) -> dict[str, Any]:
    return {
        "arrival": arrival,
        "departure": departure,
        "basis": basis.value,
        "visa_number": number,
        "basis_until": until,
        "purpose": purpose.value,
    }
