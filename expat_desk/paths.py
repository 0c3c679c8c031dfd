"""Where the app keeps its files: the user's data and log folders, or what the user names.

The database path comes from ``--db``, else ``EXPAT_DESK_DB``, else the data folder.
"""

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "ExpatDesk"
APP_AUTHOR = "AIFC Expat Centre"
DB_ENV = "EXPAT_DESK_DB"
DB_FILE = "expat-desk.sqlite3"
DEMO_DB_FILE = "expat-desk-demo.sqlite3"


def _private_dir(path: Path) -> Path:
    # Personal data: the folders are the user's alone (0700 on POSIX).
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def data_dir() -> Path:
    return _private_dir(user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=False))


def log_dir() -> Path:
    return _private_dir(user_log_path(APP_NAME, APP_AUTHOR, ensure_exists=False))


def database_path(cli_value: str | None = None, *, demo: bool = False) -> Path:
    """The database to open: ``--db``, then ``EXPAT_DESK_DB``, then the data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    if demo:
        return data_dir() / DEMO_DB_FILE
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILE
