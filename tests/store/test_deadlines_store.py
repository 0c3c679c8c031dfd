"""The store's side of the deadlines: the centre's calendar corrections and target times as
settings, the cases that still have deadlines, what is due, and the passport check on
completion. "Today" is Wednesday 25 November 2026 (tests/conftest.py).
"""

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from expat_desk.domain.deadlines import DeadlineKind, Urgency
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.domain.iin import iin_check_digit
from expat_desk.store import Store

TODAY = date(2026, 11, 25)
YESTERDAY = date(2026, 11, 24)
DAYS_OFF = "calendar.days_off"
WORKING_DAYS = "calendar.working_days"
TARGETS = "targets.business_days"

# The centre's target processing times in business days, as the app ships them.
DEFAULT_TARGETS = {
    "iin": 3,
    "eds": 2,
    "migration_notification": 2,
    "police_registration": 3,
    "loss_of_passport": 20,
}

IIN_ANSWERS = {"channel": "expat_centre", "representative": True}
EDS_ANSWERS = {"kz_citizen": False, "representative": False}
POLICE_ANSWERS = {
    "citizenship": "KGZ",
    "reciprocal_visa_free": True,
    "entry_date": "2026-11-02",  # crossed the border (asked since version 2)
    "inviting_party": "Astana Hub Ventures LLP",
    "purpose": "employment_contract",
    "stay_until": "2027-11-24",
}
LOSS_ANSWERS = {"place_of_loss": "Khan Shatyr mall, Astana", "date_of_loss": "2026-11-22"}


def notification(arrival: str, channel: str = "expat_centre") -> dict[str, Any]:
    return {"arrival_date": arrival, "host_party": 1, "channel": channel}


def collect_all(store: Store, case: Any) -> Any:
    """Mark every required item still missing as received today, in order."""
    for item in case.items:
        if item.required and item.state == "missing":
            store.set_item_state(item.id, "received")
    return store.get_case(case.id)


def issued_iin(serial: int) -> str:
    """An IIN the state could issue (one a serial), to complete an IIN case with."""
    while (check := iin_check_digit(f"8507123{serial:04d}")) is None:
        serial += 1
    return f"8507123{serial:04d}{check}"


def case_in(store: Store, client_id: int, service: str, answers: dict, status: str) -> Any:
    """A case brought to ``status`` the way a manager would."""
    case = store.open_case(client_id, service, answers)
    if status != "open":
        case = collect_all(store, case)
    if status in {"submitted", "completed"}:
        store.move_case(case.id, "submitted")
    if status == "completed":
        outcome = issued_iin(case.id) if service == "iin" else None
        store.move_case(case.id, "completed", outcome=outcome)
    if status == "cancelled":
        store.move_case(case.id, "cancelled")
    case = store.get_case(case.id)
    assert case.status == status
    return case


def setting_lines(store: Store, key: str) -> list[tuple[Any, Any]]:
    return [
        (None if e.old is None else json.loads(e.old), None if e.new is None else json.loads(e.new))
        for e in store.history("setting", 0)
        if e.field == key
    ]


# --- the centre's calendar ------------------------------------------------------------------------


def test_centre_day_off_is_stored_and_read_back(store: Store, db_path: Path) -> None:
    thursday = date(2026, 12, 31)
    assert store.business_calendar().is_business_day(thursday)
    store.set_calendar_day(thursday, "day_off")
    calendar = store.business_calendar()
    assert calendar.days_off == {thursday}
    assert calendar.working_days == set()
    assert not calendar.is_business_day(thursday)
    assert calendar.why_not_working(thursday) == "day off set by the centre"
    # Kept in the file: another session sees it.
    with Store.open(db_path) as other:
        assert not other.business_calendar().is_business_day(thursday)


def test_centre_working_day_stored_switched_and_cleared(store: Store) -> None:
    saturday, other = date(2026, 11, 28), date(2026, 12, 31)
    store.set_calendar_day(other, "day_off")
    store.set_calendar_day(saturday, "working_day")
    calendar = store.business_calendar()
    assert calendar.is_business_day(saturday)
    assert calendar.working_days == {saturday}
    # The same day made a day off: it leaves the working days.
    store.set_calendar_day(saturday, "day_off")
    calendar = store.business_calendar()
    assert calendar.days_off == {saturday, other}
    assert calendar.working_days == set()
    # Left to the national calendar again: a Saturday is a weekend.
    store.set_calendar_day(saturday, None)
    calendar = store.business_calendar()
    assert calendar.days_off == {other}
    assert calendar.working_days == set()
    assert not calendar.is_business_day(saturday)
    assert calendar.why_not_working(saturday) == "weekend"


