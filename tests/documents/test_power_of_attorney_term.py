"""The power of attorney's lapse is watched on the term printed on the filed paper."""

from collections.abc import Callable
from datetime import date
from typing import Any

from expat_desk.documents.generate import generate
from expat_desk.domain.deadlines import DeadlineKind, case_deadlines
from expat_desk.store import Store


def lapse(store: Store, case_id: int) -> date:
    [facts] = [f for f in store.deadline_facts() if f.case_id == case_id]
    deadlines = case_deadlines(facts, store.business_calendar(), store.target_days())
    [found] = [d.due for d in deadlines if d.kind is DeadlineKind.POWER_OF_ATTORNEY_LAPSES]
    return found


def receive_power(store: Store, case: Any) -> None:
    [item] = [i for i in case.items if i.code == "iin.power_of_attorney"]
    store.set_item_state(item.id, "received", on=date(2026, 11, 25))


def test_the_term_printed_is_the_one_watched(
    centre_store: Store, make_case: Callable[..., Any], attorney_inputs: dict[str, Any]
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    generate(
        centre_store,
        case.id,
        "power-of-attorney",
        "ru,en",
        {**attorney_inputs, "term_until": "2028-06-30"},
    )
    receive_power(centre_store, case)
    assert lapse(centre_store, case.id) == date(2028, 6, 30)

    # Printed again with a shorter term: the paper filed last is the one that counts.
    generate(
        centre_store,
        case.id,
        "power-of-attorney",
        "ru",
        {**attorney_inputs, "term_until": "2027-03-01"},
    )
    assert lapse(centre_store, case.id) == date(2027, 3, 1)


def test_a_power_brought_from_elsewhere_lapses_after_the_civil_codes_year(
    centre_store: Store, make_case: Callable[..., Any]
) -> None:
    case = make_case("iin", channel="expat_centre", representative=True)
    receive_power(centre_store, case)
    assert lapse(centre_store, case.id) == date(2027, 11, 25)
