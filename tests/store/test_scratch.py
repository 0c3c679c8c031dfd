"""The scratch folder: owner-only, emptied of what ended work left, never of running work."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from expat_desk.store.scratch import scratch_folder, scratch_root, sweep


def test_a_folder_is_private_and_goes_when_the_work_ends(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    with scratch_folder(db) as folder:
        (folder / "copy.sqlite3").write_bytes(b"personal")
        assert folder.parent == scratch_root(db)
        if os.name == "posix":
            assert stat.S_IMODE(scratch_root(db).stat().st_mode) == 0o700
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not folder.exists()


def test_sweep_keeps_running_work_and_deletes_a_killed_ones(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    # A process that made a scratch folder, wrote into it and was killed mid-way.
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from expat_desk.store.scratch import scratch_folder\n"
        "with scratch_folder(Path(sys.argv[1])) as f:\n"
        "    (f / 'names.xml').write_text('Ivanov')\n"
        "    os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db)], check=False)
    (scratch_root(db) / "openpyxl.loose.xml").write_text("Ivanov")
    left = list(scratch_root(db).iterdir())
    assert len(left) == 2
    with scratch_folder(db) as running:
        assert sweep(db) == 2
        assert [p.name for p in scratch_root(db).iterdir()] == [running.name]
        assert running.is_dir()


@pytest.mark.skipif(os.name != "posix", reason="a symlink needs privileges on Windows")
def test_sweep_does_not_follow_a_planted_link(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    outside = tmp_path / "keep"
    outside.mkdir()
    (outside / "own.txt").write_text("mine")
    with scratch_folder(db):
        pass
    (scratch_root(db) / "link").symlink_to(outside)
    sweep(db)
    assert (outside / "own.txt").read_text() == "mine"
