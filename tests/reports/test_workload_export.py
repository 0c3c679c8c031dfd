"""The weekly workload workbook, read back with openpyxl and held to figures worked out by hand
from the desk of conftest.py (cases crossing weeks, reopened, cancelled, completed late,
deadlines past a holiday, a change made just after midnight in Astana)."""

import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.writer.excel import ExcelWriter

from expat_desk.reports.errors import WorkloadError
from expat_desk.reports.layout import AVERAGE_COLUMN, DAYS_COLUMN, SUMMARY_COUNTS, SUMMARY_HEADER
from expat_desk.reports.workload import default_file_name, export_week
from expat_desk.store.errors import NotFound

D = date
AIGERIM = "Aigerim Sarsenova"
DANIYAR = "Daniyar Abenov"
SERVICES = [
    "IIN issuance",
    "EDS issuance",
    "Migration notification",
    "Police registration",
    "Loss of passport",
]
# opened, completed, cancelled, in progress, overdue, business days to completion (total)
Figures = tuple[int, int, int, int, int, int]
NOTHING: Figures = (0, 0, 0, 0, 0, 0)

W48: dict[str, dict[str, Figures]] = {
    AIGERIM: {
        # c2 and c5 opened; c1 (4 business days) and c5 (3, counted once) completed; c2 late
        "IIN issuance": (2, 2, 0, 1, 1, 7),
        # c3 and c8 opened; c3 cancelled; c8 completed on the 27th, recorded on 1 December
        "Migration notification": (2, 1, 1, 0, 0, 3),
        # c4 reopened, past its target of 19 November
        "Police registration": (0, 0, 0, 1, 1, 0),
        "Loss of passport": (1, 0, 0, 1, 0, 0),
    },
    DANIYAR: {"IIN issuance": (1, 0, 0, 1, 0, 0)},
}
W47: dict[str, dict[str, Figures]] = {
    AIGERIM: {"IIN issuance": (1, 0, 0, 1, 0, 0), "Police registration": (1, 1, 0, 0, 0, 2)},
    DANIYAR: {},
}
W49: dict[str, dict[str, Figures]] = {
    AIGERIM: {
        "IIN issuance": (1, 0, 0, 2, 1, 0),
        # c11 reopened at 00:30 on Monday; c8 touched (its completion was recorded) but counted
        # in week 48, where it happened
        "Migration notification": (0, 0, 0, 1, 1, 0),
        "Police registration": (0, 0, 0, 1, 1, 0),
        "Loss of passport": (0, 0, 0, 1, 0, 0),
    },
    DANIYAR: {"IIN issuance": (0, 0, 0, 1, 1, 0)},
}


def expected_rows(figures: dict[str, dict[str, Figures]]) -> dict[tuple[str, str], Figures]:
    return {
        (manager, service): by_service.get(service, NOTHING)
        for manager, by_service in figures.items()
        for service in SERVICES
    }


def cases_w48(cases: dict[str, Any]) -> dict[str, tuple]:
    """Case number -> the Cases row from "Client" on, for week 48."""
    rows = {
        "c1": ("One Alex", "France", "IIN issuance", AIGERIM, "Completed",
               D(2026, 11, 18), D(2026, 11, 20), D(2026, 11, 24), None, None, 0),
        "c2": ("Two Alex", "France", "IIN issuance", AIGERIM, "In progress",
               D(2026, 11, 23), None, None, D(2026, 11, 26), 3, 2),
        "c3": ("Three Alex", "France", "Migration notification", AIGERIM, "Cancelled",
               D(2026, 11, 24), None, D(2026, 11, 25), None, None, 2),
        "c4": ("Four Alex", "Kyrgyzstan", "Police registration", AIGERIM, "In progress",
               D(2026, 11, 16), D(2026, 11, 17), None, D(2026, 11, 19), 10, 0),
        "c5": ("Five Alex", "France", "IIN issuance", AIGERIM, "Completed",
               D(2026, 11, 23), D(2026, 11, 26), D(2026, 11, 26), None, None, 0),
        # 20 business days from 27 November, 16 December (Independence Day) skipped
        "c7": ("Seven Alex", "France", "Loss of passport", AIGERIM, "In progress",
               D(2026, 11, 27), None, None, D(2026, 12, 28), None, 4),
        "c8": ("Eight Alex", "France", "Migration notification", AIGERIM, "Completed",
               D(2026, 11, 24), D(2026, 11, 25), D(2026, 11, 27), None, None, 0),
        "c9": ("Nine Alex", "France", "IIN issuance", DANIYAR, "Submitted",
               D(2026, 11, 25), D(2026, 11, 26), None, D(2026, 11, 30), None, 0),
    }  # fmt: skip
    return {cases[name].number: row for name, row in rows.items()}


