"""Clients in the store: what is kept, what is refused, what the history says, how search finds."""

import functools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from expat_desk.domain.client import CLIENT_FIELDS
from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store
from expat_desk.store.errors import NotFound
from expat_desk.store.store import CLIENT_SORT

TODAY = date(2026, 11, 25)


def client_fields(client: Any) -> dict[str, Any]:
    return {name: getattr(client, name) for name in CLIENT_FIELDS}


def client_events(store: Store, client_id: int) -> list[Any]:
    return [e for e in store.client_history(client_id) if e.action == "update"]


# --- storing ------------------------------------------------------------------------------


def test_every_field_comes_back_as_typed(store: Store, make_iin: Callable[..., str]) -> None:
    iin = make_iin(date(1990, 4, 2), female=True, serial=417)
    values = {
        "surname": "Kassymova",
        "given_names": "Aigerim Nurlanqyzy",
        "surname_cyr": "Қасымова",
        "given_names_cyr": "Айгерім Нұрланқызы",
        "patronymic": "Нұрланқызы",
        "birth_date": date(1990, 4, 2),
        "sex": "F",
        "citizenship": "KAZ",
        "passport_number": "N12345678",
        "passport_issued": date(2019, 6, 1),
        "passport_authority": "МВД РК",
        "passport_expiry": date(2029, 5, 31),
        "iin": iin,
        "phone": "+7 701 234 56 78",
        "email": "aigerim.kassymova@nomad.kz",
        "employer": "Nomad Fintech Ltd",
        "address": "Mangilik El Ave 55/20, apt 4, Astana",
        "notes": "Prefers Kazakh.\nCalls after 18:00.",
    }
    client, warnings = store.add_client(values)
    assert warnings == []
    stored = store.get_client(client.id)
    expected = {**values, "phone": "+77012345678"}  # phone kept as + and digits only
    assert client_fields(stored) == expected
    for name in ("birth_date", "passport_issued", "passport_expiry"):
        value = getattr(stored, name)
        assert type(value) is date, name
    assert stored.manager_id == store.manager_id
    assert stored.full_name == "Kassymova Aigerim Nurlanqyzy"
    assert stored.full_name_cyr == "Қасымова Айгерім Нұрланқызы"


def test_only_required_fields_and_blank_optional_ones(store: Store) -> None:
    client, _ = store.add_client(
        {
            "surname": "  O'Connor ",
            "birth_date": "1979-12-01",
            "citizenship": "irl",
            "passport_number": "pa 123 4567",
            "given_names": "",
            "email": "   ",
        }
    )
    stored = store.get_client(client.id)
    assert stored.surname == "O'Connor"
    assert stored.birth_date == date(1979, 12, 1)
    assert stored.citizenship == "IRL"
    assert stored.passport_number == "PA1234567"
    assert stored.sex == "X"  # unspecified, as ICAO writes it
    for name in ("given_names", "surname_cyr", "iin", "phone", "email", "notes"):
        assert getattr(stored, name) is None, name


def test_invalid_client_names_every_bad_field_and_stores_nothing(
    store: Store, rows: Callable[[str], int]
) -> None:
    events_before = rows("events")
    with pytest.raises(ValidationError) as caught:
        store.add_client(
            {
                "surname": "Smith2",
                "given_names": "John",
                "surname_cyr": "Smith",  # Latin letters in the Cyrillic field
                "birth_date": "14.03.1985",
                "citizenship": "XXX",
                "passport_number": "A-1",
                "email": "john.smith",
                "phone": "call me",
                "iin": "123",
                "favourite_colour": "blue",
            }
        )
    assert set(caught.value.errors) == {
        "surname",
        "surname_cyr",
        "birth_date",
        "citizenship",
        "passport_number",
        "email",
        "phone",
        "iin",
        "favourite_colour",
    }
    assert store.count_clients() == 0
    assert rows("clients") == 0
    assert rows("events") == events_before


