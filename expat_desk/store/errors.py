"""Errors of the store, each with a message a manager can act on."""


class StoreError(Exception):
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
