"""What the weekly workload report reads: cases with their status history, and who did what
on which day. Plain frozen records; the figures are worked out in ``expat_desk.reports``.

The event log's ``at`` is naive UTC; a day in the report is a day in Astana (Asia/Almaty).

When a move happened: ``move_case(..., on=day)`` may record a move days after it happened.
The day it happened is the ``submitted_on`` / ``closed_on`` value written in the same
transaction (the update line right after the status line); a move that leaves no date (back
to open) happened the day it was recorded. Checklist ticks work the same way with
``state_date``. Demo data has no such update lines: its moves are recorded on the day.
"""

import json
from collections.abc import Collection, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, Connection, Select, and_, case, func, literal, or_, select

from expat_desk.domain.workflow import CaseStatus, ItemState
from expat_desk.store.database import translate_errors
from expat_desk.store.models import Case, ChecklistItem, Client, Event, Manager
from expat_desk.store.store import Store

try:
    ASTANA = ZoneInfo("Asia/Almaty")
except ZoneInfoNotFoundError:  # Windows without the tzdata package: UTC+5 since March 2024
    ASTANA = timezone(timedelta(hours=5), "Asia/Almaty")  # type: ignore[assignment]

IN_HAND = frozenset({CaseStatus.OPEN, CaseStatus.SUBMITTED})
# The case's date a move to a status sets (Store.move_case); a move back to open sets none.
_DATE_OF_MOVE = {
    CaseStatus.SUBMITTED: "submitted_on",
    CaseStatus.COMPLETED: "closed_on",
    CaseStatus.CANCELLED: "closed_on",
    CaseStatus.REFUSED: "closed_on",
}


class ActionKind(StrEnum):
    """What a line of the event log was about, as the By day sheet counts it."""

    CLIENT = "client"  # a client registered or changed
    CASE_OPENED = "case_opened"
    STATUS = "status"  # a case submitted, completed, cancelled, returned or reopened
    CHECKLIST = "checklist"  # a document ticked off, noted or scanned
    OTHER = "other"  # settings, managers, case outcomes


# Lines that only record a consequence of another line in the same change (the date a status
# move or a tick set): counting them would count one action twice.
_CONSEQUENCES = (("case", "submitted_on"), ("case", "closed_on"), ("item", "state_date"))


# --- days in Astana ---------------------------------------------------------------------------


def local_day(at: datetime) -> date:
    """The day in Astana of a naive UTC moment of the event log."""
    return _day_of_hour(at.date(), at.hour)


@lru_cache(maxsize=100_000)  # Astana's offsets are whole hours: one conversion an hour
def _day_of_hour(day: date, hour: int) -> date:
    return datetime.combine(day, time(hour), tzinfo=UTC).astimezone(ASTANA).date()


def utc_start(day: date) -> datetime:
    """The naive UTC moment at which ``day`` begins in Astana."""
    return datetime.combine(day, time(), tzinfo=ASTANA).astimezone(UTC).replace(tzinfo=None)


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusMove:
    on: date  # the day it happened
    status: CaseStatus  # the status the case moved to


