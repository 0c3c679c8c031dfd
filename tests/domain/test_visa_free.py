"""The visa-free list shipped in resources/, and the reader that refuses a damaged one."""

import copy
from typing import Any

import pytest

from expat_desk.domain.visa_free import check_correction, load_visa_free, parse_visa_free

GOOD: dict[str, Any] = {
    "version": 1,
    "checked_on": "2026-12-07",
    "sources": [{"id": "mfa", "title": "MFA", "url": "https://www.gov.kz/", "consulted": None}],
    "countries": [
        {"code": "RUS", "reciprocal": True, "days_per_entry": 90, "sources": ["mfa"]},
        {"code": "USA", "reciprocal": False, "days_per_entry": 30, "sources": ["mfa"]},
    ],
}


def test_the_published_list_names_the_agreements_the_seed_means() -> None:
    visa_free = load_visa_free()
    # The Eurasian Economic Union and the CIS neighbours: reciprocal by treaty.
    for country in ("RUS", "BLR", "ARM", "KGZ", "UZB", "TJK", "AZE", "MDA"):
        assert visa_free.reciprocal(country), country
    # Visa-free one way only: Kazakhstan lets them in, their countries want a visa of Kazakhs.
    for country in ("USA", "GBR", "DEU", "FRA", "JPN", "IND"):
        regime = visa_free.regime(country)
        assert regime is not None and not regime.reciprocal, country
    assert visa_free.regime("KAZ") is None


def test_every_country_of_the_published_list_cites_where_it_comes_from() -> None:
    visa_free = load_visa_free()
    for regime in visa_free.regimes.values():
        assert regime.sources and all(s in visa_free.sources for s in regime.sources)
        if regime.reciprocal:
            assert regime.agreement or regime.note, regime.code
    assert all(
        s.url is None or s.url.startswith("https://") or s.url.startswith("http://")
        for s in visa_free.sources.values()
    )


def test_a_good_list_is_read() -> None:
    visa_free = parse_visa_free(GOOD)
    assert visa_free.reciprocal("RUS") and not visa_free.reciprocal("USA")
    assert visa_free.regime("USA").days_per_entry == 30
    assert not visa_free.reciprocal("CHN")


@pytest.mark.parametrize(
    ("field", "value", "match"),
    [
        ("code", "Russia", "ISO 3166"),
        ("code", "rus", "ISO 3166"),
        ("sources", [], "cites"),
        ("sources", ["nowhere"], "cites"),
        ("days_per_entry", 0, "number of days"),
        ("days_per_entry", 10**12, "number of days"),
        ("days_per_entry", "90", "number of days"),
        ("days_per_entry", True, "number of days"),
    ],
)
def test_a_damaged_list_is_refused(field: str, value: Any, match: str) -> None:
    data = copy.deepcopy(GOOD)
    data["countries"][0][field] = value
    with pytest.raises(ValueError, match=match):
        parse_visa_free(data)


def test_corrections_go_on_top_of_the_published_list() -> None:
    corrected = parse_visa_free(GOOD).corrected(
        {
            "USA": check_correction("USA", {"reciprocal": True, "note": "new agreement"})[1],
            "RUS": check_correction("RUS", {"removed": True, "note": "suspended"})[1],
            "CHN": check_correction(
                "chn",
                {"reciprocal": True, "days_per_entry": "30", "days_per_180": "90", "note": "2023"},
            )[1],
        }
    )
    assert corrected.reciprocal("USA") and corrected.regime("USA").corrected
    assert corrected.regime("RUS") is None
    assert (corrected.regime("CHN").days_per_entry, corrected.regime("CHN").days_per_180) == (
        30,
        90,
    )
