"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "managers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_managers")),
        sa.UniqueConstraint("name", name=op.f("uq_managers_name")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("given_names", sa.String(length=100), nullable=True),
        sa.Column("surname_cyr", sa.String(length=100), nullable=True),
        sa.Column("given_names_cyr", sa.String(length=100), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("citizenship", sa.String(length=3), nullable=False),
        sa.Column("passport_number", sa.String(length=20), nullable=False),
        sa.Column("passport_issued", sa.Date(), nullable=True),
        sa.Column("passport_expiry", sa.Date(), nullable=True),
        sa.Column("iin", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(length=210), nullable=False),
        sa.Column("sort_name_cyr", sa.String(length=210), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["managers.id"], name=op.f("fk_clients_manager_id_managers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint(
            "citizenship", "passport_number", name=op.f("uq_clients_citizenship_passport_number")
        ),
        sa.UniqueConstraint("iin", name=op.f("uq_clients_iin")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clients_manager_id"), ["manager_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_passport_number"), ["passport_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_employer"), ["employer"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_clients_sort_name_cyr"), ["sort_name_cyr"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["managers.id"], name=op.f("fk_events_manager_id_managers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_events_entity_entity_id"), ["entity", "entity_id"], unique=False
        )

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=30), nullable=False),
        sa.Column("checklist_version", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=True),
        sa.Column("representative", sa.Boolean(), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("arrival_date", sa.Date(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "service IN ('iin', 'eds', 'migration_notification', 'police_registration', 'loss_of_passport')",
            name=op.f("ck_cases_service"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'submitted', 'completed', 'cancelled')",
            name=op.f("ck_cases_status"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_cases_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["managers.id"], name=op.f("fk_cases_manager_id_managers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_manager_id"), ["manager_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_opened_on"), ["opened_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cases_status_service"), ["status", "service"], unique=False
        )

    op.create_table(
        "checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("title_ru", sa.String(length=300), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("state_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("file_path", sa.String(length=500), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "state IN ('missing', 'received', 'verified', 'not_applicable')",
            name=op.f("ck_checklist_items_state"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_checklist_items_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_items")),
        sa.UniqueConstraint("case_id", "code", name=op.f("uq_checklist_items_case_id_code")),
    )
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_items_case_id"), ["case_id"], unique=False)

    # The event log is append-only: the database itself refuses to rewrite history.
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER events_no_{verb.lower()} BEFORE {verb} ON events "
            "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS events_no_update")
    op.execute("DROP TRIGGER IF EXISTS events_no_delete")
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_items_case_id"))

    op.drop_table("checklist_items")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_status_service"))
        batch_op.drop_index(batch_op.f("ix_cases_opened_on"))
        batch_op.drop_index(batch_op.f("ix_cases_manager_id"))
        batch_op.drop_index(batch_op.f("ix_cases_client_id"))

    op.drop_table("cases")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_entity_entity_id"))
        batch_op.drop_index(batch_op.f("ix_events_case_id"))
        batch_op.drop_index(batch_op.f("ix_events_at"))

    op.drop_table("events")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_sort_name_cyr"))
        batch_op.drop_index(batch_op.f("ix_clients_sort_name"))
        batch_op.drop_index(batch_op.f("ix_clients_birth_date"))
        batch_op.drop_index(batch_op.f("ix_clients_passport_number"))
        batch_op.drop_index(batch_op.f("ix_clients_phone"))
        batch_op.drop_index(batch_op.f("ix_clients_employer"))
        batch_op.drop_index(batch_op.f("ix_clients_created_at"))
        batch_op.drop_index(batch_op.f("ix_clients_manager_id"))

    op.drop_table("clients")
    op.drop_table("settings")
    op.drop_table("managers")
