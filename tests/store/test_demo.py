"""The demo data: plausible, deterministic, and held to the same rules as data a manager types."""

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from expat_desk.domain.catalogue import ServiceCode, load_catalogue
from expat_desk.domain.client import CLIENT_FIELDS, check_client
from expat_desk.domain.eligibility import check_eligible
from expat_desk.domain.iin import parse_iin
from expat_desk.domain.visa_free import load_visa_free
from expat_desk.domain.workflow import CaseStatus
from expat_desk.store import Store, StoreError
from expat_desk.store.demo import fill_demo
from expat_desk.store.store import as_text

TODAY = date(2026, 11, 25)
CLIENTS = 200
PREFIX = {
    "iin": "IIN",
    "eds": "EDS",
    "migration_notification": "MN",
    "police_registration": "PR",
    "loss_of_passport": "LP",
}
DONE = {"received", "verified"}


def make_demo(path: Path, seed: int = 48) -> tuple[Store, dict[str, int]]:
    store = Store.open(path, today=lambda: TODAY)
    counts = fill_demo(store, clients=CLIENTS, seed=seed, today=TODAY)
    return store, counts


def table(path: Path, name: str) -> list[tuple]:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
    finally:
        raw.close()


def column(path: Path, name: str, field: str) -> list[Any]:
    raw = sqlite3.connect(path)
    try:
        return [row[0] for row in raw.execute(f"SELECT {field} FROM {name} ORDER BY id")]
    finally:
        raw.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    store, counts = make_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield store, counts
    store.close()


@pytest.fixture(scope="module")
def demo_store(demo: tuple[Store, dict[str, int]]) -> Store:
    return demo[0]


@pytest.fixture(scope="module")
def clients(demo_store: Store) -> dict[int, Any]:
    return {c.id: c for c in demo_store.search_clients(limit=CLIENTS + 1)}


@pytest.fixture(scope="module")
def cases(demo_store: Store) -> list[Any]:
    return demo_store.list_cases()


# --- what is there ------------------------------------------------------------------------


def test_demo_has_the_clients_and_managers_asked_for(
    demo: tuple[Store, dict[str, int]], clients: dict[int, Any], cases: list[Any]
) -> None:
    store, counts = demo
    assert len(clients) == store.count_clients() == CLIENTS
    managers = store.list_managers()
    assert len(managers) == 3
    assert len({m.name for m in managers}) == 3
    # Every client and case belongs to one of them, and each has some.
    ids = {m.id for m in managers}
    assert {c.manager_id for c in clients.values()} == ids
    assert {c.manager_id for c in cases} == ids
    assert counts["clients"] == CLIENTS
    assert counts["cases"] == len(cases) == store.count_cases()
    assert counts["checklist_items"] == sum(len(c.items) for c in cases)


def test_every_service_in_every_status(cases: list[Any]) -> None:
    seen = {(c.service, c.status) for c in cases}
    assert seen == {(s.value, st.value) for s in ServiceCode for st in CaseStatus}


def test_cases_were_opened_within_the_last_eight_weeks(cases: list[Any]) -> None:
    for case in cases:
        assert TODAY - timedelta(weeks=8) < case.opened_on <= TODAY, case.number


def test_case_numbers(cases: list[Any]) -> None:
    for case in cases:
        assert case.number == f"{PREFIX[case.service]}-{case.opened_on.year}-{case.id:05d}"
    assert len({c.number for c in cases}) == len(cases)


def test_status_dates_fit_the_status(cases: list[Any]) -> None:
    for case in cases:
        submitted, closed = case.submitted_on, case.closed_on
        if case.status == "open":
            assert (submitted, closed) == (None, None), case.number
        if case.status in {"submitted", "completed"}:
            assert submitted is not None and case.opened_on <= submitted <= TODAY, case.number
        if case.status == "submitted":
            assert closed is None, case.number
        if case.status == "completed":
            assert closed is not None and submitted <= closed <= TODAY, case.number
        if case.status == "cancelled":
            assert closed is not None and case.opened_on <= closed <= TODAY, case.number


def test_case_history_leads_to_the_case_status(demo_store: Store, cases: list[Any]) -> None:
    for case in cases:
        history = demo_store.case_history(case.id)
        assert history[0].action == "create" and history[0].new == case.number
        moves = [(e.old, e.new) for e in history if e.field == "status"]
        status = "open"
        for old, new in moves:
            assert old == status, case.number
            status = new
        assert status == case.status, case.number


# --- held to the rules --------------------------------------------------------------------


def test_every_client_passes_the_client_checks(clients: dict[int, Any]) -> None:
    for client in clients.values():
        values = {name: getattr(client, name) for name in CLIENT_FIELDS}
        checked = check_client(values, today=TODAY)
        # Stored already in the form the checks give, and without warnings but the passport's
        # (some passports run out soon, as in a real register).
        assert {k: as_text(v) for k, v in checked.values.items()} == {
            k: as_text(v) for k, v in values.items()
        }, client.id
        assert [w for w in checked.warnings if "passport" not in w] == [], client.id


