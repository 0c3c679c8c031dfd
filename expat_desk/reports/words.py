"""The words of the workload workbook in each language, from ``resources/reports/
workbook-words.toml``, and the way back from a word to what it names (for merging).

Reading the file checks it whole: every entry in all three languages, the same placeholders
in each, every key the workbook needs, sheet names Excel accepts. The figures name services,
statuses, countries and the rows that are no manager's by codes; only the workbook shows them
as words, so files of different languages merge.
"""

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from expat_desk.domain.catalogue import ServiceCode, available_versions, load_catalogue
from expat_desk.domain.countries import all_countries, country
from expat_desk.domain.resources import resource_path
from expat_desk.domain.workflow import CaseStatus
from expat_desk.reports.figures import ALL_MANAGERS, NO_MANAGER, UNASSIGNED
from expat_desk.reports.layout import (
    BY_DAY_HEADER,
    CASES_HEADER,
    LANGUAGES,
    SHEETS,
    SUMMARY_LAYOUTS,
)

FILE = ("reports", "workbook-words.toml")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# The rows that are no manager's own: the figures' names for them, and their words' keys.
_NAMES = {
    ALL_MANAGERS: "all_managers",
    UNASSIGNED: "unassigned",
    NO_MANAGER: "no_manager",
}
_REQUIRED = {
    "sheet": set(SHEETS),
    "summary": {key for layout in SUMMARY_LAYOUTS.values() for key in layout.header},
    "cases": set(CASES_HEADER),
    "by_day": set(BY_DAY_HEADER),
    "status": {status.value for status in CaseStatus},
    "name": {*_NAMES.values(), "all_services", "total"},
    "text": {
        "title",
        "week_days",
        "period",
        "no_weeks",
        "chart_title",
        "chart_axis",
        "file_title",
        "file_subject",
        "merged_from",
        "counted_note",
    },
    "weekday": set(_WEEKDAYS),
}
_SHEET_FORBIDDEN = re.compile(r"[:\\/?*\[\]]")


class WordsError(ValueError):
    """The words file is not as the app expects; the message names the entry."""


@dataclass(frozen=True)
class Words:
    """The workbook's words in one language: ``words["summary.opened"]``."""

    language: str
    table: Mapping[str, str]
    # The way back from a word, made once: a merged file looks one up on every row.
    _statuses: dict[str, CaseStatus] = field(init=False, repr=False, compare=False)
    _names: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        statuses = {self.table[f"status.{s.value}"]: s for s in CaseStatus}
        names = {self.table[f"name.{key}"]: name for name, key in _NAMES.items()}
        object.__setattr__(self, "_statuses", statuses)
        object.__setattr__(self, "_names", names)

    def __getitem__(self, key: str) -> str:
        return self.table[key]

    def format(self, key: str, **values: Any) -> str:
        return self.table[key].format(**values)

    def header(self, section: str, keys: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.table[f"{section}.{key}"] for key in keys)

    def status(self, status: CaseStatus) -> str:
        return self.table[f"status.{status.value}"]

    def service(self, code: str) -> str:
        """The catalogue's title of a service code; any other text (a service a merged file
        brought that this catalogue lacks) as it is."""
        try:
            return title_in(load_catalogue().service(code).title, self.language)
        except KeyError:
            return code

    def manager(self, name: str) -> str:
        """A manager's name as it is; the rows that are no manager's in words."""
        key = _NAMES.get(name)
        return self.table[f"name.{key}"] if key else name

    def country(self, code: str) -> str:
        try:
            return country(code).name(self.language)
        except KeyError:
            return code  # not a code: a name a merged file brought, kept as it was

    def weekday(self, day: date) -> str:
        return self.table[f"weekday.{_WEEKDAYS[day.weekday()]}"]

    def period(self, weeks: tuple[Any, ...] | list[Any]) -> str:
        if not weeks:
            return self.table["text.no_weeks"]
        if len(weeks) == 1:
            return str(weeks[0])
        return self.format("text.period", first=weeks[0], last=weeks[-1])

    # --- back from words, for reading a workbook of this language -------------------------

    def status_named(self, text: str) -> CaseStatus | None:
        return self._statuses.get(text)

    def manager_named(self, text: str) -> str:
        return self._names.get(text, text)

    def service_named(self, text: str) -> str:
        """The code of a service by its title in any language and catalogue version (a title
        reworded since the file was made still counts as its service); other text as is."""
        return _service_codes().get(text, text)

    def country_named(self, text: str) -> str:
        return _country_codes(self.language).get(text, text)


