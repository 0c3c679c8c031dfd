"""cases: a case may end refused by the authority

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BEFORE = "'open', 'submitted', 'completed', 'cancelled'"


def _statuses(values: str) -> None:
    # SQLite changes a CHECK only by copying the table; ids stay never reused (0004).
    with op.batch_alter_table(
        "cases", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.drop_constraint(op.f("ck_cases_status"), type_="check")
        batch.create_check_constraint(op.f("ck_cases_status"), f"status IN ({values})")


def upgrade() -> None:
    _statuses(f"{_BEFORE}, 'refused'")


def downgrade() -> None:
    # A refused case becomes a cancelled one: the reason stays in its outcome.
    op.execute("UPDATE cases SET status = 'cancelled' WHERE status = 'refused'")
    _statuses(_BEFORE)