def test_missing_required_fields_are_named(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        store.add_client({"given_names": "John"})
    assert set(caught.value.errors) == {"surname", "birth_date", "citizenship", "passport_number"}
    assert store.count_clients() == 0


def test_birth_date_in_the_future_is_refused(store: Store, client_values: Callable) -> None:
    with pytest.raises(ValidationError) as caught:
        store.add_client(client_values(birth_date=TODAY + timedelta(days=1)))
    assert set(caught.value.errors) == {"birth_date"}
    assert store.count_clients() == 0


def test_duplicate_passport_of_the_same_country_is_refused(
    store: Store, new_client: Callable, client_values: Callable, rows: Callable[[str], int]
) -> None:
    first = new_client(surname="Brown", given_names="Laura", passport_number="GB7654321")
    events_before = rows("events")
    with pytest.raises(ValidationError) as caught:
        # Typed differently, the same number.
        store.add_client(client_values(surname="Green", passport_number="gb 765 4321"))
    message = caught.value.errors["passport_number"]
    assert f"#{first.id}" in message
    assert "Brown Laura" in message
    assert store.count_clients() == 1
    assert rows("events") == events_before


def test_same_passport_number_of_another_country_is_allowed(
    store: Store, new_client: Callable
) -> None:
    new_client(citizenship="GBR", passport_number="123456789")
    other = new_client(surname="Weber", citizenship="DEU", passport_number="123456789")
    assert store.get_client(other.id).passport_number == "123456789"
    assert store.count_clients() == 2


def test_duplicate_iin_is_refused(
    store: Store, new_client: Callable, client_values: Callable, make_iin: Callable
) -> None:
    iin = make_iin(date(1985, 3, 14))
    first = new_client(surname="Taylor", given_names="Grace", iin=iin)
    with pytest.raises(ValidationError) as caught:
        store.add_client(client_values(surname="Walker", iin=iin))
    assert set(caught.value.errors) == {"iin"}
    assert f"#{first.id}" in caught.value.errors["iin"]
    assert "Taylor Grace" in caught.value.errors["iin"]
    assert store.count_clients() == 1


def test_update_cannot_take_another_clients_passport_or_iin(
    store: Store, new_client: Callable, make_iin: Callable
) -> None:
    iin = make_iin(date(1985, 3, 14))
    new_client(surname="Clarke", passport_number="GB1111111", iin=iin)
    second = new_client(surname="Wright", passport_number="GB2222222")
    with pytest.raises(ValidationError) as caught:
        store.update_client(second.id, {"passport_number": "GB1111111", "iin": iin})
    assert set(caught.value.errors) == {"passport_number", "iin"}
    assert "Clarke" in caught.value.errors["passport_number"]
    stored = store.get_client(second.id)
    assert (stored.passport_number, stored.iin) == ("GB2222222", None)
    assert client_events(store, second.id) == []


def test_iin_that_does_not_match_the_birth_date_warns_but_saves(
    store: Store, client_values: Callable, make_iin: Callable
) -> None:
    iin = make_iin(date(1990, 1, 15))  # a man born 15 January 1990
    client, warnings = store.add_client(client_values(birth_date=date(1985, 3, 14), iin=iin))
    assert len(warnings) == 1
    assert "1990-01-15" in warnings[0]
    assert "1985-03-14" in warnings[0]
    assert store.get_client(client.id).iin == iin


def test_iin_that_matches_gives_no_warning(
    store: Store, client_values: Callable, make_iin: Callable
) -> None:
    _, warnings = store.add_client(
        client_values(birth_date=date(2001, 2, 3), sex="F", iin=make_iin(date(2001, 2, 3), True))
    )
    assert warnings == []


def test_unknown_client(store: Store) -> None:
    with pytest.raises(NotFound):
        store.get_client(999)
    with pytest.raises(NotFound):
        store.update_client(999, {"phone": "+77010000000"})


# --- updating and its history -------------------------------------------------------------


def test_update_logs_each_changed_field_with_old_new_and_manager(
    store: Store, new_client: Callable
) -> None:
    client = new_client(phone="+77011112233", employer="Nomad Fintech Ltd")
    other_manager = store.add_manager("Madina Karimova")
    store.manager_id = other_manager.id
    updated, warnings = store.update_client(
        client.id,
        {
            "phone": "8 702 555 66 77",
            "employer": "Steppe Capital Partners",
            "passport_expiry": "2031-01-31",
            "surname": "Smith",  # unchanged
        },
    )
    assert warnings == []
    events = client_events(store, client.id)
    assert {(e.field, e.old, e.new) for e in events} == {
        ("phone", "+77011112233", "+77025556677"),
        ("employer", "Nomad Fintech Ltd", "Steppe Capital Partners"),
        ("passport_expiry", None, "2031-01-31"),
    }
    assert len(events) == 3
    assert all(e.manager_id == other_manager.id and e.entity == "client" for e in events)
    stored = store.get_client(client.id)
    assert stored.phone == "+77025556677"
    assert stored.passport_expiry == date(2031, 1, 31)
    assert stored.employer == updated.employer == "Steppe Capital Partners"
    # The client stays with the manager who registered them.
    assert stored.manager_id != other_manager.id


def test_update_without_a_change_logs_nothing(store: Store, new_client: Callable) -> None:
    client = new_client(phone="+77011112233", birth_date=date(1985, 3, 14))
    before = store.get_client(client.id)
    store.update_client(
        client.id,
        # The same values, typed as a manager might.
        {"phone": "8 701 111 22 33", "birth_date": "1985-03-14", "surname": " Smith "},
    )
    assert client_events(store, client.id) == []
    assert store.get_client(client.id).updated_at == before.updated_at


def test_clearing_a_field_is_logged(store: Store, new_client: Callable) -> None:
    client = new_client(email="john@example.com")
    store.update_client(client.id, {"email": ""})
    assert store.get_client(client.id).email is None
    [event] = client_events(store, client.id)
    assert (event.field, event.old, event.new) == ("email", "john@example.com", None)


def test_invalid_update_changes_nothing(store: Store, new_client: Callable) -> None:
    client = new_client(employer="AIFC Court")
    with pytest.raises(ValidationError) as caught:
        store.update_client(client.id, {"employer": "Tengri Analytics", "email": "not-an-email"})
    assert set(caught.value.errors) == {"email"}
    assert store.get_client(client.id).employer == "AIFC Court"
    assert client_events(store, client.id) == []


def test_update_with_a_mismatching_iin_warns_and_saves(
    store: Store, new_client: Callable, make_iin: Callable
) -> None:
    client = new_client(birth_date=date(1985, 3, 14))
    iin = make_iin(date(1986, 3, 14))
    _, warnings = store.update_client(client.id, {"iin": iin})
    assert any("1986-03-14" in w for w in warnings)
    assert store.get_client(client.id).iin == iin


def test_client_history_starts_with_the_creation(store: Store, new_client: Callable) -> None:
    client = new_client(surname="Miller", given_names="Anna")
    store.update_client(client.id, {"given_names": "Anna Maria"})
    history = store.client_history(client.id)
    assert [(e.action, e.field) for e in history] == [("create", None), ("update", "given_names")]
    assert history[0].new == "Miller Anna"
    assert (history[1].old, history[1].new) == ("Anna", "Anna Maria")


# --- search -------------------------------------------------------------------------------


@pytest.fixture
def people(store: Store, new_client: Callable, make_iin: Callable) -> dict[str, int]:
    """A small register: name -> id."""
    specs = {
        "alena": dict(
            surname="Ivanova",
            given_names="Alena",
            surname_cyr="Иванова",
            given_names_cyr="Алёна",
            sex="F",
            citizenship="RUS",
            passport_number="751234567",
            phone="+7 701 234 56 78",
            employer="Caspian Energy Consulting",
        ),
        "muller": dict(
            surname="MÜLLER",
            given_names="Lukas",
            surname_cyr="Мюллер",
            citizenship="DEU",
            passport_number="C01X00T47",
            phone="+49 30 1234567",
            employer="Steppe Capital Partners",
            email="lukas_mueller@steppe.kz",
        ),
        "kassymov": dict(
            surname="Kassymov",
            given_names="Askar",
            surname_cyr="Қасымов",
            given_names_cyr="Асқар",
            citizenship="KAZ",
            passport_number="N98765432",
            iin=make_iin(date(1985, 3, 14), serial=2024),
            phone="+7 777 000 11 22",
            employer="Caspian Energy Consulting",
        ),
        "smith": dict(
            surname="Smith",
            given_names="Anna",
            sex="F",
            citizenship="GBR",
            passport_number="GB5550001",
            phone="+44 20 7946 0958",
            employer="AIFC Court",
            email="anna%smith@aifc.kz",
        ),
    }
    return {name: new_client(**values).id for name, values in specs.items()}


def found(store: Store, query: str) -> set[int]:
    result = {c.id for c in store.search_clients(query)}
    assert store.count_clients(query) == len(result)
    return result


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("ivanova", {"alena"}),
        ("IVANOVA", {"alena"}),
        ("алена", {"alena"}),  # ё typed as е
        ("АЛЁНА", {"alena"}),
        ("иванова", {"alena"}),
        ("muller", {"muller"}),  # the umlaut need not be typed
        ("Müller", {"muller"}),
        ("мюллер", {"muller"}),
        ("қасымов", {"kassymov"}),
        ("ҚАСЫМОВ", {"kassymov"}),
        ("асқар", {"kassymov"}),
        ("n98765432", {"kassymov"}),
        ("c01x00", {"muller"}),
        ("caspian", {"alena", "kassymov"}),
        ("aifc court", {"smith"}),
        ("anna", {"smith"}),  # Ivanova's given names are Alena
        ("nobody", set()),
    ],
)
def test_search_finds_in_any_script_and_case(
    store: Store, people: dict[str, int], query: str, who: set[str]
) -> None:
    assert found(store, query) == {people[name] for name in who}


