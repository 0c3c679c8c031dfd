"""A backup or restore killed at any moment leaves no copy of personal data once the app starts
again, and a restore killed between any two steps of its swap is finished or undone at the
next open: the database and its files folder always belong together (old with old, new with
new), the old database keeps its WAL, and the journal is gone."""

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from expat_desk.cli import main
from expat_desk.store import Store
from expat_desk.store.attachments import attach_file, attachment_path
from expat_desk.store.backup import backups_folder, check_database, sweep_leftovers, write_backup
from expat_desk.store.files import files_root
from expat_desk.store.restore_journal import aside_path, journal_path
from expat_desk.store.scratch import scratch_root, sweep

CHILD = Path(__file__).with_name("backup_child.py")
MARKER = "MK7Q4Z9W"  # a passport number found nowhere else: its bytes are the data's trace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the kills are tested on POSIX")


def child(*argv: object) -> int:
    done = subprocess.run(
        [sys.executable, str(CHILD), *map(str, argv)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode in (0, 9), done.stderr[-2000:]
    return done.returncode


def desk(folder: Path, surname: str, scan: bytes) -> Path:
    """A database in ``folder`` with one client and a scan filed on their case."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "desk.sqlite3"
    with Store.open(db) as store:
        client, _ = store.add_client(
            {
                "surname": surname,
                "given_names": "Anna",
                "birth_date": __import__("datetime").date(1985, 3, 14),
                "sex": "F",
                "citizenship": "DEU",
                "passport_number": f"{MARKER}{surname[:2].upper()}",
            }
        )
        case = store.open_case(client.id, "iin", {"channel": "egov_portal"})
        source = folder / "scan.pdf"
        source.write_bytes(scan)
        attach_file(store, case.items[1].id, source)
        source.unlink()
    return db


def copies_of_the_data(
    roots: list[Path], allowed: set[Path], since: float, skip: Path | None = None
) -> list[Path]:
    """Files under ``roots`` holding the marker in plain bytes, other than ``allowed`` (and
    what lies under ``skip``)."""
    found = []
    for root in roots:
        for here, dirs, names in os.walk(root):
            if skip is not None:
                dirs[:] = [d for d in dirs if Path(here, d) != skip]
            for name in names:
                path = Path(here, name)
                try:
                    info = path.lstat()
                    # Regular files only: opening another program's FIFO would wait forever.
                    if not stat.S_ISREG(info.st_mode) or path.resolve() in allowed:
                        continue
                    if info.st_mtime < since or info.st_size > 64 * 1024**2:
                        continue
                    if MARKER.encode() in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    return found


def allowed_files(db: Path) -> set[Path]:
    """The database, its WAL, and the finished backups (compressed, and meant to be kept)."""
    kept = {Path(f"{db}{s}").resolve() for s in ("", "-wal", "-shm")}
    folder = backups_folder(db)
    return kept | {p.resolve() for p in folder.glob("expat-desk-*.zip")}


def everywhere(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, allowed: set[Path], since: float
) -> list[Path]:
    """Copies in this test's folder and in the system's temp folder (other than the folders of
    the other tests, whose databases hold the marker too)."""
    others = tmp_path_factory.getbasetemp()
    return copies_of_the_data([tmp_path], allowed, since) + copies_of_the_data(
        [Path(tempfile.gettempdir())], allowed, since, skip=others
    )


def test_a_killed_backup_leaves_no_copy_once_the_app_starts(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    since = time.time() - 1
    db = desk(tmp_path / "desk", "Kept", b"%PDF scan")

    assert child("backup", db, 0.7) == 9
    left = copies_of_the_data([tmp_path], allowed_files(db), since)
    assert left, "the kill came too late to leave anything"  # the attack is reproduced
    assert list(backups_folder(db).glob("*.part"))  # a half-written archive beside its target

    assert main(["--db", str(db), "backup"]) == 0  # a start: it sweeps before it copies

    assert everywhere(tmp_path, tmp_path_factory, allowed_files(db), since) == []
    assert not list(backups_folder(db).glob("*.part"))


@pytest.mark.parametrize("fraction", [0.2, 0.5])  # unpacking; the before-restore backup
def test_a_killed_restore_leaves_no_copy_once_the_app_starts(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, fraction: float
) -> None:
    since = time.time() - 1
    db = desk(tmp_path / "desk", "Current", b"%PDF current")
    other = desk(tmp_path / "other", "Restored", b"%PDF restored")
    archive = write_backup(other, tmp_path / "new.zip")
    shutil.rmtree(other.parent)
    assert copies_of_the_data([tmp_path], allowed_files(db) | {archive.resolve()}, since) == []

    assert child("restore", db, archive, fraction) == 9
    # What the kill left: the staged archive, or the copy of a before-restore backup.
    assert copies_of_the_data([tmp_path], allowed_files(db) | {archive.resolve()}, since)
    sweep_leftovers(db)  # the window's start

    allowed = allowed_files(db) | {archive.resolve()}
    assert everywhere(tmp_path, tmp_path_factory, allowed, since) == []
    assert not journal_path(db).exists() and not aside_path(db).exists()
    assert [p.name for p in scratch_root(db).iterdir()] == []
    belong_together(db)


def belong_together(db: Path) -> str:
    """Which data the database and its files folder hold: both the same, never mixed."""
    result = check_database(db)
    assert result.intact, result
    with Store.open(db) as store:
        clients = store.search_clients()
        assert len(clients) >= 1
        surnames = {c.surname for c in clients}
        [case] = store.list_cases()
        scan = attachment_path(store, case.items[1])
        assert scan is not None and scan.exists()
        content = scan.read_bytes()
    files = sorted(p.name for p in files_root(db).rglob("*") if p.is_file())
    assert len(files) == 1, files
    if "Restored" in surnames:
        assert surnames == {"Restored"} and content == b"%PDF restored"
        return "new"
    assert surnames <= {"Current", "Wal"} and content == b"%PDF current"
    return "old+wal" if "Wal" in surnames else "old"


@pytest.fixture
def swap_fixture(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A database whose last commit is only in its WAL, and the archive of another one."""
    base = tmp_path_factory.mktemp("swap")
    db = desk(base / "desk", "Current", b"%PDF current")
    child("client", db, "Wal")
    assert Path(f"{db}-wal").stat().st_size > 0  # the old data need their WAL
    archive = write_backup(desk(base / "other", "Restored", b"%PDF restored"), base / "new.zip")
    return db, archive


# Steps: files folder aside, WAL aside, SHM aside, new files in, new database in, finishing.
@pytest.mark.parametrize("step", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("then", ["open", "check", "sweep first"])
def test_a_restore_killed_between_steps_is_finished_or_undone_at_the_next_open(
    swap_fixture: tuple[Path, Path], tmp_path: Path, step: int, then: str
) -> None:
    source, archive = swap_fixture
    folder = tmp_path / "desk"
    shutil.copytree(source.parent, folder)
    db = folder / source.name

    assert child("swap", db, archive, step) == 9
    assert journal_path(db).exists()  # the kill came mid-swap

    if then == "sweep first":  # another command's start may sweep before any open
        sweep(db)
    if then == "check":
        assert check_database(db).intact
    else:
        Store.open(db).close()

    assert not journal_path(db).exists() and not aside_path(db).exists()
    outcome = belong_together(db)
    # Fully staged, so the swap is finished, unless a sweep took what was staged first.
    # The old database keeps the commit only its WAL held.
    assert outcome == ("old+wal" if then == "sweep first" and step < 6 else "new")


def test_a_journal_naming_what_is_not_the_databases_is_never_acted_on(tmp_path: Path) -> None:
    import json

    from expat_desk.store.backup import BackupError

    db = desk(tmp_path / "desk", "Current", b"%PDF current")
    victim = tmp_path / "documents"
    victim.mkdir()
    (victim / "notes.txt").write_text("a user's own file")
    journal = {
        "version": 1,
        "database": str(db),
        "held": str(scratch_root(db) / "gone" / ".held"),
        "aside": str(victim),  # a rollback deletes the aside folder when it is done
        "new_sha256": "0" * 64,
        "moves": [[str(victim / "notes.txt"), str(db)]],
        "step": 1,
    }
    journal_path(db).write_text(json.dumps(journal))

    with pytest.raises(BackupError, match="cannot be read; nothing was changed"):
        Store.open(db)
    assert (victim / "notes.txt").read_text() == "a user's own file"
    journal_path(db).unlink()
    assert belong_together(db) == "old"
