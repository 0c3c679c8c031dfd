"""Deadlines as stored facts: the table ``case_deadlines`` kept in step with what moves them.

Every write session notes the cases, items, documents, clients and settings it flushes; just
before it commits, the deadlines of the touched cases (or of the touched clients' cases) are
worked out again by the domain's rules and written in the same transaction. A target time
changed touches the cases in progress of its service; a day made a day off or a working day,
the cases whose business-day deadlines fall on it or later. Nothing depends on today:
urgency is decided when a row is read.
"""

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, delete, event, func, insert, inspect, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.deadlines import CaseFacts, DeadlineKind, case_deadlines, listed_days
from expat_desk.domain.workflow import CaseStatus, ItemState
from expat_desk.store.centre_settings import (
    DAYS_OFF,
    TARGETS,
    WORKING_DAYS,
    calendar_days,
    calendar_from,
    targets_from,
)
from expat_desk.store.models import (
    Case,
    CaseDeadline,
    ChecklistItem,
    Client,
    Document,
    Setting,
)

# Document.kind of a power of attorney (documents.kinds, a layer above the store).
POWER_OF_ATTORNEY_DOCUMENT = "power-of-attorney"
# Settings whose change moves the deadlines of every case in progress.
_MOVING_SETTINGS = frozenset({DAYS_OFF, WORKING_DAYS, TARGETS})
# Cases read and written at a time when many are worked out again (a migration, a setting).
_PAGE = 5000
_FEW = 500

# The cases that still have deadlines: those in progress or submitted, and completed police
# registrations and EDS whose validity is watched.
WATCHED = or_(
    Case.status.in_([CaseStatus.OPEN.value, CaseStatus.SUBMITTED.value]),
    and_(
        Case.status == CaseStatus.COMPLETED.value,
        Case.service.in_([ServiceCode.POLICE_REGISTRATION.value, ServiceCode.EDS.value]),
    ),
)
IN_PROGRESS = Case.status.in_([CaseStatus.OPEN.value, CaseStatus.SUBMITTED.value])


def _iso_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None  # an edited file: the default term applies


def read_facts(
    connection: Connection, scope: Sequence[ColumnElement[bool]] = ()
) -> list[CaseFacts]:
    """What the deadline rules need of each watched case among those ``scope`` selects (by
    conditions on Case), in the order of their ids."""
    where = [WATCHED, *scope]
    # Plain columns, not ORM objects: tens of thousands of rows on a large register.
    stmt = (
        select(
            Case.id,
            Case.number,
            Case.service,
            Case.status,
            Case.opened_on,
            Case.channel,
            Case.arrival_date,
            Case.closed_on,
            # The one answer a deadline needs, read by SQLite: no JSON parsed per case.
            func.json_extract(Case.answers, "$.stay_until").label("stay_until"),
            func.json_extract(Case.answers, "$.entry_date").label("entry_date"),
            Case.client_id,
            Client.surname,
            Client.given_names,
            Client.passport_expiry,
        )
        .join(Client, Case.client_id == Client.id)
        .where(*where)
        .order_by(Case.id)
    )
    rows = list(connection.execute(stmt))
    if not rows:
        return []
    # A few cases by their ids (an index lookup each); a page of them by their range.
    few = len(rows) <= _FEW
    chosen = [row.id for row in rows]
    # The powers of attorney and their printed terms of the same cases only (the scope again:
    # without it, selecting one client read those of the whole centre).
    poa = (
        select(ChecklistItem.case_id, ChecklistItem.state_date)
        .join(Case, ChecklistItem.case_id == Case.id)
        .where(
            *(
                [ChecklistItem.case_id.in_(chosen)]
                if few
                else [*where, Case.id.between(rows[0].id, rows[-1].id)]
            ),
            ChecklistItem.code.endswith(".power_of_attorney", autoescape=True),
            ChecklistItem.state.in_([ItemState.RECEIVED.value, ItemState.VERIFIED.value]),
        )
    )
    # The term printed on the power of attorney filed last, where the app made one.
    terms = (
        select(Document.case_id, func.json_extract(Document.inputs, "$.term_until"))
        .join(Case, Document.case_id == Case.id)
        .where(
            *(
                [Document.case_id.in_(chosen)]
                if few
                else [*where, Case.id.between(rows[0].id, rows[-1].id)]
            ),
            Document.kind == POWER_OF_ATTORNEY_DOCUMENT,
        )
        .order_by(Document.id)
    )
    received = {case_id: on for case_id, on in connection.execute(poa)}
    printed = {case_id: _iso_date(until) for case_id, until in connection.execute(terms)}
    return [
        CaseFacts(
            case_id=row.id,
            number=row.number,
            client_name=" ".join(p for p in (row.surname, row.given_names) if p),
            service=row.service,
            status=row.status,
            opened_on=row.opened_on,
            channel=row.channel,
            arrival_date=row.arrival_date,
            closed_on=row.closed_on,
            passport_expiry=row.passport_expiry,
            answers={
                name: value
                for name, value in (("stay_until", row.stay_until), ("entry_date", row.entry_date))
                if value
            },
            power_of_attorney_on=received.get(row.id),
            power_of_attorney_until=printed.get(row.id),
            client_id=row.client_id,
        )
        for row in rows
    ]


