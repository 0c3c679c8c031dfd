"""clients: the patronymic and the passport's issuing authority, which the forms print

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable columns: SQLite adds them in place, no table is copied.
    with op.batch_alter_table("clients", recreate="never") as batch:
        batch.add_column(sa.Column("patronymic", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("passport_authority", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table(
        "clients", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.drop_column("passport_authority")
        batch.drop_column("patronymic")
