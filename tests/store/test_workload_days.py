"""The event log is in UTC; the workload report's days are Astana's (UTC+5 since March 2024,
UTC+6 before)."""

from datetime import date, datetime

from expat_desk.store.workload import local_day, utc_start


def test_a_moment_belongs_to_its_day_in_astana() -> None:
    assert local_day(datetime(2026, 11, 29, 18, 59, 59)) == date(2026, 11, 29)
    assert local_day(datetime(2026, 11, 29, 19, 0)) == date(2026, 11, 30)
    assert local_day(datetime(2023, 11, 29, 18, 30)) == date(2023, 11, 30)  # then UTC+6


def test_a_day_in_astana_begins_the_evening_before_in_utc() -> None:
    assert utc_start(date(2026, 11, 30)) == datetime(2026, 11, 29, 19, 0)
    assert utc_start(date(2023, 11, 30)) == datetime(2023, 11, 29, 18, 0)
