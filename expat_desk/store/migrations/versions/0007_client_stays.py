"""client_stays: a foreigner's entries into Kazakhstan and exits, and what each rests on

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The values of domain.stay_records.EntryBasis and domain.stays.StayPurpose, as written
    # today: a migration does not follow later changes of the code.
    op.create_table(
        "client_stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("arrival", sa.Date(), nullable=False),
        sa.Column("departure", sa.Date(), nullable=True),
        sa.Column("basis", sa.String(length=20), nullable=False),
        sa.Column("visa_number", sa.String(length=20), nullable=True),
        sa.Column("basis_until", sa.Date(), nullable=True),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "basis IN ('visa_free', 'visa', 'residence_permit')",
            name=op.f("ck_client_stays_basis"),
        ),
        sa.CheckConstraint(
            "purpose IN ('private', 'work')", name=op.f("ck_client_stays_purpose")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_stays_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_stays")),
        sqlite_autoincrement=True,  # an erased client's stay id is never reused (0004)
    )
    with op.batch_alter_table("client_stays", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_stays_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("client_stays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_stays_client_id"))
    op.drop_table("client_stays")
