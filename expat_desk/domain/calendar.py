"""Kazakhstan's business days, with the centre's own corrections on top.

The public holidays, a holiday moved off a weekend to the next working day (except 7 January
and Kurban Ait), and the days the government transfers by decree (a Saturday made a working
day included) come from the ``holidays`` package (``holidays.KZ``; Labour Code of the Republic
of Kazakhstan, Art. 84-85, and the Law "On holidays in the Republic of Kazakhstan"). Transfers
are often announced late, so the centre may add its own days off and working days; those win.
"""

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

_US_DATE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


class BusinessCalendar:
    def __init__(self, days_off: Iterable[date] = (), working_days: Iterable[date] = ()) -> None:
        import holidays  # about 0.1 s: loaded when a deadline is first needed, not at start-up

        self.days_off = frozenset(days_off)
        self.working_days = frozenset(working_days)
        both = self.days_off & self.working_days
        if both:
            listed = ", ".join(sorted(d.isoformat() for d in both))
            raise ValueError(f"a day cannot be both a day off and a working day: {listed}")
        # English names whatever the computer's locale (unset on Windows: Kazakh otherwise).
        # Thousands of cases ask about the same few weeks: each day is worked out once.
        self._known: dict[date, bool] = {}
        self._added: dict[tuple[date, int], date] = {}
        self._kz: Any = holidays.KZ(language="en_US")  # fills itself year by year

    def is_business_day(self, day: date) -> bool:
        known = self._known.get(day)
        if known is None:
            if day in self.working_days:
                known = True
            elif day in self.days_off:
                known = False
            else:
                known = bool(self._kz.is_working_day(day))
            self._known[day] = known
        return known

    def why_not_working(self, day: date) -> str | None:
        """Why ``day`` is no business day (a holiday's name, "weekend", the centre's own day off),
        or None when it is one."""
        if self.is_business_day(day):
            return None
        if day in self.days_off:
            return "day off set by the centre"
        name = self._kz.get(day)
        if not name:
            return "weekend"
        # The package writes US dates ("substituted from 01/05/2025"); Astana reads 1 May.
        return _US_DATE.sub(lambda m: f"{m[3]}-{m[1]}-{m[2]}", name)

    def add_business_days(self, start: date, count: int) -> date:
        """The ``count``-th business day after ``start`` (counting from the next day);
        ``start`` itself when ``count`` is 0."""
        if count < 0:
            raise ValueError("count must not be negative")
        known = self._added.get((start, count))
        if known is not None:
            return known
        day, left = start, count
        while left:
            day += timedelta(days=1)
            if self.is_business_day(day):
                left -= 1
        self._added[(start, count)] = day
        return day

    def business_days_between(self, start: date, end: date) -> int:
        """Business days after ``start`` up to and including ``end``; negative when ``end`` is
        before ``start`` (how many business days late a deadline is)."""
        if end < start:
            return -self.business_days_between(end, start)
        return sum(
            self.is_business_day(start + timedelta(days=n))
            for n in range(1, (end - start).days + 1)
        )

    def next_business_day(self, day: date) -> date:
        """``day`` itself when it is a business day, else the first one after it."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day
