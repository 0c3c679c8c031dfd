"""The event log's hash chain: rewriting, inserting or removing an event shows (migration 0013).

Each event stores ``hash``, the SHA-256 of the one before's hash and of its own content: its
id, when, who, what, and for each of its old and new values a digest, not the value. A value's
digest is salted with random bytes of the event's own (``salt``), which an erasure blanks with
the values: the chain stays whole after an erasure, and an erased passport number cannot be
found again by trying every number against its digest.

An erasure's own line (field ``erased_events``) names the events it blanked; a blanked value
that no such line names, a value that is not the one its digest was made of, or an event whose
hash is not the chain's, is tampering. The chain holds no secret: it shows a change made
behind the app's back, not who may append. Removing the last events leaves a shorter chain
that is whole in itself: only a head kept elsewhere (``ChainCheck.head``) shows it, which
nothing keeps yet (a backup's manifest could). The head is cached in the writer's session,
which never rolls back part of its transaction (no savepoints).
"""

import hashlib
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

ERASED = "[erased]"
ERASED_EVENTS = "erased_events"  # the field of the line that names the events an erasure blanked
GENESIS = ""  # the "previous hash" of the first event
_HEAD = "event_chain_head"  # where a session keeps the last event's id and hash

# The columns a verification reads, in this order.
COLUMNS = (
    "id, at, manager_id, entity, entity_id, case_id, action, field, old, new, "
    "salt, old_digest, new_digest, hash"
)


@dataclass(frozen=True)
class ChainCheck:
    """What ``verify_chain`` found: the events read, the head, and the first broken event."""

    events: int
    head: tuple[int, str] | None  # the last event's id and hash
    broken_id: int | None = None
    reason: str | None = None
    chained: bool = True  # False: a schema before the chain (0013), which an upgrade chains

    @property
    def intact(self) -> bool:
        return self.broken_id is None

    def describe(self) -> str:
        if not self.chained:
            return "event log: not chained yet (the app chains it when it upgrades the file)"
        if self.intact:
            return f"event log: {self.events} events, chain intact"
        return f"event log: chain broken at event #{self.broken_id}: {self.reason}"


def stored_time(at: datetime | str) -> str:
    """A moment as SQLAlchemy's SQLite DateTime stores it, which the hash covers."""
    return at if isinstance(at, str) else at.isoformat(" ", "microseconds")


def value_digest(salt: str, value: str | None) -> str | None:
    if value is None:
        return None
    return hashlib.sha256(f"{salt}\x00{value}".encode()).hexdigest()


def event_hash(previous: str, fields: Iterable[Any]) -> str:
    """The hash of an event: each field length-prefixed, so no two contents read alike."""
    parts = [previous]
    for value in fields:
        if value is None:
            parts.append("-")
        else:
            text = str(value)
            parts.append(f"{len(text)}:{text}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def seal(previous: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (an event's columns, its id given) with its salt, digests and hash added."""
    salt = secrets.token_hex(16)
    row["salt"] = salt
    row["old_digest"] = value_digest(salt, row.get("old"))
    row["new_digest"] = value_digest(salt, row.get("new"))
    row["hash"] = event_hash(
        previous,
        (
            row["id"],
            stored_time(row["at"]),
            row.get("manager_id"),
            row["entity"],
            row["entity_id"],
            row.get("case_id"),
            row["action"],
            row.get("field"),
            row["old_digest"],
            row["new_digest"],
        ),
    )
    return row


def seal_rows(s: Session, rows: list[dict[str, Any]]) -> None:
    """Give each new event row its id and seal, after the session's last (bulk inserts)."""
    last_id, last_hash = _head(s)
    for row in rows:
        last_id += 1
        row["id"] = last_id
        last_hash = seal(last_hash, row)["hash"]
    s.info[_HEAD] = (last_id, last_hash)


def _head(s: Session) -> tuple[int, str]:
    """The last event's id and hash, read once a transaction (a writer's: it cannot move)."""
    head = s.info.get(_HEAD)
    if head is None:
        row = (
            s.connection()
            .exec_driver_sql("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")
            .first()
        )
        head = (row[0], row[1] or GENESIS) if row else (0, GENESIS)
    return head


def id_ranges(ids: Iterable[int]) -> str:
    """Event ids as compact ranges: "3-7,12"."""
    out: list[str] = []
    ordered = sorted(set(ids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return ",".join(out)


def _parse_ranges(text: str | None) -> Iterator[int]:
    for part in (text or "").split(","):
        first, _, last = part.partition("-")
        if first.isdigit() and (not last or last.isdigit()):
            yield from range(int(first), int(last or first) + 1)


def verify_chain(connection: sqlite3.Connection) -> ChainCheck:
    """Read the whole log in id order and say the first event the chain does not vouch for."""
    previous, count, head = GENESIS, 0, None
    covered: set[int] = set()
    blanked: list[int] = []
    cursor = connection.execute(f"SELECT {COLUMNS} FROM events ORDER BY id")
    for row in cursor:
        event_id, field, old, new = row[0], row[7], row[8], row[9]
        salt, old_digest, new_digest, stored = row[10:]
        count += 1
        if stored is None:
            return ChainCheck(count, head, event_id, "it carries no hash (added past the app)")
        expected = event_hash(previous, (*row[:8], old_digest, new_digest))
        if expected != stored:
            return ChainCheck(count, head, event_id, "its content or its place was changed")
        problem = _values_problem(salt, ((old, old_digest), (new, new_digest)))
        if problem:
            return ChainCheck(count, head, event_id, problem)
        if salt is None:
            blanked.append(event_id)
        if field == ERASED_EVENTS:
            covered.update(_parse_ranges(new))
        previous, head = stored, (event_id, stored)
    for event_id in blanked:
        if event_id not in covered:
            return ChainCheck(count, head, event_id, "a value was erased without an erasure")
    return ChainCheck(count, head)


def _values_problem(salt: str | None, values: tuple[tuple[Any, Any], ...]) -> str | None:
    for value, digest in values:
        if (value is None) != (digest is None):
            return "a value was added or removed"
        if value is None:
            continue
        if salt is None:
            if value != ERASED:
                return "an erased value was written again"
        elif value_digest(salt, value) != digest:
            if value == ERASED:
                return "a value was erased without an erasure"
            return "a value was changed"
    return None


def check_chain_file(db_path: Path) -> ChainCheck:
    """``verify_chain`` on a database file, opened read-only (``expat-desk check``)."""
    connection = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(events)")}
        if "hash" not in columns:
            return ChainCheck(0, None, chained=False)
        return verify_chain(connection)
    except sqlite3.DatabaseError as exc:  # a damaged file: its integrity check says more
        return ChainCheck(0, None, broken_id=0, reason=f"the log cannot be read ({exc})")
    finally:
        connection.close()
