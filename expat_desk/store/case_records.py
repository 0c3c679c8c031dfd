"""Cases and their checklists: opening a case, moving it through its statuses, ticking items."""

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from expat_desk.domain.catalogue import (
    OptionKind,
    ServiceCode,
    ServiceSpec,
    catalogue_for,
    load_catalogue,
)
from expat_desk.domain.deadlines import check_passport_valid
from expat_desk.domain.eligibility import check_eligible, check_stay, derived_answers
from expat_desk.domain.errors import Message, RuleViolation, ValidationError, Word, message_of
from expat_desk.domain.iin import InvalidIin, normalize_iin, parse_iin
from expat_desk.domain.text import control_free
from expat_desk.domain.visa_free import VisaFreeList
from expat_desk.domain.workflow import (
    CLOSED,
    CaseStatus,
    ItemState,
    check_case_move,
    check_item_move,
    check_step,
    progress,
)
from expat_desk.store.client_records import index_client
from expat_desk.store.errors import NotFound
from expat_desk.store.models import Case, ChecklistItem, Client, HostParty
from expat_desk.store.session import StoreSession, jsonable

CASE_PREFIX = {
    ServiceCode.IIN: "IIN",
    ServiceCode.EDS: "EDS",
    ServiceCode.MIGRATION_NOTIFICATION: "MN",
    ServiceCode.POLICE_REGISTRATION: "PR",
    ServiceCode.LOSS_OF_PASSPORT: "LP",
}
_FROZEN_CHECKLIST = CLOSED
_FUTURE = Message("date.future", "cannot be in the future")


