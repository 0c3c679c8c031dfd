"""Which citizens enter Kazakhstan without a visa, for how long, and by which agreement.

Seed: police registration "is only applicable for countries that have reciprocal agreements
with the Government of the Republic of Kazakhstan on a visa-free regime". Who those countries
are changes by treaty, so the list is data (``resources/data/visa-free.json``: each country with
its agreement, stay limits and the sources checked), and the centre may correct it in Settings
without waiting for a release; a correction names who made it and why.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from expat_desk.domain.countries import normalize_country_code
from expat_desk.domain.errors import Message, ValidationError
from expat_desk.domain.resources import resource_path

# The longest limit any agreement sets is well under a year; a bigger number is a typo.
MAX_LIMIT_DAYS = 366


@dataclass(frozen=True)
class VisaFreeRegime:
    """What the citizens of one country may do without a visa."""

    code: str
    reciprocal: bool
    days_per_entry: int | None = None
    days_per_180: int | None = None
    agreement: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None
    corrected: bool = False  # by the centre, over the published list


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str | None
    consulted: date | None


@dataclass(frozen=True)
class VisaFreeList:
    version: int
    checked_on: date
    regimes: Mapping[str, VisaFreeRegime]
    sources: Mapping[str, Source]

    def regime(self, country: str) -> VisaFreeRegime | None:
        """The visa-free regime of a country's citizens, or None where they need a visa."""
        return self.regimes.get(country)

    def reciprocal(self, country: str) -> bool:
        regime = self.regimes.get(country)
        return regime is not None and regime.reciprocal

    def corrected(self, corrections: Mapping[str, Any]) -> "VisaFreeList":
        """The list with the centre's corrections on top (values of ``check_correction``)."""
        regimes = dict(self.regimes)
        for code, value in corrections.items():
            if value.get("removed"):
                regimes.pop(code, None)
                continue
            regime = regimes.get(code) or VisaFreeRegime(code=code, reciprocal=False)
            regimes[code] = replace(
                regime,
                reciprocal=value["reciprocal"],
                days_per_entry=value.get("days_per_entry"),
                days_per_180=value.get("days_per_180"),
                note=value.get("note") or regime.note,
                corrected=True,
            )
        return replace(self, regimes=regimes)


@cache
def load_visa_free() -> VisaFreeList:
    """The published list shipped with the app."""
    path = resource_path("data", "visa-free.json")
    return parse_visa_free(json.loads(path.read_text(encoding="utf-8")))


def parse_visa_free(data: Mapping[str, Any]) -> VisaFreeList:
    sources = {
        s["id"]: Source(
            s["id"],
            s["title"],
            s.get("url"),
            date.fromisoformat(s["consulted"]) if s.get("consulted") else None,
        )
        for s in data["sources"]
    }
    regimes: dict[str, VisaFreeRegime] = {}
    for entry in data["countries"]:
        code = entry["code"]
        if normalize_country_code(code) != code:
            raise ValueError(f"{code!r} is not an ISO 3166 alpha-3 code")
        cited = tuple(entry.get("sources", ()))
        if not cited or any(s not in sources for s in cited):
            raise ValueError(f"{code}: every country cites sources of the list")
        regimes[code] = VisaFreeRegime(
            code=code,
            reciprocal=bool(entry["reciprocal"]),
            days_per_entry=_limit(entry.get("days_per_entry"), code),
            days_per_180=_limit(entry.get("days_per_180"), code),
            agreement=entry.get("agreement"),
            sources=cited,
            note=entry.get("note"),
        )
    return VisaFreeList(
        version=int(data["version"]),
        checked_on=date.fromisoformat(data["checked_on"]),
        regimes=regimes,
        sources=sources,
    )


def _limit(value: Any, code: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_LIMIT_DAYS:
        raise ValueError(f"{code}: a stay limit is a number of days, not {value!r}")
    return value


def check_correction(country: Any, values: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """A centre's correction of one country, checked: its ISO code and the value to store.

    ``values``: ``reciprocal``, ``days_per_entry``, ``days_per_180`` (blank for no limit) and
    ``note`` (why: the agreement, the ministry's letter); or ``removed`` and ``note`` where the
    country's citizens need a visa after all."""
    errors: dict[str, str] = {}
    code = normalize_country_code(str(country or ""))
    if code is None:
        errors["country"] = Message("country.not_code", "is not an ISO 3166 country code")
    removed = bool(values.get("removed"))
    out: dict[str, Any] = {"removed": True}
    if not removed:
        out = {"reciprocal": bool(values.get("reciprocal"))}
    for name in () if removed else ("days_per_entry", "days_per_180"):
        raw = values.get(name)
        if raw in (None, ""):
            out[name] = None
            continue
        try:
            days = int(str(raw).strip())
        except ValueError:
            errors[name] = Message("visa_free.days_number", "must be a whole number of days")
            continue
        if not 1 <= days <= MAX_LIMIT_DAYS:
            errors[name] = Message(
                "visa_free.days_range", "must be between 1 and {max} days", max=MAX_LIMIT_DAYS
            )
        out[name] = days
    if (
        not removed
        and "days_per_entry" not in errors
        and "days_per_180" not in errors
        and out["days_per_entry"]
        and out["days_per_180"]
        and out["days_per_entry"] > out["days_per_180"]
    ):
        errors["days_per_entry"] = Message(
            "visa_free.entry_over_window", "cannot exceed the limit within 180 days"
        )
    note = " ".join(str(values.get("note") or "").split())
    if not note:
        errors["note"] = Message(
            "visa_free.note_required",
            "say why the published list is corrected (the agreement, the letter)",
        )
    elif len(note) > 300:
        errors["note"] = Message("text.too_long", "must be at most {limit} characters", limit=300)
    out["note"] = note
    if errors:
        raise ValidationError(errors)
    return code or "", out