def cases_w49(cases: dict[str, Any]) -> dict[str, tuple]:
    # c4 and c9 stay open all week with nothing done to them: in the backlog, not the rows.
    rows = {
        "c2": ("Two Alex", "France", "IIN issuance", AIGERIM, "In progress",
               D(2026, 11, 23), None, None, D(2026, 11, 26), 6, 1),
        "c6": ("Six Alex", "France", "IIN issuance", AIGERIM, "In progress",
               D(2026, 11, 30), None, None, D(2026, 12, 3), None, 3),
        "c7": ("Seven Alex", "France", "Loss of passport", AIGERIM, "Submitted",
               D(2026, 11, 27), D(2026, 11, 30), None, D(2026, 12, 28), None, 0),
        "c8": ("Eight Alex", "France", "Migration notification", AIGERIM, "Completed",
               D(2026, 11, 24), D(2026, 11, 25), D(2026, 11, 27), None, None, 0),
        # open again: the centre's letter was due 2 business days after arrival on 10 Nov
        "c11": ("Eleven Alex", "France", "Migration notification", AIGERIM, "In progress",
                D(2026, 11, 10), None, None, D(2026, 11, 12), 20, 2),
    }  # fmt: skip
    return {cases[name].number: row for name, row in rows.items()}


# --- reading a workbook back --------------------------------------------------------------


def summary_blocks(ws: Any, figure: Callable) -> dict[str, dict[str, Any]]:
    """Week -> {"rows": {(manager, service): figures}, "totals": {manager: figures},
    "overall": figures, "averages": {(manager, service): shown}}; formulas worked out."""
    blocks: dict[str, dict[str, Any]] = {}
    block: dict[str, Any] | None = None
    counts = [SUMMARY_COUNTS[n] - 1 for n in ("opened", "completed", "cancelled", "in_progress")]
    counts += [SUMMARY_COUNTS["overdue"] - 1, DAYS_COLUMN - 1]
    for row in ws.iter_rows(min_row=4, max_col=len(SUMMARY_HEADER)):
        first = row[0].value
        if isinstance(first, str) and re.fullmatch(r"\d{4}-W\d\d", first):
            block = blocks.setdefault(first, {"rows": {}, "totals": {}, "averages": {}})
            continue
        if block is None or first is None or first == "Manager":
            continue
        values = tuple(figure(ws, row[n].coordinate) for n in counts)
        average = figure(ws, row[AVERAGE_COLUMN - 1].coordinate)
        service = row[1].value
        if first == "All managers":
            block["overall"] = values
            block["overall_average"] = average
        elif service == "All services":
            block["totals"][first] = values
            block["averages"][(first, "All services")] = average
        else:
            block["rows"][(first, service)] = values
            block["averages"][(first, service)] = average
    return blocks


def sheet_rows(ws: Any, first: int = 2) -> list[tuple]:
    rows = []
    for row in ws.iter_rows(min_row=first, values_only=True):
        if any(v is not None for v in row):
            rows.append(tuple(v.date() if isinstance(v, datetime) else v for v in row))
    return rows


