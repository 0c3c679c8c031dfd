"""client_search: an FTS5 trigram index over the clients' folded search keys

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# External content: the index holds trigrams and row ids, not a second copy of anyone's
# data. The keys are folded already (domain.search), so the tokenizer folds nothing.
# Triggers keep it in step with every write, the store's, the demo's bulk insert, a restore.
_DDL = (
    "CREATE VIRTUAL TABLE client_search USING fts5(search_text, content='clients', "
    "content_rowid='id', tokenize='trigram case_sensitive 1', detail='full')",
    "CREATE TRIGGER client_search_insert AFTER INSERT ON clients BEGIN "
    "INSERT INTO client_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER client_search_delete AFTER DELETE ON clients BEGIN "
    "INSERT INTO client_search(client_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER client_search_update AFTER UPDATE OF search_text ON clients BEGIN "
    "INSERT INTO client_search(client_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO client_search(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def upgrade() -> None:
    for statement in _DDL:
        op.execute(statement)
    # The clients already stored: read from the content table in one pass.
    op.execute("INSERT INTO client_search(client_search) VALUES ('rebuild')")


def downgrade() -> None:
    for name in ("client_search_update", "client_search_delete", "client_search_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS client_search")
