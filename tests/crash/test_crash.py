"""A SIGKILL at any moment loses nothing the app had reported saved (a few rounds here; the
full 200 in ``python tests/crash/harness.py``)."""

import importlib.util
import os
import random
from pathlib import Path

import pytest

spec = importlib.util.spec_from_file_location("harness", Path(__file__).with_name("harness.py"))
assert spec and spec.loader
harness = importlib.util.module_from_spec(spec)
spec.loader.exec_module(harness)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_writers_lose_no_committed_change(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(7)
    reported = 0
    for seed in range(8):
        outcome = harness.run_round(db, seed, rng)
        assert outcome.problems == []
        reported += outcome.reported
    assert reported >= 8  # every round committed something before it was killed
