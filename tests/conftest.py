"""Shared fixtures. Qt runs offscreen: the tests need no display."""

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window layouts (QSettings) go to a folder of the test run, not the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="expat-desk-config-")

from expat_desk.store import Store

TODAY = date(2026, 11, 25)

# Properties are about what is true, not how fast: a per-example deadline only makes a busy CI
# machine fail at random.
settings.register_profile("expat-desk", deadline=None)
settings.load_profile("expat-desk")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "expat-desk.sqlite3"


# Every test store keeps one host party, as a centre's does: #1, a company with all that a
# notification letter prints.
HOST_PARTY = {
    "kind": "legal",
    "name": "Nomad Fintech Ltd",
    "id_number": "130440000013",
    "address": "Astana, Mangilik El Ave 55/20",
    "phone": "+77172555000",
    "signatory": "Ахметов Нурлан Каримович",
    "position": "директор",
}
HOST_ID = 1


@pytest.fixture
def store(db_path: Path):
    """A store on a fresh file, acting as one manager, on a fixed day, with one host party."""
    s = Store.open(db_path, today=lambda: TODAY)
    s.manager_id = s.add_manager("Test Manager").id
    assert s.add_host_party(HOST_PARTY).id == HOST_ID
    yield s
    s.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Tests that need a QApplication are marked, so the Qt-free subset can run alone (-m "not gui").
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)
