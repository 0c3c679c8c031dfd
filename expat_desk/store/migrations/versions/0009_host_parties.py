"""host_parties: the host party becomes a record; each typed name of a case becomes one

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CASES = sa.table(
    "cases",
    sa.column("id", sa.Integer),
    sa.column("answers", sa.JSON),
)
_HOSTS = sa.table(
    "host_parties",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("created_at", sa.DateTime),
    sa.column("updated_at", sa.DateTime),
)


def upgrade() -> None:
    op.create_table(
        "host_parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id_number", sa.String(length=12), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("signatory", sa.String(length=150), nullable=True),
        sa.Column("position", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IS NULL OR kind IN ('legal', 'natural')", name=op.f("ck_host_parties_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_host_parties")),
        sa.UniqueConstraint("id_number", name=op.f("uq_host_parties_id_number")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_host_parties_name"), "host_parties", ["name"], unique=False)
    _names_to_records()


def _names_to_records() -> None:
    """Each typed host name becomes a record (one per name, however it was spaced or cased);
    its kind, number and signatory are not known: the letter asks for them."""
    bind = op.get_bind()
    now = datetime.now().replace(microsecond=0)
    ids: dict[str, int] = {}
    for case_id, answers in bind.execute(sa.select(_CASES.c.id, _CASES.c.answers)).all():
        typed = (answers or {}).get("host_party")
        if not isinstance(typed, str) or not typed.strip():
            continue
        name = " ".join(typed.split())[:200]
        key = name.casefold()
        if key not in ids:
            ids[key] = bind.execute(
                sa.insert(_HOSTS)
                .values(name=name, created_at=now, updated_at=now)
                .returning(_HOSTS.c.id)
            ).scalar_one()
        bind.execute(
            sa.update(_CASES)
            .where(_CASES.c.id == case_id)
            .values(answers={**answers, "host_party": ids[key]})
        )


def downgrade() -> None:
    bind = op.get_bind()
    names = dict(bind.execute(sa.select(_HOSTS.c.id, _HOSTS.c.name)).all())
    for case_id, answers in bind.execute(sa.select(_CASES.c.id, _CASES.c.answers)).all():
        host = (answers or {}).get("host_party")
        if isinstance(host, int) and host in names:
            bind.execute(
                sa.update(_CASES)
                .where(_CASES.c.id == case_id)
                .values(answers={**answers, "host_party": names[host]})
            )
    op.drop_index(op.f("ix_host_parties_name"), table_name="host_parties")
    op.drop_table("host_parties")
