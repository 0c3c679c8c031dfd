"""Expat Desk: the case desk of the AIFC Expat Centre's personal managers."""

# A literal, not importlib.metadata: reading the installed distributions cost every start tens
# of milliseconds. tests/test_version.py keeps it equal to pyproject.toml's.
__version__ = "0.1.0"
