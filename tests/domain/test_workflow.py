"""Tests of case status moves, checklist progress and the dated steps of a lost passport."""

from datetime import date, timedelta
from itertools import product

import pytest

from expat_desk.domain.catalogue import load_catalogue
from expat_desk.domain.errors import RuleViolation
from expat_desk.domain.workflow import (
    CaseStatus,
    ItemState,
    Progress,
    check_case_move,
    check_item_move,
    check_step,
    progress,
)

TODAY = date(2026, 11, 25)
OPEN, SUBMITTED, COMPLETED, CANCELLED, REFUSED = (
    CaseStatus.OPEN,
    CaseStatus.SUBMITTED,
    CaseStatus.COMPLETED,
    CaseStatus.CANCELLED,
    CaseStatus.REFUSED,
)
MISSING, RECEIVED, VERIFIED, NOT_APPLICABLE = (
    ItemState.MISSING,
    ItemState.RECEIVED,
    ItemState.VERIFIED,
    ItemState.NOT_APPLICABLE,
)

# Written from the rules: an open case is submitted or cancelled; a submitted one completes,
# comes back for corrections or is cancelled; a completed or cancelled case may be reopened.
ALLOWED_CASE_MOVES = {
    (OPEN, SUBMITTED),
    (OPEN, CANCELLED),
    (SUBMITTED, COMPLETED),
    (SUBMITTED, OPEN),
    (SUBMITTED, CANCELLED),
    (COMPLETED, OPEN),
    (CANCELLED, OPEN),
    (SUBMITTED, REFUSED),  # the state body said no, with its reason
    (REFUSED, OPEN),  # reopened, to put right and submit again
}


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


# --- case status ------------------------------------------------------------------------------


@pytest.mark.parametrize(("current", "target"), list(product(CaseStatus, CaseStatus)))
def test_case_move_allowed_exactly_as_the_rules_say(
    current: CaseStatus, target: CaseStatus
) -> None:
    """Every pair of statuses: the allowed ones pass, every other one is refused."""
    if (current, target) in ALLOWED_CASE_MOVES:
        check_case_move(current, target, ready=True)
    else:
        with pytest.raises(RuleViolation, match=f"{current}.*{target}"):
            check_case_move(current, target, ready=True)


def test_submit_refused_while_required_documents_are_missing() -> None:
    with pytest.raises(RuleViolation, match="missing"):
        check_case_move(OPEN, SUBMITTED, ready=False)


@pytest.mark.parametrize(
    ("current", "target"), [(OPEN, CANCELLED), (SUBMITTED, OPEN), (SUBMITTED, CANCELLED)]
)
def test_moves_other_than_submit_do_not_need_a_ready_case(
    current: CaseStatus, target: CaseStatus
) -> None:
    """An incomplete case can still be cancelled or sent back for corrections."""
    check_case_move(current, target, ready=False)


def test_eds_case_cannot_complete_for_a_client_without_iin() -> None:
    """Seed: the IIN is one of the EDS documents; no IIN, no EDS."""
    needs = load_catalogue(1).service("eds").requires_client_iin
    with pytest.raises(RuleViolation, match="IIN"):
        check_case_move(
            SUBMITTED, COMPLETED, ready=True, needs_client_iin=needs, client_has_iin=False
        )
    check_case_move(SUBMITTED, COMPLETED, ready=True, needs_client_iin=needs, client_has_iin=True)


def test_iin_case_completes_for_a_client_without_iin() -> None:
    """The IIN service is how a client gets one."""
    needs = load_catalogue(1).service("iin").requires_client_iin
    check_case_move(SUBMITTED, COMPLETED, ready=True, needs_client_iin=needs, client_has_iin=False)


def test_eds_case_without_iin_can_still_be_cancelled() -> None:
    check_case_move(SUBMITTED, CANCELLED, ready=True, needs_client_iin=True, client_has_iin=False)


# --- checklist items --------------------------------------------------------------------------


@pytest.mark.parametrize(("current", "target"), [(MISSING, RECEIVED), (RECEIVED, VERIFIED)])
def test_item_is_received_then_verified(current: ItemState, target: ItemState) -> None:
    check_item_move(current, target)


@pytest.mark.parametrize("current", [RECEIVED, VERIFIED, NOT_APPLICABLE])
def test_a_mistaken_tick_can_be_undone(current: ItemState) -> None:
    check_item_move(current, MISSING)


def test_missing_item_cannot_be_verified_without_being_received() -> None:
    with pytest.raises(RuleViolation):
        check_item_move(MISSING, VERIFIED)


# --- progress ---------------------------------------------------------------------------------