def test_search_by_iin(store: Store, people: dict[str, int]) -> None:
    iin = store.get_client(people["kassymov"]).iin
    assert iin is not None
    assert found(store, iin) == {people["kassymov"]}
    assert found(store, iin[:8]) == {people["kassymov"]}


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("701 234", {"alena"}),
        ("234-56-78", {"alena"}),
        ("+7 701 234 56 78", {"alena"}),
        ("(777) 000", {"kassymov"}),
        ("7946 0958", {"smith"}),
    ],
)
def test_search_by_part_of_a_phone_typed_with_spaces(
    store: Store, people: dict[str, int], query: str, who: set[str]
) -> None:
    assert found(store, query) == {people[name] for name in who}


def test_search_by_a_whole_local_phone_number(store: Store, people: dict[str, int]) -> None:
    assert found(store, "8 701 234 56 78") == {people["alena"]}


def test_search_finds_letters_without_accents_typed_in_ascii(
    store: Store, new_client: Callable
) -> None:
    yilmaz = new_client(surname="Yılmaz", given_names="Ayşe", citizenship="TUR")
    orsted = new_client(surname="Ørsted", given_names="Mads", citizenship="DNK")
    walesa = new_client(surname="Wałęsa", given_names="Łucja", citizenship="POL")
    assert found(store, "yilmaz ayse") == {yilmaz.id}
    assert found(store, "orsted") == {orsted.id}
    assert found(store, "walesa lucja") == {walesa.id}


