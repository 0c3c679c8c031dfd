"""events: a hash chain (store/event_chain.py); no INSERT OR REPLACE over an event

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

The events already stored are chained in id order. Those an erasure blanked before there was a
chain get no salt, and one line at the chain's end names them as erased before it.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from expat_desk.store.event_chain import (
    COLUMNS,
    ERASED,
    ERASED_EVENTS,
    GENESIS,
    event_hash,
    id_ranges,
    seal,
)

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_APPEND_ONLY = "SELECT RAISE(ABORT, 'the event log is append-only')"
# The one change allowed: values replaced by the erasure mark, the salt blanked with them.
_ONLY_ERASURE = (
    "NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.manager_id IS OLD.manager_id "
    "AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id "
    "AND NEW.case_id IS OLD.case_id AND NEW.action IS OLD.action AND NEW.field IS OLD.field "
    "AND NEW.old_digest IS OLD.old_digest AND NEW.new_digest IS OLD.new_digest "
    "AND NEW.hash IS OLD.hash AND (NEW.salt IS OLD.salt OR NEW.salt IS NULL) "
    f"AND (NEW.old IS OLD.old OR (OLD.old IS NOT NULL AND NEW.old = '{ERASED}')) "
    f"AND (NEW.new IS OLD.new OR (OLD.new IS NOT NULL AND NEW.new = '{ERASED}')) "
    "AND (NEW.old IS NOT OLD.old OR NEW.new IS NOT OLD.new)"
)
# Before the 0003 trigger, as it was.
_ONLY_ERASURE_0003 = (
    "NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.manager_id IS OLD.manager_id "
    "AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id "
    "AND NEW.case_id IS OLD.case_id AND NEW.action IS OLD.action AND NEW.field IS OLD.field "
    f"AND (NEW.old IS OLD.old OR (OLD.old IS NOT NULL AND NEW.old = '{ERASED}')) "
    f"AND (NEW.new IS OLD.new OR (OLD.new IS NOT NULL AND NEW.new = '{ERASED}')) "
    "AND (NEW.old IS NOT OLD.old OR NEW.new IS NOT OLD.new)"
)
# A value erased before the chain: its digest is this mark, there is no salt to check it by.
ERASED_BEFORE = "erased-before-the-chain"
_BLOCK = 20000


def upgrade() -> None:
    op.execute("DROP TRIGGER events_no_update")
    for name, size in (("salt", 32), ("old_digest", 64), ("new_digest", 64), ("hash", 64)):
        op.add_column("events", sa.Column(name, sa.String(size), nullable=True))
    _chain_existing()
    op.execute(
        f"CREATE TRIGGER events_no_update BEFORE UPDATE ON events WHEN NOT ({_ONLY_ERASURE}) "
        f"BEGIN {_APPEND_ONLY}; END"
    )
    # INSERT OR REPLACE deletes the event it replaces without the delete trigger (unless
    # recursive_triggers is on, which the app sets but a raw connection does not).
    op.execute(
        "CREATE TRIGGER events_no_replace BEFORE INSERT ON events "
        "WHEN EXISTS (SELECT 1 FROM events WHERE id = NEW.id) "
        f"BEGIN {_APPEND_ONLY}; END"
    )


def _chain_existing() -> None:
    connection = op.get_bind()
    columns = [c.strip() for c in COLUMNS.split(",")][:10]
    rows = connection.exec_driver_sql(f"SELECT {', '.join(columns)} FROM events ORDER BY id")
    previous, last_id, erased_before = GENESIS, 0, []
    updates: list[tuple] = []
    for values in rows.fetchall():
        row = dict(zip(columns, values, strict=True))
        if ERASED in (row["old"], row["new"]):
            erased_before.append(row["id"])
            row["salt"] = None
            row["old_digest"] = None if row["old"] is None else ERASED_BEFORE
            row["new_digest"] = None if row["new"] is None else ERASED_BEFORE
            row["hash"] = event_hash(
                previous,
                [row[c] for c in columns[:8]] + [row["old_digest"], row["new_digest"]],
            )
        else:
            seal(previous, row)
        previous, last_id = row["hash"], row["id"]
        updates.append((row["salt"], row["old_digest"], row["new_digest"], row["hash"], row["id"]))
    for start in range(0, len(updates), _BLOCK):
        connection.exec_driver_sql(
            "UPDATE events SET salt = ?, old_digest = ?, new_digest = ?, hash = ? WHERE id = ?",
            updates[start : start + _BLOCK],
        )
    if erased_before:
        line = seal(
            previous,
            {
                "id": last_id + 1,
                "at": datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds"),
                "manager_id": None,
                "entity": "log",
                "entity_id": 0,
                "case_id": None,
                "action": "chain",
                "field": ERASED_EVENTS,
                "old": None,
                "new": id_ranges(erased_before),
            },
        )
        names = ", ".join(line)
        connection.exec_driver_sql(
            f"INSERT INTO events ({names}) VALUES ({', '.join('?' for _ in line)})",
            tuple(line.values()),
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER events_no_replace")
    op.execute("DROP TRIGGER events_no_update")
    # SQLite's own DROP COLUMN, not a copied table: the delete trigger stays on it.
    for name in ("hash", "new_digest", "old_digest", "salt"):
        op.execute(f"ALTER TABLE events DROP COLUMN {name}")
    op.execute(
        f"CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        f"WHEN NOT ({_ONLY_ERASURE_0003}) BEGIN {_APPEND_ONLY}; END"
    )
