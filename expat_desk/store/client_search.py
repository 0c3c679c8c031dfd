"""Finding clients by their folded search key: SQLite's FTS5 trigram index (migration 0012).

A term of three characters or more is a phrase of the index, which finds it anywhere in the
key as ``LIKE '%term%'`` would, without reading every row. Shorter terms have no trigram:
they are matched by LIKE on the key, which the register's bounded queries stop reading as
soon as a page is found. The index is SQLite's; another engine gets its own module here.
"""

from sqlalchemy import ColumnElement, column, select, table
from sqlalchemy.orm import Session

from expat_desk.domain.search import query_terms
from expat_desk.store.models import Client

TRIGRAM = 3  # the shortest term the index can find
_INDEX = table("client_search", column("rowid"), column("client_search"))


def not_the_index(name: str | None, type_: str, _parents: object = None) -> bool:
    """For Alembic's comparison: the index and its shadow tables are no model's (FTS5's own)."""
    return not (type_ == "table" and (name or "").startswith("client_search"))


def search_filters(query: str) -> list[ColumnElement[bool]]:
    """Conditions on ``Client`` that every word of ``query`` puts, as the old LIKE did."""
    terms = query_terms(query)
    long = [t for t in terms if len(t) >= TRIGRAM]
    filters: list[ColumnElement[bool]] = [
        Client.search_text.like(f"%{_escape_like(t)}%", escape="\\")
        for t in terms
        if len(t) < TRIGRAM
    ]
    if long:
        # One MATCH for all the long words: phrases side by side must all be found.
        phrases = " ".join('"' + t.replace('"', '""') + '"' for t in long)
        found = select(_INDEX.c.rowid).where(_INDEX.c.client_search.op("MATCH")(phrases))
        filters.insert(0, Client.id.in_(found))
    return filters


def purge_deleted(s: Session) -> None:
    """Rewrite the index without what deleted rows left in it.

    FTS5 deletes by adding a tombstone beside the old entries (SQLite 3.42's 'secure-delete'
    option is not in every SQLite this app meets): an erased client's trigrams would stay in
    the shadow tables until a merge. 'optimize' merges now (every connection
    deletes securely, so the pages it frees are zeroed: store.database); some 0.6 s on 100,000
    clients, and erasure is rare."""
    s.connection().exec_driver_sql("INSERT INTO client_search(client_search) VALUES ('optimize')")


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
