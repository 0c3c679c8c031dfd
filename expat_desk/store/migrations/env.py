"""Alembic's entry: runs on the connection the store hands over (see database.upgrade)."""

from alembic import context

from expat_desk.store.client_search import not_the_index
from expat_desk.store.models import Base

connection = context.config.attributes["connection"]
# SQLite alters tables only by copying them: batch mode does that for every migration.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=not_the_index,  # the search index is FTS5's tables, made by migration 0012
)
with context.begin_transaction():
    context.run_migrations()
