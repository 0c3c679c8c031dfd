"""Which moves a case and its checklist items may make, and when a case is ready."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from expat_desk.domain.errors import Message, RuleViolation, Word, day, words


class CaseStatus(StrEnum):
    OPEN = "open"  # collecting documents
    SUBMITTED = "submitted"  # handed to the state body, waiting for the outcome
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    REFUSED = "refused"  # by the state body, with its reason: the case ends without a result


# With the state body or closed: the case's checklist is a record, not a to-do list.
CLOSED = frozenset({CaseStatus.COMPLETED, CaseStatus.CANCELLED, CaseStatus.REFUSED})


class ItemState(StrEnum):
    MISSING = "missing"
    RECEIVED = "received"
    VERIFIED = "verified"
    NOT_APPLICABLE = "not_applicable"


CASE_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.OPEN: frozenset({CaseStatus.SUBMITTED, CaseStatus.CANCELLED}),
    # Returned for corrections goes back to open.
    CaseStatus.SUBMITTED: frozenset(
        {CaseStatus.COMPLETED, CaseStatus.OPEN, CaseStatus.CANCELLED, CaseStatus.REFUSED}
    ),
    CaseStatus.COMPLETED: frozenset({CaseStatus.OPEN}),  # reopened
    CaseStatus.CANCELLED: frozenset({CaseStatus.OPEN}),  # reopened
    CaseStatus.REFUSED: frozenset({CaseStatus.OPEN}),  # reopened, to put right and resubmit
}

ITEM_TRANSITIONS: dict[ItemState, frozenset[ItemState]] = {
    ItemState.MISSING: frozenset({ItemState.RECEIVED, ItemState.NOT_APPLICABLE}),
    ItemState.RECEIVED: frozenset({ItemState.VERIFIED, ItemState.MISSING}),
    ItemState.VERIFIED: frozenset({ItemState.RECEIVED, ItemState.MISSING}),
    ItemState.NOT_APPLICABLE: frozenset({ItemState.MISSING}),
}

DONE_STATES = frozenset({ItemState.RECEIVED, ItemState.VERIFIED})


@dataclass(frozen=True)
class Progress:
    """Required items done against required items that apply ("5 of 7")."""

    done: int
    total: int

    @property
    def ready(self) -> bool:
        return self.done == self.total


def progress(items: Iterable[tuple[bool, ItemState]]) -> Progress:
    """From (required, state) pairs; an item marked not applicable no longer counts."""
    done = total = 0
    for required, state in items:
        if not required or state is ItemState.NOT_APPLICABLE:
            continue
        total += 1
        done += state in DONE_STATES
    return Progress(done, total)


def check_case_move(
    current: CaseStatus,
    target: CaseStatus,
    *,
    ready: bool,
    needs_client_iin: bool = False,
    client_has_iin: bool = True,
) -> None:
    """Raise RuleViolation unless the case may move from ``current`` to ``target``."""
    if target not in CASE_TRANSITIONS[current]:
        raise RuleViolation(
            Message(
                "case.move_not_allowed",
                "a case that is {current} cannot become {target} (allowed: {allowed})",
                current=Word("status", current.value),
                target=Word("status", target.value),
                allowed=words("status", sorted(CASE_TRANSITIONS[current])),
            )
        )
    if target is CaseStatus.SUBMITTED and not ready:
        raise RuleViolation(
            Message(
                "case.submit_incomplete",
                "the case cannot be submitted: required documents are missing",
            )
        )
    if target is CaseStatus.COMPLETED and not ready:
        raise RuleViolation(
            Message(
                "case.complete_incomplete",
                "the case cannot be completed: required documents are missing",
            )
        )
    # Seed: the IIN is a prerequisite of an EDS.
    if target is CaseStatus.COMPLETED and needs_client_iin and not client_has_iin:
        raise RuleViolation(
            Message(
                "case.eds_without_iin",
                "an EDS case cannot be completed for a client without an IIN",
            )
        )


# How a sentence writes an item's state ("not applicable", not its code).
_STATE_ENGLISH = {state: state.value.replace("_", " ") for state in ItemState}


def check_item_move(current: ItemState, target: ItemState) -> None:
    if target not in ITEM_TRANSITIONS[current]:
        raise RuleViolation(
            Message(
                "item.move_not_allowed",
                "an item that is {current} cannot become {target} (allowed: {allowed})",
                current=Word("state", current.value, _STATE_ENGLISH[current]),
                target=Word("state", target.value, _STATE_ENGLISH[target]),
                allowed=words(
                    "state",
                    sorted(ITEM_TRANSITIONS[current]),
                    {s.value: e for s, e in _STATE_ENGLISH.items()},
                ),
            )
        )


def check_step(
    position: int,
    target: ItemState,
    on: date | None,
    steps: Sequence[tuple[ItemState, date | None]],
    today: date,
) -> None:
    """For services done as dated steps in order (loss of passport): step ``position`` may be
    marked done only on a date, not in the future, after every earlier step and not before it."""
    if target not in DONE_STATES:
        later_done = [i + 1 for i, (s, _) in enumerate(steps) if i > position and s in DONE_STATES]
        if later_done:
            raise RuleViolation(
                Message(
                    "step.undo_before_later",
                    "step {step} cannot be undone while step {later} is done",
                    step=position + 1,
                    later=later_done[0],
                )
            )
        return
    if on is None:
        raise RuleViolation(
            Message(
                "step.date_required", "step {step} needs the date it was done", step=position + 1
            )
        )
    if on > today:
        raise RuleViolation(
            Message(
                "step.date_future", "step {step} cannot be dated in the future", step=position + 1
            )
        )
    for i, (state, done_on) in enumerate(steps[:position]):
        if state not in DONE_STATES and state is not ItemState.NOT_APPLICABLE:
            raise RuleViolation(
                Message(
                    "step.earlier_not_done",
                    "step {earlier} must be done before step {step}",
                    earlier=i + 1,
                    step=position + 1,
                )
            )
        if done_on is not None and on < done_on:
            raise RuleViolation(
                Message(
                    "step.before_earlier",
                    "step {step} cannot be dated before step {other} ({on})",
                    step=position + 1,
                    other=i + 1,
                    on=day(done_on),
                )
            )
    for i, (state, done_on) in enumerate(steps[position + 1 :], start=position + 1):
        if state in DONE_STATES and done_on is not None and on > done_on:
            raise RuleViolation(
                Message(
                    "step.after_later",
                    "step {step} cannot be dated after step {other} ({on})",
                    step=position + 1,
                    other=i + 1,
                    on=day(done_on),
                )
            )
