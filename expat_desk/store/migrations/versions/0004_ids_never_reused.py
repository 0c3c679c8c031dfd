"""ids are never reused: AUTOINCREMENT on clients, cases, checklist items and documents

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# After a client is erased, the next client or case must not take their id: the erased one's
# history lines, case number and files folder would seem to be the newcomer's.
TABLES = ("clients", "cases", "checklist_items", "documents")


def _rebuild(autoincrement: bool) -> None:
    # Each table is copied and renamed (store.database.upgrade checks the references after).
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
