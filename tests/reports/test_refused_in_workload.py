"""A case the authority refused is counted in its own column, and an export made before that
column existed still merges."""

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

from expat_desk.reports.layout import LANGUAGE_MARK, MARKER, SUMMARY_COUNTS, SUMMARY_LAYOUTS
from expat_desk.reports.reader import read_workload
from expat_desk.reports.words import words
from expat_desk.reports.workload import export_week

AIGERIM = "Aigerim Sarsenova"
REASON = "Passport translation not notarized"
MINE = (AIGERIM, "IIN issuance")
MINE_READ = (AIGERIM, "iin")  # read back, the service is named by its code


def refused_desk(desk: Any) -> Any:
    d = desk.as_manager(AIGERIM)
    d.at(date(2026, 11, 23))
    case = d.open(d.client("Refused"), "iin", {"channel": "expat_centre"})
    d.tick(case)
    d.at(date(2026, 11, 24))
    d.move(case, "submitted")
    d.at(date(2026, 11, 25))
    d.move(case, "refused", outcome=REASON)
    d.at(date(2026, 12, 2))
    return d


def test_a_refused_case_is_counted_and_listed(desk: Any, tmp_path: Path) -> None:
    d = refused_desk(desk)
    out = export_week(d.store, "2026-W48", out=tmp_path)
    wb = openpyxl.load_workbook(out)
    summary = wb["Summary"]
    [row] = [r for r in summary.iter_rows(min_row=4, values_only=True) if r[:2] == MINE]
    assert summary.cell(5, SUMMARY_COUNTS["refused"]).value == "Refused by the authority"
    assert row[SUMMARY_COUNTS["refused"] - 1] == 1
    assert row[SUMMARY_COUNTS["completed"] - 1] == 0
    assert row[SUMMARY_COUNTS["in_progress"] - 1] == 0  # no longer in hand
    [case] = [r for r in wb["Cases"].iter_rows(min_row=2, values_only=True) if r[1]]
    assert case[6] == "Refused by the authority"
    assert case[9].date() == date(2026, 11, 25)  # closed the day of the decision
    [read] = [r for r in read_workload(out).summary if (r.manager, r.service) == MINE_READ]
    assert read.refused == 1


def test_an_export_of_format_1_is_read_with_nothing_refused(desk: Any, tmp_path: Path) -> None:
    d = refused_desk(desk)
    out = export_week(d.store, "2026-W48", out=tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb["Summary"]
    # As the first exports were laid out: no worked-on or refused column, in progress for the
    # open backlog.
    ws.delete_cols(SUMMARY_COUNTS["worked_on"])
    ws.delete_cols(SUMMARY_COUNTS["refused"])
    for column, key in enumerate(SUMMARY_LAYOUTS[1].header, start=1):
        ws.cell(5, column).value = words("en")[f"summary.{key}"]
    [mark] = [p for p in wb.custom_doc_props.props if p.name == MARKER]
    mark.value = 1
    # The first exports were English and said nothing of their language.
    wb.custom_doc_props.props = [p for p in wb.custom_doc_props.props if p.name != LANGUAGE_MARK]
    old = tmp_path / "old.xlsx"
    wb.save(old)
    header = [c.value for c in next(ws.iter_rows(min_row=5, max_row=5))][:9]
    assert tuple(header) == words("en").header("summary", SUMMARY_LAYOUTS[1].header)
    [row] = [r for r in read_workload(old).summary if (r.manager, r.service) == MINE_READ]
    assert (row.opened, row.refused) == (1, 0)