def rules_of(connection: Connection) -> tuple[BusinessCalendar, dict[str, int]]:
    """The calendar and the target times stored in the settings, as the connection sees them."""
    stored: dict[str, Any] = dict(
        connection.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_(_MOVING_SETTINGS))
        ).all()
    )
    calendar = calendar_from(stored.get(DAYS_OFF, []), stored.get(WORKING_DAYS, []))
    return calendar, targets_from(stored.get(TARGETS, {}))


def deadline_rows(
    facts: Iterable[CaseFacts], calendar: BusinessCalendar, targets: Mapping[str, int]
) -> list[dict[str, Any]]:
    rows = []
    for case in facts:
        for deadline in case_deadlines(case, calendar, targets):
            listed_from, listed_until = listed_days(deadline)
            rows.append(
                {
                    "case_id": case.case_id,
                    "client_id": case.client_id,
                    "number": case.number,
                    "service": case.service,
                    "kind": deadline.kind.value,
                    "due": deadline.due,
                    "listed_from": listed_from,
                    "listed_until": listed_until,
                }
            )
    return rows


def rewrite(
    connection: Connection,
    *,
    case_ids: Iterable[int] = (),
    client_ids: Iterable[int] = (),
) -> None:
    """Work out again the deadlines of these cases and of every case of these clients."""
    cases, clients = sorted(set(case_ids)), sorted(set(client_ids))
    if not cases and not clients:
        return
    if len(cases) > _FEW:  # a calendar correction: many cases, a bounded list at a time
        for start in range(0, len(cases), _FEW):
            rewrite(connection, case_ids=cases[start : start + _FEW])
        cases = []
        if not clients:
            return
    table = CaseDeadline.__table__
    where = or_(Case.id.in_(cases), Case.client_id.in_(clients))
    connection.execute(
        delete(table).where(
            or_(CaseDeadline.case_id.in_(cases), CaseDeadline.client_id.in_(clients))
        )
    )
    calendar, targets = rules_of(connection)
    chosen = list(connection.scalars(select(Case.id).where(where)))
    rows = deadline_rows(read_facts(connection, [Case.id.in_(chosen)]), calendar, targets)
    if rows:
        connection.execute(insert(table), rows)


def rewrite_all(connection: Connection, scope: Sequence[ColumnElement[bool]] = ()) -> None:
    """Work out again the deadlines of every case ``scope`` selects, a page of ids at a time."""
    calendar, targets = rules_of(connection)
    table = CaseDeadline.__table__
    chosen = select(Case.id).where(*scope)
    connection.execute(delete(table).where(CaseDeadline.case_id.in_(chosen)))
    last = connection.scalar(select(func.max(Case.id))) or 0
    for after in range(0, last, _PAGE):
        page = [*scope, Case.id > after, Case.id <= after + _PAGE]
        rows = deadline_rows(read_facts(connection, page), calendar, targets)
        if rows:
            connection.execute(insert(table), rows)


