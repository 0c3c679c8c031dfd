"""The figures of the weekly workload, worked out from the store; no spreadsheet here.

How a case counts in a week (Monday to Sunday, days in Astana):

- worked on (touched): opened, moved (submitted, completed, cancelled, returned, reopened)
  or with any line in the event log that week. Only these count in the week's figures below
  and have a row of the Cases sheet; a case merely still open does not (the Summary says so).
- opened: opened that week.
- completed / cancelled: moved to completed / cancelled that week. A case completed twice in
  one week (completed, reopened, completed again) counts once; completed in one week and,
  after reopening, again in a later week, it counts in both.
- open backlog (``in_progress``), its own figure: every case open or submitted at the end of
  the week's Sunday, worked on or not; a reopened case is in hand from the day it was
  reopened. The cases nothing happened to since the first Monday are counted in SQL, by
  group (``store.workload_weeks``), never read one by one.
- overdue: of the open backlog, with its deadline passed as of the week's end (the Sunday, or today
  for the week under way), as the Due view counts it: due before that day. The deadline is
  the earliest of the case's own deadlines (target processing time, and while open the
  migration notification's), on the Kazakhstan business calendar, for the status the case
  had then. Lapses watched after completion (passport, power of attorney) are not counted.
- average business days to completion: over the completions of the week, business days from
  the day after opening to the day of completion (``BusinessCalendar.business_days_between``).
  The sum is kept too, so totals and merged workbooks average exactly (weighted by count).
"""

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.countries import normalize_country_code
from expat_desk.domain.deadlines import CaseFacts, DeadlineKind, case_deadlines
from expat_desk.domain.workflow import CLOSED, CaseStatus
from expat_desk.reports.progress import Progress
from expat_desk.reports.weeks import IsoWeek
from expat_desk.store import Store
from expat_desk.store.workload import (
    IN_HAND,
    ActionKind,
    CaseRecord,
    action_counts,
    case_records,
    cases_with_events,
)
from expat_desk.store.workload_weeks import QuietGroup, quiet_backlog

# The rows that are no manager's own, by these names here; the workbook shows them in words.
UNASSIGNED = "Unassigned"  # cases no manager is responsible for
NO_MANAGER = "No manager"  # log lines recorded without a manager (set-up, imports)
ALL_MANAGERS = "All managers"
# The deadlines that completing the case meets; the others are lapses watched afterwards.
OWN_DEADLINES = frozenset(
    {DeadlineKind.TARGET, DeadlineKind.HOST_NOTIFICATION, DeadlineKind.CENTRE_LETTER}
)


# Services are named by their codes (ServiceCode), in the catalogue's order; a merged file
# may bring another service, named by its title as that file showed it.
SERVICES = tuple(code.value for code in ServiceCode)
_UNKNOWN = date.min  # a deadline not yet worked out (None is a case without one)


@dataclass(frozen=True)
class SummaryRow:
    week: IsoWeek
    manager: str
    service: str  # a ServiceCode's value, or a title a merged file brought
    opened: int = 0
    completed: int = 0
    cancelled: int = 0
    in_progress: int = 0
    overdue: int = 0
    days_to_complete: int = 0  # summed over the completions
    refused: int = 0  # by the authority (a status since format 2)
    worked_on: int = 0  # cases something happened to (since format 4; 0 from older files)

    def plus(self, other: "SummaryRow") -> "SummaryRow":
        return replace(
            self,
            opened=self.opened + other.opened,
            completed=self.completed + other.completed,
            cancelled=self.cancelled + other.cancelled,
            in_progress=self.in_progress + other.in_progress,
            overdue=self.overdue + other.overdue,
            days_to_complete=self.days_to_complete + other.days_to_complete,
            refused=self.refused + other.refused,
            worked_on=self.worked_on + other.worked_on,
        )


@dataclass(frozen=True)
class CaseRow:
    week: IsoWeek
    number: str
    client: str
    citizenship: str  # ISO alpha-3 code, or a name a merged file brought
    service: str  # as SummaryRow.service
    manager: str
    status: CaseStatus  # at the week's end
    opened: date
    submitted: date | None
    closed: date | None
    deadline: date | None
    days_overdue: int | None
    documents_missing: int


