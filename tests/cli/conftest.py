"""The command line's log (cli_guard) goes to a folder of the test, not the user's."""

from pathlib import Path

import pytest

from expat_desk import paths


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    folder.mkdir()
    monkeypatch.setattr(paths, "log_dir", lambda: folder)
    return folder
