"""case_deadlines: each case's deadlines as stored facts, filled by the domain's rules

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("service", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("listed_from", sa.Date(), nullable=True),
        sa.Column("listed_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_deadlines_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_case_deadlines_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_deadlines")),
    )
    op.create_index(
        op.f("ix_case_deadlines_due_number_id"), "case_deadlines", ["due", "number", "id"]
    )
    op.create_index(op.f("ix_case_deadlines_client_id_due"), "case_deadlines", ["client_id", "due"])
    op.create_index(
        op.f("ix_case_deadlines_listed_from_due_listed_until"),
        "case_deadlines",
        ["listed_from", "due", "listed_until"],
    )
    op.create_index(op.f("ix_case_deadlines_case_id"), "case_deadlines", ["case_id"])
    # Worked out by the same rules the store keeps them with, from the cases as they stand.
    from expat_desk.store.deadline_records import rewrite_all

    rewrite_all(op.get_bind())


def downgrade() -> None:
    op.drop_table("case_deadlines")