@dataclass(frozen=True)
class DayRow:
    day: date
    manager: str
    clients: int = 0
    cases_opened: int = 0
    status_changes: int = 0
    checklist: int = 0
    other: int = 0

    @property
    def week(self) -> IsoWeek:
        return IsoWeek.containing(self.day)

    @property
    def counts(self) -> tuple[int, int, int, int, int]:
        return (self.clients, self.cases_opened, self.status_changes, self.checklist, self.other)

    def plus(self, other: "DayRow") -> "DayRow":
        summed = (a + b for a, b in zip(self.counts, other.counts, strict=True))
        return DayRow(self.day, self.manager, *summed)


@dataclass(frozen=True)
class Workload:
    """Everything one workbook shows; made from the store, or read back from workbooks."""

    scope: str  # the manager's name, or ALL_MANAGERS
    weeks: tuple[IsoWeek, ...]  # oldest first
    summary: tuple[SummaryRow, ...] = ()
    cases: tuple[CaseRow, ...] = ()
    days: tuple[DayRow, ...] = ()
    # What was read to make it (file names when merged), for the workbook's description.
    sources: tuple[str, ...] = field(default=())
    # The language of the workbook it was read from; made from the store, it has none.
    language: str | None = None


_DAY_FIELDS = {
    ActionKind.CLIENT: "clients",
    ActionKind.CASE_OPENED: "cases_opened",
    ActionKind.STATUS: "status_changes",
    ActionKind.CHECKLIST: "checklist",
    ActionKind.OTHER: "other",
}


def weekly_workload(
    store: Store,
    weeks: Sequence[IsoWeek],
    *,
    manager: str | None = None,
    progress: Progress | None = None,
) -> Workload:
    """The figures of consecutive ``weeks``, of all managers or the one named."""
    weeks = sorted(weeks)
    if not weeks or any(b != a.shifted(1) for a, b in pairwise(weeks)):
        raise ValueError("the weeks must be one or more consecutive weeks")
    progress = progress or Progress(None)
    progress.at(0)
    manager_id = store.manager_by_name(manager).id if manager is not None else None
    start, end = weeks[0].monday, weeks[-1].sunday
    # Reads of the same stretch of the event log, each on its own connection: SQLite lets go
    # of the interpreter while it reads, so on two cores they overlap. The cases with lines in
    # the log are read once, then handed to case_records (not read again as its subquery).
    with ThreadPoolExecutor(max_workers=2) as pool:
        periods = [(w.monday, w.sunday) for w in weeks]
        days_read = pool.submit(_day_rows, store, weeks, manager_id, manager)
        quiet_read = pool.submit(quiet_backlog, store, start, manager_id=manager_id)
        with_events = cases_with_events(store, periods)
        records = case_records(
            store,
            start,
            end,
            manager_id=manager_id,
            missing_from=weeks[0].sunday,
            logged=frozenset().union(*with_events),
        )
        days, quiet = days_read.result(), quiet_read.result()
    progress.at(0.4)
    counting = progress.part(0.4, 1)
    counter = _WeekCounter(store, weeks, with_events)
    for group in quiet:
        counter.add_quiet(group)
    for n, record in enumerate(records, start=1):
        counter.add(record)
        if n % 1000 == 0:
            counting.at(n / len(records))
    counter.finish()
    managers = [manager] if manager is not None else _active_managers(store)
    summary = [row for week in weeks for row in counter.summary(week, managers)]
    progress.at(1)
    return Workload(
        scope=manager or ALL_MANAGERS,
        weeks=tuple(weeks),
        summary=tuple(summary),
        cases=tuple(sorted(counter.cases, key=_case_order)),
        days=tuple(days),
    )


def _active_managers(store: Store) -> list[str]:
    return [m.name for m in store.list_managers() if m.active]


