"""The host party records: kept, changed with their history, named by migration cases."""

from typing import Any

import pytest

from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.store import Store
from expat_desk.store.errors import NotFound

HOTEL = {
    "kind": "legal",
    "name": "Hilton Astana",
    "id_number": "150540000027",
    "address": "Astana, Sarayshyk St 46",
    "phone": "+77172644444",
    "signatory": "Tan Wei",
    "position": "general manager",
}


@pytest.fixture
def client(store: Store) -> Any:
    client, _ = store.add_client(
        {
            "surname": "Kim",
            "birth_date": "1990-01-01",
            "citizenship": "KOR",
            "passport_number": "M12345678",
        }
    )
    return client


def notify(store: Store, client: Any, host_id: Any) -> Any:
    return store.open_case(
        client.id, "migration_notification", {"arrival_date": "2026-11-23", "host_party": host_id}
    )


def test_a_host_is_stored_and_found_by_name_or_number(store: Store) -> None:
    hotel = store.add_host_party(HOTEL)
    assert store.get_host_party(hotel.id).phone == "+77172644444"
    assert [h.name for h in store.list_host_parties()] == ["Hilton Astana", "Nomad Fintech Ltd"]
    assert [h.name for h in store.list_host_parties("hilton")] == ["Hilton Astana"]
    assert [h.name for h in store.list_host_parties("1505 4000")] == ["Hilton Astana"]
    assert store.list_host_parties("Rixos") == []


def test_one_bin_is_one_host(store: Store) -> None:
    store.add_host_party(HOTEL)
    with pytest.raises(ValidationError) as caught:
        store.add_host_party({**HOTEL, "name": "Hilton (duplicate)"})
    assert "Hilton Astana" in caught.value.errors["id_number"]
    assert len(store.list_host_parties()) == 2


def test_a_change_is_logged_field_by_field(store: Store) -> None:
    hotel = store.add_host_party(HOTEL)
    store.update_host_party(hotel.id, {"phone": "8 717 264 55 55", "position": "director"})
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT action, field, old, new FROM events WHERE entity = 'host_party'"
            " AND entity_id = ? ORDER BY id",
            (hotel.id,),
        ).fetchall()
    assert rows == [
        ("create", None, None, "Hilton Astana"),
        ("update", "phone", "+77172644444", "+77172645555"),
        ("update", "position", "general manager", "director"),
    ]


def test_a_refused_change_stores_nothing(store: Store) -> None:
    hotel = store.add_host_party(HOTEL)
    with pytest.raises(ValidationError):
        changes = {"phone": "+7 717 264 55 55", "id_number": "850315300019"}  # an IIN
        store.update_host_party(hotel.id, changes)
    assert store.get_host_party(hotel.id).phone == "+77172644444"


def test_a_migration_case_names_a_host_on_file(store: Store, client: Any) -> None:
    hotel = store.add_host_party(HOTEL)
    case = notify(store, client, hotel.id)
    assert case.answers["host_party"] == hotel.id
    with pytest.raises(ValidationError) as caught:
        notify(store, client, 999)
    assert caught.value.errors == {"host_party": "no host party #999 is on file"}
    assert store.count_cases() == 1


def test_a_host_named_by_a_case_cannot_be_removed(store: Store, client: Any) -> None:
    hotel = store.add_host_party(HOTEL)
    spare = store.add_host_party({"kind": "legal", "name": "Hilton Astan (typo)"})
    notify(store, client, hotel.id)
    with pytest.raises(RuleViolation) as caught:
        store.remove_host_party(hotel.id)
    assert caught.value.code == "host.in_use"
    assert store.host_party_case_count(hotel.id) == 1
    store.remove_host_party(spare.id)
    with pytest.raises(NotFound):
        store.get_host_party(spare.id)
    assert store.get_host_party(hotel.id).name == "Hilton Astana"
