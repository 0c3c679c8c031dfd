"""A week counts only the cases something happened to in it; the open backlog counts every
case in hand at the week's end (issue 14). Figures held to a computation of their own, from
the database file with plain sqlite3, on a small desk."""

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from expat_desk.domain.deadlines import CaseFacts, case_deadlines
from expat_desk.reports.figures import OWN_DEADLINES
from expat_desk.reports.layout import LANGUAGE_MARK, MARKER, SUMMARY_COUNTS, SUMMARY_LAYOUTS
from expat_desk.reports.merge import merge_workloads
from expat_desk.reports.reader import read_workload
from expat_desk.reports.words import words
from expat_desk.reports.workload import export_week

D = date
AIGERIM = "Aigerim Sarsenova"
DANIYAR = "Daniyar Abenov"
IIN = {"channel": "expat_centre", "representative": False}
MONDAY, NEXT_MONDAY = D(2026, 11, 23), D(2026, 11, 30)  # week 48


def quiet_and_busy_desk(d: Any) -> dict[str, Any]:
    """Cases long open and left alone, beside cases worked on in week 48; exported Friday 27."""
    d.as_manager(AIGERIM)
    c: dict[str, Any] = {}
    d.at(D(2026, 11, 2))
    c["left_open"] = d.open(d.client("Alone"), "iin", IIN)  # overdue since early November
    c["long_done"] = d.open(d.client("Done"), "iin", IIN)
    d.at(D(2026, 11, 3))
    c["left_submitted"] = d.open(d.client("Waiting"), "iin", IIN)
    d.tick(c["left_submitted"])
    d.move(c["left_submitted"], "submitted")
    d.at(D(2026, 11, 5))
    d.tick(c["long_done"])
    d.move(c["long_done"], "submitted")
    d.move(c["long_done"], "completed")
    d.at(D(2026, 11, 9))
    c["ticked"] = d.open(d.client("Ticked"), "iin", IIN)
    c["cancelled"] = d.open(d.client("Stopped"), "iin", IIN)
    d.as_manager(DANIYAR)
    d.at(D(2026, 11, 10))
    c["daniyars_quiet"] = d.open(d.client("Quiet"), "iin", IIN)
    d.as_manager(AIGERIM)
    d.at(MONDAY)
    c["new"] = d.open(d.client("New"), "iin", IIN)
    d.at(D(2026, 11, 24))
    d.tick(c["ticked"], limit=1)
    d.at(D(2026, 11, 25))
    d.move(c["cancelled"], "cancelled")
    d.at(D(2026, 11, 27), 16)
    return c


