"""The one API over the database that the window, the command line and the tests share.

Each method is one short session and one transaction: a change is stored whole, with its lines
in the event log, or not at all. Objects handed back are detached (``expire_on_commit=False``)
so the window may read them after the session is gone.
"""

import json
import logging
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.catalogue import ServiceCode, load_catalogue
from expat_desk.domain.centre import CentreDetails, check_centre
from expat_desk.domain.client import CLIENT_FIELDS, check_client
from expat_desk.domain.deadlines import (
    DEFAULT_TARGET_DAYS,
    CaseFacts,
    Deadline,
    DueItem,
    case_deadlines,
    check_passport_for_completion,
    due_items,
)
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.domain.iin import InvalidIin, parse_iin
from expat_desk.domain.search import client_index, query_terms
from expat_desk.domain.workflow import (
    CaseStatus,
    ItemState,
    check_case_move,
    check_item_move,
    check_step,
    progress,
)
from expat_desk.store.database import open_database, translate_errors, writer
from expat_desk.store.errors import Conflict, NotFound
from expat_desk.store.models import (
    Case,
    ChecklistItem,
    Client,
    Document,
    Event,
    Manager,
    Setting,
)

log = logging.getLogger(__name__)

# Settings keys of the centre's calendar corrections and target times.
DAYS_OFF = "calendar.days_off"
WORKING_DAYS = "calendar.working_days"
TARGETS = "targets.business_days"
CENTRE = "centre.details"
DESK_MANAGER = "desk.manager_id"

CASE_PREFIX = {
    ServiceCode.IIN: "IIN",
    ServiceCode.EDS: "EDS",
    ServiceCode.MIGRATION_NOTIFICATION: "MN",
    ServiceCode.POLICE_REGISTRATION: "PR",
    ServiceCode.LOSS_OF_PASSPORT: "LP",
}
CLIENT_SORT = {
    "name": (Client.sort_name,),
    "name_cyr": (Client.sort_name_cyr,),
    "citizenship": (Client.citizenship,),
    "birth_date": (Client.birth_date,),
    "passport": (Client.passport_number,),
    "iin": (Client.iin,),
    "phone": (Client.phone,),
    "employer": (Client.employer,),
    "created": (Client.created_at,),
}
# The case is with the state body or closed: its checklist is a record, not a to-do list.
_FROZEN_CHECKLIST = {CaseStatus.COMPLETED, CaseStatus.CANCELLED}
_CENTRE_FIELDS = ("name", "bin", "address")


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def as_text(value: Any) -> str | None:
    """How a value is written in the event log."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _jsonable(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers given (an unanswered question is left out), dates as ISO text."""
    return {
        k: v.isoformat() if isinstance(v, date) else v for k, v in answers.items() if v is not None
    }