@dataclass(frozen=True, slots=True)
class ItemChange:
    """A required checklist item changed state on ``on``: was it missing before, is it now?"""

    item_id: int
    on: date
    was_missing: bool
    missing_now: bool  # the item's state today, not after this change


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """A case with what the report needs to see it as it stood on any past day."""

    case_id: int
    number: str
    client_name: str
    citizenship: str
    service: str
    manager_id: int | None
    manager_name: str | None
    status: CaseStatus  # today
    opened_on: date
    submitted_on: date | None  # today's values, used when a case has no status history
    closed_on: date | None
    channel: str | None
    arrival_date: date | None
    moves: tuple[StatusMove, ...]  # in the order they were recorded
    missing_now: int  # required items missing today
    item_changes: tuple[ItemChange, ...]  # recorded after the first day it is asked for

    def status_on(self, day: date) -> CaseStatus:
        """The status at the end of ``day``."""
        if not self.moves:
            return _status_from_dates(self, day)
        status = CaseStatus.OPEN
        for move in self.moves:
            if move.on <= day:
                status = move.status
        return status

    def last_move_by(self, day: date, status: CaseStatus) -> date | None:
        """The day of the last move to ``status`` that happened by the end of ``day``."""
        if self.moves:
            days = [m.on for m in self.moves if m.status is status and m.on <= day]
            return days[-1] if days else None
        if status is CaseStatus.SUBMITTED:
            found = self.submitted_on
        else:
            found = self.closed_on if status is self.status else None
        return found if found is not None and found <= day else None

    def moves_between(self, start: date, end: date, status: CaseStatus) -> list[date]:
        """The days, from ``start`` to ``end``, on which the case moved to ``status``."""
        if not self.moves:
            day = self.last_move_by(end, status)
            return [day] if day is not None and day >= start else []
        return [m.on for m in self.moves if m.status is status and start <= m.on <= end]

    def missing_on(self, day: date) -> int:
        """Required checklist items missing at the end of ``day`` (from the first day the
        record was read for on: earlier changes are not loaded)."""
        missing = self.missing_now
        seen: set[int] = set()
        # An item's state at the end of ``day`` is what it was before its first later change.
        for change in self.item_changes:
            if change.on > day and change.item_id not in seen:
                seen.add(change.item_id)
                missing += change.was_missing - change.missing_now
        return missing


def _status_from_dates(case: CaseRecord, day: date) -> CaseStatus:
    """For a case without status lines in the log (imported): what its dates say."""
    if case.closed_on is not None and case.closed_on <= day and case.status not in IN_HAND:
        return case.status
    if case.submitted_on is not None and case.submitted_on <= day:
        return CaseStatus.SUBMITTED
    return CaseStatus.OPEN


@dataclass(frozen=True, slots=True)
class ActionCount:
    day: date  # in Astana
    manager_id: int | None  # who acted
    manager_name: str | None
    kind: ActionKind
    count: int


# --- queries ----------------------------------------------------------------------------------


def case_records(
    store: Store,
    start: date,
    end: date,
    *,
    manager_id: int | None = None,
    missing_from: date | None = None,
    logged: Collection[int] | None = None,
) -> list[CaseRecord]:
    """Every case that something happened to from ``start`` to ``end`` (days in Astana): opened
    by ``end``, and opened, dated or with a line in the log since ``start``; of one manager's
    cases, if given. A handful of indexed queries whatever the number of cases.
    ``missing_from`` (default ``start``) is the first day ``missing_on`` will be asked for.
    ``logged``, when given, is the cases with lines in the log from ``start`` to ``end``
    (``cases_with_events``, read already): only the lines after ``end`` are then looked up."""
    since = utc_start(start)
    # A tick is never dated after the day it is recorded: only those recorded after the end
    # of ``missing_from`` can make a count differ from today's (none for the week under way).
    ticks_since = utc_start((missing_from or start) + timedelta(days=1))
    # Core rows on one connection, as Store.deadline_facts reads: tens of thousands of rows.
    with translate_errors(store.path), store.engine.connect() as connection:
        if logged is None:
            recorded: Select[Any] = select(Event.case_id).where(
                Event.at >= since, Event.case_id.is_not(None)
            )
        else:
            # The week's lines are the most of the log read here (a busy week: 150,000 on a
            # large desk): read once, by cases_with_events, not again as a subquery.
            after = utc_start(end + timedelta(days=1))
            later = select(Event.case_id).where(Event.at >= after, Event.case_id.is_not(None))
            ids = set(logged) | set(connection.scalars(later.distinct()))
            recorded = _id_list(ids)
        rows = connection.execute(_cases_in_range(start, end, recorded, manager_id)).all()
        moves = _moves(_status_lines(connection, [row[0] for row in rows]))
        missing_now = {case_id: n for case_id, n in connection.execute(_MISSING_NOW)}
        changes = _item_changes(connection.execute(_TICKS.where(Event.at >= ticks_since)))
    return [
        CaseRecord(
            case_id=case_id,
            number=number,
            client_name=f"{surname} {given}" if given else surname,
            citizenship=citizenship,
            service=service,
            manager_id=manager,
            manager_name=manager_name,
            status=CaseStatus(status),
            opened_on=opened_on,
            submitted_on=submitted_on,
            closed_on=closed_on,
            channel=channel,
            arrival_date=arrival_date,
            moves=tuple(moves.get(case_id, ())),
            missing_now=missing_now.get(case_id, 0),
            item_changes=tuple(changes.get(case_id, ())),
        )
        for (
            case_id,
            number,
            service,
            status,
            opened_on,
            submitted_on,
            closed_on,
            channel,
            arrival_date,
            manager,
            manager_name,
            surname,
            given,
            citizenship,
        ) in rows
    ]