def by_hand(db: Path, store: Any) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(manager, service) -> (worked on, open backlog, overdue), from the file itself."""
    start = datetime.combine(MONDAY, datetime.min.time()) - timedelta(hours=5)  # Astana
    end = datetime.combine(NEXT_MONDAY, datetime.min.time()) - timedelta(hours=5)
    with closing(sqlite3.connect(db)) as connection:
        logged = {
            case_id
            for (case_id,) in connection.execute(
                "SELECT case_id FROM events WHERE at >= ? AND at < ? AND case_id IS NOT NULL",
                (start.isoformat(" "), end.isoformat(" ")),
            )
        }
        cases = connection.execute(
            "SELECT cases.id, managers.name, service, status, opened_on, channel, arrival_date"
            " FROM cases JOIN managers ON managers.id = cases.manager_id"
        ).fetchall()
    calendar, targets, today = store.business_calendar(), store.target_days(), store.today()
    found: dict[tuple[str, str], list[int]] = {}
    for case_id, manager, service, status, opened, channel, arrival in cases:
        figures = found.setdefault((manager, service), [0, 0, 0])
        opened_on = D.fromisoformat(opened)
        figures[0] += case_id in logged or MONDAY <= opened_on < NEXT_MONDAY
        if status in ("open", "submitted"):
            figures[1] += 1
            facts = CaseFacts(
                case_id=case_id,
                number="",
                client_name="",
                service=service,
                status=status,
                opened_on=opened_on,
                channel=channel,
                arrival_date=D.fromisoformat(arrival) if arrival else None,
            )
            deadlines = case_deadlines(facts, calendar, targets)
            due = [x.due for x in deadlines if x.kind in OWN_DEADLINES]
            figures[2] += bool(due) and min(due) < today
    return {key: (a, b, c) for key, (a, b, c) in found.items()}


@pytest.fixture
def quiet(desk: Any, tmp_path: Path) -> tuple[Any, dict[str, Any], Path]:
    cases = quiet_and_busy_desk(desk)
    return desk, cases, export_week(desk.store, "2026-W48", out=tmp_path)


def test_a_case_nothing_happened_to_is_in_the_backlog_not_in_the_rows(quiet: Any) -> None:
    _, cases, out = quiet
    rows = list(openpyxl.load_workbook(out)["Cases"].iter_rows(min_row=2, values_only=True))
    numbers = {row[1] for row in rows if row[0] == "2026-W48"}
    assert numbers == {cases[n].number for n in ("new", "ticked", "cancelled")}


def test_worked_on_backlog_and_overdue_match_a_count_of_their_own(quiet: Any) -> None:
    desk, _, out = quiet
    expected = by_hand(desk.store.path, desk.store)
    read = read_workload(out)  # the new format read back, as merging reads it
    shown = {
        (r.manager, r.service): (r.worked_on, r.in_progress, r.overdue)
        for r in read.summary
        if (r.manager, r.service) in expected
    }
    assert shown == expected
    # Aigerim: three worked on; the backlog has the two left alone besides the new and the
    # ticked one; Daniyar's case left alone since 10 November counts in his backlog, overdue.
    assert expected[(AIGERIM, "iin")][:2] == (3, 4)
    assert expected[(DANIYAR, "iin")] == (0, 1, 1)


def test_merging_reads_the_new_workbook_and_one_of_the_previous_format(
    quiet: Any, tmp_path: Path
) -> None:
    _, _, out = quiet
    # The same file as format 3 laid it out: no worked-on column, "in progress" for the backlog.
    wb = openpyxl.load_workbook(out)
    ws = wb[words("en")["sheet.summary"]]
    ws.delete_cols(SUMMARY_COUNTS["worked_on"])
    for column, key in enumerate(SUMMARY_LAYOUTS[3].header, start=1):
        ws.cell(5, column).value = words("en")[f"summary.{key}"]
    [mark] = [p for p in wb.custom_doc_props.props if p.name == MARKER]
    mark.value = 3
    old = tmp_path / "format3.xlsx"
    wb.save(old)
    old_rows = {(r.manager, r.service): r for r in read_workload(old).summary}
    new_rows = {(r.manager, r.service): r for r in read_workload(out).summary}
    assert old_rows[(AIGERIM, "iin")].in_progress == new_rows[(AIGERIM, "iin")].in_progress == 4
    assert old_rows[(AIGERIM, "iin")].worked_on == 0  # format 3 did not count it
    merged = merge_workloads(
        [out], tmp_path / "merged.xlsx", language="ru", db_path=tmp_path / "desk.db"
    )
    again = {(r.manager, r.service): r for r in read_workload(merged).summary}
    assert again[(AIGERIM, "iin")] == new_rows[(AIGERIM, "iin")]
    assert again[(DANIYAR, "iin")].in_progress == 1
    props = {p.name: p.value for p in openpyxl.load_workbook(merged).custom_doc_props.props}
    assert props[LANGUAGE_MARK] == "ru"


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("en", "A week counts only the cases something happened to"),
        ("ru", "За неделю учитываются только дела, по которым"),
        ("kk", "Аптаға тек сол аптада бір нәрсе болған істер ғана есептеледі"),
    ],
)
def test_the_summary_says_what_a_week_counts(
    quiet: Any, tmp_path: Path, lang: str, opening: str
) -> None:
    desk, _, _ = quiet
    out = export_week(desk.store, "2026-W48", out=tmp_path / f"{lang}.xlsx", language=lang)
    w = words(lang)
    ws = openpyxl.load_workbook(out)[w["sheet.summary"]]
    assert ws["A3"].value.startswith(opening)
    header = [c.value for c in ws[5]]
    assert w["summary.worked_on"] in header and w["summary.backlog"] in header
