"""The Due list read from the stored deadlines: a page at a time, its counts, a client's next.

Which rows are listed and how urgent they are depends on today, and is decided here, in the
query: a case's own deadline is listed in the week it falls due and once past, a watched lapse
between its ``listed_from`` and ``listed_until``. Urgency grows with the due date, so the
index on (due, number, id) is the list's order, most urgent first.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, func, or_, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from expat_desk.domain.deadlines import (
    CaseFacts,
    Deadline,
    DeadlineKind,
    DueItem,
    Urgency,
    listed_item,
)
from expat_desk.store.models import Case, CaseDeadline, Client
from expat_desk.store.session import StoreSession

# The key of a row in the list's order: (due, case number, row id).
DueKey = tuple[date, str, int]


@dataclass(frozen=True)
class DuePage:
    items: list[DueItem]
    # Where the next page starts (None: this was the last).
    after: DueKey | None


def week_end(today: date) -> date:
    return today + timedelta(days=6 - today.weekday())


def listed_on(today: date) -> ColumnElement[bool]:
    """The stored deadlines on the Due list on ``today``."""
    d = CaseDeadline
    return or_(
        and_(d.listed_from.is_(None), d.due <= week_end(today)),
        and_(d.listed_from <= today, or_(d.listed_until.is_(None), d.listed_until >= today)),
    )


def overdue_on(today: date) -> ColumnElement[bool]:
    return and_(CaseDeadline.due < today, listed_on(today))


class DueList(StoreSession):
    def due_page(
        self,
        today: date | None = None,
        *,
        after: DueKey | None = None,
        limit: int | None = 200,
        due_from: date | None = None,
    ) -> DuePage:
        """A page of the Due list, most urgent first, from ``after`` on (None: the top); only
        what falls due on ``due_from`` or later, if given (what is due today, say)."""
        today = today or self.today()
        d = CaseDeadline
        stmt = (
            select(
                d.id,
                d.due,
                d.kind,
                d.number,
                d.service,
                d.case_id,
                d.client_id,
                Case.status,
                Case.opened_on,
                Client.surname,
                Client.given_names,
            )
            .join(Case, d.case_id == Case.id)
            .join(Client, d.client_id == Client.id)
            .where(listed_on(today))
            .order_by(d.due, d.number, d.id)
        )
        if after is not None:
            stmt = stmt.where(tuple_(d.due, d.number, d.id) > tuple_(*after))
        if due_from is not None:
            stmt = stmt.where(d.due >= due_from)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._read() as s:
            rows = list(s.execute(stmt))
        items = []
        for row in rows:
            facts = CaseFacts(
                case_id=row.case_id,
                number=row.number,
                client_name=" ".join(p for p in (row.surname, row.given_names) if p),
                service=row.service,
                status=row.status,
                opened_on=row.opened_on,
                client_id=row.client_id,
            )
            item = listed_item(facts, Deadline(DeadlineKind(row.kind), row.due), today)
            if item is not None:  # it is, by the query; the rules say so once more
                items.append(item)
        full = limit is not None and len(rows) == limit
        return DuePage(items, (rows[-1].due, rows[-1].number, rows[-1].id) if full else None)

    def due_items(self, today: date | None = None) -> list[DueItem]:
        """The whole Due list: what is overdue, due today or this week, the lapses to watch."""
        return self.due_page(today, limit=None).items

    def due_counts(self, today: date | None = None) -> dict[Urgency, int]:
        """How many items are overdue, due today, this week, and watched (one indexed query)."""
        today = today or self.today()
        d = CaseDeadline
        sunday = week_end(today)
        counted = (
            func.count(case((d.due < today, 1))),
            func.count(case((d.due == today, 1))),
            func.count(case((and_(d.due > today, d.due <= sunday), 1))),
            func.count(case((d.due > sunday, 1))),
        )
        # The two halves of listed_on apart: each is a range of one index, not a scan.
        own = select(*counted).where(d.listed_from.is_(None), d.due <= sunday)
        watched = select(*counted).where(
            d.listed_from <= today, or_(d.listed_until.is_(None), d.listed_until >= today)
        )
        with self._read() as s:
            halves = [tuple(s.execute(part).one()) for part in (own, watched)]
        overdue, due_today, this_week, soon = (a + b for a, b in zip(*halves, strict=True))
        return {
            Urgency.OVERDUE: overdue,
            Urgency.TODAY: due_today,
            Urgency.THIS_WEEK: this_week,
            Urgency.SOON: soon,
        }

    def next_deadlines(self, client_id: int) -> dict[int, Deadline]:
        """The earliest deadline of each of a client's cases that still has one."""
        d = CaseDeadline
        stmt = select(d.case_id, d.kind, d.due).where(d.client_id == client_id)
        found: dict[int, Deadline] = {}
        with self._read() as s:
            for case_id, kind, due in s.execute(stmt.order_by(d.due, d.id)):
                found.setdefault(case_id, Deadline(DeadlineKind(kind), due))
        return found
