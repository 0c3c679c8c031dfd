"""The one API over the database that the window, the command line and the tests share.

Each method is one short session and one transaction: a change is stored whole, with its lines
in the event log, or not at all. Objects handed back are detached (``expire_on_commit=False``)
so the window may read them after the session is gone.
"""

import logging
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select

from expat_desk.domain.deadlines import CaseFacts
from expat_desk.domain.errors import Message, ValidationError
from expat_desk.store.attorney_records import AttorneyRecords
from expat_desk.store.case_records import CASE_PREFIX, CaseRecords
from expat_desk.store.centre_settings import CENTRE, DAYS_OFF, DESK_MANAGER, TARGETS, CentreSettings
from expat_desk.store.client_records import CLIENT_SORT, ClientRecords
from expat_desk.store.database import open_database, translate_errors
from expat_desk.store.deadline_records import read_facts
from expat_desk.store.due_list import DueList
from expat_desk.store.errors import NotFound
from expat_desk.store.host_parties import HostPartyRecords
from expat_desk.store.models import (
    Case,
    Document,
    Event,
    Manager,
)
from expat_desk.store.session import as_text, jsonable
from expat_desk.store.stay_records import StayRecords

log = logging.getLogger(__name__)

# Where the parts of the store keep their names, for the code that asks for them here.
__all__ = ["CASE_PREFIX", "CENTRE", "CLIENT_SORT", "DAYS_OFF", "TARGETS", "Store", "as_text"]


class Store(
    ClientRecords,
    CaseRecords,
    DueList,
    HostPartyRecords,
    StayRecords,
    AttorneyRecords,
    CentreSettings,
):
    """Every part of the store in one object: the register, the cases, the host parties, the
    clients' stays, the attorneys, the centre's settings, and here the managers, deadlines,
    documents and history that cut across them."""

    @classmethod
    def open(cls, path: Path | str, **kwargs: Any) -> "Store":
        """The store on ``path``, acting as the desk's manager unless ``manager_id`` is given."""
        store = cls(open_database(path), **kwargs)
        if "manager_id" not in kwargs:
            desk = store.desk_manager()
            store.manager_id = desk.id if desk else None
        return store

    def reopen(self) -> None:
        """Let go of the file and open it again (after a restore replaced it)."""
        self.engine.dispose()
        self.engine = open_database(self.path)
        desk = self.desk_manager()  # the restored file may name another manager, or none
        self.manager_id = desk.id if desk else None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- managers -------------------------------------------------------------------------

    def add_manager(self, name: str, email: str | None = None) -> Manager:
        name = " ".join(name.split())
        if not name or len(name) > 100:
            raise ValidationError(
                {"name": Message("manager.name_length", "must be 1 to 100 characters")}
            )
        if name[0] in "=+-@":  # a spreadsheet would read such a name as a formula
            raise ValidationError({"name": Message("text.formula", "cannot begin with = + - or @")})
        with self._write() as s:
            if s.scalar(select(Manager.id).where(Manager.name == name)):
                raise ValidationError(
                    {
                        "name": Message(
                            "manager.exists",
                            "a manager named {name} already exists",
                            name=repr(name),
                        )
                    }
                )
            manager = Manager(name=name, email=email, active=True)
            s.add(manager)
            s.flush()
            self._log(s, "manager", manager.id, "create", new=name)
        return manager

    def list_managers(self) -> list[Manager]:
        with self._read() as s:
            return list(s.scalars(select(Manager).order_by(Manager.name)))

    def desk_manager(self) -> Manager | None:
        """The manager who works at this desk (each laptop keeps its own database)."""
        manager_id = self.get_setting(DESK_MANAGER)
        if not isinstance(manager_id, int) or isinstance(manager_id, bool):
            return None
        with self._read() as s:
            return s.get(Manager, manager_id)

    def set_desk_manager(self, name: str) -> Manager:
        """Name the manager at this desk (added if new); every change is then logged as theirs."""
        name = " ".join(name.split())
        try:
            manager = self.manager_by_name(name)
        except NotFound:
            manager = self.add_manager(name)
        self.set_setting(DESK_MANAGER, manager.id)
        self.manager_id = manager.id
        return manager

    def manager_by_name(self, name: str) -> Manager:
        with self._read() as s:
            manager = s.scalar(select(Manager).where(Manager.name == name))
        if manager is None:
            raise NotFound(Message("manager.unknown", "no manager named {name}", name=repr(name)))
        return manager

    # --- deadlines --------------------------------------------------------------------------

    def deadline_facts(
        self, *, client_id: int | None = None, after_id: int = 0, up_to_id: int | None = None
    ) -> list[CaseFacts]:
        """The cases that still have deadlines, worked out from scratch (the stored ones are
        kept by deadline_records): those in progress or submitted, and completed police
        registrations and EDS whose validity is watched (of one client, if given), by id."""
        scope = [
            Case.id > after_id,
            *([Case.id <= up_to_id] if up_to_id is not None else []),
            *([Case.client_id == client_id] if client_id is not None else []),
        ]
        with translate_errors(self.path), self.engine.connect() as connection:
            return read_facts(connection, scope)

    # --- documents ------------------------------------------------------------------------

    def record_document(
        self,
        case_id: int,
        kind: str,
        languages: Collection[str],
        path: str,
        sha256: str,
        inputs: Mapping[str, Any] | None = None,
    ) -> Document:
        """Put a generated file on the case's record (``path`` relative to its files folder)."""
        with self._write() as s:
            # Only that the case exists: loading it would read its checklist too, for nothing.
            if s.scalar(select(Case.id).where(Case.id == case_id)) is None:
                self._get(s, Case, case_id)  # raises NotFound, worded as every other
            document = Document(
                case_id=case_id,
                kind=kind,
                languages=",".join(languages),
                created_at=self.now(),
                manager_id=self.manager_id,
                path=path,
                sha256=sha256,
                inputs=jsonable(inputs or {}),
            )
            s.add(document)
            s.flush()
            self._log(s, "document", document.id, "create", field=kind, new=path, case_id=case_id)
        return self.get_document(document.id)

    def get_document(self, document_id: int) -> Document:
        with self._read() as s:
            return self._get(s, Document, document_id)

    def list_documents(self, case_id: int) -> list[Document]:
        """The case's generated documents, newest first."""
        stmt = (
            select(Document)
            .where(Document.case_id == case_id)
            .order_by(Document.created_at.desc(), Document.id.desc())
        )
        with self._read() as s:
            return list(s.scalars(stmt))

    # --- history and settings -------------------------------------------------------------

    def case_history(self, case_id: int) -> list[Event]:
        with self._read() as s:
            return list(s.scalars(select(Event).where(Event.case_id == case_id).order_by(Event.id)))

    def client_history(self, client_id: int) -> list[Event]:
        return self.history("client", client_id)

    def history(self, entity: str, entity_id: int) -> list[Event]:
        """The event lines of one record (settings are entity "setting", id 0), oldest first."""
        stmt = (
            select(Event)
            .where(Event.entity == entity, Event.entity_id == entity_id)
            .order_by(Event.id)
        )
        with self._read() as s:
            return list(s.scalars(stmt))
