"""The shape of a workload workbook, shared by the writer and the reader that merges them.

A workbook is known as an export by a custom document property (``MARKER``) and by the exact
sheet names and header rows below; the reader refuses anything else.
"""

MARKER = "Expat Desk workload"  # custom document property: its value is FORMAT_VERSION
FORMAT_VERSION = 1

SUMMARY = "Summary"
CASES = "Cases"
BY_DAY = "By day"

SUMMARY_HEADER = (
    "Manager",
    "Service",
    "Opened",
    "Completed",
    "Cancelled",
    "In progress or submitted at week end",
    "Overdue at week end",
    "Average business days to completion",
    "Business days to completion, total",
)
# Summary columns (1-based) of the figures, in SummaryRow's order.
SUMMARY_COUNTS = {"opened": 3, "completed": 4, "cancelled": 5, "in_progress": 6, "overdue": 7}
AVERAGE_COLUMN = 8
DAYS_COLUMN = 9
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
