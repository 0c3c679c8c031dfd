"""GUI tests: background work finishes before a test's files are removed."""

import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture(autouse=True)
def _background_work_done(qapp):
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