def test_every_word_of_the_query_must_match(store: Store, people: dict[str, int]) -> None:
    assert found(store, "caspian askar") == {people["kassymov"]}
    assert found(store, "Askar   Kassymov") == {people["kassymov"]}
    assert found(store, "caspian lukas") == set()


def test_percent_and_underscore_are_literal(store: Store, people: dict[str, int]) -> None:
    assert found(store, "%") == {people["smith"]}
    assert found(store, "anna%smith") == {people["smith"]}
    assert found(store, "a%s") == {people["smith"]}
    assert found(store, "_") == {people["muller"]}
    assert found(store, "lukas_m") == {people["muller"]}
    assert found(store, "s_e") == set()  # "_" is not "any one letter"


def test_search_follows_an_update(store: Store, people: dict[str, int]) -> None:
    store.update_client(people["smith"], {"employer": "Tengri Analytics"})
    assert found(store, "tengri") == {people["smith"]}
    assert found(store, "aifc court") == set()


def test_empty_query_finds_everyone(store: Store, people: dict[str, int]) -> None:
    assert found(store, "") == set(people.values())
    assert found(store, "   ") == set(people.values())


def test_search_by_manager(store: Store, people: dict[str, int], client_values: Callable) -> None:
    other = store.add_manager("Daniyar Abenov")
    theirs, _ = store.add_client(client_values(surname="Weber"), manager_id=other.id)
    assert {c.id for c in store.search_clients(manager_id=other.id)} == {theirs.id}
    assert store.count_clients(manager_id=store.manager_id) == len(people)


