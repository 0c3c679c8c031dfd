"""Reads a workload workbook back, to merge several: every cell taken is checked.

Any file may be handed in (a CSV renamed, a damaged download, an unrelated workbook): whatever
is wrong, the answer is NotAWorkloadExport naming the file and the problem, never another
exception. Imported only when merging (openpyxl).

Sheets, headers and the words in cells are looked up in the language the workbook records
(English for files made before format 3), and read back into the codes the figures use, so
files of different languages merge.
"""

import re
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from expat_desk.domain.errors import Message
from expat_desk.reports.errors import NotAWorkloadExport
from expat_desk.reports.figures import CaseRow, DayRow, SummaryRow, Workload
from expat_desk.reports.layout import (
    BY_DAY,
    BY_DAY_FIRST_COUNT,
    BY_DAY_HEADER,
    CASES,
    CASES_HEADER,
    FORMAT_VERSION,
    LANGUAGE_MARK,
    MARKER,
    READABLE_VERSIONS,
    SHEETS,
    SUMMARY,
    SUMMARY_LAYOUTS,
    UNTAGGED_LANGUAGE,
    SummaryLayout,
)
from expat_desk.reports.weeks import IsoWeek, parse_iso_week
from expat_desk.reports.words import LANGUAGES, Words, words

_WEEK_TITLE = re.compile(r"\d{4}-W\d{2}")
_MAX_TEXT = 500


class _Bad(Exception):
    """A problem found in a sheet; read_workload adds the file's name."""


def read_workload(path: Path | str) -> Workload:
    """The workload a workbook made by ``export_week`` or ``merge_workloads`` holds; raises
    NotAWorkloadExport for anything else."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as file:
            if not zipfile.is_zipfile(file):
                raise NotAWorkloadExport(
                    Message(
                        "workload.not_xlsx", "{name} is not an Excel workbook (.xlsx)", name=name
                    )
                )
            file.seek(0)
            # openpyxl warns of features it drops (data validation ...): nothing we read.
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
                wb = load_workbook(file, read_only=True, data_only=False)
                try:
                    return _read(wb)
                finally:
                    wb.close()
    except NotAWorkloadExport:
        raise
    except _Bad as exc:
        raise NotAWorkloadExport(
            Message(
                "workload.not_export",
                "{name} is not a workload export of Expat Desk: {detail}",
                name=name,
                detail=exc,
            )
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise NotAWorkloadExport(
            Message(
                "workload.unreadable", "{name} cannot be read: {detail}", name=name, detail=reason
            )
        ) from exc
    except Exception as exc:  # openpyxl and the XML parser fail in many ways on a bad file
        raise NotAWorkloadExport(
            Message(
                "workload.damaged",
                "{name} is not an Excel workbook made by Expat Desk, or it is damaged ({detail})",
                name=name,
                detail=type(exc).__name__,
            )
        ) from exc


def _read(wb: Workbook) -> Workload:
    marks = {p.name: p.value for p in wb.custom_doc_props.props}
    mark = marks.get(MARKER)
    if mark is None:
        raise _Bad("it lacks the mark every export carries (was it saved by another program?)")
    if mark not in READABLE_VERSIONS or isinstance(mark, bool):
        if isinstance(mark, int) and mark > FORMAT_VERSION:
            raise _Bad(f"it was made by a newer Expat Desk (format {mark}): update this one")
        raise _Bad(f"its format {mark!r} is not one this Expat Desk knows")
    layout = SUMMARY_LAYOUTS[mark]  # an older export lacks the newer columns: they count 0
    language = marks.get(LANGUAGE_MARK, UNTAGGED_LANGUAGE if mark < 3 else None)
    if language not in LANGUAGES:
        raise _Bad(f"its language {_shown(language)} is not one of {', '.join(LANGUAGES)}")
    w = words(language)
    sheets = {key: w[f"sheet.{key}"] for key in SHEETS}
    for sheet in sheets.values():
        if sheet not in wb.sheetnames:
            raise _Bad(f"it has no sheet {sheet!r}")
    summary_sheet = wb[sheets[SUMMARY]]
    weeks, summary = _summary(_rows(summary_sheet, len(layout.header)), layout, w)
    cases = _cases(_rows(wb[sheets[CASES]], len(CASES_HEADER)), set(weeks), w)
    days = _days(_rows(wb[sheets[BY_DAY]], len(BY_DAY_HEADER)), set(weeks), w)
    scope = wb.properties.creator
    return Workload(
        scope=w.manager_named(scope.strip())
        if isinstance(scope, str) and scope.strip()
        else "Unknown",
        weeks=tuple(weeks),
        summary=tuple(summary),
        cases=tuple(cases),
        days=tuple(days),
        language=language,
    )


def _rows(ws: Any, width: int) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Numbered rows of ``width`` cells, empty rows left out."""
    for n, row in enumerate(ws.iter_rows(max_col=width, values_only=True), start=1):
        cells = tuple(row) + (None,) * (width - len(row))
        if any(c is not None and c != "" for c in cells):
            yield n, cells


# --- sheets -----------------------------------------------------------------------------------


