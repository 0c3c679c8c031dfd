"""Tests of the ISO 3166 country list and of country code normalization."""

import json
import re

import pytest

from expat_desk.domain.countries import KAZAKHSTAN, all_countries, country, normalize_country_code
from expat_desk.domain.resources import resource_path

CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def raw_codes() -> list[str]:
    """The codes as written in the file, before any dictionary could hide a duplicate."""
    data = json.loads(resource_path("data", "countries.json").read_text(encoding="utf-8"))
    return [c["code"] for c in data["countries"]]


@pytest.mark.parametrize(
    ("code", "en", "ru_names"),
    [
        ("KAZ", "Kazakhstan", {"Казахстан"}),
        ("RUS", "Russia", {"Россия", "Российская Федерация"}),
        ("USA", "United States", {"США", "Соединённые Штаты", "Соединенные Штаты Америки"}),
        ("DEU", "Germany", {"Германия"}),
    ],
)
def test_main_countries_present_with_russian_names(code: str, en: str, ru_names: set[str]) -> None:
    c = country(code)
    assert c.code == code
    assert en in c.en
    assert c.ru in ru_names
    assert c.name("ru") == c.ru
    assert c.name("en") == c.en


def test_kazakhstan_has_its_kazakh_name() -> None:
    assert country(KAZAKHSTAN).kk == "Қазақстан"


def test_codes_are_three_capital_letters_and_unique() -> None:
    codes = raw_codes()
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert len(codes) == len(set(codes))
    assert [c.code for c in all_countries()] == codes


def test_list_is_the_whole_iso_3166_list() -> None:
    """ISO 3166-1 assigns 249 codes; a short list would lose clients' citizenships."""
    assert len(all_countries()) == 249


def test_every_country_has_names_in_each_language() -> None:
    for c in all_countries():
        assert c.en.strip(), c.code
        assert CYRILLIC.search(c.ru), c.code
        assert CYRILLIC.search(c.kk), c.code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("KAZ", "KAZ"), ("kaz", "KAZ"), (" Rus ", "RUS"), ("usa", "USA"), ("D", "DEU"), ("d", "DEU")],
)
def test_normalize_handles_case_spaces_and_mrz_alias(typed: str, code: str) -> None:
    assert normalize_country_code(typed) == code


@pytest.mark.parametrize("typed", ["XXX", "", "KZ", "Kazakhstan", "KAZA", "К А З", "1"])
def test_normalize_refuses_unknown_codes(typed: str) -> None:
    assert normalize_country_code(typed) is None


def test_country_lookup_of_unknown_code_raises_key_error() -> None:
    with pytest.raises(KeyError):
        country("XXX")


def test_kazakh_names_reviewed_against_the_kazakh_iso_list() -> None:
    assert country("MYT").kk == "Майотта"
    assert country("ATF").kk.startswith("Францияның Оңтүстік")  # southern, not northern