def by_number(rows: list[tuple], week: str) -> dict[str, tuple]:
    return {row[1]: row[2:] for row in rows if row[0] == week}


def summed(rows: dict[tuple[str, str], Figures], manager: str | None = None) -> Figures:
    chosen = [v for (m, _), v in rows.items() if manager in (None, m)]
    return tuple(sum(column) for column in zip(*chosen, strict=True))  # type: ignore[return-value]


@pytest.fixture
def exported(week48: Any, tmp_path: Path) -> Path:
    return export_week(week48.store, "2026-W48", out=tmp_path)


# --- Summary ------------------------------------------------------------------------------


def test_the_week_is_counted_as_worked_out_by_hand(
    week48: Any, exported: Path, figure: Callable
) -> None:
    ws = openpyxl.load_workbook(exported)["Summary"]
    block = summary_blocks(ws, figure)["2026-W48"]
    rows = expected_rows(W48)
    assert block["rows"] == rows
    assert block["totals"] == {m: summed(rows, m) for m in (AIGERIM, DANIYAR)}
    assert block["overall"] == (6, 3, 1, 4, 2, 10)


def test_averages_are_business_days_weighted_by_completions(
    week48: Any, exported: Path, figure: Callable
) -> None:
    ws = openpyxl.load_workbook(exported)["Summary"]
    block = summary_blocks(ws, figure)["2026-W48"]
    averages = block["averages"]
    assert averages[(AIGERIM, "IIN issuance")] == pytest.approx(3.5)  # (4 + 3) / 2
    assert averages[(AIGERIM, "Migration notification")] == pytest.approx(3.0)
    assert averages[(AIGERIM, "Police registration")] == ""  # nothing completed
    assert averages[(AIGERIM, "All services")] == pytest.approx(10 / 3)  # not (3.5 + 3) / 2
    assert averages[(DANIYAR, "All services")] == ""
    assert block["overall_average"] == pytest.approx(10 / 3)


