"""events: a value may be erased (a client's right to erasure), nothing else rewritten

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ERASED = "[erased]"
_ONLY_ERASURE = (
    "NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.manager_id IS OLD.manager_id "
    "AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id "
    "AND NEW.case_id IS OLD.case_id AND NEW.action IS OLD.action AND NEW.field IS OLD.field "
    f"AND (NEW.old IS OLD.old OR (OLD.old IS NOT NULL AND NEW.old = '{ERASED}')) "
    f"AND (NEW.new IS OLD.new OR (OLD.new IS NOT NULL AND NEW.new = '{ERASED}')) "
    # ... and it must erase something: even a no-op rewrite is refused.
    f"AND (NEW.old IS NOT OLD.old OR NEW.new IS NOT OLD.new)"
)


def upgrade() -> None:
    # Still append-only: the one change allowed is a value replaced by the erasure mark.
    op.execute("DROP TRIGGER events_no_update")
    op.execute(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        f"WHEN NOT ({_ONLY_ERASURE}) "
        "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER events_no_update")
    op.execute(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
    )