def _id_list(ids: Iterable[int]) -> Select[Any]:
    """The ids as a subquery of one bound parameter (a JSON array read by SQLite's
    json_each): tens of thousands of them, where a bound parameter each would need chunks
    and costs SQLAlchemy more to expand than SQLite takes to search."""
    table = func.json_each(json.dumps(sorted(ids))).table_valued("value")
    return select(table.c.value)


def _cases_in_range(
    start: date, end: date, recorded_since: Select[Any], manager_id: int | None
) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = [
        Case.opened_on <= end,
        # Cases in hand that nothing happened to since ``start`` are left to
        # ``workload_weeks.quiet_backlog``: they stand the same all through.
        or_(
            Case.opened_on >= start,
            Case.submitted_on >= start,
            Case.closed_on >= start,
            Case.id.in_(recorded_since),
        ),
    ]
    if manager_id is not None:
        conditions.append(Case.manager_id == manager_id)
    return (
        select(
            Case.id,
            Case.number,
            Case.service,
            Case.status,
            Case.opened_on,
            Case.submitted_on,
            Case.closed_on,
            Case.channel,
            Case.arrival_date,
            Case.manager_id,
            Manager.name,
            Client.surname,
            Client.given_names,
            Client.citizenship,
        )
        .join(Client, Case.client_id == Client.id)
        .outerjoin(Manager, Case.manager_id == Manager.id)
        .where(*conditions)
        .order_by(Case.id)
    )


_STATUS_LINES = (
    select(Event.entity_id, Event.at, Event.action, Event.field, Event.new)
    .where(
        Event.entity == "case",
        or_(
            Event.action == "status",
            and_(Event.action == "update", Event.field.in_(["submitted_on", "closed_on"])),
        ),
    )
    .order_by(Event.id)
)
_MISSING_NOW = (
    select(ChecklistItem.case_id, func.count())
    .where(ChecklistItem.required.is_(True), ChecklistItem.state == ItemState.MISSING.value)
    .group_by(ChecklistItem.case_id)
)
_TICKS = (
    select(
        Event.case_id,
        Event.entity_id,
        Event.at,
        Event.field,
        Event.old,
        Event.new,
        ChecklistItem.state,
    )
    .join(ChecklistItem, ChecklistItem.id == Event.entity_id)
    .where(
        Event.entity == "item",
        Event.field.in_(["state", "state_date"]),
        ChecklistItem.required.is_(True),
    )
    .order_by(Event.id)
)


def _status_lines(
    connection: Connection, case_ids: Sequence[int]
) -> Sequence[tuple[int, datetime, str, str | None, str | None]]:
    """The status lines of the cases, and the date lines that go with them: through the index
    on (entity, entity_id), in one query; in order within each case."""
    if not case_ids:
        return []
    return connection.execute(_STATUS_LINES.where(Event.entity_id.in_(_id_list(case_ids)))).all()  # type: ignore[return-value]


def _moves(
    lines: Iterable[tuple[int, datetime, str, str | None, str | None]],
) -> dict[int, list[StatusMove]]:
    """Status moves of each case, each dated by the date line that follows it, if any."""
    found: dict[int, list[StatusMove]] = {}
    pending: dict[int, StatusMove] = {}  # a move whose date line may come next
    for case_id, at, action, field, new in lines:
        waiting = pending.pop(case_id, None)
        if action == "status":
            try:
                move = StatusMove(local_day(at), CaseStatus(new))
            except ValueError:  # a value erased with its client: nothing to count
                continue
            found.setdefault(case_id, []).append(move)
            if _DATE_OF_MOVE.get(move.status) is not None:
                pending[case_id] = move
        elif waiting is not None and field == _DATE_OF_MOVE[waiting.status] and new:
            with suppress(ValueError):
                found[case_id][-1] = StatusMove(date.fromisoformat(new), waiting.status)
    return found