def title_in(texts: Mapping[str, str], language: str) -> str:
    """A catalogue text in ``language``: Kazakh falls back to Russian where the catalogue has
    none yet, then English."""
    for code in (language, "ru" if language == "kk" else "en", "en"):
        if texts.get(code):
            return texts[code]
    return next(iter(texts.values()), "")


def words(language: str) -> Words:
    """The words of ``language`` (en, ru or kk); ValueError for any other."""
    if language not in LANGUAGES:
        raise ValueError(
            f"the workbook's language must be one of {', '.join(LANGUAGES)}, not {language!r}"
        )
    return load_words()[language]


@cache
def load_words() -> dict[str, Words]:
    path = resource_path(*FILE)
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except OSError as exc:
        raise WordsError(f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise WordsError(f"{path}: {exc}") from None
    return parse_words(data)


def parse_words(data: Mapping[str, Any]) -> dict[str, Words]:
    """Check the words file's contents whole and index them by language."""
    tables: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for section, required in _REQUIRED.items():
        entries = data.get(section)
        if not isinstance(entries, dict):
            raise WordsError(f"workbook-words.toml lacks the table [{section}]")
        if lacking := required - set(entries):
            raise WordsError(f"workbook-words.toml [{section}] lacks {', '.join(sorted(lacking))}")
        for key, texts in entries.items():
            where = f"workbook-words.toml {section}.{key}"
            if not isinstance(texts, dict) or set(texts) != set(LANGUAGES):
                raise WordsError(f"{where}: give exactly {', '.join(LANGUAGES)}")
            for lang, text in texts.items():
                if not isinstance(text, str) or not text.strip():
                    raise WordsError(f"{where}.{lang} is empty")
                tables[lang][f"{section}.{key}"] = text
            if len({frozenset(_PLACEHOLDER.findall(t)) for t in texts.values()}) > 1:
                raise WordsError(f"{where}: each language needs the same {{placeholders}}")
    for lang, table in tables.items():
        _check_sheet_names(lang, [table[f"sheet.{key}"] for key in SHEETS])
        # A word read back must name one thing: two statuses alike could not be told apart.
        for section in ("status", "name"):
            texts = [table[f"{section}.{key}"] for key in _REQUIRED[section]]
            if len(set(texts)) != len(texts):
                raise WordsError(f"workbook-words.toml [{section}]: two {lang} words are alike")
    return {lang: Words(lang, table) for lang, table in tables.items()}


def _check_sheet_names(lang: str, names: list[str]) -> None:
    """Excel's rules: 1 to 31 characters, none of : \\ / ? * [ ], no apostrophe at either
    end, and no two alike (Excel compares them ignoring case)."""
    for name in names:
        where = f"workbook-words.toml sheet name {name!r} ({lang})"
        if len(name) > 31:
            raise WordsError(f"{where}: Excel allows at most 31 characters")
        if _SHEET_FORBIDDEN.search(name) or name != name.strip() or "'" in (name[0], name[-1]):
            raise WordsError(f"{where}: Excel refuses : \\ / ? * [ ], and ' at either end")
        if name.casefold() == "history":
            raise WordsError(f"{where}: Excel keeps the name History for itself")
    if len({n.casefold() for n in names}) != len(names):
        raise WordsError(f"workbook-words.toml [sheet]: two {lang} sheet names are alike")


@cache
def _service_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for version in available_versions():
        catalogue = load_catalogue(version)
        for code in ServiceCode:
            for text in catalogue.service(code).title.values():
                codes.setdefault(text, code.value)
    return codes


@cache
def _country_codes(language: str) -> dict[str, str]:
    return {c.name(language): c.code for c in all_countries()}
