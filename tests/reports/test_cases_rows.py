"""The Cases sheet's rows are written as plain values, not through openpyxl's cells: what a
supervisor opens must be the same, whatever the text holds."""

from datetime import date, datetime
from pathlib import Path

import openpyxl

from expat_desk.domain.workflow import CaseStatus
from expat_desk.reports.figures import CaseRow, Workload
from expat_desk.reports.reader import read_workload
from expat_desk.reports.weeks import IsoWeek
from expat_desk.reports.workbook import write_workload

MADE = datetime(2026, 11, 27, 11, 0)
WEEK = IsoWeek(2026, 48)


def _case(number: str, client: str, **dates: date | None) -> CaseRow:
    return CaseRow(
        WEEK, number, client, "FRA", "iin", "Aigerim Sarsenova", CaseStatus.COMPLETED,
        dates.get("opened", WEEK.monday), dates.get("submitted"), dates.get("closed"),
        None, None, 0,
    )  # fmt: skip


def test_awkward_text_comes_back_as_typed_and_never_as_a_formula(tmp_path: Path) -> None:
    clients = [
        '=HYPERLINK("http://evil.example","x")',
        "+1", "-1", "@SUM(A1)",
        "Tom & Jerry <Ltd>",
        "  spaces kept  ",
        "Жанна Әбілқызы",
        "bell\x07 rang",  # a control character XML cannot hold: dropped, not a failed file
    ]  # fmt: skip
    cases = tuple(_case(f"IIN-{n}", name) for n, name in enumerate(clients, start=1))
    out = write_workload(
        Workload("All managers", (WEEK,), cases=cases),
        tmp_path / "w.xlsx",
        made_at=MADE,
        db_path=tmp_path / "desk.db",
    )
    ws = openpyxl.load_workbook(out)["Cases"]
    shown = [ws.cell(row, 3) for row in range(2, ws.max_row + 1)]
    assert [c.value for c in shown] == [*clients[:-1], "bell rang"]
    assert all(c.data_type == "s" for c in shown)
    # Read back to merge, the rows are the ones written (the reader trims the spaces).
    expected = [name.strip() for name in [*clients[:-1], "bell rang"]]
    assert [r.client for r in read_workload(out).cases] == expected


def test_dates_share_one_date_format_and_empty_dates_are_empty_cells(tmp_path: Path) -> None:
    cases = (
        _case("IIN-1", "A", submitted=date(2026, 11, 24), closed=date(2026, 11, 27)),
        _case("IIN-2", "B", opened=date(1999, 12, 31)),
    )
    out = write_workload(
        Workload("All managers", (WEEK,), cases=cases),
        tmp_path / "w.xlsx",
        made_at=MADE,
        db_path=tmp_path / "desk.db",
    )
    ws = openpyxl.load_workbook(out)["Cases"]
    assert [c.value for c in ws[2][7:10]] == [
        datetime(2026, 11, 23),
        datetime(2026, 11, 24),
        datetime(2026, 11, 27),
    ]
    assert {c.number_format for c in ws[2][7:10]} == {"yyyy-mm-dd"}
    assert ws["H3"].value == datetime(1999, 12, 31)
    assert ws["I3"].value is None and ws["J3"].value is None
    assert ws.max_row == 3 and ws.auto_filter.ref == "A1:M3"