def test_demo_has_varied_clients(clients: dict[int, Any]) -> None:
    values = list(clients.values())
    assert len({c.citizenship for c in values}) >= 10
    assert {c.sex for c in values} == {"M", "F"}
    assert sum(c.surname_cyr is not None for c in values) >= CLIENTS // 4
    assert sum(c.iin is not None for c in values) >= 10


def test_every_iin_is_valid_and_unique(clients: dict[int, Any], cases: list[Any]) -> None:
    iins = [c.iin for c in clients.values() if c.iin]
    for iin in iins:
        parse_iin(iin)
    assert len(set(iins)) == len(iins)
    passports = [(c.citizenship, c.passport_number) for c in clients.values()]
    assert len(set(passports)) == len(passports)


def test_a_completed_iin_case_gave_the_client_its_iin(
    clients: dict[int, Any], cases: list[Any]
) -> None:
    completed = [c for c in cases if c.service == "iin" and c.status == "completed"]
    assert completed
    for case in completed:
        parse_iin(case.outcome)
        assert clients[case.client_id].iin == case.outcome, case.number


def test_eds_cases_only_for_clients_with_an_iin(clients: dict[int, Any], cases: list[Any]) -> None:
    for case in cases:
        if case.service != "eds":
            continue
        client = clients[case.client_id]
        assert client.iin, case.number
        # And not opened before the IIN was issued, when a demo case issued it.
        for other in cases:
            if other.service == "iin" and other.outcome == client.iin:
                assert other.closed_on <= case.opened_on, (other.number, case.number)


def test_eds_cases_start_with_the_iin_on_file_received(cases: list[Any]) -> None:
    # As Store.open_case does it: the client's IIN is on file, so that item is not missing.
    for case in cases:
        if case.service == "eds":
            [iin_item] = [i for i in case.items if i.code == "eds.iin"]
            assert iin_item.state in DONE, case.number


def test_items_match_the_catalogue_for_the_answers(cases: list[Any]) -> None:
    for case in cases:
        spec = load_catalogue(case.checklist_version).service(case.service)
        typed = spec.validate_answers(case.answers, today=case.opened_on)
        expected = spec.checklist(typed)
        assert [i.code for i in case.items] == [e.code for e in expected], case.number
        for stored, wanted in zip(case.items, expected, strict=True):
            assert (stored.title_en, stored.title_ru, stored.title_kk) == (
                wanted.title["en"],
                wanted.title["ru"],
                wanted.title["kk"],
            )
            assert stored.required == wanted.required
        assert case.channel == typed.get("channel")
        assert case.representative == bool(typed.get("representative"))
        assert case.arrival_date == typed.get("arrival_date")


def test_item_dates_are_set_when_done_and_never_in_the_future(cases: list[Any]) -> None:
    for case in cases:
        for i in case.items:
            if i.state in DONE:
                assert i.state_date is not None and i.state_date <= TODAY, case.number
            else:
                assert i.state_date is None, case.number


def test_submitted_and_completed_cases_have_every_required_item(cases: list[Any]) -> None:
    for case in cases:
        if case.status in {"submitted", "completed"}:
            for i in case.items:
                if i.required:
                    assert i.state in DONE, (case.number, i.code)
                    assert i.state_date <= case.submitted_on, (case.number, i.code)


def test_loss_of_passport_steps_in_order(cases: list[Any]) -> None:
    losses = [c for c in cases if c.service == "loss_of_passport"]
    assert losses
    for case in losses:
        states = [i.state in DONE for i in case.items]
        # Done steps are the first ones, never one after a gap.
        assert states == sorted(states, reverse=True), case.number
        dates = [i.state_date for i in case.items if i.state in DONE]
        assert dates == sorted(dates), case.number


def test_every_case_is_one_the_client_may_have(clients: dict[int, Any], cases: list[Any]) -> None:
    visa_free = load_visa_free()
    for case in cases:
        client = clients[case.client_id]
        check_eligible(ServiceCode(case.service), client.citizenship, visa_free)
        if case.service == "eds":
            assert case.answers["kz_citizen"] is (client.citizenship == "KAZ")
        if case.service == "police_registration":
            assert case.answers["citizenship"] == client.citizenship
            if case.answers["purpose"] == "private_visit":
                last = date.fromisoformat(case.answers["stay_until"])
                assert (last - case.opened_on).days + 1 <= 90
    assert {"police_registration", "migration_notification"} <= {c.service for c in cases}


def test_demo_clients_are_found_by_search(demo_store: Store, clients: dict[int, Any]) -> None:
    for client in list(clients.values())[:50]:
        assert client.id in {c.id for c in demo_store.search_clients(client.passport_number)}
        if client.surname_cyr:
            query = f"{client.surname_cyr.lower()} {client.passport_number}"
            assert [c.id for c in demo_store.search_clients(query)] == [client.id]


# --- seeds and refusals -------------------------------------------------------------------


