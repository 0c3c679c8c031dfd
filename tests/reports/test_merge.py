"""Merging managers' exports: the same sheets over all of them, and every other file refused
with a message naming it, before anything is written."""

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expat_desk.domain.workflow import CaseStatus
from expat_desk.reports.errors import NotAWorkloadExport, OverlappingExports, WorkloadError
from expat_desk.reports.figures import CaseRow, DayRow, SummaryRow, Workload
from expat_desk.reports.layout import FORMAT_VERSION, SUMMARY_HEADER
from expat_desk.reports.merge import merge_workloads
from expat_desk.reports.reader import read_workload
from expat_desk.reports.weeks import IsoWeek
from expat_desk.reports.workbook import write_workload
from expat_desk.reports.workload import export_week

AIGERIM = "Aigerim Sarsenova"
DANIYAR = "Daniyar Abenov"
W48 = IsoWeek(2026, 48)
MADE = datetime(2026, 11, 27, 11, 0)


def values(ws: Any, figure: Callable) -> list[tuple]:
    """Every row of a sheet as shown, formulas worked out."""
    return [
        tuple(figure(ws, cell.coordinate) for cell in row)
        for row in ws.iter_rows()
        if any(cell.value is not None for cell in row)
    ]


@pytest.fixture
def exports(week48: Any, tmp_path: Path) -> dict[str, Path]:
    """Weeks 47 to 49 of all managers, and of each one on their own."""
    store = week48.store
    folder = tmp_path / "exports"
    folder.mkdir()
    return {
        who: export_week(store, "2026-W49", weeks=3, manager=manager, out=folder)
        for who, manager in (("all", None), ("aigerim", AIGERIM), ("daniyar", DANIYAR))
    }


def test_each_managers_export_merged_is_the_teams_workbook(
    exports: dict[str, Path], tmp_path: Path, figure: Callable
) -> None:
    out = merge_workloads(
        [exports["aigerim"], exports["daniyar"]],
        tmp_path / "team.xlsx",
        db_path=tmp_path / "desk.db",
    )
    merged, team = openpyxl.load_workbook(out), openpyxl.load_workbook(exports["all"])
    assert merged.sheetnames == ["Summary", "Cases", "By day"]
    summary = values(merged["Summary"], figure)
    assert summary[1:] == values(team["Summary"], figure)[1:]  # all but the title
    assert summary[0][0] == "Weekly workload: Aigerim Sarsenova, Daniyar Abenov"
    assert values(merged["Cases"], figure) == values(team["Cases"], figure)
    assert values(merged["By day"], figure) == values(team["By day"], figure)
    # Totals are formulas again, over the merged rows.
    overall = [r for r in merged["Summary"].iter_rows() if r[0].value == "All managers"]
    assert [r[2].value for r in overall] == ["=SUM(C11,C17)", "=SUM(C27,C33)", "=SUM(C43,C49)"]
    assert merged.properties.creator == "Aigerim Sarsenova, Daniyar Abenov"
    assert merged.properties.description == (
        "Merged from workload-2026-W47-to-2026-W49-Aigerim-Sarsenova.xlsx, "
        "workload-2026-W47-to-2026-W49-Daniyar-Abenov.xlsx"
    )


def test_merged_totals_add_up_the_files(
    exports: dict[str, Path], tmp_path: Path, figure: Callable
) -> None:
    out = merge_workloads(
        [exports["daniyar"], exports["aigerim"]],
        tmp_path / "team.xlsx",
        db_path=tmp_path / "desk.db",
    )
    ws = openpyxl.load_workbook(out)["Summary"]
    overall = [r for r in ws.iter_rows() if r[0].value == "All managers"]
    week48 = [figure(ws, c.coordinate) for c in overall[1][2 : len(SUMMARY_HEADER)]]
    # opened, completed, cancelled, refused, worked on, open backlog, overdue, average,
    # business days: Aigerim (5, 3, 1, 0, 7, 3, 2, 10 days) and Daniyar (1, 0, 0, 0, 1, 1, 0, 0)
    assert week48 == [6, 3, 1, 0, 8, 4, 2, pytest.approx(10 / 3), 10]


