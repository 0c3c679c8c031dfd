"""A desk built by hand whose workload is known, and a reader of the formulas in a workbook.

Helpers are fixtures (test modules cannot import a conftest under ``--import-mode=importlib``).
"""

import re
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from expat_desk.domain.iin import iin_check_digit
from expat_desk.store import Store
from expat_desk.store.workload import ActionKind

AIGERIM = "Aigerim Sarsenova"
DANIYAR = "Daniyar Abenov"
ASTANA = timedelta(hours=5)  # Kazakhstan's offset from UTC, written out here on purpose

IIN = {"channel": "expat_centre", "representative": False}  # 3 required documents


def migration(arrival: date, channel: str = "expat_centre") -> dict[str, Any]:
    return {"arrival_date": arrival, "host_party": 1, "channel": channel}


POLICE = {
    "citizenship": "KGZ",
    "reciprocal_visa_free": True,
    "entry_date": "2026-11-02",  # crossed the border (asked since version 2)
    "inviting_party": "Astana Hub Ventures LLP",
    "purpose": "employment_contract",
    "stay_until": "2027-06-30",
}
LOSS = {"place_of_loss": "Khan Shatyr mall, Astana", "date_of_loss": "2026-11-26"}


def issued_iin(serial: int) -> str:
    """An IIN the state could issue (one a serial), to complete an IIN case with."""
    while (check := iin_check_digit(f"8507123{serial:04d}")) is None:
        serial += 1
    return f"8507123{serial:04d}{check}"


class Desk:
    """A store on a clock in Astana, and a ledger of every action taken through it, kept by
    the test itself: what the By day sheet must show."""

    def __init__(self, path: Path) -> None:
        self.moment = datetime(2026, 11, 2, 10, 0)  # local time in Astana
        self.store = Store.open(path, today=lambda: self.moment.date(), now=self._utc)
        self.managers = {name: self.store.add_manager(name).id for name in (AIGERIM, DANIYAR)}
        # The host party the migration notifications name (#1).
        self.store.add_host_party({"kind": "legal", "name": "Nomad Fintech Ltd"})
        self.ledger: Counter[tuple[date, str, ActionKind]] = Counter()
        self._passports = count(1)
        self.acting = AIGERIM

    def _utc(self) -> datetime:
        return self.moment - ASTANA

    def at(self, day: date, hour: int = 10, minute: int = 0) -> "Desk":
        self.moment = datetime.combine(day, time(hour, minute))
        return self

    def as_manager(self, name: str) -> "Desk":
        self.acting = name
        self.store.manager_id = self.managers[name]
        return self

    def _note(self, kind: ActionKind, times: int = 1) -> None:
        self.ledger[(self.moment.date(), self.acting, kind)] += times

    def client(self, surname: str, citizenship: str = "FRA") -> Any:
        n = next(self._passports)
        values = {
            "surname": surname,
            "given_names": "Alex",
            "birth_date": date(1985, 3, 14),
            "sex": "M",
            "citizenship": citizenship,
            "passport_number": f"P{n:07d}",
        }
        client, _ = self.store.add_client(values)
        self._note(ActionKind.CLIENT)
        return client

    def open(self, client: Any, service: str, answers: dict[str, Any]) -> Any:
        case = self.store.open_case(client.id, service, answers)
        self._note(ActionKind.CASE_OPENED)
        return case

    def tick(self, case: Any, *, on: date | None = None, limit: int | None = None) -> None:
        """Mark required items still missing as received, in order (``limit`` of them)."""
        items = [i for i in self.store.get_case(case.id).items if i.state == "missing"]
        for item in [i for i in items if i.required][:limit]:
            self.store.set_item_state(item.id, "received", on=on)
            self._note(ActionKind.CHECKLIST)

    def move(
        self, case: Any, status: str, *, on: date | None = None, outcome: str | None = None
    ) -> Any:
        # An IIN case is completed with the IIN issued, as the manager types it.
        if outcome is None and status == "completed" and case.service == "iin":
            outcome = issued_iin(case.id)
        before = self.store.get_case(case.id)
        had_iin = bool(self.store.get_client(before.client_id).iin)
        moved = self.store.move_case(case.id, status, on=on, outcome=outcome)
        self._note(ActionKind.STATUS)
        if outcome and outcome != before.outcome:
            self._note(ActionKind.OTHER)  # the case's outcome noted
        if outcome and not had_iin:
            self._note(ActionKind.CLIENT)  # and the IIN put on the client
        return moved

    def actions(self, day: date, manager: str) -> tuple[int, ...]:
        return tuple(self.ledger[(day, manager, kind)] for kind in ActionKind)


@pytest.fixture
def desk(tmp_path: Path) -> Any:
    d = Desk(tmp_path / "desk.sqlite3")
    yield d
    d.store.close()


D = date  # short dates below: D(2026, 11, 23)