def test_totals_and_averages_are_live_formulas(week48: Any, exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Summary"]
    totals = [row for row in ws.iter_rows(min_row=4) if row[1].value == "All services"]
    assert [row[0].value for row in totals] == [AIGERIM, DANIYAR, "All managers"]
    for row in totals:
        for column in (*SUMMARY_COUNTS.values(), DAYS_COLUMN):
            cell = row[column - 1]
            assert str(cell.value).startswith("=SUM("), cell.coordinate
        average = row[AVERAGE_COLUMN - 1]
        assert str(average.value).startswith("=IF("), average.coordinate
    aigerim_iin = next(row for row in ws.iter_rows(min_row=4) if row[1].value == "IIN issuance")
    assert aigerim_iin[2].value == 2  # figures themselves are numbers a supervisor may edit
    assert aigerim_iin[AVERAGE_COLUMN - 1].number_format == "0.0"


def test_a_supervisors_correction_flows_into_the_totals(
    week48: Any, exported: Path, figure: Callable
) -> None:
    ws = openpyxl.load_workbook(exported)["Summary"]
    row = next(r for r in ws.iter_rows(min_row=4) if r[1].value == "Loss of passport")
    row[SUMMARY_COUNTS["completed"] - 1].value = 1
    row[DAYS_COLUMN - 1].value = 5  # business days
    block = summary_blocks(ws, figure)["2026-W48"]
    assert block["totals"][AIGERIM][1] == 4
    assert block["overall"][1] == 4
    assert block["averages"][(AIGERIM, "All services")] == pytest.approx(15 / 4)


def test_several_weeks_make_one_block_each(week48: Any, tmp_path: Path, figure: Callable) -> None:
    out = export_week(week48.store, "2026-W49", weeks=3, out=tmp_path / "three.xlsx")
    ws = openpyxl.load_workbook(out)["Summary"]
    blocks = summary_blocks(ws, figure)
    assert list(blocks) == ["2026-W47", "2026-W48", "2026-W49"]
    assert blocks["2026-W47"]["rows"] == expected_rows(W47)
    assert blocks["2026-W48"]["rows"] == expected_rows(W48)
    assert blocks["2026-W49"]["rows"] == expected_rows(W49)
    assert blocks["2026-W49"]["overall"] == (1, 0, 0, 6, 4, 0)
    titles = [r[0].value for r in ws.iter_rows(min_row=4) if r[0].font.b and r[2].value is None]
    assert titles == ["2026-W47", "2026-W48", "2026-W49"]


def test_one_manager_only(week48: Any, tmp_path: Path, figure: Callable) -> None:
    out = export_week(week48.store, "2026-W48", manager=DANIYAR, out=tmp_path)
    assert out.name == "workload-2026-W48-Daniyar-Abenov.xlsx"
    wb = openpyxl.load_workbook(out)
    block = summary_blocks(wb["Summary"], figure)["2026-W48"]
    assert block["rows"] == expected_rows({DANIYAR: W48[DANIYAR]})
    assert block["overall"] == (1, 0, 0, 1, 0, 0)
    assert {row[5] for row in sheet_rows(wb["Cases"])} == {DANIYAR}
    assert {row[3] for row in sheet_rows(wb["By day"]) if row[0] != "Total"} == {DANIYAR}
    assert wb.properties.creator == DANIYAR


def test_a_chart_of_opened_and_completed_by_service(
    week48: Any, exported: Path, figure: Callable
) -> None:
    ws = openpyxl.load_workbook(exported)["Summary"]
    table = {}
    left = len(SUMMARY_HEADER) + 2  # one empty column after the blocks
    for row in ws.iter_rows(min_row=5, min_col=left, max_col=left + 2):
        if row[0].value in SERVICES:
            table[row[0].value] = (figure(ws, row[1].coordinate), figure(ws, row[2].coordinate))
    assert table == {
        "IIN issuance": (3, 2),
        "EDS issuance": (0, 0),
        "Migration notification": (2, 1),
        "Police registration": (0, 0),
        "Loss of passport": (1, 0),
    }
    (chart,) = ws._charts
    # The table stands in M:O, one column after the blocks (A:K).
    assert [s.tx.strRef.f for s in chart.series] == ["'Summary'!N4", "'Summary'!O4"]
    assert [s.val.numRef.f for s in chart.series] == ["'Summary'!$N$5:$N$9", "'Summary'!$O$5:$O$9"]
    assert chart.series[0].cat.numRef.f == "'Summary'!$M$5:$M$9"
    assert chart.title.tx.rich.p[0].r[0].t == "Opened and completed by service, 2026-W48"
    assert ws["N4"].value == "Opened" and ws["O4"].value == "Completed"


# --- Cases --------------------------------------------------------------------------------


def test_every_case_touched_in_the_week_is_one_row(week48: Any, exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Cases"]
    rows = sheet_rows(ws)
    assert by_number(rows, "2026-W48") == cases_w48(week48.cases)
    assert len(rows) == 8  # c6 opened later; c10 and c11 closed long before
    numbers = [row[1] for row in rows]
    assert numbers == [*sorted(numbers[:7]), week48.cases["c9"].number]  # by manager, number


def test_cases_of_several_weeks_as_they_stood_each_week(week48: Any, tmp_path: Path) -> None:
    out = export_week(week48.store, "2026-W49", weeks=3, out=tmp_path)
    rows = sheet_rows(openpyxl.load_workbook(out)["Cases"])
    cases = week48.cases
    w47 = by_number(rows, "2026-W47")
    assert w47[cases["c1"].number][4:] == (
        "Submitted", D(2026, 11, 18), D(2026, 11, 20), None, D(2026, 11, 23), None, 0
    )  # fmt: skip
    assert w47[cases["c4"].number][4:] == (
        "Completed", D(2026, 11, 16), D(2026, 11, 17), D(2026, 11, 18), None, None, 0
    )  # fmt: skip
    assert len(w47) == 2
    assert by_number(rows, "2026-W48") == cases_w48(cases)
    assert by_number(rows, "2026-W49") == cases_w49(cases)


def test_cases_sheet_is_a_table_with_real_dates(week48: Any, exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Cases"]
    assert [c.value for c in ws[1]] == [
        "Week", "Case number", "Client", "Citizenship", "Service", "Manager",
        "Status at week end", "Opened", "Submitted", "Closed", "Deadline", "Days overdue",
        "Documents missing",
    ]  # fmt: skip
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:M{ws.max_row}"
    assert all(c.font.b for c in ws[1])
    assert ws["A1"].fill.fgColor.rgb.endswith("305496")
    for column in "HIJK":
        for cell in ws[column][1:]:
            if cell.value is not None:
                assert isinstance(cell.value, datetime)
                assert cell.number_format == "yyyy-mm-dd"
    # Widths follow the content: the longest service name, a date, a short number.
    assert ws.column_dimensions["E"].width >= len("Migration notification")
    assert 10 <= ws.column_dimensions["H"].width <= 14


# --- By day -------------------------------------------------------------------------------


def test_actions_by_day_and_manager_match_what_was_done(week48: Any, tmp_path: Path) -> None:
    out = export_week(week48.store, "2026-W49", weeks=3, out=tmp_path)
    ws = openpyxl.load_workbook(out)["By day"]
    rows = sheet_rows(ws)
    *table, total = rows
    expected = []
    for monday in (D(2026, 11, 16), D(2026, 11, 23), D(2026, 11, 30)):
        for offset in range(7):
            day = D.fromordinal(monday.toordinal() + offset)
            for manager in (AIGERIM, DANIYAR):
                week = f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}"
                counts = week48.actions(day, manager)
                expected.append((week, day, f"{day:%a}", manager, *counts, sum(counts)))
    shown = [(*row[:9], None) for row in table]
    assert shown == [(*row[:9], None) for row in expected]
    assert [row[9] for row in table] == [f"=SUM(E{n}:I{n})" for n in range(2, len(table) + 2)]
    # The reopening at 00:30 on Monday 30 November in Astana is Monday's, not Sunday's.
    monday = next(r for r in table if r[1] == D(2026, 11, 30) and r[3] == AIGERIM)
    sunday = next(r for r in table if r[1] == D(2026, 11, 29) and r[3] == AIGERIM)
    assert monday[6] == 2 and sunday[4:9] == (0, 0, 0, 0, 0)
    assert total[0] == "Total"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:J{len(table) + 1}"  # the total row stays out of sorting


# --- the file -----------------------------------------------------------------------------


def test_properties_and_default_name(week48: Any, exported: Path) -> None:
    assert exported.name == "workload-2026-W48-all.xlsx"
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == ["Summary", "Cases", "By day"]
    assert wb.properties.title == "Weekly workload 2026-W48: All managers"
    assert wb.properties.creator == "All managers"
    assert wb.properties.created == datetime(2026, 12, 2, 12, 0)  # 17:00 in Astana, in UTC


def test_the_current_week_is_the_default_and_counts_overdue_as_of_today(
    week48: Any, tmp_path: Path
) -> None:
    export_day = week48.moment
    week48.at(D(2026, 11, 27), 16)  # Friday of week 48, as a manager would export it
    try:
        out = export_week(week48.store, out=tmp_path, manager=AIGERIM)
    finally:
        week48.moment = export_day
    assert out.name == default_file_name("2026-W48", manager=AIGERIM)
    rows = by_number(sheet_rows(openpyxl.load_workbook(out)["Cases"]), "2026-W48")
    # Due Thursday 26th: one day late on Friday; c4 due 19th: eight days.
    assert rows[week48.cases["c2"].number][9] == 1
    assert rows[week48.cases["c4"].number][9] == 8


def test_a_deadline_moved_by_a_holiday(desk: Any, tmp_path: Path) -> None:
    """Week 51 of 2026 has Independence Day on Wednesday 16 December."""
    d = desk.as_manager(AIGERIM)
    d.at(D(2026, 12, 11))  # Friday
    iin = d.open(d.client("Holiday"), "iin", {"channel": "egov_portal"})
    d.at(D(2026, 12, 14))
    d.store.set_target_days("migration_notification", 5)
    mn = d.open(
        d.client("Notify"),
        "migration_notification",
        {"arrival_date": "2026-12-14", "host_party": 1, "channel": "migration_authority"},
    )
    d.tick(iin, limit=1)  # something done to it this week: a row of the week's Cases
    d.at(D(2026, 12, 18), 17)  # Friday: the week is counted as of today
    out = export_week(d.store, "2026-W51", out=tmp_path)
    rows = by_number(sheet_rows(openpyxl.load_workbook(out)["Cases"]), "2026-W51")
    # IIN: 3 business days after Friday 11th are 14, 15 and 17 December; a day late.
    assert rows[iin.number][8:10] == (D(2026, 12, 17), 1)
    # The host party notifies within 3 business days of arrival on the 14th: by the 18th
    # (the target, 5 business days, is later). Due today is not overdue yet.
    assert rows[mn.number][8:10] == (D(2026, 12, 18), None)


def test_refusals(week48: Any, tmp_path: Path) -> None:
    with pytest.raises(WorkloadError, match="2026-W50 has not begun yet"):
        export_week(week48.store, "2026-W50", out=tmp_path)
    with pytest.raises(ValueError, match="not an ISO week"):
        export_week(week48.store, "2026-48", out=tmp_path)
    with pytest.raises(ValueError, match="number of weeks"):
        export_week(week48.store, "2026-W48", weeks=0, out=tmp_path)
    with pytest.raises(NotFound, match="Nobody"):
        export_week(week48.store, "2026-W48", manager="Nobody", out=tmp_path)
    assert not [p for p in tmp_path.iterdir() if ".xlsx" in p.name]


def test_a_failed_save_leaves_the_previous_file_whole(
    week48: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"last week's report")

    save = ExcelWriter.save

    def broken_save(self: Any) -> None:
        save(self)  # written, but the disk fills before the end
        filename = Path(self._archive.filename)
        filename.write_bytes(filename.read_bytes()[:1000])
        raise OSError("disk full")

    monkeypatch.setattr(ExcelWriter, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        export_week(week48.store, "2026-W48", out=out)
    assert out.read_bytes() == b"last week's report"
    assert [p.name for p in tmp_path.iterdir() if ".xlsx" in p.name] == ["report.xlsx"]


def test_progress_is_reported_to_the_end(week48: Any, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_week(week48.store, "2026-W49", weeks=3, out=tmp_path, progress=lambda *a: seen.append(a))
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    done = [d for d, _ in seen]
    assert done == sorted(set(done))  # each step once, forward only


def test_starting_the_app_does_not_load_openpyxl() -> None:
    code = (
        "import sys, expat_desk.reports.workload, expat_desk.reports.merge;"
        "sys.exit('openpyxl' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_week_is_exported_after_a_client_was_erased(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from expat_desk.reports.workload import export_week
    from expat_desk.store import Store
    from expat_desk.store.demo import fill_demo
    from expat_desk.store.erasure import erase_client

    with Store.open(tmp_path / "d.sqlite3", today=lambda: date(2026, 11, 27)) as store:
        fill_demo(store, clients=30, today=date(2026, 11, 27))
        someone = store.list_cases(limit=1)[0].client_id
        erase_client(store, someone)
        written = export_week(store, "2026-W48", out=tmp_path)
    assert written.exists()
