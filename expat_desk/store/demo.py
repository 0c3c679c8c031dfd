"""Plausible demo data: clients of many citizenships, three managers, cases of every service in
every status over the last eight weeks. The same seed and day give the same data.

Rows go in one transaction with bulk inserts straight to the driver (100,000 clients in well
under a minute; `benchmarks/demo_data.py` measures it). The values are made in the form the
domain's checks give, and the tests hold every demo client to ``check_client`` and every case
to the workflow's rules.
"""

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Table, func, select

from expat_desk.domain.catalogue import ServiceCode, ServiceSpec, catalogue_for
from expat_desk.domain.centre import check_centre
from expat_desk.domain.countries import KAZAKHSTAN
from expat_desk.domain.eligibility import check_eligible, derived_answers
from expat_desk.domain.errors import Message, RuleViolation
from expat_desk.domain.iin import iin_check_digit
from expat_desk.domain.search import client_index, fold
from expat_desk.domain.sex import Sex
from expat_desk.domain.visa_free import load_visa_free
from expat_desk.domain.workflow import CaseStatus, ItemState
from expat_desk.store.deadline_records import touch_all
from expat_desk.store.demo_attorneys import add_demo_attorneys
from expat_desk.store.demo_names import (
    AUTHORITIES,
    CITIZENSHIPS,
    DEMO_HOSTS,
    EMPLOYERS,
    GENDERED,
    HOSTS,
    NAMES,
    PATRONYMICS,
    PLACES,
    REFUSALS,
    SERVICE_WEIGHTS,
    STATUS_WEIGHTS,
    STREETS,
)
from expat_desk.store.demo_stays import demo_stays
from expat_desk.store.errors import StoreError
from expat_desk.store.event_chain import seal_rows
from expat_desk.store.models import Base, Case, ChecklistItem, Client, ClientStay
from expat_desk.store.stay_records import STAY_ENTITY
from expat_desk.store.store import CASE_PREFIX, CENTRE, Store, as_text

MANAGERS = ("Aigerim Sarsenova", "Daniyar Abenov", "Madina Karimova")
# The centre's details printed on documents, so the demo can make them at once. The BIN is
# made up, with a valid check digit.
DEMO_CENTRE = {
    "name": "AIFC Expat Centre",
    "bin": "160840012340",
    "address": "55/20 Mangilik El Avenue, Astana",
}
WEEKS = 8
_BLOCK = 5000  # clients made and written at a time
# How far back a case still in progress or submitted was opened, in days.
_RECENT_DAYS = {CaseStatus.OPEN: 6, CaseStatus.SUBMITTED: 10}
ALMATY_UTC_OFFSET = timedelta(hours=5)


@dataclass
class _Rows:
    clients: list[dict[str, Any]] = field(default_factory=list)
    stays: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """Table names and rows, in the order foreign keys need."""
        return [
            ("clients", self.clients),
            ("client_stays", self.stays),
            ("cases", self.cases),
            ("checklist_items", self.items),
            ("events", self.events),
        ]