class Store:
    def __init__(
        self,
        engine: Engine,
        *,
        manager_id: int | None = None,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.engine = engine
        self.path = Path(engine.url.database or "")
        self.manager_id = manager_id
        self.today = today
        self.now = now

    @classmethod
    def open(cls, path: Path | str, **kwargs: Any) -> "Store":
        """The store on ``path``, acting as the desk's manager unless ``manager_id`` is given."""
        store = cls(open_database(path), **kwargs)
        if "manager_id" not in kwargs:
            desk = store.desk_manager()
            store.manager_id = desk.id if desk else None
        return store

    def reopen(self) -> None:
        """Let go of the file and open it again (after a restore replaced it)."""
        self.engine.dispose()
        self.engine = open_database(self.path)
        desk = self.desk_manager()  # the restored file may name another manager, or none
        self.manager_id = desk.id if desk else None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- sessions -------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with translate_errors(self.path), Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with (
                translate_errors(self.path),
                Session(writer(self.engine), expire_on_commit=False) as s,
                s.begin(),
            ):
                yield s
        except IntegrityError as exc:
            raise Conflict(f"the change conflicts with a stored record: {exc.orig}") from exc

    def _log(
        self,
        s: Session,
        entity: str,
        entity_id: int,
        action: str,
        *,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        case_id: int | None = None,
    ) -> None:
        s.add(
            Event(
                at=self.now(),
                manager_id=self.manager_id,
                entity=entity,
                entity_id=entity_id,
                case_id=case_id,
                action=action,
                field=field,
                old=as_text(old),
                new=as_text(new),
            )
        )

    # --- managers -------------------------------------------------------------------------

    def add_manager(self, name: str, email: str | None = None) -> Manager:
        name = " ".join(name.split())
        if not name or len(name) > 100:
            raise ValidationError({"name": "must be 1 to 100 characters"})
        if name[0] in "=+-@":  # a spreadsheet would read such a name as a formula
            raise ValidationError({"name": "cannot begin with = + - or @"})
        with self._write() as s:
            if s.scalar(select(Manager.id).where(Manager.name == name)):
                raise ValidationError({"name": f"a manager named {name!r} already exists"})
            manager = Manager(name=name, email=email, active=True)
            s.add(manager)
            s.flush()
            self._log(s, "manager", manager.id, "create", new=name)
        return manager

    def list_managers(self) -> list[Manager]:
        with self._read() as s:
            return list(s.scalars(select(Manager).order_by(Manager.name)))

    def desk_manager(self) -> Manager | None:
        """The manager who works at this desk (each laptop keeps its own database)."""
        manager_id = self.get_setting(DESK_MANAGER)
        if not isinstance(manager_id, int) or isinstance(manager_id, bool):
            return None
        with self._read() as s:
            return s.get(Manager, manager_id)

    def set_desk_manager(self, name: str) -> Manager:
        """Name the manager at this desk (added if new); every change is then logged as theirs."""
        name = " ".join(name.split())
        try:
            manager = self.manager_by_name(name)
        except NotFound:
            manager = self.add_manager(name)
        self.set_setting(DESK_MANAGER, manager.id)
        self.manager_id = manager.id
        return manager

    def manager_by_name(self, name: str) -> Manager:
        with self._read() as s:
            manager = s.scalar(select(Manager).where(Manager.name == name))
        if manager is None:
            raise NotFound(f"no manager named {name!r}")
        return manager

    # --- clients --------------------------------------------------------------------------

    def add_client(
        self, values: Mapping[str, Any], *, manager_id: int | None = None
    ) -> tuple[Client, list[str]]:
        """Store a new client; returns it and the warnings the manager should see."""
        checked = check_client(values, today=self.today())
        now = self.now()
        with self._write() as s:
            self._check_unique(s, checked.values, None)
            client = Client(
                **checked.values,
                manager_id=manager_id if manager_id is not None else self.manager_id,
                created_at=now,
                updated_at=now,
            )
            _index(client)
            s.add(client)
            s.flush()
            self._log(s, "client", client.id, "create", new=client.full_name)
        return client, checked.warnings

    def update_client(self, client_id: int, changes: Mapping[str, Any]) -> tuple[Client, list[str]]:
        """Change some fields of a client; every changed field goes to the event log."""
        with self._write() as s:
            client = self._get(s, Client, client_id)
            current = {name: getattr(client, name) for name in CLIENT_FIELDS}
            checked = check_client({**current, **changes}, today=self.today())
            self._check_unique(s, checked.values, client_id)
            changed = False
            for name, new in checked.values.items():
                old = current[name]
                if as_text(old) != as_text(new):
                    setattr(client, name, new)
                    self._log(s, "client", client_id, "update", field=name, old=old, new=new)
                    changed = True
            if changed:
                _index(client)
                client.updated_at = self.now()
        return client, checked.warnings

    def _check_unique(self, s: Session, values: Mapping[str, Any], own_id: int | None) -> None:
        errors: dict[str, str] = {}
        other = s.scalar(
            select(Client).where(
                Client.citizenship == values["citizenship"],
                Client.passport_number == values["passport_number"],
                Client.id != (own_id or 0),
            )
        )
        if other:
            errors["passport_number"] = f"already belongs to client #{other.id} {other.full_name}"
        if values.get("iin"):
            other = s.scalar(
                select(Client).where(Client.iin == values["iin"], Client.id != (own_id or 0))
            )
            if other:
                errors["iin"] = f"already belongs to client #{other.id} {other.full_name}"
        if errors:
            raise ValidationError(errors)

    def get_client(self, client_id: int) -> Client:
        with self._read() as s:
            return self._get(s, Client, client_id)

    def search_clients(
        self,
        query: str = "",
        *,
        limit: int = 200,
        offset: int = 0,
        sort: str = "name",
        descending: bool = False,
        manager_id: int | None = None,
        service: str | None = None,
        status: str | None = None,
        client_ids: Collection[int] | None = None,
    ) -> list[Client]:
        """Clients matching every word of ``query`` in any searchable field, any script or case;
        and, when given, with a case of ``service`` / in ``status``, among ``client_ids``."""
        if sort not in CLIENT_SORT:
            raise ValueError(f"cannot sort clients by {sort!r}")
        columns = CLIENT_SORT[sort]
        # Blanks (no IIN yet, no Cyrillic name) go last either way: they are what is unknown.
        # NULLS LAST only where a column has blanks: on a NOT NULL column it stops SQLite from
        # walking the index, and a page deep in a large register then sorts the whole table.
        order = [
            (c.desc() if descending else c.asc()).nulls_last()
            if c.nullable
            else (c.desc() if descending else c.asc())
            for c in (*columns, Client.id)
        ]
        stmt = (
            select(Client)
            .where(*self._client_filters(query, manager_id, service, status, client_ids))
            .order_by(*order)
            .limit(limit)
            .offset(offset)
        )
        with self._read() as s:
            return list(s.scalars(stmt))

    def count_clients(
        self,
        query: str = "",
        *,
        manager_id: int | None = None,
        service: str | None = None,
        status: str | None = None,
        client_ids: Collection[int] | None = None,
    ) -> int:
        stmt = select(func.count(Client.id)).where(
            *self._client_filters(query, manager_id, service, status, client_ids)
        )
        with self._read() as s:
            return s.scalar(stmt) or 0

    @staticmethod
    def _client_filters(
        query: str,
        manager_id: int | None,
        service: str | None = None,
        status: str | None = None,
        client_ids: Collection[int] | None = None,
    ) -> list[ColumnElement[bool]]:
        filters = [
            Client.search_text.like(f"%{_escape_like(term)}%", escape="\\")
            for term in query_terms(query)
        ]
        if manager_id is not None:
            filters.append(Client.manager_id == manager_id)
        if service is not None or status is not None:
            cases = select(Case.id).where(Case.client_id == Client.id)
            if service is not None:
                cases = cases.where(Case.service == service)
            if status is not None:
                cases = cases.where(Case.status == status)
            filters.append(cases.exists())
        if client_ids is not None:
            filters.append(Client.id.in_(list(client_ids)))
        return filters

    # --- cases ----------------------------------------------------------------------------

    def open_case(
        self,
        client_id: int,
        service: str,
        answers: Mapping[str, Any] | None = None,
        *,
        manager_id: int | None = None,
    ) -> Case:
        """Open a case with its checklist built from the current catalogue and the answers."""
        catalogue = load_catalogue()
        try:
            spec = catalogue.service(service)
        except KeyError:
            raise ValidationError(
                {"service": f"{service!r} is not a service of the centre"}
            ) from None
        today = self.today()
        typed = spec.validate_answers(answers or {}, today=today)
        with self._write() as s:
            client = self._get(s, Client, client_id)
            # Seed: the IIN is a prerequisite of an EDS.
            if spec.requires_client_iin and not client.iin:
                raise RuleViolation(
                    f"{client.full_name} has no IIN: an EDS needs one; open an IIN case first"
                )
            if spec.code is ServiceCode.IIN and client.iin:
                raise RuleViolation(f"{client.full_name} already has an IIN ({client.iin})")
            now = self.now()
            case = Case(
                number="",
                client_id=client_id,
                service=spec.code.value,
                checklist_version=catalogue.version,
                channel=typed.get("channel"),
                representative=bool(typed.get("representative")),
                manager_id=manager_id if manager_id is not None else self.manager_id,
                status=CaseStatus.OPEN.value,
                opened_on=today,
                arrival_date=typed.get("arrival_date"),
                answers=_jsonable(typed),
                created_at=now,
                updated_at=now,
            )
            s.add(case)
            s.flush()
            case.number = f"{CASE_PREFIX[spec.code]}-{today.year}-{case.id:05d}"
            for position, item in enumerate(spec.checklist(typed)):
                row = ChecklistItem(
                    case_id=case.id,
                    position=position,
                    code=item.code,
                    title_en=item.title["en"],
                    title_ru=item.title["ru"],
                    required=item.required,
                    state=ItemState.MISSING.value,
                )
                if item.code == "eds.iin":
                    # The prerequisite is already on file: nothing to collect.
                    row.state, row.state_date, row.note = (
                        ItemState.RECEIVED.value,
                        today,
                        "IIN on file",
                    )
                s.add(row)
            self._log(s, "case", case.id, "create", new=case.number, case_id=case.id)
        return self.get_case(case.id)

    def get_case(self, case_id: int) -> Case:
        with self._read() as s:
            return self._get(s, Case, case_id)

    def case_by_number(self, number: str) -> Case:
        """The case numbered ``number`` ("IIN-2026-00012"; case and spaces ignored)."""
        wanted = number.strip().upper()
        with self._read() as s:
            case = s.scalars(select(Case).where(Case.number == wanted)).first()
        if case is None:
            raise NotFound(f"no case numbered {wanted}")
        return case

    def list_cases(
        self,
        *,
        client_id: int | None = None,
        service: str | None = None,
        status: str | None = None,
        manager_id: int | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Case]:
        conditions = [
            column == value
            for column, value in (
                (Case.client_id, client_id),
                (Case.service, service),
                (Case.status, status),
                (Case.manager_id, manager_id),
            )
            if value is not None
        ]
        stmt = (
            select(Case)
            .where(and_(True, *conditions))
            .order_by(Case.opened_on.desc(), Case.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._read() as s:
            return list(s.scalars(stmt).unique())

    def last_case_id(self) -> int | None:
        with self._read() as s:
            return s.scalar(select(func.max(Case.id)))

    def count_cases(self, *, status: str | None = None) -> int:
        stmt = select(func.count(Case.id))
        if status is not None:
            stmt = stmt.where(Case.status == status)
        with self._read() as s:
            return s.scalar(stmt) or 0

    def case_counts(self) -> dict[tuple[str, str], int]:
        """How many cases there are of each (service, status)."""
        stmt = select(Case.service, Case.status, func.count(Case.id)).group_by(
            Case.service, Case.status
        )
        with self._read() as s:
            return {(service, status): n for service, status, n in s.execute(stmt)}

    def move_case(
        self, case_id: int, status: str, *, outcome: str | None = None, on: date | None = None
    ) -> Case:
        """Move a case to another status, if the rules allow it; ``outcome`` on completion."""
        try:
            target = CaseStatus(status)
        except ValueError:
            raise ValidationError({"status": f"{status!r} is not a case status"}) from None
        on = on or self.today()
        with self._write() as s:
            case = self._get(s, Case, case_id)
            current = CaseStatus(case.status)
            spec = load_catalogue(case.checklist_version).service(case.service)
            done = progress((i.required, ItemState(i.state)) for i in case.items)
            check_case_move(
                current,
                target,
                ready=done.ready,
                needs_client_iin=spec.requires_client_iin,
                client_has_iin=bool(case.client.iin),
            )
            if on < case.opened_on:
                raise ValidationError({"on": "cannot be before the case was opened"})
            if target is CaseStatus.COMPLETED and case.service != ServiceCode.LOSS_OF_PASSPORT:
                check_passport_for_completion(case.client.passport_expiry, on)
            if on > self.today():
                raise ValidationError({"on": "cannot be in the future"})
            case.status = target.value
            self._log(
                s,
                "case",
                case.id,
                "status",
                field="status",
                old=current,
                new=target,
                case_id=case.id,
            )
            if target is CaseStatus.SUBMITTED:
                self._set_case(s, case, "submitted_on", on)
            elif target in _FROZEN_CHECKLIST:
                self._set_case(s, case, "closed_on", on)
            else:
                self._set_case(s, case, "closed_on", None)
            if target is CaseStatus.COMPLETED and outcome:
                self._record_outcome(s, case, outcome.strip())
            case.updated_at = self.now()
        return self.get_case(case_id)

    def _set_case(self, s: Session, case: Case, name: str, value: Any) -> None:
        old = getattr(case, name)
        if old != value:
            setattr(case, name, value)
            self._log(s, "case", case.id, "update", field=name, old=old, new=value, case_id=case.id)

    def _record_outcome(self, s: Session, case: Case, outcome: str) -> None:
        if len(outcome) > 200:
            raise ValidationError({"outcome": "must be at most 200 characters"})
        if case.service == ServiceCode.IIN:
            # The outcome of an IIN case is the number itself: check it and put it on the client.
            try:
                parse_iin(outcome)
            except InvalidIin as exc:
                raise ValidationError({"outcome": str(exc)}) from None
            client = case.client
            if not client.iin:
                self._check_unique(
                    s,
                    {
                        "citizenship": client.citizenship,
                        "passport_number": client.passport_number,
                        "iin": outcome,
                    },
                    client.id,
                )
                self._log(s, "client", client.id, "update", field="iin", old=None, new=outcome)
                client.iin = outcome
                _index(client)
        self._set_case(s, case, "outcome", outcome)

    # --- checklist ------------------------------------------------------------------------

    def set_item_state(
        self, item_id: int, state: str, *, on: date | None = None, note: str | None = None
    ) -> ChecklistItem:
        """Mark a checklist item missing, received, verified or not applicable."""
        try:
            target = ItemState(state)
        except ValueError:
            raise ValidationError({"state": f"{state!r} is not an item state"}) from None
        today = self.today()
        with self._write() as s:
            item = self._get(s, ChecklistItem, item_id)
            case = item.case
            _check_open(case)
            current = ItemState(item.state)
            check_item_move(current, target)
            if target is ItemState.NOT_APPLICABLE and item.required and not (note or item.note):
                # Otherwise a case could be submitted with its required documents waved away.
                raise ValidationError({"note": "say why a required document does not apply"})
            spec = load_catalogue(case.checklist_version).service(case.service)
            if target in {ItemState.RECEIVED, ItemState.VERIFIED}:
                on = on or (item.state_date if current is not ItemState.MISSING else None) or today
            if spec.sequential:
                steps = [(ItemState(i.state), i.state_date) for i in case.items]
                check_step(item.position, target, on, steps, today)
            elif on is not None and on > today:
                raise ValidationError({"on": "cannot be in the future"})
            new_date = on if target in {ItemState.RECEIVED, ItemState.VERIFIED} else None
            for name, value in (("state", target.value), ("state_date", new_date)):
                old = getattr(item, name)
                if old != value:
                    setattr(item, name, value)
                    self._log(
                        s,
                        "item",
                        item.id,
                        "update",
                        field=name,
                        old=old,
                        new=value,
                        case_id=case.id,
                    )
            if note is not None:
                self._set_item_note(s, item, note)
            case.updated_at = self.now()
        return item

    def set_item_note(self, item_id: int, note: str) -> ChecklistItem:
        with self._write() as s:
            item = self._get(s, ChecklistItem, item_id)
            _check_open(item.case)
            self._set_item_note(s, item, note)
        return item

    def _set_item_note(self, s: Session, item: ChecklistItem, note: str) -> None:
        note = note.strip()
        if len(note) > 2000:
            raise ValidationError({"note": "must be at most 2000 characters"})
        value = note or None
        if item.note != value:
            self._log(
                s,
                "item",
                item.id,
                "update",
                field="note",
                old=item.note,
                new=value,
                case_id=item.case_id,
            )
            item.note = value

    # --- deadlines --------------------------------------------------------------------------

    def business_calendar(self) -> BusinessCalendar:
        """Kazakhstan's calendar with the centre's own days off and working days on top."""
        return BusinessCalendar(
            days_off=_dates(self.get_setting(DAYS_OFF, [])),
            working_days=_dates(self.get_setting(WORKING_DAYS, [])),
        )

    def set_calendar_day(self, day: date, kind: str | None) -> None:
        """Make ``day`` a day off ("day_off"), a working day ("working_day"), or leave it to the
        national calendar again (None)."""
        if kind not in (None, "day_off", "working_day"):
            raise ValidationError({"kind": "must be day_off, working_day or nothing"})
        with self._write() as s:  # read and write in one transaction: no change is lost
            for key, wanted in ((DAYS_OFF, "day_off"), (WORKING_DAYS, "working_day")):
                setting = s.get(Setting, key)
                days = set(_dates(setting.value if setting else [])) - {day}
                if kind == wanted:
                    days.add(day)
                value = sorted(d.isoformat() for d in days)
                if value != (setting.value if setting else []):
                    self._put_setting(s, key, value)

    def target_days(self) -> dict[str, int]:
        """Target processing time of each service in business days (defaults, then settings)."""
        stored = self.get_setting(TARGETS, {})
        valid = {
            service: days
            for service, days in (stored.items() if isinstance(stored, dict) else [])
            if service in DEFAULT_TARGET_DAYS
            and isinstance(days, int)
            and not isinstance(days, bool)
            and 1 <= days <= 90
        }
        if stored and valid != stored:
            log.warning("the target times setting holds values out of range; they are ignored")
        return {**DEFAULT_TARGET_DAYS, **valid}

    def set_target_days(self, service: str, days: int) -> None:
        try:
            code = ServiceCode(service)
        except ValueError:
            raise ValidationError({"service": f"{service!r} is not a service"}) from None
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 90:
            raise ValidationError({"days": "must be a whole number of business days, 1 to 90"})
        with self._write() as s:
            setting = s.get(Setting, TARGETS)
            self._put_setting(s, TARGETS, {**(setting.value if setting else {}), code.value: days})

    def deadline_facts(
        self, *, client_id: int | None = None, after_id: int = 0, up_to_id: int | None = None
    ) -> list[CaseFacts]:
        """The cases that still have deadlines: those in progress or submitted, and completed
        police registrations and EDS whose validity is watched (of one client, if given).

        ``after_id`` and ``up_to_id`` read the cases of one range of ids, so the window can
        work a large register out a page at a time and keep painting in between."""
        watched = or_(
            Case.status.in_([CaseStatus.OPEN.value, CaseStatus.SUBMITTED.value]),
            and_(
                Case.status == CaseStatus.COMPLETED.value,
                Case.service.in_([ServiceCode.POLICE_REGISTRATION.value, ServiceCode.EDS.value]),
            ),
        )
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
                Case.client_id,
                Client.surname,
                Client.given_names,
                Client.passport_expiry,
            )
            .join(Client, Case.client_id == Client.id)
            .where(
                watched,
                Case.id > after_id,
                *([Case.id <= up_to_id] if up_to_id is not None else []),
                *([Case.client_id == client_id] if client_id is not None else []),
            )
            .order_by(Case.id)
        )
        poa = (
            select(ChecklistItem.case_id, ChecklistItem.state_date)
            .join(Case, ChecklistItem.case_id == Case.id)
            .where(
                watched,
                Case.id > after_id,
                ChecklistItem.code.endswith(".power_of_attorney", autoescape=True),
                ChecklistItem.state.in_([ItemState.RECEIVED.value, ItemState.VERIFIED.value]),
            )
        )
        # Core rows, not the ORM's: the same data for a fraction of the work.
        with translate_errors(self.path), self.engine.connect() as connection:
            rows = list(connection.execute(stmt))
            if not rows:
                return []
            page = poa.where(Case.id <= rows[-1].id)
            received = {case_id: on for case_id, on in connection.execute(page)}
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
                    answers={"stay_until": row.stay_until} if row.stay_until else {},
                    power_of_attorney_on=received.get(row.id),
                    client_id=row.client_id,
                )
                for row in rows
            ]

    def next_deadlines(self, client_id: int) -> dict[int, Deadline]:
        """The earliest deadline of each of a client's cases that still has one."""
        calendar, targets = self.business_calendar(), self.target_days()
        found = {}
        for facts in self.deadline_facts(client_id=client_id):
            deadlines = case_deadlines(facts, calendar, targets)
            if deadlines:
                found[facts.case_id] = deadlines[0]
        return found

    def due_items(self, today: date | None = None) -> list[DueItem]:
        """What is overdue, due today or this week, and the lapses to watch."""
        return due_items(
            self.deadline_facts(),
            self.business_calendar(),
            today or self.today(),
            self.target_days(),
        )

    # --- documents ------------------------------------------------------------------------

    def record_document(
        self,
        case_id: int,
        kind: str,
        languages: Collection[str],
        path: str,
        sha256: str,
        inputs: Mapping[str, Any] | None = None,
    ) -> Document:
        """Put a generated file on the case's record (``path`` relative to its files folder)."""
        with self._write() as s:
            case = self._get(s, Case, case_id)
            document = Document(
                case_id=case.id,
                kind=kind,
                languages=",".join(languages),
                created_at=self.now(),
                manager_id=self.manager_id,
                path=path,
                sha256=sha256,
                inputs=_jsonable(inputs or {}),
            )
            s.add(document)
            s.flush()
            self._log(s, "document", document.id, "create", field=kind, new=path, case_id=case.id)
        return self.get_document(document.id)

    def get_document(self, document_id: int) -> Document:
        with self._read() as s:
            return self._get(s, Document, document_id)

    def list_documents(self, case_id: int) -> list[Document]:
        """The case's generated documents, newest first."""
        stmt = (
            select(Document)
            .where(Document.case_id == case_id)
            .order_by(Document.created_at.desc(), Document.id.desc())
        )
        with self._read() as s:
            return list(s.scalars(stmt))

    def centre_details(self) -> CentreDetails:
        stored = self.get_setting(CENTRE)
        if stored is None:
            return CentreDetails()
        try:
            return check_centre(stored if isinstance(stored, dict) else {})
        except ValidationError:
            log.warning("the centre's details setting is not valid; the defaults are used")
            return CentreDetails()

    def set_centre_details(self, values: Mapping[str, Any]) -> CentreDetails:
        details = check_centre(values)
        self.set_setting(CENTRE, {name: getattr(details, name) for name in _CENTRE_FIELDS})
        return details

    # --- history and settings -------------------------------------------------------------

    def case_history(self, case_id: int) -> list[Event]:
        with self._read() as s:
            return list(s.scalars(select(Event).where(Event.case_id == case_id).order_by(Event.id)))

    def client_history(self, client_id: int) -> list[Event]:
        return self.history("client", client_id)

    def history(self, entity: str, entity_id: int) -> list[Event]:
        """The event lines of one record (settings are entity "setting", id 0), oldest first."""
        stmt = (
            select(Event)
            .where(Event.entity == entity, Event.entity_id == entity_id)
            .order_by(Event.id)
        )
        with self._read() as s:
            return list(s.scalars(stmt))

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._read() as s:
            setting = s.get(Setting, key)
        return default if setting is None else setting.value

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as s:
            self._put_setting(s, key, value)

    def _put_setting(self, s: Session, key: str, value: Any) -> None:
        setting = s.get(Setting, key)
        old = None if setting is None else setting.value
        if setting is None:
            s.add(Setting(key=key, value=value))
        else:
            setting.value = value
        if old != value:
            self._log(s, "setting", 0, "update", field=key, old=old, new=value)

    @staticmethod
    def _get(s: Session, model: type, key: int) -> Any:
        row = s.get(model, key)
        if row is None:
            raise NotFound(f"no {model.__name__.lower()} #{key}")
        return row


def _dates(values: Any) -> list[date]:
    """The ISO dates of a stored list; anything else in it (an edited file) is left out."""
    days = []
    for value in values if isinstance(values, list) else [values]:
        try:
            days.append(date.fromisoformat(value))
        except (TypeError, ValueError):
            log.warning("a calendar setting holds %r, not a date; it is ignored", value)
    return days


def _check_open(case: Case) -> None:
    if CaseStatus(case.status) in _FROZEN_CHECKLIST:
        raise RuleViolation(f"case {case.number} is {case.status}: reopen it to change it")


def _index(client: Client) -> None:
    for name, value in client_index({f: getattr(client, f) for f in CLIENT_FIELDS}).items():
        setattr(client, name, value)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