# --- what a write session touched ------------------------------------------------------------

_CASES, _CLIENTS, _ALL = "deadlines.cases", "deadlines.clients", "deadlines.all"
_SERVICES, _SINCE = "deadlines.services", "deadlines.since"
# The deadlines counted in business days, the only ones the calendar moves.
_COUNTED = tuple(
    k.value
    for k in (DeadlineKind.TARGET, DeadlineKind.HOST_NOTIFICATION, DeadlineKind.CENTRE_LETTER)
)


def _changed_days(setting: Setting) -> set[date]:
    """The days a flush adds to or takes from a list of calendar corrections."""
    history = inspect(setting).attrs.value.history
    old = history.deleted[0] if history.deleted else []
    return set(calendar_days(old)) ^ set(calendar_days(setting.value))


def _changed_targets(setting: Setting) -> set[str]:
    """The services whose target time the flush changes, as the rules read the setting."""
    history = inspect(setting).attrs.value.history
    old = targets_from(history.deleted[0] if history.deleted else {})  # none stored: defaults
    new = targets_from(setting.value)
    return {service for service in old.keys() | new.keys() if old.get(service) != new.get(service)}


def touch_all(session: Session) -> None:
    """Have the session work out again every case in progress before it commits (a change it
    made past the ORM, such as the demo's bulk inserts)."""
    session.info.pop(_SERVICES, None)
    session.info[_ALL] = ()


@event.listens_for(Session, "after_flush")
def _note_touched(session: Session, _context: object) -> None:
    info = session.info
    cases: set[int] = info.setdefault(_CASES, set())
    clients: set[int] = info.setdefault(_CLIENTS, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Case):
            cases.add(row.id)
        elif isinstance(row, ChecklistItem):
            cases.add(row.case_id)
        elif isinstance(row, Document) and row.kind == POWER_OF_ATTORNEY_DOCUMENT:
            cases.add(row.case_id)  # its term is the attorney's lapse; no other paper moves one
        elif isinstance(row, Client):  # the passport's expiry and the name are the cases'
            clients.add(row.id)
        elif isinstance(row, Setting) and row.key == TARGETS:
            # Only the services whose target changed, unless more is to be done already.
            if _ALL not in info:
                info[_ALL] = (IN_PROGRESS,)
                info[_SERVICES] = set()
            if _SERVICES in info:
                info[_SERVICES] |= _changed_targets(row)
        elif isinstance(row, Setting) and row.key in _MOVING_SETTINGS:
            # A day made a day off or a working day moves only what falls due on it or later.
            days = _changed_days(row)
            if days:
                info[_SINCE] = min(days | ({info[_SINCE]} if _SINCE in info else set()))


@event.listens_for(Session, "before_commit")
def _keep_deadlines(session: Session) -> None:
    session.flush()  # what is still pending is noted too
    info = session.info
    scope = info.pop(_ALL, None)
    services = info.pop(_SERVICES, None)
    if scope is not None and services is not None:
        scope = (*scope, Case.service.in_(sorted(services)))
    cases, clients = info.pop(_CASES, set()), info.pop(_CLIENTS, set())
    since = info.pop(_SINCE, None)
    if since is not None:
        # A deadline that fell before the day counted no day the correction touches.
        moved = select(CaseDeadline.case_id).where(
            CaseDeadline.kind.in_(_COUNTED), CaseDeadline.due >= since
        )
        cases = cases | set(session.connection().scalars(moved))
    if scope is not None:
        connection = session.connection()
        rewrite_all(connection, scope)
        # The completed cases' lapses count no business days; only their own changes move them.
        rewrite(connection, case_ids=cases, client_ids=clients)
    elif cases or clients:
        rewrite(session.connection(), case_ids=cases, client_ids=clients)