class _WeekCounter:
    """Adds cases up week by week; a case is looked at only in the weeks it can count in."""

    def __init__(
        self, store: Store, weeks: Sequence[IsoWeek], with_events: Sequence[frozenset[int]]
    ) -> None:
        self.weeks = list(weeks)
        self.first_monday = weeks[0].monday
        self.bounds = [(week.monday, week.sunday) for week in weeks]
        self.with_events = with_events
        self.last_logged: dict[int, int] = {}  # case id -> last week it has log lines in
        for n, case_ids in enumerate(with_events):
            self.last_logged.update(dict.fromkeys(case_ids, n))
        self.calendar = store.business_calendar()
        self.targets = store.target_days()
        self.today = store.today()
        # (week, manager, service) -> the six figures of SummaryRow, added up as cases come.
        self.figures: dict[tuple[IsoWeek, str, str], list[int]] = {}
        self.cases: list[CaseRow] = []
        self.countries: dict[str, str] = {}
        self.deadlines: dict[tuple, date | None] = {}
        # (manager, deadline key, first week) -> cases in hand from that week on, untouched.
        self.tails: dict[tuple[str, tuple, int], int] = {}

    def add(self, record: CaseRecord) -> None:
        first = max(0, self._week_index(record.opened_on))
        last = len(self.weeks) - 1
        last_change = max(
            (m.on for m in record.moves),
            default=record.closed_on or record.submitted_on or record.opened_on,
        )
        logged = self.last_logged.get(record.case_id, first)
        # After its last move and last line in the log, nothing happens to the case.
        active = min(last, max(self._week_index(last_change), logged, first))
        for n in range(first, active + 1):
            self._count(record, n)
        # Closed for good, later weeks do not see it; in hand, it stays in the backlog as it
        # stands now, added up with the cases alike (no case by week loop in Python).
        status = record.status_on(self.bounds[-1][1])
        if active < last and status in IN_HAND:
            key = (record.service, status, record.opened_on, record.channel, record.arrival_date)
            tail = (record.manager_name or UNASSIGNED, key, active + 1)
            self.tails[tail] = self.tails.get(tail, 0) + 1

    def _week_index(self, day: date) -> int:
        """Which of the (consecutive) weeks ``day`` is in; -1 before, len(weeks) after."""
        n = (day - self.first_monday).days // 7
        return min(max(n, -1), len(self.weeks))

    def _count(self, record: CaseRecord, n: int) -> None:
        week = self.weeks[n]
        monday, sunday = self.bounds[n]
        status = record.status_on(sunday)
        in_hand = status in IN_HAND
        completions = record.moves_between(monday, sunday, CaseStatus.COMPLETED)
        cancelled = bool(record.moves_between(monday, sunday, CaseStatus.CANCELLED))
        refused = bool(record.moves_between(monday, sunday, CaseStatus.REFUSED))
        opened = monday <= record.opened_on <= sunday
        submitted = record.last_move_by(sunday, CaseStatus.SUBMITTED)
        touched = (
            opened
            or record.case_id in self.with_events[n]
            or any(monday <= m.on <= sunday for m in record.moves)
            or bool(completions or cancelled or refused)  # without history: from its dates
            or (submitted is not None and submitted >= monday)
        )
        if not touched and not in_hand:
            return
        as_of = min(sunday, self.today)
        deadline = self._deadline(record, status) if in_hand else None
        late = (as_of - deadline).days if deadline is not None and deadline < as_of else None
        service = record.service
        manager = record.manager_name or UNASSIGNED
        figures = self.figures.setdefault((week, manager, service), [0] * 8)
        figures[3] += in_hand  # the open backlog counts every case in hand, touched or not
        figures[4] += late is not None
        if not touched:
            return  # nothing happened to it this week: no row, no other figure
        figures[7] += 1
        figures[0] += opened
        figures[1] += bool(completions)
        figures[2] += cancelled
        if completions:
            figures[5] += self.calendar.business_days_between(record.opened_on, completions[-1])
        figures[6] += refused
        closed = record.last_move_by(sunday, status) if status in CLOSED else None
        self.cases.append(
            CaseRow(
                week=week,
                number=record.number,
                client=record.client_name,
                citizenship=self._country(record.citizenship),
                service=service,
                manager=manager,
                status=status,
                opened=record.opened_on,
                submitted=submitted,
                closed=closed,
                deadline=deadline,
                days_overdue=late,
                documents_missing=record.missing_on(sunday),
            )
        )

    def add_quiet(self, group: QuietGroup) -> None:
        """Cases in hand that nothing happened to in any of the weeks: in each week's open
        backlog (and overdue, as of its end), with no row and no other figure."""
        key = (group.service, group.status, group.opened_on, group.channel, group.arrival_date)
        tail = (group.manager_name or UNASSIGNED, key, 0)
        self.tails[tail] = self.tails.get(tail, 0) + group.count

    def finish(self) -> None:
        """Add the backlog tails to the weeks: each a count from its first week on, overdue
        from the first week whose end is past its deadline (running sums, not loops)."""
        as_of = [min(sunday, self.today) for _, sunday in self.bounds]
        weeks = len(self.weeks)
        steps: dict[tuple[str, str], list[list[int]]] = {}
        for (manager, key, first), count in self.tails.items():
            deadline = self._deadline_of(key)
            backlog, overdue = steps.setdefault(
                (manager, key[0]), [[0] * (weeks + 1), [0] * (weeks + 1)]
            )
            backlog[first] += count
            if deadline is not None:
                overdue[max(first, bisect_right(as_of, deadline))] += count
        for (manager, service), (backlog, overdue) in steps.items():
            in_hand = late = 0
            for n, week in enumerate(self.weeks):
                in_hand, late = in_hand + backlog[n], late + overdue[n]
                if in_hand:
                    figures = self.figures.setdefault((week, manager, service), [0] * 8)
                    figures[3] += in_hand
                    figures[4] += late
        self.tails.clear()

    def _deadline(self, record: CaseRecord, status: CaseStatus) -> date | None:
        return self._deadline_of(
            (record.service, status, record.opened_on, record.channel, record.arrival_date)
        )

    def _deadline_of(self, key: tuple) -> date | None:
        # The own deadlines follow from these alone: cases opened the same day for the same
        # service share them (thousands of cases a week on a large desk).
        found = self.deadlines.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = self.deadlines[key] = self._own_deadline(*key)
        return found

    def _own_deadline(
        self,
        service: str,
        status: CaseStatus,
        opened_on: date,
        channel: str | None,
        arrival_date: date | None,
    ) -> date | None:
        facts = CaseFacts(
            case_id=0,
            number="",
            client_name="",
            service=service,
            status=status.value,
            opened_on=opened_on,
            channel=channel,
            arrival_date=arrival_date,
        )
        due = [
            d.due
            for d in case_deadlines(facts, self.calendar, self.targets)
            if d.kind in OWN_DEADLINES
        ]
        return min(due, default=None)

    def _country(self, code: str) -> str:
        """The alpha-3 code (an MRZ alias such as ``D`` made ``DEU``), or the text kept."""
        found = self.countries.get(code)
        if found is None:
            found = self.countries[code] = normalize_country_code(code) or code
        return found

    def summary(self, week: IsoWeek, managers: Iterable[str]) -> list[SummaryRow]:
        """One row a manager and service: the managers named, and any other with figures."""
        names = set(managers) | {m for w, m, _ in self.figures if w == week}
        return [
            SummaryRow(week, manager, service, *self.figures.get((week, manager, service), ()))
            for manager in sorted(names, key=manager_order)
            for service in SERVICES
        ]


