"""Every change is logged with the manager at the desk, once the desk knows who that is."""

from pathlib import Path

import pytest

from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store


def test_the_desk_manager_is_remembered_and_signs_every_change(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.desk_manager() is None and store.manager_id is None
        aigerim = store.set_desk_manager("  Aigerim   Sarsenova ")
        assert aigerim.name == "Aigerim Sarsenova"

    with Store.open(db_path) as store:
        assert store.manager_id == aigerim.id
        client, _ = store.add_client(
            {
                "surname": "Weber",
                "birth_date": "1990-05-02",
                "citizenship": "DEU",
                "passport_number": "C01X00T47",
            }
        )
        [created] = store.client_history(client.id)
        assert created.manager is not None and created.manager.name == "Aigerim Sarsenova"
        assert store.set_desk_manager("Aigerim Sarsenova").id == aigerim.id  # not added twice


def test_a_blank_name_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError):
        store.set_desk_manager("   ")


def test_a_manager_name_a_spreadsheet_would_run_is_refused(store: Store) -> None:
    for name in ("=HYPERLINK(1)", "+cmd", "-1", "@SUM(A1)"):
        with pytest.raises(ValidationError):
            store.add_manager(name)


def test_after_a_restore_the_store_acts_as_the_restored_desks_manager(db_path: Path) -> None:
    from expat_desk.store.backup import restore_backup, write_backup

    store = Store.open(db_path)
    first = store.set_desk_manager("Aigerim Sarsenova")
    archive = write_backup(db_path)
    store.set_desk_manager("Daniyar Abenov")
    store.engine.dispose()
    restore_backup(db_path, archive)
    store.reopen()
    assert store.manager_id == first.id
    store.close()
