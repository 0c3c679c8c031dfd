"""The shape of a workload workbook, shared by the writer and the reader that merges them.

A workbook is known as an export by a custom document property (``MARKER``) and by the exact
sheet names and header rows below; the reader refuses anything else.
"""

from dataclasses import dataclass

MARKER = "Expat Desk workload"  # custom document property: its value is FORMAT_VERSION
# 2: the Summary counts the cases refused by the authority (a column after Cancelled).
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

SUMMARY = "Summary"
CASES = "Cases"
BY_DAY = "By day"


@dataclass(frozen=True)
class SummaryLayout:
    """The Summary sheet's header and where each figure stands (1-based columns)."""

    header: tuple[str, ...]
    counts: dict[str, int]  # SummaryRow's count fields and their columns
    average: int
    days: int


SUMMARY_LAYOUTS = {
    1: SummaryLayout(
        header=(
            "Manager",
            "Service",
            "Opened",
            "Completed",
            "Cancelled",
            "In progress or submitted at week end",
            "Overdue at week end",
            "Average business days to completion",
            "Business days to completion, total",
        ),
        counts={"opened": 3, "completed": 4, "cancelled": 5, "in_progress": 6, "overdue": 7},
        average=8,
        days=9,
    ),
    2: SummaryLayout(
        header=(
            "Manager",
            "Service",
            "Opened",
            "Completed",
            "Cancelled",
            "Refused by the authority",
            "In progress or submitted at week end",
            "Overdue at week end",
            "Average business days to completion",
            "Business days to completion, total",
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
    ),
}
_CURRENT = SUMMARY_LAYOUTS[FORMAT_VERSION]
SUMMARY_HEADER = _CURRENT.header
# Summary columns (1-based) of the figures, in SummaryRow's order.
SUMMARY_COUNTS = _CURRENT.counts
AVERAGE_COLUMN = _CURRENT.average
DAYS_COLUMN = _CURRENT.days
ALL_SERVICES = "All services"  # the Service cell of a total row

CASES_HEADER = (
    "Week",
    "Case number",
    "Client",
    "Citizenship",
    "Service",
    "Manager",
    "Status at week end",
    "Opened",
    "Submitted",
    "Closed",
    "Deadline",
    "Days overdue",
    "Documents missing",
)
CASES_DATES = ("Opened", "Submitted", "Closed", "Deadline")

BY_DAY_HEADER = (
    "Week",
    "Date",
    "Day",
    "Manager",
    "Clients",
    "Cases opened",
    "Status changes",
    "Checklist",
    "Other",
    "Total",
)
BY_DAY_FIRST_COUNT = 5  # column of "Clients"
TOTAL = "Total"  # the first cell of the By day sheet's total row

DATE_FORMAT = "yyyy-mm-dd"
