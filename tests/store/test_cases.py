"""Cases in the store: the checklist each service needs, status moves, items, and versions.

The expected checklists are written out from the centre's page (shared/seed), not read from
the catalogue the code uses.
"""

import json
import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import expat_desk.domain.resources as resources
from expat_desk.domain.catalogue import load_catalogue
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.domain.iin import iin_check_digit
from expat_desk.store import Store
from expat_desk.store.errors import NotFound

TODAY = date(2026, 11, 25)
CATALOGUE_V1 = resources.resources_dir() / "catalogue" / "services-v1.json"

ANSWERS: dict[str, dict[str, Any]] = {
    "iin": {"channel": "expat_centre", "representative": True},
    "eds": {"kz_citizen": False, "representative": False},
    "migration_notification": {
        "arrival_date": "2026-11-23",
        "host_party": 1,
        "channel": "expat_centre",
    },
    "police_registration": {
        "citizenship": "kgz",
        "reciprocal_visa_free": True,
        "entry_date": "2026-11-02",  # crossed the border (asked since version 2)
        "inviting_party": "Astana Hub Ventures LLP",
        "purpose": "private_visit",
        "stay_until": "2027-02-20",
    },
    "loss_of_passport": {"place_of_loss": "Khan Shatyr mall, Astana", "date_of_loss": "2026-11-22"},
}
PREFIX = {
    "iin": "IIN",
    "eds": "EDS",
    "migration_notification": "MN",
    "police_registration": "PR",
    "loss_of_passport": "LP",
}

# What each service must collect, from the seed, for the answers above.
CHECKLIST = {
    "iin": ["iin.application", "iin.passport_copy", "iin.consent", "iin.power_of_attorney"],
    "eds": ["eds.application", "eds.passport_translation", "eds.iin"],
    # Version 2: the date of arrival is a question of the case, not a document to collect.
    "migration_notification": ["migration.host_letter", "migration.passport"],
    "police_registration": [
        "police.inviting_letter",
        "police.passport_original",
        "police.additional",
    ],
    "loss_of_passport": [
        "loss.police_statement",
        "loss.certificate",
        "loss.new_passport",
        "loss.exit_visa",
    ],
}
OPTIONAL = {"police.additional"}  # "additional documents may be required if necessary"

# Which status a case may move to (open -> submitted to the state body -> completed, or
# cancelled; a submitted case may come back for corrections; a closed case may be reopened).
ALLOWED_MOVES = {
    "open": {"submitted", "cancelled"},
    "submitted": {"completed", "open", "cancelled", "refused"},
    "completed": {"open"},
    "cancelled": {"open"},
    "refused": {"open"},
}
ALLOWED_ITEM_MOVES = {
    "missing": {"received", "not_applicable"},
    "received": {"verified", "missing"},
    "verified": {"received", "missing"},
    "not_applicable": {"missing"},
}


def codes(case: Any) -> list[str]:
    return [i.code for i in case.items]


def item(case: Any, code: str) -> Any:
    [found] = [i for i in case.items if i.code == code]
    return found


def catalogue_titles() -> dict[str, dict[str, str]]:
    data = json.loads(CATALOGUE_V1.read_text(encoding="utf-8"))
    return {i["code"]: i["title"] for s in data["services"] for i in s["items"]}


def collect_all(store: Store, case: Any, on: date | None = None) -> Any:
    """Mark every required item that is still missing as received, in order."""
    for i in case.items:
        if i.required and i.state == "missing":
            store.set_item_state(i.id, "received", on=on)
    return store.get_case(case.id)


def issued_iin(serial: int) -> str:
    """An IIN the state could issue (one a serial), to complete an IIN case with."""
    while (check := iin_check_digit(f"8507123{serial:04d}")) is None:
        serial += 1
    return f"8507123{serial:04d}{check}"


def case_in(store: Store, client_id: int, status: str) -> Any:
    """An IIN case with every document in, brought to ``status`` the way a manager would."""
    case = collect_all(store, store.open_case(client_id, "iin", ANSWERS["iin"]))
    if status in {"submitted", "completed"}:
        store.move_case(case.id, "submitted")
    if status == "completed":
        store.move_case(case.id, "completed", outcome=issued_iin(case.id))
    if status == "cancelled":
        store.move_case(case.id, "cancelled")
    if status == "refused":
        store.move_case(case.id, "submitted")
        store.move_case(case.id, "refused", outcome="Translation not notarized")
    case = store.get_case(case.id)
    assert case.status == status
    return case


def status_events(store: Store, case_id: int) -> list[tuple[str | None, str | None]]:
    return [(e.old, e.new) for e in store.case_history(case_id) if e.field == "status"]


# --- opening ------------------------------------------------------------------------------


