"""Which database opens: --db, then EXPAT_DESK_DB, then the user's data folder."""

import os
import stat
from pathlib import Path

import pytest

from expat_desk import paths


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(paths, "user_data_path", lambda *a, **k: tmp_path / "data")
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    return tmp_path / "data"


def test_default_is_the_private_data_folder(data_home: Path) -> None:
    path = paths.database_path()
    assert path == data_home / paths.DB_FILE
    if os.name == "posix":
        assert stat.S_IMODE(data_home.stat().st_mode) == 0o700


def test_environment_variable_wins_over_the_default(data_home: Path, monkeypatch) -> None:
    monkeypatch.setenv(paths.DB_ENV, "/srv/centre/desk.sqlite3")
    assert paths.database_path() == Path("/srv/centre/desk.sqlite3")


def test_command_line_wins_over_everything(data_home: Path, monkeypatch) -> None:
    monkeypatch.setenv(paths.DB_ENV, "/srv/centre/desk.sqlite3")
    assert paths.database_path("~/mine.sqlite3", demo=True) == Path.home() / "mine.sqlite3"


def test_demo_database_is_kept_apart_from_the_real_one(data_home: Path, monkeypatch) -> None:
    monkeypatch.setenv(paths.DB_ENV, "/srv/centre/desk.sqlite3")
    assert paths.database_path(demo=True) == data_home / paths.DEMO_DB_FILE
