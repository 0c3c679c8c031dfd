"""A record naming a file beside the database (restored, or written by hand) reaches nothing
outside the files folder: the backup does not take it, erasure does not delete it (issue 15,
item 8); a database from before the files folder brings its files in when it is upgraded."""

import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from expat_desk.store import Store
from expat_desk.store.backup import list_backups, write_backup
from expat_desk.store.erasure import erase_client
from expat_desk.store.files import files_root

FIRST_SCHEMA = Path(__file__).parents[1] / "data" / "schema-0001.sqlite"


def test_a_record_naming_a_users_file_beside_the_database_reaches_nothing(
    store: Store, db_path: Path, new_client: Callable[..., Any]
) -> None:
    client = new_client(surname="Dubois")
    case = store.open_case(client.id, "iin", {"channel": "egov_portal"})
    notes = db_path.parent / "documents" / "user-notes.txt"
    notes.parent.mkdir()
    notes.write_text("the user's own notes")
    (db_path.parent / "attachments").mkdir()
    (db_path.parent / "attachments" / "diary.txt").symlink_to(notes)
    with closing(sqlite3.connect(db_path)) as raw, raw:  # as a restored record names it
        raw.execute(
            "UPDATE checklist_items SET file_path = 'documents/user-notes.txt' WHERE id = ?",
            (case.items[0].id,),
        )
        raw.execute(
            "UPDATE checklist_items SET file_path = 'attachments/diary.txt' WHERE id = ?",
            (case.items[1].id,),
        )

    archive = write_backup(db_path)
    with zipfile.ZipFile(archive) as backup:
        assert not [n for n in backup.namelist() if "user-notes" in n or "diary" in n]

    erased = erase_client(store, client.id)
    assert erased.files_deleted == 0
    assert notes.read_text() == "the user's own notes"


def test_an_old_databases_files_beside_it_move_into_its_files_folder(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copyfile(FIRST_SCHEMA, db)
    with closing(sqlite3.connect(db)) as raw, raw:
        item, case_id = raw.execute("SELECT id, case_id FROM checklist_items LIMIT 1").fetchone()
        name = f"attachments/case-{case_id}/scan.pdf"
        raw.execute("UPDATE checklist_items SET file_path = ? WHERE id = ?", (name, item))
    scan = tmp_path / name
    scan.parent.mkdir(parents=True)
    scan.write_bytes(b"%PDF scan")
    beside = tmp_path / "attachments" / "holiday.jpg"  # the user's, named by no record
    beside.write_bytes(b"JPEG")

    with Store.open(db) as store:
        before_upgrade = list_backups(db)
        assert (files_root(db) / name).read_bytes() == b"%PDF scan"
        assert not scan.exists() and beside.exists()
        assert store.count_clients()
    # The backup made before the upgrade already holds the file from its new place.
    assert len(before_upgrade) == 1
    with zipfile.ZipFile(before_upgrade[0]) as backup:
        assert [n for n in backup.namelist() if n.endswith("scan.pdf")]
