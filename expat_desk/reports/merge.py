"""Merging managers' workload exports into one workbook for the supervisor.

Each manager exports offline from their own laptop; the supervisor merges the files. Every
file is read and checked before anything is written. Figures of the same manager and week
in two files would be counted twice, so that is refused (OverlappingExports) unless one of
them is all zeros (a manager another laptop merely knows of). Rows of unassigned cases and of
log lines without a manager are added up. Case numbers are per laptop, so cases are never
matched across files: each file's rows are kept.

Files may be in different languages: the reader turns their words back into codes, and the
merged workbook is written in the language asked, or else in the files' own if they share
one, or else in English.
"""

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from expat_desk.domain.errors import Message
from expat_desk.reports.errors import NotAWorkloadExport, OverlappingExports, WorkloadError
from expat_desk.reports.figures import (
    NO_MANAGER,
    SERVICES,
    UNASSIGNED,
    DayRow,
    SummaryRow,
    Workload,
    manager_order,
)

__all__ = ["NotAWorkloadExport", "OverlappingExports", "combine", "merge_workloads"]


def merge_workloads(
    paths: Sequence[Path | str],
    out: Path | str,
    *,
    db_path: Path,
    language: str | None = None,
) -> Path:
    """Merge the exports at ``paths`` into one workbook at ``out`` in ``language`` (en, ru
    or kk; by default the files' language if they share one, else English); returns ``out``.

    Raises NotAWorkloadExport (a file is not an export, or is damaged), OverlappingExports
    (two files hold the same manager's week), WorkloadError (no files, or one named twice),
    OutputRefused (``out`` is no file name in an existing folder), all ValueErrors; OSError
    when ``out`` cannot be written. Nothing is written on error. The workbook's temporaries
    are kept in the scratch folder beside ``db_path`` (store.scratch), never in the system's.
    """
    from expat_desk.store.output_paths import check_output_path

    check_output_path(out)  # said before the files are read
    from expat_desk.reports.words import words

    if language is not None:
        words(language)  # a wrong language said before the files are read
    files = [Path(p) for p in paths]
    if not files:
        raise WorkloadError(
            Message("workload.merge_nothing", "name at least one workload export to merge")
        )
    seen: dict[Path, Path] = {}
    for file in files:
        key = file.resolve()
        if key in seen:
            raise WorkloadError(
                Message("workload.merge_twice", "{name} is named twice", name=file.name)
            )
        seen[key] = file
    from expat_desk.reports.reader import read_workload  # openpyxl: only now

    workloads = [(file.name, read_workload(file)) for file in files]
    merged = combine(workloads)
    if language is None:
        found = {w.language for _, w in workloads}
        language = found.pop() if len(found) == 1 and None not in found else "en"
    from expat_desk.reports.workbook import write_workload

    made_at = datetime.now(UTC).replace(tzinfo=None)
    return write_workload(merged, Path(out), made_at=made_at, db_path=db_path, language=language)


def combine(named: Sequence[tuple[str, Workload]]) -> Workload:
    """One workload of several (each with the name of the file it came from)."""
    _check_overlap(named)
    summary: dict[tuple, SummaryRow] = {}
    days: dict[tuple, DayRow] = {}
    for _name, workload in named:
        for row in workload.summary:
            key = (row.week, row.manager, row.service)
            summary[key] = summary[key].plus(row) if key in summary else row
        for day in workload.days:
            key = (day.day, day.manager)
            days[key] = days[key].plus(day) if key in days else day
    services = {code: n for n, code in enumerate(SERVICES)}
    scopes = sorted({w.scope for _, w in named}, key=str.casefold)
    return Workload(
        scope=", ".join(scopes),
        weeks=tuple(sorted({week for _, w in named for week in w.weeks})),
        summary=tuple(
            sorted(
                summary.values(),
                key=lambda r: (
                    r.week,
                    manager_order(r.manager),
                    services.get(r.service, len(services)),
                    r.service,
                ),
            )
        ),
        cases=tuple(
            sorted(
                (case for _, w in named for case in w.cases),
                key=lambda c: (c.week, manager_order(c.manager), c.number),
            )
        ),
        days=tuple(sorted(days.values(), key=lambda d: (d.day, manager_order(d.manager)))),
        sources=tuple(name for name, _ in named),
    )


def _check_overlap(named: Iterable[tuple[str, Workload]]) -> None:
    holder: dict[tuple, tuple[int, str]] = {}
    for n, (name, workload) in enumerate(named):
        for row in workload.summary:
            if row.manager in (UNASSIGNED, NO_MANAGER) or not _has_figures(row):
                continue
            other, other_name = holder.setdefault((row.week, row.manager), (n, name))
            if other != n:
                raise OverlappingExports(
                    Message(
                        "workload.merge_overlap",
                        "{first} and {second} both hold {manager}'s figures for {week}: "
                        "merge one export of each manager and week",
                        first=other_name,
                        second=name,
                        manager=row.manager,
                        week=row.week,
                    )
                )


def _has_figures(row: SummaryRow) -> bool:
    return any(
        (
            row.opened,
            row.completed,
            row.cancelled,
            row.refused,
            row.worked_on,
            row.in_progress,
            row.overdue,
        )
    )