# --- sorting and paging -------------------------------------------------------------------


def _blank(value: Any) -> Any:
    """A value that may be blank; blanks sort after every value, in either direction."""
    return value


# Each key as a manager expects the column to sort: names alphabetically whatever the case,
# empty values first.
SORT_KEYS: dict[str, Callable[[Any], tuple]] = {
    "name": lambda c: (c.surname.casefold(), _blank(c.given_names and c.given_names.lower())),
    "name_cyr": lambda c: (
        _blank(c.surname_cyr and c.surname_cyr.casefold()),
        _blank(c.given_names_cyr and c.given_names_cyr.casefold()),
    ),
    "citizenship": lambda c: (c.citizenship,),
    "birth_date": lambda c: (c.birth_date,),
    "passport": lambda c: (c.passport_number,),
    "iin": lambda c: (_blank(c.iin),),
    "phone": lambda c: (_blank(c.phone),),
    "employer": lambda c: (_blank(c.employer),),
    "created": lambda c: (c.created_at,),
}


@pytest.fixture
def register(store: Store, client_values: Callable, make_iin: Callable) -> list[Any]:
    """Twelve clients with ties and gaps in every sortable column, created out of order."""
    specs = [
        ("SMITH", "JOHN", "Смит", "Джон", "GBR", date(1985, 3, 14), "+77011110001", "AIFC Court"),
        ("smith", "Anna", None, None, "USA", date(1990, 7, 1), None, None),
        ("Brown", None, "Браун", None, "GBR", date(1985, 3, 14), "+77011110003", "Tengri"),
        ("Ivanov", "Ivan", "Иванов", "Иван", "RUS", date(1970, 1, 1), "+77011110004", "Tengri"),
        ("Abenov", "Daniyar", "Абенов", "Данияр", "KGZ", date(2000, 12, 31), None, "AIFC Court"),
        ("Zhang", "Wei", "Чжан", "Вэй", "CHN", date(1995, 5, 5), "+8613800138000", "Baiterek"),
        ("Popov", "Sergei", "Попов", "Сергей", "RUS", date(1988, 8, 8), "+77011110007", None),
        ("Kim", "Minjun", "Ким", "Минджун", "KOR", date(1992, 2, 2), "+821012345678", "Tengri"),
        ("Smith", "Zoe", None, None, "AUS", date(1999, 9, 9), "+61412345678", "Baiterek"),
        ("Lee", "Hana", "Ли", "Хана", "KOR", date(1979, 4, 4), None, "AIFC Court"),
        ("Miller", "James", "Миллер", "Джеймс", "CAN", date(1983, 6, 6), "+14165551234", None),
        ("Dubois", "Pierre", "Дюбуа", "Пьер", "FRA", date(1975, 11, 11), "+33612345678", "Tengri"),
    ]
    # Created at times that are not in the order of their ids, two at the same moment.
    moments = [5, 3, 9, 1, 3, 7, 11, 0, 2, 8, 6, 4]
    clients = []
    for i, (sur, given, sur_cyr, given_cyr, country, birth, phone, employer) in enumerate(specs):
        store.now = lambda i=i: datetime(2026, 11, 1, 9, 0) + timedelta(hours=moments[i])
        values = client_values(
            surname=sur,
            given_names=given,
            surname_cyr=sur_cyr,
            given_names_cyr=given_cyr,
            citizenship=country,
            birth_date=birth,
            phone=phone,
            employer=employer,
            passport_number=f"P{(7 * i) % 12:02d}0000{i}",
        )
        if i % 3 == 0:
            values["iin"] = make_iin(birth, serial=100 - i)
        client, _ = store.add_client(values)
        clients.append(store.get_client(client.id))
    return clients


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
def test_sorting_by_each_key(
    store: Store, register: list[Any], sort: str, descending: bool
) -> None:
    key = SORT_KEYS[sort]
    sign = -1 if descending else 1

    def compare(a: Any, b: Any) -> int:
        for x, y in zip((*key(a), a.id), (*key(b), b.id), strict=True):
            if x == y:
                continue
            if x is None or y is None:
                return 1 if x is None else -1  # what is unknown goes last
            return sign if x > y else -sign
        return 0

    expected = sorted(register, key=functools.cmp_to_key(compare))
    result = store.search_clients(sort=sort, descending=descending)
    assert [c.id for c in result] == [c.id for c in expected]


