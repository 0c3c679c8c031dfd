"""The local SQLite database: models, migrations and the one API every layer above uses."""

from expat_desk.store.errors import StoreError
from expat_desk.store.store import Store

__all__ = ["Store", "StoreError"]