def test_clearing_a_day_the_centre_never_set_changes_nothing(store: Store) -> None:
    store.set_calendar_day(date(2026, 12, 31), "day_off")
    store.set_calendar_day(date(2026, 12, 30), None)
    assert store.business_calendar().days_off == {date(2026, 12, 31)}


@pytest.mark.parametrize("kind", ["holiday", "DAY_OFF", "", "working"])
def test_bad_calendar_kind_is_refused(store: Store, kind: str) -> None:
    with pytest.raises(ValidationError) as raised:
        store.set_calendar_day(date(2026, 12, 31), kind)
    assert "kind" in raised.value.errors
    calendar = store.business_calendar()
    assert (calendar.days_off, calendar.working_days) == (set(), set())
    assert store.history("setting", 0) == []


def test_calendar_changes_are_in_the_event_log(store: Store) -> None:
    store.set_calendar_day(date(2026, 12, 31), "day_off")
    store.set_calendar_day(date(2026, 12, 30), "day_off")
    store.set_calendar_day(date(2026, 12, 31), "working_day")
    store.set_calendar_day(date(2026, 12, 30), None)
    assert [new for _old, new in setting_lines(store, DAYS_OFF)] == [
        ["2026-12-31"],
        ["2026-12-30", "2026-12-31"],
        ["2026-12-30"],
        [],
    ]
    # Each line says what it was before.
    assert [old for old, _new in setting_lines(store, DAYS_OFF)][1:] == [
        ["2026-12-31"],
        ["2026-12-30", "2026-12-31"],
        ["2026-12-30"],
    ]
    assert ["2026-12-31"] in [new for _old, new in setting_lines(store, WORKING_DAYS)]
    events = store.history("setting", 0)
    assert {e.manager_id for e in events} == {store.manager_id}
    assert all(e.action == "update" for e in events)


# --- target times ---------------------------------------------------------------------------------


def test_target_days_defaults(store: Store) -> None:
    assert store.target_days() == DEFAULT_TARGETS


@pytest.mark.parametrize("days", [1, 5, 90])
def test_set_target_days(store: Store, db_path: Path, days: int) -> None:
    store.set_target_days("iin", days)
    assert store.target_days() == {**DEFAULT_TARGETS, "iin": days}
    with Store.open(db_path) as other:
        assert other.target_days()["iin"] == days


def test_targets_of_several_services_kept_together(store: Store) -> None:
    store.set_target_days("iin", 5)
    store.set_target_days("loss_of_passport", 30)
    store.set_target_days("iin", 4)
    assert store.target_days() == {**DEFAULT_TARGETS, "iin": 4, "loss_of_passport": 30}


@pytest.mark.parametrize("days", [0, -1, 91, 365, "5", 2.5, None])
def test_bad_target_days_refused(store: Store, days: Any) -> None:
    with pytest.raises(ValidationError) as raised:
        store.set_target_days("iin", days)
    assert "days" in raised.value.errors
    assert store.target_days() == DEFAULT_TARGETS


@pytest.mark.parametrize("service", ["visa", "", "IIN-2026"])
def test_target_days_of_an_unknown_service_refused(store: Store, service: str) -> None:
    with pytest.raises(ValidationError) as raised:
        store.set_target_days(service, 5)
    assert "service" in raised.value.errors
    assert store.target_days() == DEFAULT_TARGETS


def test_target_changes_are_in_the_event_log(store: Store) -> None:
    store.set_target_days("iin", 5)
    store.set_target_days("eds", 4)
    assert setting_lines(store, TARGETS) == [
        (None, {"iin": 5}),
        ({"iin": 5}, {"iin": 5, "eds": 4}),
    ]
    assert store.history("setting", 0)[-1].manager_id == store.manager_id