def test_the_same_managers_week_twice_is_refused(exports: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "team.xlsx"
    with pytest.raises(OverlappingExports) as error:
        merge_workloads([exports["all"], exports["aigerim"]], out, db_path=tmp_path / "desk.db")
    assert str(error.value) == (
        "workload-2026-W47-to-2026-W49-all.xlsx and "
        "workload-2026-W47-to-2026-W49-Aigerim-Sarsenova.xlsx both hold Aigerim Sarsenova's "
        "figures for 2026-W47: merge one export of each manager and week"
    )
    assert not out.exists()
    with pytest.raises(WorkloadError, match="named twice"):
        merge_workloads([exports["aigerim"], exports["aigerim"]], out, db_path=tmp_path / "desk.db")
    with pytest.raises(WorkloadError, match="at least one"):
        merge_workloads([], out, db_path=tmp_path / "desk.db")
    assert not [p for p in tmp_path.iterdir() if p.is_file() and ".xlsx" in p.name]


# --- what is not an export ------------------------------------------------------------------


def small_workload() -> Workload:
    return Workload(
        scope=AIGERIM,
        weeks=(W48,),
        summary=(
            SummaryRow(W48, AIGERIM, "iin", 2, 1, 0, 1, 1, 4),
            SummaryRow(W48, "Unassigned", "iin", 1, 0, 0, 1, 0, 0),
        ),
        cases=(
            CaseRow(
                W48,
                "IIN-2026-00001",
                "Smith John",
                "GBR",
                "iin",
                AIGERIM,
                CaseStatus.COMPLETED,
                date(2026, 11, 18),
                date(2026, 11, 20),
                date(2026, 11, 24),
                None,
                None,
                0,
            ),
            CaseRow(
                W48,
                "IIN-2026-00002",
                "Ким Хана",
                "KOR",
                "iin",
                AIGERIM,
                CaseStatus.OPEN,
                date(2026, 11, 23),
                None,
                None,
                date(2026, 11, 26),
                1,
                2,
            ),
        ),
        days=(DayRow(date(2026, 11, 23), AIGERIM, 1, 2, 3, 4, 0),),
    )


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    return write_workload(
        small_workload(), tmp_path / "export.xlsx", made_at=MADE, db_path=tmp_path / "desk.db"
    )


def test_a_workbook_reads_back_as_written(export_file: Path) -> None:
    # Read back it names the language it was written in.
    assert read_workload(export_file) == replace(small_workload(), language="en")


def edited(source: Path, target: Path, change: Callable[[Any], None]) -> Path:
    wb = openpyxl.load_workbook(source)
    change(wb)
    wb.save(target)
    return target


def replace_cell(sheet: str, ref: str, value: Any) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        wb[sheet][ref] = value

    return change


def no_mark(wb: Any) -> None:
    wb.custom_doc_props.props.clear()


BROKEN: dict[str, tuple[Callable[[Any], None], str]] = {
    "no mark": (no_mark, "lacks the mark every export carries"),
    "no Cases sheet": (lambda wb: wb.remove(wb["Cases"]), "it has no sheet 'Cases'"),
    "text for a number": (
        replace_cell("Summary", "C6", "many"),
        "sheet 'Summary', row 6: Opened is 'many', not a whole number 0 or more",
    ),
    "negative count": (
        replace_cell("Cases", "M3", -1),
        "sheet 'Cases', row 3: documents missing is -1, not a whole number 0 or more",
    ),
    "text for a date": (
        replace_cell("Cases", "H2", "yesterday"),
        "sheet 'Cases', row 2: the opened date is 'yesterday', not a date",
    ),
    "empty client": (
        replace_cell("Cases", "C2", None),
        "sheet 'Cases', row 2: the client is empty, not a text",
    ),
    "unknown status": (
        replace_cell("Cases", "G2", "Lost"),
        "sheet 'Cases', row 2: 'Lost' is not a case status",
    ),
    "renamed header": (
        replace_cell("Cases", "B1", "Number"),
        "sheet 'Cases', row 1 is not the header of an export",
    ),
    "week out of the summary": (
        replace_cell("Cases", "A2", "2026-W47"),
        "sheet 'Cases', row 2: week 2026-W47 has no block in the Summary sheet",
    ),
    "impossible week": (
        replace_cell("By day", "A2", "2026-W60"),
        "sheet 'By day', row 2: '2026-W60' is not an ISO week: 2026 has weeks 1 to 53",
    ),
    "day out of its week": (
        replace_cell("By day", "B2", datetime(2026, 12, 1)),
        "sheet 'By day', row 2: 2026-12-01 is not in week 2026-W48",
    ),
    "newer format": (
        lambda wb: setattr(wb.custom_doc_props.props[0], "value", FORMAT_VERSION + 1),
        f"made by a newer Expat Desk (format {FORMAT_VERSION + 1})",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_an_export_edited_out_of_shape_is_refused(
    case: str, export_file: Path, tmp_path: Path
) -> None:
    change, message = BROKEN[case]
    bad = edited(export_file, tmp_path / "edited.xlsx", change)
    out = tmp_path / "team.xlsx"
    with pytest.raises(NotAWorkloadExport) as error:
        merge_workloads([export_file, bad], out, db_path=tmp_path / "desk.db")
    assert str(error.value).startswith("edited.xlsx is not a workload export of Expat Desk: ")
    assert message in str(error.value)
    assert not out.exists()


def plain_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Manager"  # type: ignore[index]
    wb.save(path)
    return path


def csv_file(path: Path) -> Path:
    path.write_text("Manager,Service,Opened\nAigerim,IIN,3\n", encoding="utf-8")
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 40)
    return path


def other_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (random_bytes, "bad.xlsx is not an Excel workbook (.xlsx)"),
        (csv_file, "bad.xlsx is not an Excel workbook (.xlsx)"),
        (other_zip, "bad.xlsx is not an Excel workbook made by Expat Desk, or it is damaged"),
        (plain_workbook, "bad.xlsx is not a workload export of Expat Desk: it lacks the mark"),
        (lambda p: p, "bad.xlsx cannot be read: No such file"),
    ],
)
def test_a_file_that_is_no_export_is_refused_by_name(
    make: Callable[[Path], Path], message: str, export_file: Path, tmp_path: Path
) -> None:
    bad = make(tmp_path / "bad.xlsx")
    out = tmp_path / "team.xlsx"
    with pytest.raises(NotAWorkloadExport, match=re.escape(message)):
        merge_workloads([export_file, bad], out, db_path=tmp_path / "desk.db")
    assert not out.exists()


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096))
def test_any_bytes_at_all_give_the_documented_error(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "any.xlsx"
    path.write_bytes(data)
    with pytest.raises(NotAWorkloadExport, match=r"^any\.xlsx "):
        read_workload(path)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), max_size=8))