def _item_changes(
    lines: Iterable[tuple[int, int, datetime, str, str | None, str | None, str]],
) -> dict[int, list[ItemChange]]:
    found: dict[int, list[ItemChange]] = {}
    pending: dict[int, int] = {}  # item id -> index of its change whose date line may follow
    missing = ItemState.MISSING.value
    for case_id, item_id, at, field, old, new, state_now in lines:
        changes = found.setdefault(case_id, [])
        waiting = pending.pop(item_id, None)
        if field == "state":
            changes.append(ItemChange(item_id, local_day(at), old == missing, state_now == missing))
            pending[item_id] = len(changes) - 1
        elif waiting is not None and new:
            change = changes[waiting]
            with suppress(ValueError):
                changes[waiting] = ItemChange(
                    item_id, date.fromisoformat(new), change.was_missing, change.missing_now
                )
    return found


def cases_with_events(store: Store, periods: Sequence[tuple[date, date]]) -> list[frozenset[int]]:
    """For each period (first and last day in Astana), the cases with any line in the event
    log recorded in it: one indexed range query a period."""
    found = []
    with translate_errors(store.path), store.engine.connect() as connection:
        for start, end in periods:
            stmt = (
                select(Event.case_id)
                .where(
                    Event.at >= utc_start(start),
                    Event.at < utc_start(end + timedelta(days=1)),
                    Event.case_id.is_not(None),
                )
                .distinct()
            )
            found.append(frozenset(connection.scalars(stmt)))
    return found


def action_counts(
    store: Store, start: date, end: date, *, manager_id: int | None = None
) -> list[ActionCount]:
    """Lines of the event log from ``start`` to ``end`` (days in Astana) by day, manager who
    acted and kind; of one manager, if given."""
    hour = func.substr(Event.at, 1, 13).label("hour")  # "YYYY-MM-DD HH": cheaper than strftime
    kind = _kind_of(Event.entity, Event.action).label("kind")
    stmt = (
        select(hour, Event.manager_id, Manager.name, kind, func.count())
        .outerjoin(Manager, Event.manager_id == Manager.id)
        .where(
            Event.at >= utc_start(start),
            Event.at < utc_start(end + timedelta(days=1)),
            *[
                ~and_(Event.entity == e, func.coalesce(Event.field, "") == f)
                for e, f in _CONSEQUENCES
            ],
            *([Event.manager_id == manager_id] if manager_id is not None else []),
        )
        .group_by(hour, Event.manager_id, Manager.name, kind)
    )
    totals: dict[tuple[date, int | None, str | None, ActionKind], int] = {}
    with translate_errors(store.path), store.engine.connect() as connection:
        for at, who, name, what, count in connection.execute(stmt):
            key = (local_day(datetime.fromisoformat(f"{at}:00")), who, name, ActionKind(what))
            totals[key] = totals.get(key, 0) + count
    return [ActionCount(*key, count) for key, count in sorted(totals.items(), key=_sort_key)]


def _kind_of(entity: ColumnElement[str], action: ColumnElement[str]) -> ColumnElement[str]:
    return case(
        (entity == "client", literal(ActionKind.CLIENT.value)),
        (and_(entity == "case", action == "create"), literal(ActionKind.CASE_OPENED.value)),
        (and_(entity == "case", action == "status"), literal(ActionKind.STATUS.value)),
        (entity == "item", literal(ActionKind.CHECKLIST.value)),
        else_=literal(ActionKind.OTHER.value),
    )


def _sort_key(item: tuple[tuple[date, int | None, str | None, ActionKind], int]) -> tuple:
    (day, _, name, kind), _count = item
    return (day, name is None, name or "", list(ActionKind).index(kind))
