"""ISO 3166-1 alpha-3 countries with their names, the way passports and MRZ codes name them."""

import json
from dataclasses import dataclass
from functools import cache

from expat_desk.domain.resources import resource_path

KAZAKHSTAN = "KAZ"


@dataclass(frozen=True)
class Country:
    code: str
    en: str
    ru: str
    kk: str

    def name(self, language: str) -> str:
        return getattr(self, language, self.en)


@cache
def _load() -> tuple[dict[str, Country], dict[str, str]]:
    data = json.loads(resource_path("data", "countries.json").read_text(encoding="utf-8"))
    countries = {
        c["code"]: Country(c["code"], c["en"], c["ru"], c.get("kk", c["ru"]))
        for c in data["countries"]
    }
    return countries, dict(data["mrz_aliases"])


def all_countries() -> list[Country]:
    return list(_load()[0].values())


def normalize_country_code(code: str) -> str | None:
    """The alpha-3 code for ``code`` (case-insensitive; MRZ aliases such as ``D``), or None."""
    countries, aliases = _load()
    key = code.strip().upper()
    key = aliases.get(key, key)
    return key if key in countries else None


def country(code: str) -> Country:
    normalized = normalize_country_code(code)
    if normalized is None:
        raise KeyError(code)
    return _load()[0][normalized]
