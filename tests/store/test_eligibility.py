"""Who may have which service, decided by the client's citizenship and the visa-free list."""

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from expat_desk.domain.eligibility import NOT_FOR_CITIZENS, NOT_RECIPROCAL
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.store import Store

TODAY = date(2026, 11, 25)  # the store fixture's day
POLICE = {
    "entry_date": "2026-11-02",  # crossed the border (asked since version 2)
    "inviting_party": "Astana Hub Ventures LLP",
    "purpose": "private_visit",
    "stay_until": (TODAY + timedelta(days=30)).isoformat(),
}
ANSWERS: dict[str, dict[str, Any]] = {
    "iin": {"channel": "expat_centre"},
    "eds": {},
    "migration_notification": {"arrival_date": TODAY.isoformat(), "host_party": 1},
    "police_registration": POLICE,
    "loss_of_passport": {"place_of_loss": "Astana", "date_of_loss": TODAY.isoformat()},
}


@pytest.mark.parametrize(
    "service", ["iin", "migration_notification", "police_registration", "loss_of_passport"]
)
def test_a_citizen_of_kazakhstan_is_refused_the_services_for_foreigners(
    store: Store, new_client: Callable, service: str, rows: Callable[[str], int]
) -> None:
    citizen = new_client(surname="Seitkali", given_names="Aigerim", citizenship="KAZ")
    with pytest.raises(RuleViolation, match="foreign citizens") as caught:
        store.open_case(citizen.id, service, ANSWERS[service])
    assert caught.value.code == NOT_FOR_CITIZENS
    assert rows("cases") == 0


def test_a_citizen_of_kazakhstan_may_have_an_eds(store: Store, kazakh_client: Any) -> None:
    case = store.open_case(kazakh_client.id, "eds", {})
    assert case.answers["kz_citizen"] is True


@pytest.mark.parametrize("country", ["RUS", "KGZ", "UZB", "CHN", "TUR", "ARM", "BLR"])
def test_citizens_of_countries_with_a_reciprocal_agreement_are_registered(
    store: Store, new_client: Callable, country: str
) -> None:
    client = new_client(citizenship=country)
    case = store.open_case(client.id, "police_registration", POLICE)
    assert case.answers["citizenship"] == country
    assert case.answers["reciprocal_visa_free"] is True


@pytest.mark.parametrize(
    ("country", "name"),
    [
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("DEU", "Germany"),
        ("FRA", "France"),
        ("IND", "India"),
    ],
)
def test_one_way_visa_free_entry_is_no_ground_for_registration(
    store: Store, new_client: Callable, country: str, name: str, rows: Callable[[str], int]
) -> None:
    client = new_client(citizenship=country)
    # Ticking the box, as the demo once did, changes nothing: the list decides.
    with pytest.raises(RuleViolation, match="reciprocal") as caught:
        store.open_case(client.id, "police_registration", {**POLICE, "reciprocal_visa_free": True})
    assert caught.value.code == NOT_RECIPROCAL
    assert caught.value.params == {"country": country}
    assert name in str(caught.value)
    assert rows("cases") == 0


def test_a_private_visit_is_registered_for_90_days_at_most(
    store: Store, kyrgyz_client: Any, rows: Callable[[str], int]
) -> None:
    day_90 = TODAY + timedelta(days=89)  # the day of registration is the first
    case = store.open_case(
        kyrgyz_client.id, "police_registration", {**POLICE, "stay_until": day_90.isoformat()}
    )
    assert case.answers["stay_until"] == day_90.isoformat()
    with pytest.raises(ValidationError) as caught:
        store.open_case(
            kyrgyz_client.id,
            "police_registration",
            {**POLICE, "stay_until": (day_90 + timedelta(days=1)).isoformat()},
        )
    why = caught.value.errors["stay_until"]
    assert "90 days" in why and day_90.isoformat() in why
    assert rows("cases") == 1


def test_a_contract_is_registered_beyond_90_days(store: Store, kyrgyz_client: Any) -> None:
    long = {**POLICE, "purpose": "employment_contract", "stay_until": "2027-12-31"}
    assert store.open_case(kyrgyz_client.id, "police_registration", long).status == "open"


def test_the_centre_corrects_the_list_in_its_settings(store: Store, new_client: Callable) -> None:
    american, russian = new_client(citizenship="USA"), new_client(citizenship="RUS")
    store.set_visa_free_correction(
        "usa", {"reciprocal": True, "days_per_entry": "30", "note": "test agreement"}
    )
    store.set_visa_free_correction("RUS", {"removed": True, "note": "suspended, letter 12/3"})
    assert store.visa_free().regime("USA").corrected
    assert store.open_case(american.id, "police_registration", POLICE).status == "open"
    with pytest.raises(RuleViolation):
        store.open_case(russian.id, "police_registration", POLICE)
    [event, *_] = [e for e in store.history("setting", 0) if e.field == "visa_free.corrections"]
    assert "test agreement" in event.new

    store.set_visa_free_correction("RUS", None)  # back to the published list
    assert store.visa_free().reciprocal("RUS")
    assert not store.visa_free().regime("RUS").corrected


@pytest.mark.parametrize(
    ("country", "values", "bad"),
    [
        ("Narnia", {"reciprocal": True, "note": "x"}, {"country"}),
        ("USA", {"reciprocal": True, "note": "  "}, {"note"}),
        ("USA", {"reciprocal": True, "days_per_entry": "0", "note": "x"}, {"days_per_entry"}),
        ("USA", {"days_per_entry": "10000000000000000", "note": "x"}, {"days_per_entry"}),
        ("USA", {"days_per_180": "ninety", "note": "x"}, {"days_per_180"}),
        ("USA", {"days_per_entry": 90, "days_per_180": 30, "note": "x"}, {"days_per_entry"}),
        ("USA", {"reciprocal": True, "note": "x" * 301}, {"note"}),
    ],
)
def test_a_wrong_correction_is_refused_and_nothing_is_stored(
    store: Store, country: str, values: dict[str, Any], bad: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        store.set_visa_free_correction(country, values)
    assert set(caught.value.errors) == bad
    assert store.get_setting("visa_free.corrections") is None


def test_a_damaged_correction_setting_is_ignored(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    store.set_setting(
        "visa_free.corrections",
        {"USA": {"reciprocal": True, "days_per_entry": -5, "note": "x"}, "RUS": "yes", "ZZZ": {}},
    )
    visa_free = store.visa_free()
    assert not visa_free.reciprocal("USA") and visa_free.reciprocal("RUS")
    assert "not valid" in caplog.text
