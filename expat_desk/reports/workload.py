"""The weekly workload export: ``export_week`` writes the Friday workbook for the supervisor.

openpyxl is imported only inside ``export_week``: the window imports this module at start-up.
"""

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from expat_desk.domain.errors import Message
from expat_desk.reports.errors import WorkloadError
from expat_desk.reports.figures import weekly_workload
from expat_desk.reports.progress import Progress
from expat_desk.reports.weeks import IsoWeek, parse_iso_week, weeks_ending
from expat_desk.store import Store
from expat_desk.store.output_paths import check_output_path

__all__ = ["IsoWeek", "default_file_name", "export_week", "parse_iso_week"]

WeekLike = IsoWeek | str | tuple[int, int]
_UNSAFE = re.compile(r"[^\w.-]+")  # what a file name on Windows or Linux had better not hold


def as_week(week: WeekLike) -> IsoWeek:
    """An IsoWeek from ``IsoWeek``, ``"2026-W48"`` or ``(2026, 48)``; ValueError otherwise."""
    if isinstance(week, IsoWeek):
        return week
    if isinstance(week, str):
        return parse_iso_week(week)
    year, number = week
    return parse_iso_week(f"{year}-W{number:02d}")


def default_file_name(week: WeekLike, *, weeks: int = 1, manager: str | None = None) -> str:
    """``workload-2026-W48-Aigerim-Sarsenova.xlsx``; for several weeks ending with ``week``,
    ``workload-2026-W45-to-2026-W48-all.xlsx``."""
    last = as_week(week)
    period = str(last) if weeks == 1 else f"{weeks_ending(last, weeks)[0]}-to-{last}"
    who = _UNSAFE.sub("-", manager).strip("-.") if manager else "all"
    return f"workload-{period}-{who or 'manager'}.xlsx"


def export_week(
    store: Store,
    week: WeekLike | None = None,
    *,
    weeks: int = 1,
    manager: str | None = None,
    out: Path,
    language: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the workload of ``weeks`` consecutive weeks ending with ``week`` (default: the
    week of ``store.today()``), of all managers or the one named, to ``out`` (a folder gets
    the default file name), its words in ``language`` (en, ru or kk). Returns the file written.

    Raises ValueError for a bad week or count (WorkloadError for a week not yet begun),
    store.errors.NotFound for an unknown manager, OutputRefused (a ValueError) for an ``out``
    that is no file name in an existing folder, OSError when the file cannot be written.
    ``progress(done, 100)`` is called as the work goes on, from 0 to 100.
    """
    from expat_desk.reports.words import words

    words(language)  # ValueError for another language, before the work
    if isinstance(weeks, bool) or not isinstance(weeks, int) or weeks < 1:
        raise ValueError(f"the number of weeks must be a whole number, 1 or more, not {weeks!r}")
    today = store.today()
    last = IsoWeek.containing(today) if week is None else as_week(week)
    if last.monday > today:
        raise WorkloadError(
            Message(
                "workload.week_ahead",
                "{week} has not begun yet: today is {today}",
                week=last,
                today=today.isoformat(),
            )
        )
    chosen = weeks_ending(last, weeks)
    out = Path(out)
    if out.is_dir():
        out = out / default_file_name(last, weeks=weeks, manager=manager)
    check_output_path(out)  # said before the work, not after it
    # The figures take about half the time on a large desk, writing the rows the other half.
    steps = Progress(progress)
    workload = weekly_workload(store, chosen, manager=manager, progress=steps.part(0, 0.5))
    from expat_desk.reports.workbook import write_workload  # openpyxl: only now

    return write_workload(
        workload,
        out,
        made_at=_utc_now(store),
        db_path=store.path,
        language=language,
        progress=steps.part(0.5, 1),
    )


def _utc_now(store: Store) -> datetime:
    now = store.now()
    return now if now.tzinfo is None else now.astimezone(UTC).replace(tzinfo=None)
