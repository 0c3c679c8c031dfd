"""Erasing a client removes their personal data and files; the log keeps an anonymous line."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from expat_desk.store import Store
from expat_desk.store.attachments import attach_file, attachment_path
from expat_desk.store.drafts import Drafts
from expat_desk.store.erasure import ERASED, erase_client
from expat_desk.store.errors import NotFound


def dump(store: Store) -> str:
    """Every value of every table, as one text, to search for a trace of personal data."""
    with store.engine.connect() as connection:
        tables = [
            r[0]
            for r in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        ]
        return "\n".join(
            repr(row)
            for table in tables
            for row in connection.execute(text(f"SELECT * FROM {table}"))
        )


def test_erasing_leaves_no_trace_of_the_client_but_one_anonymous_line(
    store: Store, new_client: Callable[..., Any], tmp_path: Path
) -> None:
    client = new_client(surname="Erasable", passport_number="ER1234567", phone="+77011234567")
    kept = new_client(surname="Keeper")
    store.update_client(client.id, {"employer": "Secret Employer LLP"})
    case = store.open_case(client.id, "iin", {"channel": "egov_portal"})
    store.set_item_note(case.items[0].id, "met Erasable at the office")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF passport of Erasable")
    item = attach_file(store, case.items[1].id, scan)
    path = attachment_path(store, item)
    assert path is not None and path.exists()
    drafts = Drafts(store.path)
    drafts.save("client-form", {"client_id": client.id, "values": {"notes": "Erasable's visa"}})

    erased = erase_client(store, client.id)

    assert (erased.cases, erased.files_deleted, erased.files_left) == (1, 1, ())
    assert not path.exists()
    assert drafts.load("client-form") is None
    everything = dump(store)
    for trace in ("Erasable", "ER1234567", "7011234567", "Secret Employer", case.number):
        assert trace not in everything, trace
    assert "Keeper" in everything
    with pytest.raises(NotFound):
        store.get_client(client.id)
    assert [c.id for c in store.search_clients()] == [kept.id]
    last = store.history("client", client.id)[-1]
    assert (last.action, last.field, last.new) == ("erase", "cases", "1")
    assert {e.new for e in store.history("client", client.id)[:-1]} <= {ERASED, None}


def test_the_log_still_refuses_any_other_rewrite(
    store: Store, new_client: Callable[..., Any]
) -> None:
    client = new_client()
    with store.engine.begin() as connection, pytest.raises(IntegrityError, match="append-only"):
        connection.execute(
            text("UPDATE events SET new = 'forged' WHERE entity_id = :id"), {"id": client.id}
        )
    with store.engine.begin() as connection, pytest.raises(IntegrityError, match="append-only"):
        connection.execute(text("UPDATE events SET action = 'erase', new = :m"), {"m": ERASED})
    with store.engine.begin() as connection, pytest.raises(IntegrityError, match="append-only"):
        connection.execute(text("DELETE FROM events"))


def test_erasing_an_unknown_client_changes_nothing(
    store: Store, new_client: Callable[..., Any]
) -> None:
    new_client()
    before = dump(store)
    with pytest.raises(NotFound):
        erase_client(store, 999)
    assert dump(store) == before


def test_a_null_value_cannot_be_made_into_the_erasure_mark(
    store: Store, new_client: Callable[..., Any]
) -> None:
    new_client()
    with store.engine.begin() as connection, pytest.raises(IntegrityError, match="append-only"):
        connection.execute(text("UPDATE events SET old = :m WHERE old IS NULL"), {"m": ERASED})


def test_erasing_sweeps_the_case_folders_and_the_wizard_draft(
    store: Store, new_client: Callable[..., Any]
) -> None:
    from expat_desk.store.files import case_folder

    client = new_client()
    case = store.open_case(client.id, "iin", {"channel": "egov_portal"})
    stray = case_folder(store.path, "documents", case.id) / "consent-left-by-a-crash.pdf"
    stray.write_bytes(b"%PDF")
    Drafts(store.path).save("case-wizard", {"client_id": client.id, "service": "eds"})

    erase_client(store, client.id)

    assert not stray.parent.exists()
    assert Drafts(store.path).load("case-wizard") is None


def test_an_erased_clients_id_and_case_number_never_come_back(
    store: Store, new_client: Callable[..., Any]
) -> None:
    erased = new_client(surname="Erasable")
    old_case = store.open_case(erased.id, "iin", {"channel": "egov_portal"})
    erase_client(store, erased.id)

    newcomer = new_client(surname="Newcomer")
    case = store.open_case(newcomer.id, "iin", {"channel": "egov_portal"})

    assert newcomer.id != erased.id and case.id != old_case.id
    assert case.number != old_case.number
    assert [e.action for e in store.client_history(newcomer.id)] == ["create"]
    assert [e.action for e in store.case_history(case.id)] == ["create"]
