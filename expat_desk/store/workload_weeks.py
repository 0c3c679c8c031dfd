"""The open backlog of the weekly workload counted in SQL: the cases open or submitted that
nothing happened to since a day (issue 14).

Such a case stands the same at the end of every week from that day on: its last status line
was recorded before it, and a move is never dated after the day it is recorded. So it needs no
history read: one GROUP BY over the cases gives how many share what their deadline follows
from (service, status, opening day, channel, arrival), and the deadlines are worked out once a
group. Every other case that may count is read with its history (``workload.case_records``).
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from expat_desk.domain.workflow import CaseStatus
from expat_desk.store.database import translate_errors
from expat_desk.store.models import Case, Event, Manager
from expat_desk.store.store import Store
from expat_desk.store.workload import IN_HAND, utc_start


@dataclass(frozen=True, slots=True)
class QuietGroup:
    """Cases in hand, alike in what their own deadline follows from, untouched since."""

    manager_id: int | None
    manager_name: str | None
    service: str
    status: CaseStatus
    opened_on: date
    channel: str | None
    arrival_date: date | None
    count: int


def quiet_backlog(store: Store, start: date, *, manager_id: int | None = None) -> list[QuietGroup]:
    """The cases open or submitted today, opened before ``start`` (a day in Astana), with no
    line in the event log since and no date set since: of one manager's cases, if given.
    Exactly the in-hand cases that ``case_records(store, start, ...)`` leaves out."""
    since = utc_start(start)
    recorded_since = select(Event.case_id).where(Event.at >= since, Event.case_id.is_not(None))
    keys = (
        Case.manager_id,
        Manager.name,
        Case.service,
        Case.status,
        Case.opened_on,
        Case.channel,
        Case.arrival_date,
    )
    stmt = (
        select(*keys, func.count())
        .outerjoin(Manager, Case.manager_id == Manager.id)
        .where(
            Case.status.in_([s.value for s in IN_HAND]),
            Case.opened_on < start,
            or_(Case.submitted_on.is_(None), Case.submitted_on < start),
            or_(Case.closed_on.is_(None), Case.closed_on < start),
            Case.id.not_in(recorded_since),
            *([Case.manager_id == manager_id] if manager_id is not None else []),
        )
        .group_by(*keys)
    )
    with translate_errors(store.path), store.engine.connect() as connection:
        rows = connection.execute(stmt).all()
    return [
        QuietGroup(manager, name, service, CaseStatus(status), opened, channel, arrival, n)
        for manager, name, service, status, opened, channel, arrival, n in rows
    ]