def test_cyrillic_names_sort_in_alphabet_order(store: Store, new_client: Callable) -> None:
    # The Kazakh Cyrillic alphabet: А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л ...
    alphabetical = [
        "Абенова",
        "Ахметова",
        "АЯНОВА",
        "Ёлкина",
        "ЖАКУПОВА",
        "Каримова",
        "Қасымова",
        "Лебедева",
    ]
    ids = {}
    for surname_cyr in reversed(alphabetical):
        ids[surname_cyr] = new_client(surname="Test", surname_cyr=surname_cyr, sex="F").id
    result = store.search_clients(sort="name_cyr")
    assert [c.id for c in result] == [ids[name] for name in alphabetical]


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_citizenships_sort_in_the_order_given(
    store: Store, register: list[Any], descending: bool
) -> None:
    """The window sorts the countries by their names in its language: Russian puts Канада
    before Китай before Республика Корея, whatever their codes; paging keeps that order."""
    order = ["AUS", "GBR", "KGZ", "CAN", "CHN", "KOR", "RUS", "USA", "FRA"]  # as ru names them
    place = {code: n for n, code in enumerate(order)}
    sign = -1 if descending else 1
    expected = sorted(register, key=lambda c: (sign * place[c.citizenship], sign * c.id))
    whole = store.search_clients(sort="citizenship", descending=descending, citizenship_order=order)
    assert [c.id for c in whole] == [c.id for c in expected]
    pages = [
        store.search_clients(
            sort="citizenship",
            descending=descending,
            citizenship_order=order,
            limit=5,
            offset=offset,
        )
        for offset in (0, 5, 10)
    ]
    assert [c.id for page in pages for c in page] == [c.id for c in expected]


def test_every_sort_key_is_tested() -> None:
    assert set(SORT_KEYS) == set(CLIENT_SORT)


def test_unknown_sort_key_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="cannot sort"):
        store.search_clients(sort="shoe_size")


@pytest.mark.parametrize("sort", ["name", "birth_date", "created"])
def test_pages_put_together_are_the_whole_list(
    store: Store, register: list[Any], sort: str
) -> None:
    whole = [c.id for c in store.search_clients(sort=sort, descending=True)]
    assert len(whole) == len(register)
    pages = [
        [c.id for c in store.search_clients(sort=sort, descending=True, limit=5, offset=offset)]
        for offset in (0, 5, 10, 15)
    ]
    assert [len(p) for p in pages] == [5, 5, 2, 0]
    assert [i for page in pages for i in page] == whole


def test_paging_a_query_agrees_with_its_count(store: Store, register: list[Any]) -> None:
    query = "smith"
    expected = {c.id for c in register if c.surname.lower() == "smith"}
    assert store.count_clients(query) == len(expected) == 3
    first = store.search_clients(query, limit=2)
    rest = store.search_clients(query, limit=2, offset=2)
    assert len(first) == 2 and len(rest) == 1
    assert {c.id for c in first + rest} == expected