def test_a_damaged_export_gives_the_documented_error_or_reads(
    flips: list[tuple[int, int]], export_file: Path, tmp_path: Path
) -> None:
    data = bytearray(export_file.read_bytes())
    for position, mask in flips:
        data[position % len(data)] ^= mask
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    try:
        workload = read_workload(path)
    except NotAWorkloadExport as error:
        assert str(error).startswith("damaged.xlsx ")
    else:
        assert isinstance(workload, Workload)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    members=st.dictionaries(
        st.sampled_from(
            [
                "[Content_Types].xml",
                "xl/workbook.xml",
                "docProps/custom.xml",
                "xl/worksheets/sheet1.xml",
                "xl/_rels/workbook.xml.rels",
                "_rels/.rels",
            ]
        ),
        st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
    )
)
def test_a_zip_with_workbook_parts_of_any_content_gives_the_documented_error(
    members: dict[str, bytes], export_file: Path, tmp_path: Path
) -> None:
    """A real export with some of its parts replaced by junk."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(export_file) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            target.writestr(name, members.get(name, source.read(name)))
    path = tmp_path / "parts.xlsx"
    path.write_bytes(buffer.getvalue())
    try:
        read_workload(path)
    except NotAWorkloadExport as error:
        assert str(error).startswith("parts.xlsx ")