def test_progress_counts_required_items_done_five_of_seven() -> None:
    """Optional and not-applicable items do not count, done or not."""
    items = [
        (True, RECEIVED),
        (True, VERIFIED),
        (True, VERIFIED),
        (True, RECEIVED),
        (True, VERIFIED),
        (True, MISSING),
        (True, MISSING),
        (True, NOT_APPLICABLE),
        (False, MISSING),
        (False, VERIFIED),
        (False, NOT_APPLICABLE),
    ]
    result = progress(items)
    assert result == Progress(done=5, total=7)
    assert not result.ready


def test_progress_ready_when_every_required_item_is_done() -> None:
    result = progress(
        [(True, RECEIVED), (True, VERIFIED), (True, NOT_APPLICABLE), (False, MISSING)]
    )
    assert (result.done, result.total) == (2, 2)
    assert result.ready


def test_police_registration_ready_without_additional_documents() -> None:
    """Seed: additional documents only "if necessary"; they never hold the case back."""
    spec = load_catalogue(1).service("police_registration")
    answers = spec.validate_answers(
        {
            "citizenship": "DEU",
            "reciprocal_visa_free": True,
            "inviting_party": "Astana Hub",
            "stay_until": "2027-06-30",
        },
        today=TODAY,
    )
    states = {
        "police.inviting_letter": RECEIVED,
        "police.passport_original": VERIFIED,
        "police.additional": MISSING,
    }
    result = progress((item.required, states[item.code]) for item in spec.checklist(answers))
    assert result == Progress(done=2, total=2)
    assert result.ready


def test_iin_case_by_proxy_not_ready_until_power_of_attorney_arrives() -> None:
    spec = load_catalogue(1).service("iin")
    checklist = spec.checklist(spec.validate_answers({"representative": True}, today=TODAY))
    states = [MISSING if i.code == "iin.power_of_attorney" else RECEIVED for i in checklist]
    result = progress(zip((i.required for i in checklist), states, strict=True))
    assert (result.done, result.total) == (len(checklist) - 1, len(checklist))
    assert not result.ready


# --- dated steps (loss of passport) -----------------------------------------------------------


def steps(*states: tuple[ItemState, date | None]) -> list[tuple[ItemState, date | None]]:
    """Four steps of a lost passport; those not given are missing."""
    assert len(load_catalogue(1).service("loss_of_passport").items) == 4
    return [*states, *[(MISSING, None)] * (4 - len(states))]


def test_first_step_done_today_or_before() -> None:
    check_step(0, RECEIVED, TODAY, steps(), TODAY)
    check_step(0, VERIFIED, days_ago(3), steps(), TODAY)


def test_step_refused_before_the_previous_one_is_done() -> None:
    with pytest.raises(RuleViolation, match="step 1"):
        check_step(1, RECEIVED, TODAY, steps(), TODAY)


def test_last_step_refused_while_a_middle_one_is_missing() -> None:
    done = (RECEIVED, days_ago(5))
    with pytest.raises(RuleViolation, match="step 3"):
        check_step(3, RECEIVED, TODAY, steps(done, done, (MISSING, None)), TODAY)


def test_step_after_the_previous_one_accepted_same_day_too() -> None:
    check_step(1, RECEIVED, days_ago(2), steps((RECEIVED, days_ago(5))), TODAY)
    check_step(1, RECEIVED, days_ago(5), steps((RECEIVED, days_ago(5))), TODAY)


def test_step_dated_before_the_previous_step_refused() -> None:
    with pytest.raises(RuleViolation, match="before step 1"):
        check_step(1, RECEIVED, days_ago(6), steps((RECEIVED, days_ago(5))), TODAY)


def test_step_dated_in_the_future_refused() -> None:
    with pytest.raises(RuleViolation, match="future"):
        check_step(0, RECEIVED, TODAY + timedelta(days=1), steps(), TODAY)


def test_step_without_a_date_refused() -> None:
    with pytest.raises(RuleViolation, match="date"):
        check_step(0, RECEIVED, None, steps(), TODAY)


@pytest.mark.parametrize("target", [MISSING, NOT_APPLICABLE])
def test_step_cannot_be_undone_while_a_later_one_is_done(target: ItemState) -> None:
    with pytest.raises(RuleViolation, match="step 2"):
        check_step(0, target, None, steps((RECEIVED, days_ago(5)), (RECEIVED, days_ago(2))), TODAY)


def test_last_done_step_can_be_undone() -> None:
    check_step(1, MISSING, None, steps((RECEIVED, days_ago(5)), (RECEIVED, days_ago(2))), TODAY)


def test_step_cannot_be_redated_after_a_later_done_step() -> None:
    """Verifying step 1 on a date after step 2 was done would break the order of the dates."""
    history = steps((RECEIVED, days_ago(5)), (RECEIVED, days_ago(2)))
    with pytest.raises(RuleViolation, match="step 2"):
        check_step(0, VERIFIED, days_ago(1), history, TODAY)
    check_step(0, VERIFIED, days_ago(2), history, TODAY)
