"""A foreigner's stays on the client record: entries, exits, and their warnings today."""

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.countries import KAZAKHSTAN
from expat_desk.domain.errors import Message, RuleViolation
from expat_desk.domain.stay_records import STAY_FIELDS, StayReview, check_stay_record, review_stay
from expat_desk.domain.stays import Entry
from expat_desk.domain.visa_free import VisaFreeList
from expat_desk.store.models import Client, ClientStay
from expat_desk.store.session import StoreSession

# RuleViolation.code: a citizen of Kazakhstan does not enter their own country as a foreigner
# (seed: registration and notification are of "foreign nationals").
STAYS_NOT_FOR_CITIZENS = "stays.not_for_citizens"
# Event.entity of a stay's lines (erasure finds them by the client's stay ids).
STAY_ENTITY = "stay"


class StayRecords(StoreSession):
    # Of the centre's settings (CentreSettings), with which Store combines this part.
    visa_free: Callable[[], VisaFreeList]
    business_calendar: Callable[[], BusinessCalendar]

    def list_stays(self, client_id: int) -> list[ClientStay]:
        """The client's stays, the earliest arrival first."""
        with self._read() as s:
            self._get(s, Client, client_id)
            return _stays(s, client_id)

    def add_stay(self, client_id: int, values: Mapping[str, Any]) -> ClientStay:
        """Record a stay; ValidationError naming every wrong field, and nothing stored."""
        now = self.now()
        with self._write() as s:
            client = self._foreigner(s, client_id)
            others = [_entry(stay) for stay in _stays(s, client.id)]
            checked = check_stay_record(values, others=others, today=self.today())
            stay = ClientStay(client_id=client.id, **checked, created_at=now, updated_at=now)
            s.add(stay)
            s.flush()
            self._log(s, STAY_ENTITY, stay.id, "create", field="client", new=client.id)
            for name in STAY_FIELDS:
                if checked[name] is not None:
                    self._log(s, STAY_ENTITY, stay.id, "update", field=name, new=checked[name])
        return stay

    def update_stay(self, stay_id: int, changes: Mapping[str, Any]) -> ClientStay:
        """Change some fields of a stay; each changed field goes to the event log."""
        with self._write() as s:
            stay: ClientStay = self._get(s, ClientStay, stay_id)
            self._foreigner(s, stay.client_id)
            current = {name: getattr(stay, name) for name in STAY_FIELDS}
            others = [_entry(o) for o in _stays(s, stay.client_id) if o.id != stay.id]
            checked = check_stay_record({**current, **changes}, others=others, today=self.today())
            changed = False
            for name, new in checked.items():
                old = current[name]
                if old != new:
                    setattr(stay, name, new)
                    self._log(s, STAY_ENTITY, stay.id, "update", field=name, old=old, new=new)
                    changed = True
            if changed:
                stay.updated_at = self.now()
        return stay

    def remove_stay(self, stay_id: int) -> None:
        """Take a stay off the record (typed by mistake); the log keeps that it was there."""
        with self._write() as s:
            stay: ClientStay = self._get(s, ClientStay, stay_id)
            self._log(s, STAY_ENTITY, stay.id, "delete", old=stay.arrival)
            s.delete(stay)

    def stay_reviews(self, client_id: int) -> list[tuple[ClientStay, StayReview | None]]:
        """Each stay of the client with what it means today (check_stay's warnings and the
        information lines), on the centre's calendar and visa-free list; None for a citizen
        of Kazakhstan (a record kept from before they became one warns of nothing)."""
        with self._read() as s:
            client: Client = self._get(s, Client, client_id)
            stays = _stays(s, client_id)
        if client.citizenship == KAZAKHSTAN:
            return [(stay, None) for stay in stays]
        visa_free, calendar, today = self.visa_free(), self.business_calendar(), self.today()
        return [
            (
                stay,
                review_stay(
                    stay,
                    earlier=[other for other in stays if other.id != stay.id],
                    citizenship=client.citizenship,
                    visa_free=visa_free,
                    calendar=calendar,
                    today=today,
                ),
            )
            for stay in stays
        ]

    def _foreigner(self, s: Session, client_id: int) -> Client:
        client: Client = self._get(s, Client, client_id)
        if client.citizenship == KAZAKHSTAN:
            raise RuleViolation(
                Message(
                    STAYS_NOT_FOR_CITIZENS,
                    "a citizen of Kazakhstan has no stays to record: they are not a foreigner",
                )
            )
        return client


def _stays(s: Session, client_id: int) -> list[ClientStay]:
    stmt = (
        select(ClientStay)
        .where(ClientStay.client_id == client_id)
        .order_by(ClientStay.arrival, ClientStay.id)
    )
    return list(s.scalars(stmt))


def _entry(stay: ClientStay) -> Entry:
    return Entry(stay.arrival, stay.departure)