def _day_rows(
    store: Store, weeks: Sequence[IsoWeek], manager_id: int | None, manager: str | None
) -> list[DayRow]:
    """Every day of every week for each manager who acted that week (and the active ones, or
    the one named)."""
    found: dict[tuple[date, str], DayRow] = {}
    for count in action_counts(store, weeks[0].monday, weeks[-1].sunday, manager_id=manager_id):
        key = (count.day, count.manager_name or NO_MANAGER)
        row = found.get(key) or DayRow(*key)
        name = _DAY_FIELDS[count.kind]
        found[key] = replace(row, **{name: getattr(row, name) + count.count})
    managers = [manager] if manager is not None else _active_managers(store)
    rows = []
    for week in weeks:
        acted = {name for day, name in found if IsoWeek.containing(day) == week}
        for name in sorted(acted | set(managers), key=manager_order):
            if name == NO_MANAGER:  # set-up lines: only the days they happened on
                rows += [found[(day, name)] for day in week.days() if (day, name) in found]
            else:  # a manager's every day, an idle one as a row of zeros
                rows += [found.get((day, name)) or DayRow(day, name) for day in week.days()]
    return sorted(rows, key=lambda r: (r.day, manager_order(r.manager)))


def manager_order(name: str) -> tuple[bool, str]:
    """Managers by name, the unassigned cases and the lines without a manager last."""
    return (name in (UNASSIGNED, NO_MANAGER), name.casefold())


def _case_order(row: CaseRow) -> tuple:
    return (row.week.year, row.week.week, manager_order(row.manager), row.number)
