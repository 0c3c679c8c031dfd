"""Control characters kept through the store (issue 15, item 12): a NUL in a checklist note
was stored (readers in C stop there), an escape in the centre's name printed by every
command. Refused, by field; a note's line breaks and tabs are kept."""

from typing import Any

import pytest

from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store

IIN = {"channel": "expat_centre", "representative": False}


@pytest.mark.parametrize("note", ["seen\x00 original", "seen\x1b[2J", "seen \u202eoriginal"])
def test_a_note_with_a_control_character_is_refused_and_nothing_stored(
    store: Store, client: Any, note: str
) -> None:
    case = store.open_case(client.id, "iin", IIN)
    first = case.items[0]
    with pytest.raises(ValidationError) as caught:
        store.set_item_note(first.id, note)
    assert caught.value.errors == {"note": "contains a control character"}
    with pytest.raises(ValidationError):
        store.set_item_state(first.id, "received", note=note)
    again = next(i for i in store.get_case(case.id).items if i.id == first.id)
    assert (again.note, again.state) == (None, "missing")


def test_a_note_keeps_its_lines_and_tabs(store: Store, client: Any) -> None:
    first = store.open_case(client.id, "iin", IIN).items[0]
    assert (
        store.set_item_note(first.id, "Copy seen\r\n\tnotarised").note == "Copy seen\n\tnotarised"
    )


def test_the_centres_name_with_an_escape_is_refused(store: Store) -> None:
    before = store.centre_details()
    with pytest.raises(ValidationError) as caught:
        store.set_centre_details({**vars(before), "name": "Centre\x1b[2J\x07"})
    assert set(caught.value.errors) == {"name"}
    assert store.centre_details() == before
