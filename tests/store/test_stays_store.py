"""A client's stays in the store: each change whole or not at all, in the log, and warned of."""

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.domain.stay_records import EntryBasis, StayNote
from expat_desk.domain.stays import StayWarning
from expat_desk.store import Store
from expat_desk.store.erasure import ERASED, erase_client
from expat_desk.store.errors import NotFound
from expat_desk.store.stay_records import STAYS_NOT_FOR_CITIZENS

TODAY = date(2026, 11, 25)  # the store fixture's day
VISA = {
    "arrival": "2026-09-01",
    "departure": None,
    "basis": "visa",
    "visa_number": "V1234567",
    "basis_until": "2027-08-31",
    "purpose": "work",
}


def test_a_stay_is_added_listed_by_arrival_and_logged(store: Store, client: Any) -> None:
    later = store.add_stay(client.id, VISA)
    earlier = store.add_stay(
        client.id,
        {"arrival": "2026-03-01", "departure": "2026-03-20", "basis": "visa_free"}
        | {"purpose": "private"},
    )
    assert [s.id for s in store.list_stays(client.id)] == [earlier.id, later.id]
    stored = store.list_stays(client.id)[1]
    assert (stored.arrival, stored.departure, stored.basis, stored.visa_number) == (
        date(2026, 9, 1),
        None,
        "visa",
        "V1234567",
    )
    lines = [(e.action, e.field, e.new) for e in store.history("stay", later.id)]
    assert lines[0] == ("create", "client", str(client.id))
    assert ("update", "visa_number", "V1234567") in lines
    assert all(e.manager_id == store.manager_id for e in store.history("stay", later.id))


def test_a_refused_stay_stores_nothing(store: Store, client: Any, rows: Callable) -> None:
    before = rows("events")
    with pytest.raises(ValidationError) as caught:
        store.add_stay(client.id, {**VISA, "visa_number": "ВИЗА12345", "departure": "2026-08-01"})
    assert set(caught.value.errors) == {"visa_number", "departure"}
    assert (rows("client_stays"), rows("events")) == (0, before)


def test_an_overlapping_stay_is_refused_on_add_and_on_update(store: Store, client: Any) -> None:
    first = store.add_stay(client.id, {**VISA, "departure": "2026-09-30"})
    with pytest.raises(ValidationError) as caught:
        store.add_stay(client.id, {**VISA, "arrival": "2026-09-15", "departure": "2026-10-10"})
    assert caught.value.errors == {"arrival": "overlaps the stay from 2026-09-01 to 2026-09-30"}
    second = store.add_stay(client.id, {**VISA, "arrival": "2026-09-30", "departure": None})
    with pytest.raises(ValidationError):
        store.update_stay(first.id, {"departure": "2026-10-02"})
    assert [s.departure for s in store.list_stays(client.id)] == [date(2026, 9, 30), None]
    assert second.id != first.id


def test_only_one_stay_of_a_client_is_open(store: Store, client: Any, new_client) -> None:
    store.add_stay(client.id, VISA)
    with pytest.raises(ValidationError) as caught:
        store.add_stay(client.id, {**VISA, "arrival": "2026-10-01"})
    assert "only one stay can be open" in caught.value.errors["arrival"]
    other = new_client(surname="Other")  # another client's stays are theirs
    store.add_stay(other.id, VISA)


def test_an_update_logs_each_changed_field_and_clears_what_no_longer_applies(
    store: Store, client: Any
) -> None:
    stay = store.add_stay(client.id, VISA)
    changed = store.update_stay(stay.id, {"basis": "visa_free", "departure": "2026-09-20"})
    assert (changed.basis, changed.visa_number, changed.basis_until) == ("visa_free", None, None)
    lines = {(e.field, e.old, e.new) for e in store.history("stay", stay.id) if e.old}
    assert lines == {
        ("basis", "visa", "visa_free"),
        ("visa_number", "V1234567", None),
        ("basis_until", "2027-08-31", None),
    }
    assert ("departure", None, "2026-09-20") in {
        (e.field, e.old, e.new) for e in store.history("stay", stay.id)
    }
    before = len(store.history("stay", stay.id))
    store.update_stay(stay.id, {"departure": date(2026, 9, 20)})  # no change, no line
    assert len(store.history("stay", stay.id)) == before