def test_target_time_set_in_the_store_moves_the_due_date(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", IIN_ANSWERS)
    # Default 3 business days from Wednesday: Monday 30 November, after this week.
    assert [i for i in store.due_items() if i.facts.case_id == case.id] == []
    store.set_target_days("iin", 1)
    [item] = [i for i in store.due_items() if i.facts.case_id == case.id]
    assert (item.deadline.kind, item.deadline.due, item.urgency) == (
        DeadlineKind.TARGET,
        date(2026, 11, 26),
        Urgency.THIS_WEEK,
    )


# --- which cases have deadlines -------------------------------------------------------------------


def test_deadline_facts_include_cases_in_progress_and_watched_completions(
    store: Store, client: Any, client_with_iin: Any
) -> None:
    open_iin = case_in(store, client.id, "iin", IIN_ANSWERS, "open")
    submitted_iin = case_in(store, client.id, "iin", IIN_ANSWERS, "submitted")
    cancelled_iin = case_in(store, client.id, "iin", IIN_ANSWERS, "cancelled")
    completed_iin = case_in(store, client.id, "iin", IIN_ANSWERS, "completed")
    completed_eds = case_in(store, client_with_iin.id, "eds", EDS_ANSWERS, "completed")
    completed_police = case_in(
        store, client_with_iin.id, "police_registration", POLICE_ANSWERS, "completed"
    )
    completed_notification = case_in(
        store, client_with_iin.id, "migration_notification", notification("2026-11-23"), "completed"
    )
    cancelled_eds = case_in(store, client_with_iin.id, "eds", EDS_ANSWERS, "cancelled")
    completed_loss = case_in(
        store, client_with_iin.id, "loss_of_passport", LOSS_ANSWERS, "completed"
    )

    found = {f.case_id: f for f in store.deadline_facts()}
    assert set(found) == {open_iin.id, submitted_iin.id, completed_eds.id, completed_police.id}
    for excluded in (
        cancelled_iin,
        completed_iin,
        completed_notification,
        cancelled_eds,
        completed_loss,
    ):
        assert excluded.id not in found
    assert [f.case_id for f in store.deadline_facts()] == sorted(found)

    police = found[completed_police.id]
    assert (police.service, police.status, police.closed_on) == (
        "police_registration",
        "completed",
        TODAY,
    )
    assert police.client_name == "Park Hana"
    assert police.number == completed_police.number
    assert str(police.answers["stay_until"]) == "2027-11-24"
    assert found[completed_eds.id].closed_on == TODAY
    assert found[open_iin.id].status == "open"
    assert found[open_iin.id].opened_on == TODAY
    assert found[submitted_iin.id].status == "submitted"


def test_deadline_facts_carry_arrival_channel_passport_and_power_of_attorney(
    store: Store, new_client: Callable
) -> None:
    client = new_client(surname="Novak", given_names="Jan", passport_expiry=date(2027, 3, 1))
    notified = store.open_case(client.id, "migration_notification", notification("2026-11-23"))
    iin = store.open_case(client.id, "iin", IIN_ANSWERS)
    [poa] = [i for i in iin.items if i.code == "iin.power_of_attorney"]
    store.set_item_state(poa.id, "received", on=date(2026, 11, 20))
    found = {f.case_id: f for f in store.deadline_facts()}
    assert found[notified.id].arrival_date == date(2026, 11, 23)
    assert found[notified.id].channel == "expat_centre"
    assert found[notified.id].passport_expiry == date(2027, 3, 1)
    assert found[notified.id].power_of_attorney_on is None
    assert found[iin.id].power_of_attorney_on == date(2026, 11, 20)


def test_missing_power_of_attorney_is_not_watched(store: Store, client: Any) -> None:
    iin = store.open_case(client.id, "iin", IIN_ANSWERS)
    [facts] = store.deadline_facts()
    assert facts.case_id == iin.id
    assert facts.power_of_attorney_on is None


# --- what is due ----------------------------------------------------------------------------------


def test_notification_opened_today_for_an_arrival_two_business_days_ago(
    store: Store, client: Any
) -> None:
    # Arrival Monday 23: the centre's letter is due Wednesday 25, the second business day.
    case = store.open_case(client.id, "migration_notification", notification("2026-11-23"))
    items = [i for i in store.due_items() if i.facts.case_id == case.id]
    assert [(i.deadline.kind, i.deadline.due, i.urgency) for i in items] == [
        (DeadlineKind.CENTRE_LETTER, TODAY, Urgency.TODAY),
        (DeadlineKind.HOST_NOTIFICATION, date(2026, 11, 26), Urgency.THIS_WEEK),
        (DeadlineKind.TARGET, date(2026, 11, 27), Urgency.THIS_WEEK),
    ]


def test_centre_day_off_set_in_the_store_moves_the_notification(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "migration_notification", notification("2026-11-23"))
    store.set_calendar_day(TODAY, "day_off")
    items = {i.deadline.kind: i for i in store.due_items() if i.facts.case_id == case.id}
    assert (
        items[DeadlineKind.CENTRE_LETTER].deadline.due,
        items[DeadlineKind.CENTRE_LETTER].urgency,
    ) == (
        date(2026, 11, 26),
        Urgency.THIS_WEEK,
    )
    assert items[DeadlineKind.HOST_NOTIFICATION].deadline.due == date(2026, 11, 27)


def test_notification_via_the_portal_has_no_centre_letter(store: Store, client: Any) -> None:
    case = store.open_case(
        client.id, "migration_notification", notification("2026-11-23", "visa_migration_portal")
    )
    kinds = {i.deadline.kind for i in store.due_items() if i.facts.case_id == case.id}
    assert kinds == {DeadlineKind.HOST_NOTIFICATION, DeadlineKind.TARGET}


def test_due_items_on_another_day(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "migration_notification", notification("2026-11-23"))
    # On Thursday 26 the centre's letter is a day late and the host's notice due that day.
    items = {i.deadline.kind: i.urgency for i in store.due_items(date(2026, 11, 26))}
    assert items[DeadlineKind.CENTRE_LETTER] is Urgency.OVERDUE
    assert items[DeadlineKind.HOST_NOTIFICATION] is Urgency.TODAY
    assert case.id in {i.facts.case_id for i in store.due_items(date(2026, 11, 26))}


def test_completed_eds_lapse_not_yet_watched(store: Store, client_with_iin: Any) -> None:
    case_in(store, client_with_iin.id, "eds", EDS_ANSWERS, "completed")
    # The certificate lapses on 25 November 2027: nothing to do for a year.
    assert store.due_items() == []


# --- the passport on completion -------------------------------------------------------------------


def test_completing_with_an_expired_passport_is_refused(store: Store, new_client: Callable) -> None:
    # Valid when the case went to the state body; run out while it was there.
    client = new_client(passport_expiry=TODAY)
    case = case_in(store, client.id, "iin", IIN_ANSWERS, "submitted")
    store.update_client(client.id, {"passport_expiry": YESTERDAY})
    with pytest.raises(RuleViolation, match="2026-11-24"):
        store.move_case(case.id, "completed", outcome=issued_iin(case.id))
    case = store.get_case(case.id)
    assert case.status == "submitted"
    assert case.closed_on is None
    statuses = [e.new for e in store.case_history(case.id) if e.field == "status"]
    assert "completed" not in statuses


def test_submitting_with_an_expired_passport_is_refused(store: Store, new_client: Callable) -> None:
    client = new_client(passport_expiry=YESTERDAY)
    case = case_in(store, client.id, "iin", IIN_ANSWERS, "open")
    for item in case.items:
        store.set_item_state(item.id, "received")
    with pytest.raises(RuleViolation, match="before submitting") as caught:
        store.move_case(case.id, "submitted")
    assert caught.value.code == "case.passport_expired_submitting"
    assert store.get_case(case.id).status == "open"


def test_completing_on_the_passports_last_day_is_allowed(
    store: Store, new_client: Callable
) -> None:
    client = new_client(passport_expiry=TODAY)
    case = case_in(store, client.id, "iin", IIN_ANSWERS, "submitted")
    assert store.move_case(case.id, "completed", outcome=issued_iin(case.id)).status == "completed"


def test_a_new_passport_on_file_lets_the_case_complete(store: Store, new_client: Callable) -> None:
    # Valid when the case went to the state body; run out while it was there.
    client = new_client(passport_expiry=TODAY)
    case = case_in(store, client.id, "iin", IIN_ANSWERS, "submitted")
    store.update_client(client.id, {"passport_expiry": YESTERDAY})
    with pytest.raises(RuleViolation):
        store.move_case(case.id, "completed", outcome=issued_iin(case.id))
    store.update_client(
        client.id, {"passport_number": "GB7654321", "passport_expiry": "2036-11-20"}
    )
    assert store.move_case(case.id, "completed", outcome=issued_iin(case.id)).status == "completed"


def test_loss_of_passport_completes_despite_the_expired_passport(
    store: Store, new_client: Callable
) -> None:
    client = new_client(passport_expiry=date(2026, 10, 1))
    case = case_in(store, client.id, "loss_of_passport", LOSS_ANSWERS, "submitted")
    case = store.move_case(case.id, "completed")
    assert case.status == "completed"
    assert case.closed_on == TODAY


def test_the_due_list_watches_the_registration_after_entry(
    store: Store, client_with_iin: Any
) -> None:
    case = store.open_case(client_with_iin.id, "police_registration", POLICE_ANSWERS)
    due = [i for i in store.due_items(date(2026, 11, 30)) if i.facts.case_id == case.id]
    [registration] = [i for i in due if i.deadline.kind is DeadlineKind.REGISTRATION_DUE]
    assert registration.deadline.due == date(2026, 12, 1)  # entered 2 November: day 30