@pytest.mark.parametrize("service", sorted(CHECKLIST))
def test_open_case_builds_the_checklist_of_each_service(
    store: Store, client: Any, client_with_iin: Any, kyrgyz_client: Any, service: str
) -> None:
    # An IIN case is for a client who has none yet; an EDS needs one; police registration a
    # citizen of a country with a reciprocal visa-free agreement.
    client_id = {"iin": client.id, "police_registration": kyrgyz_client.id}.get(
        service, client_with_iin.id
    )
    case = store.open_case(client_id, service, ANSWERS[service])
    assert codes(case) == CHECKLIST[service]
    titles = catalogue_titles()
    for position, i in enumerate(case.items):
        assert i.position == position
        assert (i.title_en, i.title_ru, i.title_kk) == tuple(
            titles[i.code][lang] for lang in ("en", "ru", "kk")
        )
        assert i.required == (i.code not in OPTIONAL)
        if i.code != "eds.iin":
            assert (i.state, i.state_date, i.note) == ("missing", None, None)
    assert case.service == service
    assert case.status == "open"
    assert case.opened_on == TODAY
    assert (case.submitted_on, case.closed_on, case.outcome) == (None, None, None)
    assert case.checklist_version == 2  # opened after 1 July 2026
    assert case.number == f"{PREFIX[service]}-2026-{case.id:05d}"
    assert case.manager_id == store.manager_id
    assert case.client_id == client_id


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (
            {"channel": "expat_centre", "representative": True},
            ["iin.application", "iin.passport_copy", "iin.consent", "iin.power_of_attorney"],
        ),
        (
            {"channel": "egov_portal", "representative": False},
            ["iin.application", "iin.passport_copy"],
        ),
        ({"channel": "expat_centre"}, ["iin.application", "iin.passport_copy", "iin.consent"]),
        (
            {"channel": "government_for_citizens", "representative": "yes"},
            ["iin.application", "iin.passport_copy", "iin.power_of_attorney"],
        ),
        (
            {"channel": "diplomatic_mission", "mission": "seoul"},
            ["iin.application", "iin.passport_copy"],
        ),
    ],
)
def test_iin_checklist_depends_on_channel_and_representative(
    store: Store, client: Any, answers: dict[str, Any], expected: list[str]
) -> None:
    case = store.open_case(client.id, "iin", answers)
    assert codes(case) == expected
    assert case.channel == answers["channel"]
    assert case.representative is ("iin.power_of_attorney" in expected)
    assert case.answers["channel"] == answers["channel"]
    assert case.answers.get("mission") == answers.get("mission")


def test_eds_checklist_for_a_kazakhstan_citizen_with_a_representative(
    store: Store, kazakh_client: Any
) -> None:
    case = store.open_case(kazakh_client.id, "eds", {"representative": True})
    assert case.answers["kz_citizen"] is True
    assert codes(case) == [
        "eds.application",
        "eds.identity_document",
        "eds.iin",
        "eds.power_of_attorney",
    ]


def test_migration_notification_through_the_portal_needs_an_eds(store: Store, client: Any) -> None:
    answers = {**ANSWERS["migration_notification"], "channel": "visa_migration_portal"}
    case = store.open_case(client.id, "migration_notification", answers)
    # Filed online by the host party: no official letter to collect (version 2).
    assert codes(case) == ["migration.passport", "migration.host_eds"]


def test_the_eds_citizen_answer_comes_from_the_client_record(
    store: Store, client_with_iin: Any, kazakh_client: Any
) -> None:
    # A wrong answer given (by the command line, an old draft) does not win over the record.
    foreign = store.open_case(client_with_iin.id, "eds", {"kz_citizen": True})
    assert "eds.passport_translation" in codes(foreign)
    assert "eds.identity_document" not in codes(foreign)
    citizen = store.open_case(kazakh_client.id, "eds", {"kz_citizen": False})
    assert "eds.identity_document" in codes(citizen)
    assert "eds.passport_translation" not in codes(citizen)


def test_case_records_its_answers_with_iso_dates(
    store: Store, client: Any, kyrgyz_client: Any
) -> None:
    case = store.open_case(client.id, "migration_notification", ANSWERS["migration_notification"])
    assert case.arrival_date == date(2026, 11, 23)
    assert case.channel == "expat_centre"
    assert case.representative is False
    assert case.answers == {
        "arrival_date": "2026-11-23",
        "host_party": 1,
        "channel": "expat_centre",
    }
    with store.engine.connect() as connection:
        raw = connection.execute(
            text("SELECT answers FROM cases WHERE id = :id"), {"id": case.id}
        ).scalar_one()
    assert json.loads(raw)["arrival_date"] == "2026-11-23"

    police = store.open_case(
        kyrgyz_client.id, "police_registration", ANSWERS["police_registration"]
    )
    assert police.answers["stay_until"] == "2027-02-20"
    assert police.answers["citizenship"] == "KGZ"
    assert police.answers["reciprocal_visa_free"] is True
    assert police.arrival_date is None


