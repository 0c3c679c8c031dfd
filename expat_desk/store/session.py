"""What every part of the store shares: its engine, a session to read or write, the log."""

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from expat_desk.domain.errors import Message, Word
from expat_desk.store.database import translate_errors, writer
from expat_desk.store.errors import Conflict, NotFound
from expat_desk.store.event_chain import seal_rows
from expat_desk.store.models import Event


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def as_text(value: Any) -> str | None:
    """How a value is written in the event log."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def jsonable(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers given (an unanswered question is left out), dates as ISO text."""
    return {
        k: v.isoformat() if isinstance(v, date) else v for k, v in answers.items() if v is not None
    }


class StoreSession:
    """The engine and the clock of a store; its parts (clients, cases, settings) add the rest."""

    def __init__(
        self,
        engine: Engine,
        *,
        manager_id: int | None = None,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.engine = engine
        self.path = Path(engine.url.database or "")
        self.manager_id = manager_id
        self.today = today
        self.now = now

    # --- sessions -------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with translate_errors(self.path), Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with (
                translate_errors(self.path),
                Session(writer(self.engine), expire_on_commit=False) as s,
                s.begin(),
            ):
                yield s
        except IntegrityError as exc:
            raise Conflict(
                Message(
                    "store.conflict",
                    "the change conflicts with a stored record: {detail}",
                    detail=exc.orig,
                )
            ) from exc

    def _log(
        self,
        s: Session,
        entity: str,
        entity_id: int,
        action: str,
        *,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        case_id: int | None = None,
        at: datetime | None = None,
    ) -> None:
        row = {
            "at": at or self.now(),
            "manager_id": self.manager_id,
            "entity": entity,
            "entity_id": entity_id,
            "case_id": case_id,
            "action": action,
            "field": field,
            "old": as_text(old),
            "new": as_text(new),
        }
        seal_rows(s, [row])  # chained to the last event, inside this writer's transaction
        s.add(Event(**row))

    @staticmethod
    def _get(s: Session, model: type, key: int) -> Any:
        row = s.get(model, key)
        if row is None:
            raise NotFound(
                Message(
                    "store.not_found",
                    "no {record} #{id}",
                    record=Word("record", model.__name__.lower()),
                    id=key,
                )
            )
        return row