def fill_demo(
    store: Store,
    *,
    clients: int = 200,
    seed: int = 48,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Fill an empty database; returns how many rows of each kind were written."""
    if clients < 1:
        raise ValueError("the demo needs at least one client")
    if store.count_clients():
        raise StoreError(
            Message(
                "demo.not_empty",
                "demo data goes only into an empty database; this one has clients",
            )
        )
    today = today or store.today()
    existing = {m.name for m in store.list_managers()}
    for name in MANAGERS:
        if name not in existing:
            store.add_manager(name)
    manager_ids = [m.id for m in store.list_managers() if m.name in MANAGERS]
    hosts = _demo_hosts(store)
    # Details a centre entered itself are kept.
    centre = check_centre(DEMO_CENTRE) if store.get_setting(CENTRE) is None else None
    counts = dict.fromkeys(("clients", "client_stays", "cases", "checklist_items", "events"), 0)
    with store._write() as s:  # one transaction: the demo is all there or not at all
        connection = s.connection()
        # Random passport numbers land all over their index: give SQLite room to keep it.
        connection.exec_driver_sql("PRAGMA cache_size = -262144")
        first = [
            (s.scalar(select(func.max(m.id))) or 0) + 1
            for m in (Client, Case, ChecklistItem, ClientStay)
        ]
        maker = _DemoMaker(_FastRandom(seed), today, manager_ids, *first, hosts=hosts)
        # Made and written in blocks, so a large set never sits in memory whole.
        for start in range(0, clients, _BLOCK):
            rows = maker.make(min(_BLOCK, clients - start))
            for name, batch in rows.tables():
                if name == "events":
                    seal_rows(s, batch)  # the demo's log is chained as the store's is
                if batch:
                    _insert(connection, Base.metadata.tables[name], batch)
                counts[name] += len(batch)
            if progress:
                progress(f"{start + len(rows.clients)} of {clients} clients")
        if centre is not None:
            store._put_setting(s, CENTRE, {k: getattr(centre, k) for k in DEMO_CENTRE})
        # On record before the demo's first client (see _client's created_at).
        before = datetime.combine(today - timedelta(days=WEEKS * 7 + 401), time(4, 0))
        counts["attorneys"] = add_demo_attorneys(store, s, today, before)
        touch_all(s)  # the bulk inserts went past the ORM: their deadlines are worked out
    return counts


def _demo_hosts(store: Store) -> dict[str, int]:
    """The demo's host parties by name; a host the centre already keeps (same BIN) is reused."""
    on_file = {h.id_number: h.id for h in store.list_host_parties() if h.id_number}
    ids = {}
    for values in DEMO_HOSTS:
        known = on_file.get(values["id_number"])
        ids[values["name"]] = known or store.add_host_party(values).id
    return ids


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany straight to the driver: a million rows in seconds, not minutes.

    Values are written the way SQLAlchemy's SQLite types store them, so the ORM reads them back.
    """
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    converters = [
        (i, _STORAGE[type(table.c[name].type)])
        for i, name in enumerate(columns)
        if type(table.c[name].type) in _STORAGE
    ]
    values = []
    for row in rows:
        value = list(row.values())
        for i, convert in converters:
            if value[i] is not None:
                value[i] = convert(value[i])
        values.append(tuple(value))
    connection.exec_driver_sql(sql, values)


_STORAGE: dict[type, Callable[[Any], Any]] = {
    DateTime: lambda v: v.isoformat(" ", "microseconds"),
    Date: date.isoformat,
    Boolean: int,
    JSON: json.dumps,
}


class _FastRandom(random.Random):
    """random.Random with cheaper randint and choice; as deterministic for a given seed."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Any) -> Any:
        return seq[int(self.random() * len(seq))]


class _DemoMaker:
    """Makes the rows block by block; ids and the set of passports carry over between blocks."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        managers: list[int],
        first_client: int,
        first_case: int,
        first_item: int,
        first_stay: int,
        hosts: dict[str, int],
    ) -> None:
        self.rng = rng
        self.hosts = hosts  # host party ids by name
        self.today = today
        self.managers = managers
        self.next_client, self.next_case, self.next_item = first_client, first_case, first_item
        self.next_stay = first_stay
        self.arrivals: dict[int, date] = {}  # of each client's latest migration notification
        self.catalogue = catalogue_for(today)
        self.visa_free = load_visa_free()
        self.rows = _Rows()
        # The first twenty clients cover every service in every status; the rest are drawn.
        self.combos = [(service, status) for service in ServiceCode for status in CaseStatus]
        self.iin_cases: set[int] = set()  # clients with an IIN case, so none gets a second
        self.openings: dict[date, datetime] = {}
        self.passports: set[str] = set()
        self.iins: set[str] = set()
        self.citizenships = list(CITIZENSHIPS)
        self.weights = [w for _, w, _ in CITIZENSHIPS.values()]

    def make(self, count: int) -> _Rows:
        self.rows = _Rows()
        for _ in range(count):
            client_id = self.next_client
            self.next_client += 1
            manager = self.managers[client_id % len(self.managers)]
            client = self._client(client_id, manager)
            # The first combination this client may have (police registration: reciprocal).
            first = next(
                (i for i, (svc, _) in enumerate(self.combos) if self._suits(client, svc)), None
            )
            if client["citizenship"] != KAZAKHSTAN and first is not None:
                plan = [self.combos.pop(first)]
            else:
                plan = [
                    (self._draw(SERVICE_WEIGHTS), self._draw(STATUS_WEIGHTS))
                    for _ in range(self.rng.choice((0, 1, 1, 1, 2)))
                ]
            # An EDS first: it needs the IIN on file before it opens (an IIN case after it
            # becomes another service), so no EDS predates the IIN case that issued the IIN.
            plan.sort(key=lambda p: p[0] is not ServiceCode.EDS)
            for service, status in plan:
                self._case(client, manager, service, status)
            client.update(client_index(client))
            self.rows.clients.append(client)
            name = f"{client['surname']} {client['given_names']}"
            self._event(
                client["created_at"],
                manager,
                "client",
                client["id"],
                None,
                "create",
                None,
                None,
                name,
            )
            self._stays(client)
        return self.rows

    def _stays(self, client: dict[str, Any]) -> None:
        """The client's stays (demo_stays), each with the log line store.add_stay writes."""
        stays = demo_stays(
            client["id"],
            client["citizenship"],
            self.visa_free,
            self.today,
            arrival=self.arrivals.pop(client["id"], None),
        )
        for stay in stays:
            # Not self._moment: it draws from the demo's generator, moving every later value.
            opening = datetime.combine(stay["arrival"], time(9, 0)) - ALMATY_UTC_OFFSET
            at = max(client["created_at"], opening)
            stay.update(id=self.next_stay, created_at=at, updated_at=at)
            self.next_stay += 1
            self.rows.stays.append(stay)
            self._event(
                at,
                client["manager_id"],
                STAY_ENTITY,
                stay["id"],
                None,
                "create",
                "client",
                None,
                str(client["id"]),
            )

    def _suits(self, client: dict[str, Any], service: ServiceCode) -> bool:
        try:
            check_eligible(service, client["citizenship"], self.visa_free)
        except RuleViolation:
            return False
        return True

    def _draw(self, weights: dict[Any, int]) -> Any:
        return self.rng.choices(tuple(weights), tuple(weights.values()))[0]

    # --- clients ----------------------------------------------------------------------------

    def _client(self, client_id: int, manager: int) -> dict[str, Any]:
        rng = self.rng
        citizenship = rng.choices(self.citizenships, self.weights)[0]
        family, _, cyrillic_share = CITIZENSHIPS[citizenship]
        males, females, surnames = NAMES[family]
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        given = rng.choice(males if sex is Sex.MALE else females)
        surname = rng.choice(surnames)
        if sex is Sex.FEMALE and family in GENDERED:
            surname = (surname[0] + "a", surname[1] + "а")
        birth = self.today - timedelta(days=rng.randint(22 * 365, 65 * 365))
        issued = self.today - timedelta(days=rng.randint(30, 9 * 365))
        # A few passports run out soon, so the deadline rules have something to warn about.
        expiry = issued + timedelta(days=10 * 365 - 3)
        if rng.random() < 0.05:
            expiry = self.today + timedelta(days=rng.randint(10, 170))
        employer = rng.choice(EMPLOYERS)
        values: dict[str, Any] = {
            # Values already in the form check_client gives (tests hold the demo to it).
            "surname": surname[0].upper() if rng.random() < 0.2 else surname[0],
            "given_names": given[0],
            "birth_date": birth,
            "sex": sex.value,
            "citizenship": citizenship,
            "passport_number": self._passport(),
            "passport_issued": issued,
            "passport_authority": AUTHORITIES.get(citizenship, "Ministry of Foreign Affairs"),
            "passport_expiry": max(expiry, issued + timedelta(days=1)),
            "phone": f"+77{rng.choice('0045678')}{rng.randint(0, 9)}{rng.randrange(10**7):07d}",
            "email": _email(given[0], surname[0], employer),
            "employer": employer,
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 80)}, apt {rng.randint(1, 250)}, "
            "Astana",
        }
        cyrillic = rng.random() < cyrillic_share
        values["surname_cyr"] = surname[1] if cyrillic else None
        values["given_names_cyr"] = given[1] if cyrillic else None
        values["patronymic"] = None
        patronymics = PATRONYMICS.get(family)
        # Taken by the client's number, not drawn: the demo's other draws stay as they were.
        if cyrillic and patronymics:
            choices = patronymics[0] if sex is Sex.MALE else patronymics[1]
            values["patronymic"] = choices[client_id % len(choices)]
        created = datetime.combine(
            self.today - timedelta(days=WEEKS * 7 + rng.randint(0, 400)), time(4, 0)
        )
        row = {
            "id": client_id,
            **values,
            "iin": None,
            "notes": None,
            "manager_id": manager,
            "created_at": created,
            "updated_at": created,
        }
        if citizenship == KAZAKHSTAN:
            row["iin"] = self._iin_for(row)  # a citizen has one from birth
        return row

    def _passport(self) -> str:
        rng = self.rng
        while True:
            number = "".join(rng.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=2)) + str(
                rng.randint(1000000, 9999999)
            )
            if number not in self.passports:
                self.passports.add(number)
                return number

    def _iin_for(self, client: dict[str, Any]) -> str:
        birth: date = client["birth_date"]
        century = 3 if birth.year < 2000 else 5
        digit7 = century + (1 if client["sex"] == Sex.FEMALE.value else 0)
        while True:
            first11 = f"{birth:%y%m%d}{digit7}{self.rng.randint(0, 9999):04d}"
            check = iin_check_digit(first11)
            if check is not None and first11 + str(check) not in self.iins:
                iin = first11 + str(check)
                self.iins.add(iin)
                return iin

    # --- cases ------------------------------------------------------------------------------

    def _case(
        self, client: dict[str, Any], manager: int, service: ServiceCode, status: CaseStatus
    ) -> None:
        rng = self.rng
        if client["citizenship"] == KAZAKHSTAN:
            # A citizen has had an IIN since birth and is no foreigner: only the EDS is theirs.
            service = ServiceCode.EDS
        elif not self._suits(client, service):
            service = ServiceCode.MIGRATION_NOTIFICATION  # the host party registers them
        elif service is ServiceCode.IIN and (
            client["iin"] is not None or client["id"] in self.iin_cases
        ):
            service = ServiceCode.MIGRATION_NOTIFICATION  # one IIN a person
        if service is ServiceCode.IIN:
            self.iin_cases.add(client["id"])
        if service is ServiceCode.EDS and client["iin"] is None:
            client["iin"] = self._iin_for(client)  # an IIN obtained before the demo's weeks
        spec = self.catalogue.service(service)
        # Work in hand is recent, as in a real office; closed cases spread over the weeks.
        opened = self.today - timedelta(
            days=rng.randint(0, _RECENT_DAYS.get(status, WEEKS * 7 - 1))
        )
        typed = self._answers(spec, client, opened)  # already typed as validate_answers gives
        case_id = self.next_case
        self.next_case += 1
        submitted = closed = None
        if status in (CaseStatus.SUBMITTED, CaseStatus.COMPLETED, CaseStatus.REFUSED):
            submitted = min(opened + timedelta(days=rng.randint(0, 4)), self.today)
        if status in (CaseStatus.COMPLETED, CaseStatus.REFUSED):
            closed = min(submitted + timedelta(days=rng.randint(1, 6)), self.today)
        if status is CaseStatus.CANCELLED:
            closed = min(opened + timedelta(days=rng.randint(1, 10)), self.today)
        outcome = rng.choice(REFUSALS) if status is CaseStatus.REFUSED else None
        if status is CaseStatus.COMPLETED and service is ServiceCode.IIN:
            client["iin"] = outcome = self._iin_for(client)
        number = f"{CASE_PREFIX[service]}-{opened.year}-{case_id:05d}"
        at = self._moment(opened)
        self.rows.cases.append(
            {
                "id": case_id,
                "number": number,
                "client_id": client["id"],
                "service": service.value,
                "checklist_version": self.catalogue.version,
                "channel": typed.get("channel"),
                "representative": bool(typed.get("representative")),
                "manager_id": manager,
                "status": status.value,
                "opened_on": opened,
                "submitted_on": submitted,
                "closed_on": closed,
                "arrival_date": typed.get("arrival_date"),
                "answers": {k: as_text(v) if isinstance(v, date) else v for k, v in typed.items()},
                "outcome": outcome,
                "created_at": at,
                "updated_at": at,
            }
        )
        self._event(at, manager, "case", case_id, case_id, "create", None, None, number)
        if arrival := typed.get("arrival_date"):
            # The entry the client's stays begin with, so the letter has what it notifies.
            self.arrivals[client["id"]] = max(arrival, self.arrivals.get(client["id"], arrival))
        self._items(spec, typed, case_id, manager, status, opened, submitted or closed)
        previous = CaseStatus.OPEN
        for new, on in ((CaseStatus.SUBMITTED, submitted), (status, closed)):
            if on is not None and new is not previous:
                self._event(
                    self._moment(on),
                    manager,
                    "case",
                    case_id,
                    case_id,
                    "status",
                    "status",
                    previous.value,
                    new.value,
                )
                previous = new

    def _answers(self, spec: ServiceSpec, client: dict[str, Any], opened: date) -> dict[str, Any]:
        rng = self.rng
        match spec.code:
            case ServiceCode.IIN:
                channel = rng.choices(
                    (
                        "expat_centre",
                        "government_for_citizens",
                        "egov_portal",
                        "diplomatic_mission",
                    ),
                    (6, 2, 1, 1),
                )[0]
                answers: dict[str, Any] = {"channel": channel, "representative": rng.random() < 0.3}
                if channel == "diplomatic_mission":
                    answers["mission"] = rng.choice(spec.option("mission").choice_codes())
                return answers
            case ServiceCode.EDS:
                return {
                    **derived_answers(spec.code, client["citizenship"], self.visa_free),
                    "representative": rng.random() < 0.2,
                }
            case ServiceCode.MIGRATION_NOTIFICATION:
                return {
                    "arrival_date": opened - timedelta(days=rng.randint(0, 2)),
                    "host_party": self.hosts[
                        client["employer"] if rng.random() < 0.7 else rng.choice(HOSTS)
                    ],
                    "channel": rng.choices(
                        ("expat_centre", "visa_migration_portal", "migration_authority"), (6, 3, 1)
                    )[0],
                }
            case ServiceCode.POLICE_REGISTRATION:
                purpose = rng.choice(("employment_contract", "expert_agreement", "private_visit"))
                # A private visit is registered for 90 days at most, the first day counted.
                days = rng.randint(20, 89) if purpose == "private_visit" else rng.randint(180, 720)
                entered = {"entry_date": opened - timedelta(days=rng.randint(0, 20))}
                return {
                    **derived_answers(spec.code, client["citizenship"], self.visa_free),
                    **(entered if "entry_date" in {o.name for o in spec.options} else {}),
                    "inviting_party": client["employer"],
                    "purpose": purpose,
                    "stay_until": opened + timedelta(days=days),
                }
            case ServiceCode.LOSS_OF_PASSPORT:
                return {
                    "place_of_loss": rng.choice(PLACES),
                    "date_of_loss": opened - timedelta(days=rng.randint(0, 3)),
                }
        raise AssertionError(spec.code)

    def _items(
        self,
        spec: ServiceSpec,
        typed: dict[str, Any],
        case_id: int,
        manager: int,
        status: CaseStatus,
        opened: date,
        finished: date | None,
    ) -> None:
        rng = self.rng
        last = opened
        stop = rng.random()
        for position, item in enumerate(spec.checklist(typed)):
            state = ItemState.MISSING
            if status in (CaseStatus.SUBMITTED, CaseStatus.COMPLETED, CaseStatus.REFUSED):
                state = ItemState.VERIFIED if rng.random() < 0.6 else ItemState.RECEIVED
                if not item.required:
                    state = rng.choice((ItemState.NOT_APPLICABLE, ItemState.RECEIVED))
            # An open or cancelled case is part-way through; an EDS's IIN is on file from the
            # start, as Store.open_case records it.
            elif position / 4 < stop or item.code == "eds.iin":
                state = rng.choice((ItemState.RECEIVED, ItemState.VERIFIED))
            on = None
            if state in (ItemState.RECEIVED, ItemState.VERIFIED):
                latest = min(finished or self.today, self.today)
                on = min(last + timedelta(days=rng.randint(0, 2)), latest)
                if spec.sequential:
                    last = on
            item_id = self.next_item
            self.next_item += 1
            self.rows.items.append(
                {
                    "id": item_id,
                    "case_id": case_id,
                    "position": position,
                    "code": item.code,
                    "title_en": item.title["en"],
                    "title_ru": item.title["ru"],
                    "title_kk": item.title["kk"],
                    "required": item.required,
                    "state": state.value,
                    "state_date": on,
                    "note": None,
                    "file_path": None,
                    "file_sha256": None,
                }
            )
            if on is not None:
                self._event(
                    self._moment(on),
                    manager,
                    "item",
                    item_id,
                    case_id,
                    "update",
                    "state",
                    ItemState.MISSING.value,
                    state.value,
                )

    def _moment(self, day: date) -> datetime:
        """A time in office hours in Astana, stored as UTC like every event."""
        opening = self.openings.get(day)
        if opening is None:
            opening = self.openings[day] = datetime.combine(day, time(9, 0)) - ALMATY_UTC_OFFSET
        return opening + timedelta(minutes=self.rng.randint(0, 540))

    def _event(
        self,
        at: datetime,
        manager: int,
        entity: str,
        entity_id: int,
        case_id: int | None,
        action: str,
        field_name: str | None,
        old: str | None,
        new: str | None,
    ) -> None:
        self.rows.events.append(
            {
                "at": at,
                "manager_id": manager,
                "entity": entity,
                "entity_id": entity_id,
                "case_id": case_id,
                "action": action,
                "field": field_name,
                "old": old,
                "new": new,
            }
        )


def _email(given: str, surname: str, employer: str) -> str:
    def ascii_word(text: str) -> str:
        return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalpha())

    domain = ascii_word(employer.split()[0]) + ".kz"
    return f"{ascii_word(given)}.{ascii_word(surname)}@{domain}"