def test_case_numbers_follow_the_service_and_year(
    store: Store, client: Any, client_with_iin: Any
) -> None:
    first = store.open_case(client.id, "iin", ANSWERS["iin"])
    assert first.number == "IIN-2026-00001"
    second = store.open_case(client_with_iin.id, "eds", ANSWERS["eds"])
    third = store.open_case(client.id, "loss_of_passport", ANSWERS["loss_of_passport"])
    assert second.number == "EDS-2026-00002"
    assert third.number == "LP-2026-00003"


def test_opening_is_logged(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    [event] = store.case_history(case.id)
    assert (event.entity, event.action, event.new) == ("case", "create", case.number)
    assert event.manager_id == store.manager_id


@pytest.mark.parametrize(
    ("service", "answers", "bad"),
    [
        ("iin", {"channel": "fax"}, {"channel"}),
        ("iin", {"channel": "diplomatic_mission"}, {"mission"}),
        ("iin", {"channel": "diplomatic_mission", "mission": "paris"}, {"mission"}),
        ("iin", {"representative": "perhaps", "colour": "red"}, {"representative", "colour"}),
        ("migration_notification", {"channel": "expat_centre"}, {"arrival_date", "host_party"}),
        (
            "migration_notification",
            {"arrival_date": "23.11.2026", "host_party": 1},
            {"arrival_date"},
        ),
        (
            "loss_of_passport",
            {"place_of_loss": "Astana", "date_of_loss": "2026-11-26"},  # tomorrow
            {"date_of_loss"},
        ),
        ("visa", {}, {"service"}),
    ],
)
def test_invalid_answers_are_refused_and_nothing_is_stored(
    store: Store,
    client: Any,
    rows: Callable[[str], int],
    service: str,
    answers: dict[str, Any],
    bad: set[str],
) -> None:
    events = rows("events")
    with pytest.raises(ValidationError) as caught:
        store.open_case(client.id, service, answers)
    assert set(caught.value.errors) == bad
    assert store.count_cases() == 0
    assert rows("checklist_items") == 0
    assert rows("events") == events


def test_invalid_police_registration_answers_are_refused(
    store: Store, kyrgyz_client: Any, rows: Callable[[str], int]
) -> None:
    answers = {**ANSWERS["police_registration"], "purpose": "tourism", "stay_until": "soon"}
    with pytest.raises(ValidationError) as caught:
        store.open_case(kyrgyz_client.id, "police_registration", answers)
    assert set(caught.value.errors) == {"purpose", "stay_until"}
    assert rows("cases") == 0


def test_eds_for_a_client_without_iin_is_refused(
    store: Store, client: Any, rows: Callable[[str], int]
) -> None:
    events = rows("events")
    with pytest.raises(RuleViolation, match="no IIN") as caught:
        store.open_case(client.id, "eds", ANSWERS["eds"])
    assert "Dubois Camille" in str(caught.value)
    assert store.count_cases() == 0
    assert rows("checklist_items") == 0
    assert rows("events") == events


def test_eds_for_a_client_with_iin_starts_with_the_iin_received(
    store: Store, client_with_iin: Any
) -> None:
    case = store.open_case(client_with_iin.id, "eds", ANSWERS["eds"])
    iin = item(case, "eds.iin")
    assert (iin.state, iin.state_date) == ("received", TODAY)
    assert [i.state for i in case.items if i.code != "eds.iin"] == ["missing", "missing"]


def test_case_for_an_unknown_client(store: Store) -> None:
    with pytest.raises(NotFound):
        store.open_case(404, "iin", ANSWERS["iin"])
    assert store.count_cases() == 0


# --- status moves -------------------------------------------------------------------------


@pytest.mark.parametrize("current", sorted(ALLOWED_MOVES))
@pytest.mark.parametrize("target", sorted(ALLOWED_MOVES))
def test_only_allowed_status_moves(store: Store, client: Any, current: str, target: str) -> None:
    case = case_in(store, client.id, current)
    moves_before = status_events(store, case.id)
    if target in ALLOWED_MOVES[current]:
        moved = store.move_case(case.id, target, outcome=issued_iin(case.id))
        assert moved.status == target
        assert status_events(store, case.id) == [*moves_before, (current, target)]
    else:
        with pytest.raises(RuleViolation, match=f"cannot become {target}"):
            store.move_case(case.id, target)
        assert store.get_case(case.id).status == current
        assert status_events(store, case.id) == moves_before


def test_an_iin_case_is_not_completed_without_the_iin_issued(
    store: Store, client: Any, rows: Callable[[str], int]
) -> None:
    case = case_in(store, client.id, "submitted")
    for outcome in (None, "", "   "):
        with pytest.raises(ValidationError) as caught:
            store.move_case(case.id, "completed", outcome=outcome)
        assert "IIN issued" in caught.value.errors["outcome"]
    assert store.get_case(case.id).status == "submitted"
    assert store.get_client(client.id).iin is None
    # Typed as printed, in groups: read as one number and written to the client.
    iin = issued_iin(7)
    done = store.move_case(case.id, "completed", outcome=f"{iin[:6]} {iin[6:]}")
    assert done.status == "completed"
    assert store.get_client(client.id).iin == iin


def test_an_iin_born_after_today_is_refused_as_the_outcome(store: Store, client: Any) -> None:
    case = case_in(store, client.id, "submitted")
    unborn = next(
        f"2701015{n:04d}{c}"
        for n in range(1, 99)
        if (c := iin_check_digit(f"2701015{n:04d}")) is not None
    )
    with pytest.raises(ValidationError, match="in the future"):
        store.move_case(case.id, "completed", outcome=unborn)
    assert store.get_case(case.id).status == "submitted"


def test_a_refusal_by_the_authority_is_recorded_with_its_reason_and_day(
    store: Store, client: Any, rows: Callable[[str], int]
) -> None:
    store.today = lambda: date(2026, 11, 20)
    case = case_in(store, client.id, "submitted")
    store.today = lambda: TODAY
    for reason in (None, "  ", "x" * 201):
        with pytest.raises(ValidationError) as caught:
            store.move_case(case.id, "refused", outcome=reason)
        assert set(caught.value.errors) == {"outcome"}
    assert store.get_case(case.id).status == "submitted"

    refused = store.move_case(
        case.id, "refused", outcome="  Passport   translation not notarized ", on=date(2026, 11, 24)
    )
    assert (refused.status, refused.closed_on) == ("refused", date(2026, 11, 24))
    assert refused.outcome == "Passport translation not notarized"
    assert store.get_client(client.id).iin is None  # no IIN came of it
    with pytest.raises(RuleViolation, match="reopen"):
        store.set_item_state(refused.items[0].id, "missing")  # a record now
    assert status_events(store, case.id)[-1] == ("submitted", "refused")

    reopened = store.move_case(case.id, "open")
    assert (reopened.status, reopened.closed_on) == ("open", None)


def test_unknown_status_is_refused(store: Store, client: Any) -> None:
    case = case_in(store, client.id, "open")
    with pytest.raises(ValidationError):
        store.move_case(case.id, "archived")
    assert store.get_case(case.id).status == "open"


def test_submit_is_refused_while_a_required_item_is_missing(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    for i in case.items[:-1]:
        store.set_item_state(i.id, "received")
    with pytest.raises(RuleViolation, match="required documents are missing"):
        store.move_case(case.id, "submitted")
    assert store.get_case(case.id).status == "open"
    store.set_item_state(case.items[-1].id, "received")
    assert store.move_case(case.id, "submitted").status == "submitted"


def test_an_optional_item_does_not_hold_up_the_submission(store: Store, kyrgyz_client: Any) -> None:
    case = store.open_case(kyrgyz_client.id, "police_registration", ANSWERS["police_registration"])
    collect_all(store, case)
    moved = store.move_case(case.id, "submitted")
    assert moved.status == "submitted"
    assert item(moved, "police.additional").state == "missing"


def test_dates_of_submission_closing_and_reopening(store: Store, client: Any) -> None:
    case = collect_all(store, store.open_case(client.id, "iin", ANSWERS["iin"]))
    submitted = store.move_case(case.id, "submitted")
    assert (submitted.submitted_on, submitted.closed_on) == (TODAY, None)

    completed = store.move_case(case.id, "completed", outcome=issued_iin(case.id))
    assert (completed.submitted_on, completed.closed_on) == (TODAY, TODAY)

    reopened = store.move_case(case.id, "open")
    assert reopened.closed_on is None
    assert reopened.status == "open"

    cancelled = store.move_case(case.id, "cancelled")
    assert cancelled.closed_on == TODAY
    assert store.move_case(case.id, "open").closed_on is None


def test_moves_on_an_earlier_day(store: Store, client: Any) -> None:
    store.today = lambda: date(2026, 11, 16)
    case = collect_all(store, store.open_case(client.id, "iin", ANSWERS["iin"]))
    store.today = lambda: TODAY
    submitted_on, closed_on = date(2026, 11, 18), date(2026, 11, 20)
    assert store.move_case(case.id, "submitted", on=submitted_on).submitted_on == submitted_on
    completed = store.move_case(case.id, "completed", on=closed_on, outcome=issued_iin(case.id))
    assert completed.closed_on == closed_on
    history = [
        (e.field, e.new)
        for e in store.case_history(case.id)
        if e.field in {"submitted_on", "closed_on"}
    ]
    assert history == [("submitted_on", "2026-11-18"), ("closed_on", "2026-11-20")]


def test_a_move_cannot_be_dated_before_the_case_was_opened(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    with pytest.raises(ValidationError) as caught:
        store.move_case(case.id, "cancelled", on=TODAY - timedelta(days=1))
    assert set(caught.value.errors) == {"on"}
    assert store.get_case(case.id).status == "open"
    assert status_events(store, case.id) == []


def test_a_move_cannot_be_dated_in_the_future(store: Store, client: Any) -> None:
    case = collect_all(store, store.open_case(client.id, "iin", ANSWERS["iin"]))
    with pytest.raises(ValidationError) as caught:
        store.move_case(case.id, "submitted", on=TODAY + timedelta(days=2))
    assert set(caught.value.errors) == {"on"}
    stored = store.get_case(case.id)
    assert (stored.status, stored.submitted_on) == ("open", None)


def test_resubmission_after_corrections_has_the_new_date(store: Store, client: Any) -> None:
    store.today = lambda: date(2026, 11, 20)
    case = collect_all(store, store.open_case(client.id, "iin", ANSWERS["iin"]))
    store.move_case(case.id, "submitted")
    store.today = lambda: TODAY
    store.move_case(case.id, "open")  # returned for corrections
    assert store.move_case(case.id, "submitted").submitted_on == TODAY


def test_every_move_is_in_the_case_history(store: Store, client: Any) -> None:
    case = case_in(store, client.id, "open")
    for status in ("submitted", "open", "submitted", "completed", "open", "cancelled"):
        store.move_case(case.id, status, outcome=issued_iin(case.id))
    assert status_events(store, case.id) == [
        ("open", "submitted"),
        ("submitted", "open"),
        ("open", "submitted"),
        ("submitted", "completed"),
        ("completed", "open"),
        ("open", "cancelled"),
    ]
    assert all(e.manager_id == store.manager_id for e in store.case_history(case.id))


def test_completing_an_iin_case_puts_the_iin_on_the_client(
    store: Store, client: Any, make_iin: Callable
) -> None:
    case = case_in(store, client.id, "submitted")
    iin = make_iin(client.birth_date, female=True, serial=77)
    completed = store.move_case(case.id, "completed", outcome=f" {iin} ")
    assert completed.outcome == iin
    assert store.get_client(client.id).iin == iin
    assert [(e.field, e.old, e.new) for e in store.client_history(client.id)][-1] == (
        "iin",
        None,
        iin,
    )
    assert {c.id for c in store.search_clients(iin)} == {client.id}
    # The client can now have an EDS.
    assert store.open_case(client.id, "eds", ANSWERS["eds"]).service == "eds"


@pytest.mark.parametrize("outcome", ["12345", "850712102344", "IIN pending"])
def test_an_invalid_outcome_iin_is_refused_and_nothing_changes(
    store: Store, client: Any, rows: Callable[[str], int], outcome: str
) -> None:
    case = case_in(store, client.id, "submitted")
    events = rows("events")
    with pytest.raises(ValidationError) as caught:
        store.move_case(case.id, "completed", outcome=outcome)
    assert set(caught.value.errors) == {"outcome"}
    stored = store.get_case(case.id)
    assert (stored.status, stored.closed_on, stored.outcome) == ("submitted", None, None)
    assert store.get_client(client.id).iin is None
    assert rows("events") == events


def test_an_outcome_iin_of_another_client_is_refused(
    store: Store, client: Any, client_with_iin: Any
) -> None:
    case = case_in(store, client.id, "submitted")
    with pytest.raises(ValidationError, match="already belongs to client"):
        store.move_case(case.id, "completed", outcome=client_with_iin.iin)
    assert store.get_case(case.id).status == "submitted"
    assert store.get_client(client.id).iin is None


def test_an_eds_case_cannot_be_completed_once_the_iin_is_gone(
    store: Store, client_with_iin: Any
) -> None:
    case = store.open_case(client_with_iin.id, "eds", ANSWERS["eds"])
    collect_all(store, case)
    store.move_case(case.id, "submitted")
    store.update_client(client_with_iin.id, {"iin": None})  # entered by mistake, removed
    with pytest.raises(RuleViolation, match="without an IIN"):
        store.move_case(case.id, "completed")
    assert store.get_case(case.id).status == "submitted"


# --- checklist items ----------------------------------------------------------------------


NOT_NEEDED = "The client brought the original instead"


def test_a_required_item_marked_not_applicable_needs_a_reason(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    first = case.items[0]
    with pytest.raises(ValidationError) as caught:
        store.set_item_state(first.id, "not_applicable")
    assert set(caught.value.errors) == {"note"}
    assert item(store.get_case(case.id), first.code).state == "missing"
    done = store.set_item_state(first.id, "not_applicable", note=NOT_NEEDED)
    assert (done.state, done.note) == ("not_applicable", NOT_NEEDED)


def test_a_client_who_has_an_iin_gets_no_iin_case(store: Store, client_with_iin: Any) -> None:
    with pytest.raises(RuleViolation, match="already has an IIN"):
        store.open_case(client_with_iin.id, "iin", ANSWERS["iin"])
    assert store.list_cases(client_id=client_with_iin.id) == []


def item_in(store: Store, client_id: int, state: str) -> Any:
    """The first item of a new IIN case, brought to ``state``."""
    case = store.open_case(client_id, "iin", ANSWERS["iin"])
    first = case.items[0]
    path = {
        "missing": [],
        "received": ["received"],
        "verified": ["received", "verified"],
        "not_applicable": ["not_applicable"],
    }[state]
    for step in path:
        first = store.set_item_state(first.id, step, note=NOT_NEEDED)
    assert first.state == state
    return first


@pytest.mark.parametrize("current", sorted(ALLOWED_ITEM_MOVES))
@pytest.mark.parametrize("target", sorted(ALLOWED_ITEM_MOVES))
def test_only_allowed_item_moves(store: Store, client: Any, current: str, target: str) -> None:
    first = item_in(store, client.id, current)
    if target in ALLOWED_ITEM_MOVES[current]:
        assert store.set_item_state(first.id, target, note=NOT_NEEDED).state == target
        assert item(store.get_case(first.case_id), first.code).state == target
    else:
        # The sentence writes a state in words ("not applicable"); its code says which.
        with pytest.raises(RuleViolation, match=f"cannot become {target.replace('_', ' ')}") as e:
            store.set_item_state(first.id, target, note=NOT_NEEDED)
        assert e.value.code == "item.move_not_allowed" and e.value.params["target"] == target
        assert item(store.get_case(first.case_id), first.code).state == current


def test_unknown_item_state_is_refused(store: Store, client: Any) -> None:
    first = item_in(store, client.id, "missing")
    with pytest.raises(ValidationError):
        store.set_item_state(first.id, "lost")


def test_item_dates(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    first, second = case.items[0], case.items[1]
    assert store.set_item_state(first.id, "received").state_date == TODAY  # by default today
    assert store.set_item_state(second.id, "received", on=date(2026, 11, 20)).state_date == date(
        2026, 11, 20
    )
    # Verifying keeps the day the document came, unless told otherwise.
    assert store.set_item_state(second.id, "verified").state_date == date(2026, 11, 20)
    assert store.set_item_state(first.id, "verified", on=TODAY).state_date == TODAY
    # Back to missing, or not applicable: no date.
    assert store.set_item_state(second.id, "missing").state_date is None
    assert store.set_item_state(second.id, "not_applicable", note=NOT_NEEDED).state_date is None


def test_an_item_cannot_be_dated_in_the_future(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    first = case.items[0]
    with pytest.raises(ValidationError) as caught:
        store.set_item_state(first.id, "received", on=TODAY + timedelta(days=1))
    assert set(caught.value.errors) == {"on"}
    stored = item(store.get_case(case.id), first.code)
    assert (stored.state, stored.state_date) == ("missing", None)


def test_item_changes_are_logged(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    first = case.items[0]
    store.set_item_state(first.id, "received", on=date(2026, 11, 24))
    changes = [
        (e.entity, e.entity_id, e.field, e.old, e.new)
        for e in store.case_history(case.id)
        if e.entity == "item"
    ]
    assert changes == [
        ("item", first.id, "state", "missing", "received"),
        ("item", first.id, "state_date", None, "2026-11-24"),
    ]


def test_unknown_item(store: Store) -> None:
    with pytest.raises(NotFound):
        store.set_item_state(12345, "received")


@pytest.mark.parametrize("status", ["completed", "cancelled"])
def test_a_closed_case_checklist_is_frozen_until_reopened(
    store: Store, client: Any, status: str
) -> None:
    case = case_in(store, client.id, status)
    first = case.items[0]
    assert first.state == "received"
    with pytest.raises(RuleViolation, match="reopen"):
        store.set_item_state(first.id, "verified")
    with pytest.raises(RuleViolation, match="reopen"):
        store.set_item_state(first.id, "missing")
    assert item(store.get_case(case.id), first.code).state == "received"
    store.move_case(case.id, "open")
    assert store.set_item_state(first.id, "verified").state == "verified"


# --- loss of passport: steps in order -----------------------------------------------------


@pytest.fixture
def loss(store: Store, client: Any) -> Any:
    return store.open_case(client.id, "loss_of_passport", ANSWERS["loss_of_passport"])


def test_steps_must_be_done_in_order(store: Store, loss: Any) -> None:
    statement, certificate, new_passport, _visa = loss.items
    with pytest.raises(RuleViolation, match="step 1 must be done before step 2"):
        store.set_item_state(certificate.id, "received", on=date(2026, 11, 23))
    store.set_item_state(statement.id, "received", on=date(2026, 11, 22))
    with pytest.raises(RuleViolation, match="step 2 must be done before step 3"):
        store.set_item_state(new_passport.id, "received", on=date(2026, 11, 23))
    store.set_item_state(certificate.id, "received", on=date(2026, 11, 23))
    store.set_item_state(new_passport.id, "received", on=date(2026, 11, 23))  # same day: fine
    assert [(i.state, i.state_date) for i in store.get_case(loss.id).items] == [
        ("received", date(2026, 11, 22)),
        ("received", date(2026, 11, 23)),
        ("received", date(2026, 11, 23)),
        ("missing", None),
    ]


def test_a_step_cannot_be_dated_before_the_one_before_it(store: Store, loss: Any) -> None:
    statement, certificate, *_ = loss.items
    store.set_item_state(statement.id, "received", on=date(2026, 11, 22))
    with pytest.raises(RuleViolation, match="cannot be dated before step 1"):
        store.set_item_state(certificate.id, "received", on=date(2026, 11, 21))
    assert item(store.get_case(loss.id), certificate.code).state == "missing"


def test_a_step_cannot_be_dated_in_the_future(store: Store, loss: Any) -> None:
    statement = loss.items[0]
    with pytest.raises((RuleViolation, ValidationError), match="future"):
        store.set_item_state(statement.id, "received", on=TODAY + timedelta(days=1))
    assert item(store.get_case(loss.id), statement.code).state == "missing"


def test_a_step_cannot_be_undone_while_a_later_one_is_done(store: Store, loss: Any) -> None:
    statement, certificate, *_ = loss.items
    store.set_item_state(statement.id, "received", on=date(2026, 11, 22))
    store.set_item_state(certificate.id, "received", on=date(2026, 11, 23))
    with pytest.raises(RuleViolation, match="step 1 cannot be undone while step 2 is done"):
        store.set_item_state(statement.id, "missing")
    store.set_item_state(certificate.id, "missing")
    assert store.set_item_state(statement.id, "missing").state == "missing"


def test_redating_an_earlier_step_cannot_put_it_after_a_later_one(store: Store, loss: Any) -> None:
    statement, certificate, *_ = loss.items
    store.set_item_state(statement.id, "received", on=date(2026, 11, 22))
    store.set_item_state(certificate.id, "received", on=date(2026, 11, 23))
    with pytest.raises(RuleViolation, match="step 1 cannot be dated after step 2"):
        store.set_item_state(statement.id, "verified", on=date(2026, 11, 24))
    stored = item(store.get_case(loss.id), statement.code)
    assert (stored.state, stored.state_date) == ("received", date(2026, 11, 22))
    # Verified on its own day, or on the day of the next step, is fine.
    assert store.set_item_state(statement.id, "verified", on=date(2026, 11, 23)).state_date == (
        date(2026, 11, 23)
    )


# --- notes --------------------------------------------------------------------------------


def test_notes_are_stored_and_logged(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    first = case.items[0]
    store.set_item_note(first.id, "  Перевод заверен у нотариуса Ахметовой  ")
    assert item(store.get_case(case.id), first.code).note == (
        "Перевод заверен у нотариуса Ахметовой"
    )
    store.set_item_note(first.id, "Перевод заверен у нотариуса Ахметовой")  # unchanged
    store.set_item_state(first.id, "received", note="Original seen")
    store.set_item_note(first.id, "   ")
    assert item(store.get_case(case.id), first.code).note is None
    notes = [(e.old, e.new) for e in store.case_history(case.id) if e.field == "note"]
    assert notes == [
        (None, "Перевод заверен у нотариуса Ахметовой"),
        ("Перевод заверен у нотариуса Ахметовой", "Original seen"),
        ("Original seen", None),
    ]


def test_a_too_long_note_is_refused(store: Store, client: Any) -> None:
    case = store.open_case(client.id, "iin", ANSWERS["iin"])
    first = case.items[0]
    with pytest.raises(ValidationError) as caught:
        store.set_item_note(first.id, "x" * 2001)
    assert set(caught.value.errors) == {"note"}
    assert item(store.get_case(case.id), first.code).note is None


# --- listing ------------------------------------------------------------------------------


def test_list_and_count_cases(store: Store, client: Any, client_with_iin: Any) -> None:
    iin_case = case_in(store, client.id, "submitted")
    eds_case = store.open_case(client_with_iin.id, "eds", ANSWERS["eds"])
    assert {c.id for c in store.list_cases()} == {iin_case.id, eds_case.id}
    assert [c.id for c in store.list_cases(client_id=client.id)] == [iin_case.id]
    assert [c.id for c in store.list_cases(service="eds")] == [eds_case.id]
    assert [c.id for c in store.list_cases(status="submitted")] == [iin_case.id]
    assert store.count_cases() == 2
    assert store.count_cases(status="open") == 1
    assert store.count_cases(status="completed") == 0


# --- a case keeps the checklist version it was opened with --------------------------------


def _catalogue_v2(v1: dict[str, Any], effective_from: str = "2026-11-01") -> dict[str, Any]:
    """A later rule set (version 3, after the published 2): an IIN needs the applicant in
    person, and its steps go in order."""
    v2 = json.loads(json.dumps(v1))
    v2["version"] = 3
    v2["effective_from"] = effective_from
    [iin] = [s for s in v2["services"] if s["code"] == "iin"]
    iin["sequential"] = True
    iin["items"][0]["title"] = {
        "en": "Application form (2026)",
        "ru": "Заявление (2026)",
        "kk": "Өтініш нысаны (2026)",
    }
    iin["items"].append(
        {
            "code": "iin.in_person",
            "title": {
                "en": "Applicant appears in person",
                "ru": "Личная явка заявителя",
                "kk": "Өтініш берушінің жеке келуі",
            },
        }
    )
    return v2


@pytest.fixture
def publish_v2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A function that publishes services-v3.json (in force from ``effective_from``)."""
    folder = tmp_path / "resources"
    shutil.copytree(resources.resources_dir(), folder)
    v1 = json.loads(CATALOGUE_V1.read_text(encoding="utf-8"))

    def publish(effective_from: str = "2026-11-01") -> None:
        (folder / "catalogue" / "services-v3.json").write_text(
            json.dumps(_catalogue_v2(v1, effective_from), ensure_ascii=False), encoding="utf-8"
        )
        monkeypatch.setattr(resources, "resources_dir", lambda: folder)
        load_catalogue.cache_clear()

    yield publish
    monkeypatch.undo()
    load_catalogue.cache_clear()


def test_a_case_follows_the_rules_in_force_on_the_day_it_is_opened(
    store: Store, new_client: Callable, publish_v2: Callable[..., None]
) -> None:
    store.today = lambda: date(2026, 6, 30)
    assert store.open_case(new_client().id, "iin", {}).checklist_version == 1
    store.today = lambda: date(2026, 7, 1)  # services-v2.json's effective date
    assert store.open_case(new_client().id, "iin", {}).checklist_version == 2
    publish_v2("2026-12-01")  # published ahead of its day: not yet in force
    store.today = lambda: TODAY
    assert store.open_case(new_client().id, "iin", {}).checklist_version == 2


def test_an_old_case_keeps_its_checklist_and_rules(
    store: Store, client: Any, new_client: Callable, publish_v2: Callable[..., None]
) -> None:
    answers = {"channel": "egov_portal"}
    old = store.open_case(client.id, "iin", answers)
    publish_v2()
    new = store.open_case(new_client(surname="Rossi").id, "iin", answers)

    assert (old.checklist_version, new.checklist_version) == (2, 3)
    assert codes(new) == ["iin.application", "iin.passport_copy", "iin.in_person"]
    assert new.items[0].title_en == "Application form (2026)"
    old = store.get_case(old.id)
    assert old.checklist_version == 2
    assert codes(old) == ["iin.application", "iin.passport_copy"]
    assert old.items[0].title_en == "Completed application"

    # Version 2's steps go in order; the old case still follows version 1, where they do not.
    with pytest.raises(RuleViolation, match="must be done before"):
        store.set_item_state(new.items[-1].id, "received")
    store.set_item_state(old.items[-1].id, "received")
    store.set_item_state(old.items[0].id, "received")
    assert store.move_case(old.id, "submitted").status == "submitted"
    assert store.move_case(old.id, "completed", outcome=issued_iin(old.id)).status == "completed"
    assert store.move_case(old.id, "open").status == "open"
    assert codes(store.get_case(old.id)) == ["iin.application", "iin.passport_copy"]