def test_same_seed_and_day_give_the_same_data(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    for path in (first, second):
        make_demo(path, seed=7)[0].close()
    for name in ("clients", "cases", "checklist_items", "attorneys"):
        assert table(first, name) == table(second, name), name
    assert len(table(first, "clients")) == CLIENTS


def test_another_seed_gives_other_data(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    make_demo(first, seed=7)[0].close()
    make_demo(second, seed=8)[0].close()
    passports = [set(column(path, "clients", "passport_number")) for path in (first, second)]
    assert passports[0] != passports[1]
    assert table(first, "cases") != table(second, "cases")


def test_demo_refuses_a_database_with_clients(store: Store, new_client: Any) -> None:
    new_client()
    with pytest.raises(StoreError, match="empty database"):
        fill_demo(store, clients=10, today=TODAY)
    assert store.count_clients() == 1
    assert store.count_cases() == 0
    assert [m.name for m in store.list_managers()] == ["Test Manager"]


def test_demo_needs_at_least_one_client(store: Store) -> None:
    with pytest.raises(ValueError, match="at least one client"):
        fill_demo(store, clients=0, today=TODAY)
    assert store.count_clients() == 0


# --- stays --------------------------------------------------------------------------------


def test_every_foreign_client_has_one_or_two_stays_that_pass_the_checks(
    demo_store: Store, clients: dict[int, Any], demo: tuple[Store, dict[str, int]]
) -> None:
    from expat_desk.domain.stay_records import STAY_FIELDS, check_stay_record
    from expat_desk.domain.stays import Entry

    total = 0
    for client in clients.values():
        stays = demo_store.list_stays(client.id)
        if client.citizenship == "KAZ":
            assert stays == [], client.id
            continue
        assert 1 <= len(stays) <= 2, client.id
        total += len(stays)
        for stay in stays:
            others = [Entry(o.arrival, o.departure) for o in stays if o.id != stay.id]
            values = {name: getattr(stay, name) for name in STAY_FIELDS}
            assert check_stay_record(values, others=others, today=TODAY) == values, stay.id
        assert demo_store.history("stay", stays[0].id)[0].new == str(client.id)
    assert demo[1]["client_stays"] == total
    bases = {s.basis for c in clients.values() for s in demo_store.list_stays(c.id)}
    assert bases == {"visa_free", "visa", "residence_permit"}


def test_demo_stays_give_no_warning(demo_store: Store, clients: dict[int, Any]) -> None:
    open_stays = 0
    for client in clients.values():
        for stay, review in demo_store.stay_reviews(client.id):
            assert review is not None and review.warnings == (), (client.citizenship, stay.id)
            open_stays += stay.departure is None
    assert open_stays > 0


def test_the_latest_notification_of_each_demo_client_can_be_printed(tmp_path) -> None:
    """Its host party is complete and the client's stays hold the entry it notifies."""
    from expat_desk.documents.generate import prepare

    with Store.open(tmp_path / "demo.sqlite") as store:
        fill_demo(store, clients=200, today=date(2026, 11, 25))
        latest: dict[int, int] = {}
        for case in store.list_cases(limit=1000):
            if case.service == "migration_notification":
                known = latest.get(case.client_id)
                if known is None or store.get_case(known).arrival_date < case.arrival_date:
                    latest[case.client_id] = case.id
        assert len(latest) > 10
        for case_id in latest.values():
            prepare(store, case_id, "notification-letter", "ru,en", {"stay_until": "2027-02-01"})


def test_the_managers_are_the_demos_attorneys_residents_with_valid_iins(
    demo_store: Store, demo: tuple[Store, dict[str, int]]
) -> None:
    from expat_desk.domain.attorney import ATTORNEY_FIELDS, check_attorney

    attorneys = demo_store.list_attorneys()
    assert demo[1]["attorneys"] == len(attorneys) == 3
    # The managers Aigerim Sarsenova, Daniyar Abenov and Madina Karimova, as ID cards write them.
    assert {a.full_name.split()[0] for a in attorneys} == {"Сарсенова", "Абенов", "Каримова"}
    assert len({a.iin for a in attorneys}) == 3
    for attorney in attorneys:
        assert attorney.resident and attorney.document_kind == "kz_id_card"
        assert parse_iin(attorney.iin, TODAY).birth_date.year < 2000
        values = {name: getattr(attorney, name) for name in ATTORNEY_FIELDS}
        assert check_attorney(values, TODAY) == values  # held to the rules a manager meets
        assert [e.action for e in demo_store.history("attorney", attorney.id)] == ["create"]


def test_the_attorneys_draw_nothing_from_the_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_demo(tmp_path / "with.sqlite3", seed=7)[0].close()
    monkeypatch.setattr("expat_desk.store.demo_attorneys.DEMO_ATTORNEYS", ())
    make_demo(tmp_path / "without.sqlite3", seed=7)[0].close()
    for name in ("clients", "cases", "checklist_items"):
        assert table(tmp_path / "with.sqlite3", name) == table(tmp_path / "without.sqlite3", name)
    assert len(table(tmp_path / "with.sqlite3", "attorneys")) == 3
    assert table(tmp_path / "without.sqlite3", "attorneys") == []
