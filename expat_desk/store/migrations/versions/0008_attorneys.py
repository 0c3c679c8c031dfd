"""attorneys: the people a power of attorney names, kept as records

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As domain.attorney.DOCUMENT_KINDS on the day this was written: a migration never changes.
_KINDS = "'kz_id_card', 'kz_passport', 'foreign_passport', 'residence_permit'"


def upgrade() -> None:
    op.create_table(
        "attorneys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("document_kind", sa.String(length=30), nullable=False),
        sa.Column("document_number", sa.String(length=20), nullable=False),
        sa.Column("document_issued", sa.Date(), nullable=False),
        sa.Column("document_authority", sa.String(length=200), nullable=False),
        sa.Column("resident", sa.Boolean(), nullable=False),
        sa.Column("iin", sa.String(length=12), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            f"document_kind IN ({_KINDS})", name=op.f("ck_attorneys_document_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attorneys")),
        sa.UniqueConstraint("iin", name=op.f("uq_attorneys_iin")),
        # An attorney's id is on the documents printed with them: never given to another.
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("attorneys")