def test_a_stay_removed_leaves_a_line_and_unknown_ids_are_not_found(
    store: Store, client: Any
) -> None:
    stay = store.add_stay(client.id, VISA)
    store.remove_stay(stay.id)
    assert store.list_stays(client.id) == []
    assert store.history("stay", stay.id)[-1].action == "delete"
    for call in (
        lambda: store.remove_stay(stay.id),
        lambda: store.update_stay(stay.id, {}),
        lambda: store.add_stay(4242, VISA),
        lambda: store.list_stays(4242),
    ):
        with pytest.raises(NotFound):
            call()


def test_a_citizen_of_kazakhstan_has_no_stays(store: Store, kazakh_client: Any, rows) -> None:
    with pytest.raises(RuleViolation) as caught:
        store.add_stay(kazakh_client.id, VISA)
    assert caught.value.code == STAYS_NOT_FOR_CITIZENS
    assert rows("client_stays") == 0


def test_the_database_refuses_an_unknown_basis_even_behind_the_rules(
    store: Store, client: Any
) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    store.add_stay(client.id, VISA)
    with store.engine.begin() as connection, pytest.raises(IntegrityError, match="CHECK"):
        connection.execute(text("UPDATE client_stays SET basis = 'tourist'"))
    with store.engine.begin() as connection, pytest.raises(IntegrityError, match="CHECK"):
        connection.execute(text("UPDATE client_stays SET purpose = 'holiday'"))


def test_reviews_give_each_stay_its_warnings_and_notes(store: Store, new_client) -> None:
    american = new_client(surname="Miller", citizenship="USA")  # 30 days an entry, 90 in 180
    short = store.add_stay(
        american.id,
        {"arrival": "2026-08-01", "departure": "2026-08-20", "basis": "visa_free"}
        | {"purpose": "private"},
    )
    now = store.add_stay(
        american.id,
        {"arrival": TODAY - timedelta(days=40), "basis": "visa_free", "purpose": "private"},
    )
    reviews = dict((stay.id, review) for stay, review in store.stay_reviews(american.id))
    assert reviews[short.id].notes == ((StayNote.NO_REGISTRATION, {"days": "20"}),)
    assert reviews[short.id].warnings == ()
    assert [code for code, _ in reviews[now.id].warnings] == [StayWarning.OVERSTAYED]
    assert EntryBasis(store.list_stays(american.id)[0].basis) is EntryBasis.VISA_FREE


def test_reviews_follow_the_centres_visa_free_corrections(store: Store, new_client) -> None:
    american = new_client(surname="Miller", citizenship="USA")
    store.add_stay(
        american.id,
        {"arrival": TODAY - timedelta(days=40), "basis": "visa_free", "purpose": "work"},
    )
    store.set_visa_free_correction(
        "USA",
        {"reciprocal": False, "days_per_entry": 60, "days_per_180": 90, "note": "MFA letter"},
    )
    [(_stay, review)] = store.stay_reviews(american.id)
    assert review is not None and review.warnings == ()


def test_erasing_a_client_erases_their_stays_and_the_stays_log(
    store: Store, client: Any, new_client
) -> None:
    kept = new_client(surname="Keeper")
    removed = store.add_stay(client.id, {**VISA, "visa_number": "GONE12345"})
    store.remove_stay(removed.id)
    store.add_stay(client.id, {**VISA, "visa_number": "SECRET123"})
    other = store.add_stay(kept.id, {**VISA, "visa_number": "KEPT12345"})
    erase_client(store, client.id)
    with store.engine.connect() as connection:
        from sqlalchemy import text

        values = " ".join(
            str(row)
            for table in ("client_stays", "events")
            for row in connection.execute(text(f"SELECT * FROM {table}"))
        )
    assert "SECRET123" not in values and "GONE12345" not in values
    assert "KEPT12345" in values
    assert [s.id for s in store.list_stays(kept.id)] == [other.id]
    assert ERASED in values