@pytest.fixture(scope="module")
def week48(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Aigerim's and Daniyar's work around ISO week 48 (Monday 23 to Sunday 29 November 2026),
    built day by day; the export is made on Wednesday 2 December. ``desk.cases`` names them:

    c1  IIN    opened Wed 18 Nov (W47), submitted Fri 20, completed Tue 24   crosses weeks
    c2  IIN    opened Mon 23, one document Tue 24, another Tue 1 Dec; open  overdue from Thu 26
    c3  MN     opened Tue 24, cancelled Wed 25
    c4  PR     opened Mon 16 (W47), completed Wed 18, reopened Wed 25; open
    c5  IIN    opened Mon 23, completed Tue 24, reopened Wed 25, completed again Thu 26
    c6  IIN    opened Mon 30 Nov (W49)
    c7  LP     opened Fri 27, its four steps done and submitted Mon 30 (W49); deadline on the
               far side of Independence Day (Wed 16 December)
    c8  MN     opened Tue 24, submitted Wed 25; completion recorded Tue 1 Dec, dated Fri 27
    c9  IIN    Daniyar's: opened Wed 25, submitted Thu 26
    c10 IIN    opened Mon 2 Nov, cancelled Tue 3 Nov: long closed
    c11 MN     opened Tue 10 Nov, cancelled Wed 11 Nov, reopened at 00:30 on Mon 30 Nov in
               Astana (still Sunday 29 in UTC)

    Shared by a module's tests (it takes a second to build): a test that moves the clock
    puts it back.
    """
    d = Desk(tmp_path_factory.mktemp("week48") / "desk.sqlite3").as_manager(AIGERIM)
    c: dict[str, Any] = {}
    d.at(D(2026, 11, 2))
    c["c10"] = d.open(d.client("Ten"), "iin", IIN)
    d.at(D(2026, 11, 3))
    d.move(c["c10"], "cancelled")
    d.at(D(2026, 11, 10))
    c["c11"] = d.open(d.client("Eleven"), "migration_notification", migration(D(2026, 11, 10)))
    d.at(D(2026, 11, 11))
    d.move(c["c11"], "cancelled")
    d.at(D(2026, 11, 16))
    c["c4"] = d.open(d.client("Four", "KGZ"), "police_registration", POLICE)
    d.tick(c["c4"])
    d.at(D(2026, 11, 17))
    d.move(c["c4"], "submitted")
    d.at(D(2026, 11, 18))
    d.move(c["c4"], "completed")
    c["c1"] = d.open(d.client("One"), "iin", IIN)
    d.at(D(2026, 11, 20))
    d.tick(c["c1"])
    d.move(c["c1"], "submitted")
    d.at(D(2026, 11, 23), 9)
    c["c2"] = d.open(d.client("Two"), "iin", IIN)
    c["c5"] = d.open(d.client("Five"), "iin", IIN)
    d.tick(c["c5"])
    d.move(c["c5"], "submitted")
    d.at(D(2026, 11, 24), 11)
    d.move(c["c1"], "completed")
    d.tick(c["c2"], limit=1)
    d.move(c["c5"], "completed")
    c["c3"] = d.open(d.client("Three"), "migration_notification", migration(D(2026, 11, 23)))
    c["c8"] = d.open(d.client("Eight"), "migration_notification", migration(D(2026, 11, 23)))
    d.at(D(2026, 11, 25), 15)
    d.move(c["c3"], "cancelled")
    d.move(c["c4"], "open")
    d.move(c["c5"], "open")
    d.tick(c["c8"])
    d.move(c["c8"], "submitted")
    d.as_manager(DANIYAR)
    c["c9"] = d.open(d.client("Nine"), "iin", IIN)
    d.at(D(2026, 11, 26), 12)
    d.tick(c["c9"])
    d.move(c["c9"], "submitted")
    d.as_manager(AIGERIM)
    d.move(c["c5"], "submitted")
    d.move(c["c5"], "completed")
    d.at(D(2026, 11, 27), 16)
    c["c7"] = d.open(d.client("Seven"), "loss_of_passport", LOSS)
    d.at(D(2026, 11, 30), 0, 30)
    d.move(c["c11"], "open")
    d.at(D(2026, 11, 30), 10)
    c["c6"] = d.open(d.client("Six"), "iin", IIN)
    d.tick(c["c7"], on=D(2026, 11, 30))
    d.move(c["c7"], "submitted")
    d.at(D(2026, 12, 1), 10)
    d.move(c["c8"], "completed", on=D(2026, 11, 27))
    d.tick(c["c2"], limit=1)
    d.at(D(2026, 12, 2), 17)
    d.cases = {name: d.store.get_case(case.id) for name, case in c.items()}
    yield d
    d.store.close()


# --- formulas -----------------------------------------------------------------------------


@pytest.fixture
def figure() -> Callable[[Any, str], Any]:
    """The value a cell shows, working out the few formulas the workbooks use (SUM of cells
    and ranges, SUMIF, and IF(x=0,"",a/b))."""

    def cells(ws: Any, ref: str) -> list[Any]:
        ref = ref.strip().replace("$", "")
        assert re.fullmatch(r"[A-Z]+\d+(:[A-Z]+\d+)?", ref), ref
        if ":" not in ref:
            return [value(ws, ref)]
        return [value(ws, cell.coordinate) for row in ws[ref] for cell in row]

    def value(ws: Any, ref: str) -> Any:
        raw = ws[ref].value
        if not (isinstance(raw, str) and raw.startswith("=")):
            return raw
        body = raw[1:]
        if m := re.fullmatch(r"SUM\((.*)\)", body):
            return sum(v or 0 for arg in m[1].split(",") for v in cells(ws, arg))
        if m := re.fullmatch(r"SUMIF\(([^,]+),([^,]+),([^,]+)\)", body):
            labels, wanted, values = cells(ws, m[1]), m[2], cells(ws, m[3])
            wanted_value = wanted.strip('"') if wanted.startswith('"') else cells(ws, wanted)[0]
            return sum(v or 0 for k, v in zip(labels, values, strict=True) if k == wanted_value)
        if m := re.fullmatch(r'IF\(([A-Z]+\d+)=0,"",([A-Z]+\d+)/([A-Z]+\d+)\)', body):
            test, numerator, denominator = (value(ws, r) for r in m.groups())
            return "" if test == 0 else numerator / denominator
        raise AssertionError(f"unexpected formula {raw}")

    return value
