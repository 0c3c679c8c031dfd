"""Figures 9 and 10: the weekly workbook exported, one week and 52 weeks, on the large set.

The app's path is ``reports.workload.export_week`` (what File → Export week and
``expat-desk export-week`` call): the figures read from the store and the workbook written.
The baseline writes the same rows, read back from the app's own workbook (untimed), with a
bare openpyxl write-only workbook, one sheet per sheet: no styles, formulas or chart.
The 52 weeks take most of a minute a run: they run --slow-runs times, and so does the one
week when its first run (app and baseline) takes more than SLOW seconds.
"""

import time
from pathlib import Path

from benchmarks.data import Context, data_day
from benchmarks.report import Figure, Target

SLOW = 15  # seconds of a run (app and baseline) past which a figure is run --slow-runs times


def read_rows(path: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    finally:
        book.close()


def write_rows(sheets: dict[str, list[tuple]], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def run(ctx: Context) -> list[Figure]:
    from expat_desk.reports.workload import export_week
    from expat_desk.store import Store

    db = ctx.copy(ctx.large)
    day = data_day(db)
    store = Store.open(db, today=lambda: day)
    figures = []
    for weeks, runs, number, target in (
        (1, ctx.runs, 9, Target(limit=2, op="<")),
        (52, ctx.slow_runs, 10, Target(ratio=1.3)),
    ):
        app, bare = [], []
        sheets: dict[str, list[tuple]] = {}
        n = 0
        while n < runs:
            out, plain = ctx.work / f"app-{weeks}.xlsx", ctx.work / f"bare-{weeks}.xlsx"
            for name in ("app", "bare") if n % 2 == 0 else ("bare", "app"):
                start = time.perf_counter()
                if name == "app":
                    export_week(store, weeks=weeks, out=out)
                    app.append(time.perf_counter() - start)
                    if not sheets:
                        sheets = read_rows(out)  # untimed
                else:
                    write_rows(sheets, plain)
                    bare.append(time.perf_counter() - start)
            out.unlink()
            plain.unlink()
            n += 1
            if n == 1 and app[0] + bare[0] > SLOW and runs > ctx.slow_runs:
                runs = ctx.slow_runs  # a slow figure after all: the harness keeps its time
        rows = sum(len(r) for r in sheets.values())
        figures.append(
            Figure(
                f"export.weeks{weeks}",
                f"{number} export {weeks} week{'s' if weeks > 1 else ''}",
                "s",
                app,
                bare,
                target,
                note=f"{rows:,} rows in {len(sheets)} sheets; {runs} run(s)"
                + (
                    ""
                    if runs == ctx.runs
                    else " (slow figure)"
                    if weeks > 1
                    else f" (its first run took over {SLOW} s)"
                ),
            )
        )
    store.close()
    return figures