def _summary(
    rows: Iterator[tuple[int, tuple[Any, ...]]], layout: SummaryLayout, w: Words
) -> tuple[list[IsoWeek], list[SummaryRow]]:
    where = f"sheet {w[f'sheet.{SUMMARY}']!r}"
    header = w.header("summary", layout.header)
    all_services = w["name.all_services"]
    weeks: list[IsoWeek] = []
    found: list[SummaryRow] = []
    seen: set[tuple[IsoWeek, str, str]] = set()
    header_due = False
    for n, row in rows:
        at = f"{where}, row {n}"
        if header_due:
            _header(row, header, at)
            header_due = False
            continue
        first = row[0]
        if isinstance(first, str) and _WEEK_TITLE.fullmatch(first.strip()):
            week = _week(first, at)
            if week in weeks:
                _fail(f"{at}: week {week} comes twice")
            weeks.append(week)
            header_due = True
            continue
        if not weeks:
            continue  # the sheet's title lines
        manager, service = _text(row[0], at, "manager"), _text(row[1], at, "service")
        if service == all_services:
            continue  # a total: worked out again when written
        manager, service = w.manager_named(manager), w.service_named(service)
        key = (weeks[-1], manager, service)
        if key in seen:
            _fail(f"{at}: {manager}'s {service} comes twice in week {weeks[-1]}")
        seen.add(key)
        counts = {
            name: _count(row[column - 1], at, header[column - 1])
            for name, column in layout.counts.items()
        }
        days = _count(row[layout.days - 1], at, header[layout.days - 1])
        found.append(SummaryRow(weeks[-1], manager, service, **counts, days_to_complete=days))
    if header_due or not weeks:
        _fail(f"{where} has no week with its header row")
    return weeks, found


def _cases(
    rows: Iterator[tuple[int, tuple[Any, ...]]], weeks: set[IsoWeek], w: Words
) -> list[CaseRow]:
    where = f"sheet {w[f'sheet.{CASES}']!r}"
    _first_row_is_header(rows, w.header("cases", CASES_HEADER), where)
    found = []
    for n, row in rows:
        at = f"{where}, row {n}"
        week = _week(row[0], at, weeks)
        status_text = _text(row[6], at, "status")
        status = w.status_named(status_text)
        if status is None:
            _fail(f"{at}: {status_text!r} is not a case status")
        found.append(
            CaseRow(
                week=week,
                number=_text(row[1], at, "case number"),
                client=_text(row[2], at, "client"),
                citizenship=w.country_named(_text(row[3], at, "citizenship")),
                service=w.service_named(_text(row[4], at, "service")),
                manager=w.manager_named(_text(row[5], at, "manager")),
                status=status,
                opened=_date(row[7], at, "opened"),
                submitted=_date(row[8], at, "submitted", optional=True),
                closed=_date(row[9], at, "closed", optional=True),
                deadline=_date(row[10], at, "deadline", optional=True),
                days_overdue=_count(row[11], at, "days overdue", optional=True),
                documents_missing=_count(row[12], at, "documents missing"),
            )
        )
    return found


def _days(
    rows: Iterator[tuple[int, tuple[Any, ...]]], weeks: set[IsoWeek], w: Words
) -> list[DayRow]:
    where = f"sheet {w[f'sheet.{BY_DAY}']!r}"
    header = w.header("by_day", BY_DAY_HEADER)
    _first_row_is_header(rows, header, where)
    found = []
    seen: set[tuple[date, str]] = set()
    for n, row in rows:
        at = f"{where}, row {n}"
        if row[0] == w["name.total"]:
            break  # the total row, below the table
        week = _week(row[0], at, weeks)
        day = _date(row[1], at, "date")
        if IsoWeek.containing(day) != week:
            _fail(f"{at}: {day.isoformat()} is not in week {week}")
        manager = w.manager_named(_text(row[3], at, "manager"))
        if (day, manager) in seen:
            _fail(f"{at}: {manager} on {day.isoformat()} comes twice")
        seen.add((day, manager))
        counts = [
            _count(row[c - 1], at, header[c - 1])
            for c in range(BY_DAY_FIRST_COUNT, len(BY_DAY_HEADER))
        ]
        found.append(DayRow(day, manager, *counts))
    return found


# --- cells ------------------------------------------------------------------------------------


def _fail(message: str) -> NoReturn:
    raise _Bad(message)


def _first_row_is_header(
    rows: Iterator[tuple[int, tuple[Any, ...]]], header: Sequence[str], where: str
) -> None:
    first = next(rows, None)
    if first is None or first[0] != 1:
        _fail(f"{where} does not start with its header row")
    _header(first[1], header, f"{where}, row 1")


def _header(row: tuple[Any, ...], header: Sequence[str], at: str) -> None:
    if tuple(row) != tuple(header):
        _fail(f"{at} is not the header of an export (expected {', '.join(header)})")


def _text(value: Any, at: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        _fail(f"{at}: the {what} is {_shown(value)}, not a text")
    if len(value) > _MAX_TEXT:
        _fail(f"{at}: the {what} is longer than {_MAX_TEXT} characters")
    return value.strip()


def _week(value: Any, at: str, known: set[IsoWeek] | None = None) -> IsoWeek:
    if not isinstance(value, str):
        _fail(f"{at}: the week is {_shown(value)}, not a week like 2026-W48")
    try:
        week = parse_iso_week(value)
    except ValueError as exc:
        _fail(f"{at}: {exc}")
    if known is not None and week not in known:
        _fail(f"{at}: week {week} has no block in the Summary sheet")
    return week


def _count(value: Any, at: str, what: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        _fail(f"{at}: {what} is {_shown(value)}, not a whole number 0 or more")
    return value


def _date(value: Any, at: str, what: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    _fail(f"{at}: the {what} date is {_shown(value)}, not a date")


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "empty"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
