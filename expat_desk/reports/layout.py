"""The shape of a workload workbook, shared by the writer and the reader that merges them.

A workbook is known as an export by a custom document property (``MARKER``), and since
format 3 by the language it was written in (``LANGUAGE_MARK``); its sheets and header rows
are the words of that language (``reports/words.py``) for the keys below. The reader refuses
anything else. Files of formats 1 and 2 carry no language: they are English.
"""

from dataclasses import dataclass

LANGUAGES = ("en", "ru", "kk")  # a workbook's words: reports/words.py
MARKER = "Expat Desk workload"  # custom document property: its value is FORMAT_VERSION
LANGUAGE_MARK = "Expat Desk workload language"  # "en", "ru" or "kk"
# 2: the Summary counts the cases refused by the authority (a column after Cancelled).
# 3: the words follow the workbook's language (sheet names too): an older reader, which
#    looks for English sheets, is told to update rather than that a sheet is missing.
# 4: a week counts only the cases something happened to (a column of them, "worked on"); the
#    open backlog, every case in hand at the week's end, is its own column (the in-progress
#    column before, which counted the same cases); a note under the title says so.
FORMAT_VERSION = 4
READABLE_VERSIONS = (1, 2, 3, 4)
UNTAGGED_LANGUAGE = "en"  # formats 1 and 2

# Keys of words.toml's [sheet] table, in the workbook's order.
SUMMARY = "summary"
CASES = "cases"
BY_DAY = "by_day"
SHEETS = (SUMMARY, CASES, BY_DAY)


@dataclass(frozen=True)
class SummaryLayout:
    """The Summary sheet's header (keys of words.toml's [summary] table) and where each
    figure stands (1-based columns)."""

    header: tuple[str, ...]
    counts: dict[str, int]  # SummaryRow's count fields and their columns
    average: int
    days: int


_V1 = SummaryLayout(
    header=(
        "manager",
        "service",
        "opened",
        "completed",
        "cancelled",
        "in_progress",
        "overdue",
        "average",
        "days",
    ),
    counts={"opened": 3, "completed": 4, "cancelled": 5, "in_progress": 6, "overdue": 7},
    average=8,
    days=9,
)
_V2 = SummaryLayout(
    header=(
        "manager",
        "service",
        "opened",
        "completed",
        "cancelled",
        "refused",
        "in_progress",
        "overdue",
        "average",
        "days",
    ),
    counts={
        "opened": 3,
        "completed": 4,
        "cancelled": 5,
        "refused": 6,
        "in_progress": 7,
        "overdue": 8,
    },
    average=9,
    days=10,
)
_V4 = SummaryLayout(
    header=(
        "manager",
        "service",
        "opened",
        "completed",
        "cancelled",
        "refused",
        "worked_on",
        "backlog",
        "overdue",
        "average",
        "days",
    ),
    counts={
        "opened": 3,
        "completed": 4,
        "cancelled": 5,
        "refused": 6,
        "worked_on": 7,
        "in_progress": 8,  # the open backlog
        "overdue": 9,
    },
    average=10,
    days=11,
)
SUMMARY_LAYOUTS = {1: _V1, 2: _V2, 3: _V2, 4: _V4}
_CURRENT = SUMMARY_LAYOUTS[FORMAT_VERSION]
SUMMARY_HEADER = _CURRENT.header
# Summary columns (1-based) of the figures, in SummaryRow's order.
SUMMARY_COUNTS = _CURRENT.counts
AVERAGE_COLUMN = _CURRENT.average
DAYS_COLUMN = _CURRENT.days

# Keys of words.toml's [cases] table.
CASES_HEADER = (
    "week",
    "number",
    "client",
    "citizenship",
    "service",
    "manager",
    "status",
    "opened",
    "submitted",
    "closed",
    "deadline",
    "days_overdue",
    "documents_missing",
)
CASES_DATES = ("opened", "submitted", "closed", "deadline")

# Keys of words.toml's [by_day] table.
BY_DAY_HEADER = (
    "week",
    "date",
    "day",
    "manager",
    "clients",
    "cases_opened",
    "status_changes",
    "checklist",
    "other",
    "total",
)
BY_DAY_FIRST_COUNT = 5  # column of "clients"

DATE_FORMAT = "yyyy-mm-dd"
