"""Erasing a client: their personal data and files go; one anonymous line stays in the log.

The right to erasure (Law No. 94-V, Art. 24) against a log nobody may rewrite: the client's
record, stays, cases, checklist and documents are deleted, every value the log held of them is
replaced by the erasure mark (the only change the log's trigger allows), and the scans and
documents are deleted from the disk. Backups keep what they hold until they are pruned.

Every connection deletes securely (store.database), so the rows' bytes are zeroed in the
file; the write-ahead log, which still holds the pages as they were before, is then copied
into the file and cut to nothing.
"""

import shutil
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, select, update

from expat_desk.store import scratch
from expat_desk.store.client_search import purge_deleted
from expat_desk.store.drafts import KINDS, Drafts
from expat_desk.store.event_chain import ERASED, ERASED_EVENTS, id_ranges
from expat_desk.store.files import FILE_FOLDERS, files_root, recorded_path
from expat_desk.store.models import (
    Case,
    CaseDeadline,
    ChecklistItem,
    Client,
    ClientStay,
    Document,
    Event,
)
from expat_desk.store.stay_records import STAY_ENTITY
from expat_desk.store.store import Store

# Each try waits up to the busy timeout for a reader (another window, a backup) to finish.
CHECKPOINT_TRIES = 3


@dataclass(frozen=True)
class Erasure:
    client_id: int
    cases: int
    files_deleted: int
    # Files the disk would not let go of (in use, read-only); the manager is told.
    files_left: tuple[Path, ...]
    # False when a reader kept the write-ahead log from being emptied: the erased values may
    # stay in it until the app closes (SQLite empties it with its last connection).
    log_emptied: bool = True


def erase_client(store: Store, client_id: int) -> Erasure:
    with store._write() as s:
        store._get(s, Client, client_id)
        case_ids = list(s.scalars(select(Case.id).where(Case.client_id == client_id)))
        recorded = [
            *s.scalars(
                select(ChecklistItem.file_path).where(
                    ChecklistItem.case_id.in_(case_ids), ChecklistItem.file_path.is_not(None)
                )
            ),
            *s.scalars(select(Document.path).where(Document.case_id.in_(case_ids))),
        ]
        # A removed stay is found by its first log line, which names the client.
        stay_ids = list(
            s.scalars(
                select(Event.entity_id).where(
                    Event.entity == STAY_ENTITY,
                    Event.action == "create",
                    Event.field == "client",
                    Event.new == str(client_id),
                )
            )
        )
        touched = (Event.entity == "client") & (Event.entity_id == client_id)
        if case_ids:
            touched = touched | Event.case_id.in_(case_ids)
        if stay_ids:  # a visa's number and the days of travel are theirs too
            touched = touched | ((Event.entity == STAY_ENTITY) & Event.entity_id.in_(stay_ids))
        holds_value = (Event.old.is_not(None) & (Event.old != ERASED)) | (
            Event.new.is_not(None) & (Event.new != ERASED)
        )
        blanked = list(s.scalars(select(Event.id).where(touched, holds_value)))
        # Each value goes with the salt of its digest, so the digest cannot be tried against
        # every passport number; the chain's hash covers the digest and stays whole.
        s.execute(
            update(Event)
            .where(touched, Event.old.is_not(None), Event.old != ERASED)
            .values(old=ERASED, salt=None)
            .execution_options(synchronize_session=False)
        )
        s.execute(
            update(Event)
            .where(touched, Event.new.is_not(None), Event.new != ERASED)
            .values(new=ERASED, salt=None)
            .execution_options(synchronize_session=False)
        )
        for model in (CaseDeadline, Document, ChecklistItem):
            s.execute(delete(model).where(model.case_id.in_(case_ids)))
        s.execute(delete(Case).where(Case.id.in_(case_ids)))
        s.execute(delete(ClientStay).where(ClientStay.client_id == client_id))
        s.execute(delete(Client).where(Client.id == client_id))
        purge_deleted(s)  # the search index's tombstones would keep their trigrams
        # The chain's record of what was blanked: a blank no erasure names is tampering.
        if blanked:
            store._log(s, "log", client_id, "erase", field=ERASED_EVENTS, new=id_ranges(blanked))
        store._log(s, "client", client_id, "erase", field="cases", new=len(case_ids))
    emptied = empty_write_ahead_log(store.engine)
    drafts = Drafts(store.path)
    for kind in KINDS:  # unsaved typing about them is personal data too
        typing = drafts.load(kind)
        if typing is not None and typing.values.get("client_id") == client_id:
            drafts.clear(kind)
    deleted, left = 0, []
    for name in recorded:
        path = recorded_path(store.path, name)
        if path is None or not path.exists():
            continue
        try:
            path.unlink()
            deleted += 1
        except OSError:
            left.append(path)
    # Whatever else a case's folders hold (a file a crash left unrecorded) goes with them.
    for case_id in case_ids:
        for folder in FILE_FOLDERS:
            with suppress(OSError):
                shutil.rmtree(files_root(store.path) / folder / f"case-{case_id}")
    scratch.sweep(store.path)  # a killed backup's copy of the database holds them too
    return Erasure(client_id, len(case_ids), deleted, tuple(left), emptied)


def empty_write_ahead_log(engine: Engine) -> bool:
    """Copy the write-ahead log into the file and cut it to nothing; False if a reader kept it.

    The log holds whole pages as earlier transactions wrote them: the erased passport is in
    them until they are checkpointed. A connection of the pool that is not reading does not
    hold the checkpoint back."""
    # The driver's own connection, outside any transaction: SQLite checkpoints only there.
    raw = engine.raw_connection()
    try:
        for _ in range(CHECKPOINT_TRIES):
            busy = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                return True
    finally:
        raw.close()
    return False
