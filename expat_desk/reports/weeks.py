"""ISO weeks (Monday to Sunday) as the supervisor names them: ``2026-W48``."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self) -> None:
        last = weeks_in_year(self.year)
        if not 1 <= self.week <= last:
            raise ValueError(f"{self.year} has weeks 1 to {last}, not {self.week}")

    @classmethod
    def containing(cls, day: date) -> "IsoWeek":
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def days(self) -> list[date]:
        return [self.monday + timedelta(days=n) for n in range(7)]

    def shifted(self, weeks: int) -> "IsoWeek":
        return IsoWeek.containing(self.monday + timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def weeks_in_year(year: int) -> int:
    # 28 December is always in the year's last ISO week.
    return date(year, 12, 28).isocalendar()[1]


def parse_iso_week(text: str) -> IsoWeek:
    """``2026-W48`` (also ``2026W48``, ``2026-w48``) as an IsoWeek; ValueError saying what is
    wrong otherwise."""
    match = _ISO_WEEK.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"{text!r} is not an ISO week: write it as YYYY-Www, e.g. 2026-W48")
    year, week = int(match[1]), int(match[2])
    if not 1 <= year <= 9998:
        raise ValueError(f"{text!r} is not an ISO week: the year is out of range")
    try:
        return IsoWeek(year, week)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not an ISO week: {exc}") from None


def weeks_ending(last: IsoWeek, count: int) -> list[IsoWeek]:
    """``count`` consecutive weeks, the last of them ``last``, oldest first."""
    if count < 1:
        raise ValueError("the number of weeks must be at least 1")
    try:
        return [last.shifted(n - count + 1) for n in range(count)]
    except OverflowError:
        raise ValueError(f"{count} weeks before {last} is out of the calendar's range") from None
