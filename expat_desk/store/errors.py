"""Errors of the store, each with a message a manager can act on.

Each is raised with a Message (domain.errors): its English, and the code and arguments a
window needs to say it in its own language."""

from expat_desk.domain.errors import Refusal


class StoreError(Refusal):
    """The database cannot be used as asked."""


class DatabasePathError(StoreError):
    pass


class CorruptDatabase(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class NewerSchema(StoreError):
    pass


class NotFound(StoreError, LookupError):
    pass


class Conflict(StoreError):
    """A unique value (passport, IIN) already belongs to another record."""
