"""ISO weeks as a supervisor types them, and the file name an export gets."""

from datetime import date

import pytest

from expat_desk.reports.weeks import IsoWeek, parse_iso_week, weeks_ending
from expat_desk.reports.workload import default_file_name


@pytest.mark.parametrize("text", ["2026-W48", "2026W48", "2026-w48", " 2026-W48 "])
def test_a_week_as_typed(text: str) -> None:
    week = parse_iso_week(text)
    assert (week.monday, week.sunday) == (date(2026, 11, 23), date(2026, 11, 29))
    assert str(week) == "2026-W48"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-48", "write it as YYYY-Www, e.g. 2026-W48"),
        ("W48", "write it as YYYY-Www"),
        ("2026-W48-1", "write it as YYYY-Www"),
        ("", "write it as YYYY-Www"),
        ("2026-W00", "2026 has weeks 1 to 53, not 0"),
        ("2025-W53", "2025 has weeks 1 to 52, not 53"),
        ("0000-W01", "the year is out of range"),
    ],
)
def test_what_is_not_a_week_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=f"^{text!r} is not an ISO week: .*{reason}"):
        parse_iso_week(text)


def test_2026_has_53_weeks_and_the_last_one_runs_into_2027() -> None:
    week = parse_iso_week("2026-W53")
    assert (week.monday, week.sunday) == (date(2026, 12, 28), date(2027, 1, 3))
    assert IsoWeek.containing(date(2027, 1, 1)) == week
    assert IsoWeek.containing(date(2026, 1, 1)) == IsoWeek(2026, 1)


def test_consecutive_weeks_across_a_new_year() -> None:
    weeks = weeks_ending(IsoWeek(2027, 2), 4)
    assert [str(w) for w in weeks] == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    with pytest.raises(ValueError, match="at least 1"):
        weeks_ending(IsoWeek(2027, 2), 0)


@pytest.mark.parametrize(
    ("weeks", "manager", "name"),
    [
        (1, "Aigerim Sarsenova", "workload-2026-W48-Aigerim-Sarsenova.xlsx"),
        (1, None, "workload-2026-W48-all.xlsx"),
        (52, None, "workload-2025-W49-to-2026-W48-all.xlsx"),
        (1, "Айгерим Сарсенова", "workload-2026-W48-Айгерим-Сарсенова.xlsx"),
        (1, 'A/B: "C"?', "workload-2026-W48-A-B-C.xlsx"),
        (1, "..", "workload-2026-W48-manager.xlsx"),
    ],
)
def test_default_file_name(weeks: int, manager: str | None, name: str) -> None:
    assert default_file_name("2026-W48", weeks=weeks, manager=manager) == name
    assert default_file_name((2026, 48), weeks=weeks, manager=manager) == name
