"""checklist_items: the Kazakh title beside the English and Russian ones

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from expat_desk.domain.catalogue import load_catalogue

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CASES = sa.table(
    "cases",
    sa.column("id", sa.Integer),
    sa.column("checklist_version", sa.Integer),
)
_ITEMS = sa.table(
    "checklist_items",
    sa.column("case_id", sa.Integer),
    sa.column("code", sa.String),
    sa.column("title_kk", sa.String),
)


def upgrade() -> None:
    # Nullable: SQLite adds it in place, no table is copied.
    with op.batch_alter_table("checklist_items", recreate="never") as batch:
        batch.add_column(sa.Column("title_kk", sa.String(length=300), nullable=True))
    _titles_from_the_catalogue()


def _titles_from_the_catalogue() -> None:
    """An item of an open case reads in Kazakh as its catalogue version words it (the kk texts
    were added to the published versions). One UPDATE per version and item code, not per row:
    a centre's file holds hundreds of thousands of items. A version this app does not ship
    leaves its items NULL; the window shows their Russian title."""
    bind = op.get_bind()
    versions = bind.execute(sa.select(_CASES.c.checklist_version).distinct()).scalars().all()
    for version in versions:
        try:
            catalogue = load_catalogue(version)
        except KeyError:
            continue
        cases = sa.select(_CASES.c.id).where(_CASES.c.checklist_version == version)
        for service in catalogue.services.values():
            for item in service.items:
                bind.execute(
                    sa.update(_ITEMS)
                    .where(_ITEMS.c.code == item.code, _ITEMS.c.case_id.in_(cases))
                    .values(title_kk=item.title["kk"])
                )


def downgrade() -> None:
    with op.batch_alter_table(
        "checklist_items", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.drop_column("title_kk")
