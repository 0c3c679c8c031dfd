"""A backup killed while it is being sealed or copied leaves no plain copy of the data behind
(after the start's sweep) and nothing under a backup's name; what it left is swept."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from expat_desk.store import Store
from expat_desk.store.backup import backups_folder
from expat_desk.store.offsite import list_archives, prune, set_second_folder, turn_encryption_on
from expat_desk.store.scratch import scratch_root, sweep

# The child: a real sealed backup and copy, killed (os._exit, no clean-up runs) at a step.
CHILD = """
import os, sys
from expat_desk.store import backup_crypto, offsite
from expat_desk.store.offsite import FileSettings, encryption_keys, make_backup, copy_to_second
db, step = sys.argv[1], sys.argv[2]
if step == "sealing":
    real = backup_crypto._seal_chunks
    def killed(src, dst, aead, digest):
        dst.write(aead.encrypt(b"\\0" * 12, src.read(1000), digest))
        dst.flush()
        os._exit(9)
    backup_crypto._seal_chunks = killed
if step == "copying":
    real_fsync = os.fsync
    def killed_fsync(fd):
        os._exit(9)
    made = make_backup(db, encryption_keys(FileSettings(db)))
    os.fsync = killed_fsync
    copy_to_second(made, offsite.second_folder(FileSettings(db)))
make_backup(db, encryption_keys(FileSettings(db)))
"""


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    from expat_desk.store import backup_crypto

    monkeypatch.setattr(backup_crypto.new_keys, "__kwdefaults__", {"log2_n": 14})
    db, usb = tmp_path / "desk.sqlite3", tmp_path / "usb"
    usb.mkdir()
    with Store.open(db) as store:
        store.add_client(
            {
                "surname": "Sealed",
                "given_names": "Anna",
                "birth_date": "1990-05-02",
                "sex": "F",
                "citizenship": "DEU",
                "passport_number": "C01X00T47",
            }
        )
        turn_encryption_on(store, "a passphrase long enough")
        set_second_folder(store, usb)
    return db, usb


def kill_at(db: Path, step: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), step],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        timeout=120,
    )
    assert child.returncode == 9, child.stderr[-2000:]


def age(path: Path) -> None:
    old = time.time() - 7200
    os.utime(path, (old, old))


def test_killed_while_sealing(desk: tuple[Path, Path]) -> None:
    db, _ = desk
    kill_at(db, "sealing")
    # The kill left the plain archive in the owner-only scratch folder, and a part file.
    assert list(scratch_root(db).rglob("*.zip"))
    [part] = [p for p in backups_folder(db).iterdir() if p.name.endswith(".part")]
    assert list_archives(backups_folder(db)) == []  # nothing under a backup's name

    sweep(db)  # at the next start
    assert not list(scratch_root(db).rglob("*.zip"))
    age(part)
    prune(backups_folder(db), 14)
    assert not part.exists()


def test_killed_while_copying_to_the_second_folder(desk: tuple[Path, Path]) -> None:
    db, usb = desk
    kill_at(db, "copying")
    [part] = list(usb.iterdir())
    assert part.name.startswith(".") and part.name.endswith(".part") and ".zip.edb." in part.name
    assert list_archives(usb) == []
    age(part)
    prune(usb, 14)
    assert list(usb.iterdir()) == []
