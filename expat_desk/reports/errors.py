"""Errors of the reports, each with a message a supervisor can act on (a domain.errors.Message:
its code and arguments let a window say it in its own language)."""

from expat_desk.domain.errors import Refusal


class WorkloadError(Refusal, ValueError):
    """Workload workbooks cannot be made or merged as asked."""


class NotAWorkloadExport(WorkloadError):
    """A file given to merge is not a workload export of Expat Desk (or is damaged); the
    message names the file and what is wrong with it."""


class OverlappingExports(WorkloadError):
    """Two files given to merge hold the same manager's figures for the same week: adding
    them up would count that week twice."""