class CaseRecords(StoreSession):
    visa_free: Callable[[], VisaFreeList]  # of the centre's settings

    def open_case(
        self,
        client_id: int,
        service: str,
        answers: Mapping[str, Any] | None = None,
        *,
        manager_id: int | None = None,
    ) -> Case:
        """Open a case with its checklist built from the catalogue in force and the answers."""
        today = self.today()
        catalogue = catalogue_for(today)
        try:
            spec = catalogue.service(service)
        except KeyError:
            raise ValidationError(
                {
                    "service": Message(
                        "service.unknown",
                        "{typed} is not a service of the centre",
                        typed=repr(service),
                    )
                }
            ) from None
        visa_free = self.visa_free()
        with self._write() as s:
            client = self._get(s, Client, client_id)
            # What follows from the client record is taken from it, whatever was answered.
            check_eligible(spec.code, client.citizenship, visa_free)
            given = {**(answers or {}), **derived_answers(spec.code, client.citizenship, visa_free)}
            typed = spec.validate_answers(given, today=today)
            check_stay(spec.code, typed, registered_on=today)
            _check_hosts(s, spec, typed)
            # Seed: the IIN is a prerequisite of an EDS.
            if spec.requires_client_iin and not client.iin:
                raise RuleViolation(
                    Message(
                        "case.eds_needs_iin",
                        "{name} has no IIN: an EDS needs one; open an IIN case first",
                        name=client.full_name,
                    )
                )
            if spec.code is ServiceCode.IIN and client.iin:
                raise RuleViolation(
                    Message(
                        "case.iin_exists",
                        "{name} already has an IIN ({iin})",
                        name=client.full_name,
                        iin=client.iin,
                    )
                )
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
                answers=jsonable(typed),
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
                    title_kk=item.title["kk"],
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
            raise NotFound(
                Message("case.number_unknown", "no case numbered {number}", number=wanted)
            )
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
        """Move a case to another status, if the rules allow it; ``outcome`` on completion (the
        IIN issued, for an IIN case) or, required, the authority's reason for a refusal."""
        try:
            target = CaseStatus(status)
        except ValueError:
            raise ValidationError(
                {
                    "status": Message(
                        "case.status_unknown", "{typed} is not a case status", typed=repr(status)
                    )
                }
            ) from None
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
            reason = " ".join((outcome or "").split())
            try:
                control_free(reason)
            except ValueError as exc:
                raise ValidationError({"outcome": exc.args[0]}) from None
            if target is CaseStatus.REFUSED and not reason:
                raise ValidationError(
                    {
                        "outcome": Message(
                            "case.refusal_reason_required", "say why the authority refused the case"
                        )
                    }
                )
            if target is CaseStatus.REFUSED and len(reason) > 200:
                raise ValidationError({"outcome": _too_long(200)})
            issues_iin = target is CaseStatus.COMPLETED and case.service == ServiceCode.IIN
            if issues_iin and not (outcome or "").strip():
                # The IIN issued is the case's result: without it the client would have none.
                raise ValidationError(
                    {
                        "outcome": Message(
                            "case.iin_outcome_required", "type the IIN issued to complete the case"
                        )
                    }
                )
            if on < case.opened_on:
                raise ValidationError(
                    {
                        "on": Message(
                            "case.date_before_opened", "cannot be before the case was opened"
                        )
                    }
                )
            # A lost passport's case is about the passport itself: its expiry does not matter.
            if case.service != ServiceCode.LOSS_OF_PASSPORT:
                if target is CaseStatus.SUBMITTED:
                    check_passport_valid(case.client.passport_expiry, on, "submitting")
                if target is CaseStatus.COMPLETED:
                    check_passport_valid(case.client.passport_expiry, on, "completing")
            if on > self.today():
                raise ValidationError({"on": _FUTURE})
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
            if target is CaseStatus.REFUSED:
                self._set_case(s, case, "outcome", reason)  # the authority's reason
            case.updated_at = self.now()
        return self.get_case(case_id)

    def _set_case(self, s: Session, case: Case, name: str, value: Any) -> None:
        old = getattr(case, name)
        if old != value:
            setattr(case, name, value)
            self._log(s, "case", case.id, "update", field=name, old=old, new=value, case_id=case.id)

    def _record_outcome(self, s: Session, case: Case, outcome: str) -> None:
        if len(outcome) > 200:
            raise ValidationError({"outcome": _too_long(200)})
        if case.service == ServiceCode.IIN:
            # The outcome of an IIN case is the number itself: check it and put it on the client.
            outcome = normalize_iin(outcome)
            try:
                parse_iin(outcome, self.today())
            except InvalidIin as exc:
                raise ValidationError({"outcome": message_of(exc)}) from None
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
                index_client(client)
        self._set_case(s, case, "outcome", outcome)

    # --- checklist ------------------------------------------------------------------------

    def set_item_state(
        self, item_id: int, state: str, *, on: date | None = None, note: str | None = None
    ) -> ChecklistItem:
        """Mark a checklist item missing, received, verified or not applicable."""
        try:
            target = ItemState(state)
        except ValueError:
            raise ValidationError(
                {
                    "state": Message(
                        "item.state_unknown", "{typed} is not an item state", typed=repr(state)
                    )
                }
            ) from None
        today = self.today()
        with self._write() as s:
            item = self._get(s, ChecklistItem, item_id)
            case = item.case
            _check_open(case)
            current = ItemState(item.state)
            check_item_move(current, target)
            if target is ItemState.NOT_APPLICABLE and item.required and not (note or item.note):
                # Otherwise a case could be submitted with its required documents waved away.
                raise ValidationError(
                    {
                        "note": Message(
                            "item.not_applicable_reason",
                            "say why a required document does not apply",
                        )
                    }
                )
            spec = load_catalogue(case.checklist_version).service(case.service)
            if target in {ItemState.RECEIVED, ItemState.VERIFIED}:
                on = on or (item.state_date if current is not ItemState.MISSING else None) or today
            if spec.sequential:
                steps = [(ItemState(i.state), i.state_date) for i in case.items]
                check_step(item.position, target, on, steps, today)
            elif on is not None and on > today:
                raise ValidationError({"on": _FUTURE})
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
        try:
            note = control_free(note, multiline=True)  # a NUL, an escape: never kept
        except ValueError as exc:
            raise ValidationError({"note": exc.args[0]}) from None
        if len(note) > 2000:
            raise ValidationError({"note": _too_long(2000)})
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


def _check_open(case: Case) -> None:
    if CaseStatus(case.status) in _FROZEN_CHECKLIST:
        raise RuleViolation(
            Message(
                "case.closed",
                "case {number} is {status}: reopen it to change it",
                number=case.number,
                status=Word("status", case.status),
            )
        )


def _check_hosts(s: Session, spec: ServiceSpec, typed: Mapping[str, Any]) -> None:
    """A case names host parties on file (the wizard and the command line pick one)."""
    for option in spec.options:
        host_id = typed.get(option.name)
        is_host = option.kind is OptionKind.HOST and host_id is not None
        if is_host and s.get(HostParty, host_id) is None:
            raise ValidationError(
                {
                    option.name: Message(
                        "host.unknown_id", "no host party #{id} is on file", id=host_id
                    )
                }
            )


def _too_long(limit: int) -> Message:
    return Message("text.too_long", "must be at most {limit} characters", limit=limit)
