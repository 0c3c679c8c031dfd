"""Backups hold the database and its files; a restore checks the archive before replacing."""

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expat_desk.store import Store
from expat_desk.store.attachments import attach_file, attachment_path
from expat_desk.store.backup import (
    BackupError,
    backup_if_due,
    backups_folder,
    check_backup,
    check_database,
    list_backups,
    prune_backups,
    restore_backup,
    write_backup,
)

FIRST_SCHEMA = Path(__file__).parents[1] / "data" / "schema-0001.sqlite"


@pytest.fixture
def filed(store: Store, new_client: Callable[..., Any], tmp_path: Path) -> tuple[Any, Any]:
    """A client with an IIN case whose passport copy has a scan attached."""
    client = new_client()
    case = store.open_case(client.id, "iin", {"channel": "egov_portal"})
    scan = tmp_path / "passport.pdf"
    scan.write_bytes(b"%PDF-1.4 passport scan")
    item = attach_file(store, case.items[1].id, scan)
    return client, item


def rewrite(archive: Path, change: Callable[[str, bytes], tuple[str, bytes] | None]) -> None:
    """Write the archive again with each member passed through ``change``."""
    with zipfile.ZipFile(archive) as source:
        members = [(name, source.read(name)) for name in source.namelist()]
    with zipfile.ZipFile(archive, "w") as target:
        for name, data in members:
            changed = change(name, data)
            if changed is not None:
                target.writestr(*changed)


def test_a_backup_is_one_private_archive_with_the_database_and_its_files(
    store: Store, filed: tuple[Any, Any]
) -> None:
    _, item = filed
    archive = write_backup(store.path, reason="manual")

    assert archive.parent == backups_folder(store.path)
    assert archive.stat().st_mode & 0o077 == 0
    assert backups_folder(store.path).stat().st_mode & 0o077 == 0
    with zipfile.ZipFile(archive) as zf:
        assert set(zf.namelist()) == {
            "manifest.json",
            "database.sqlite3",
            f"files/{item.file_path}",
        }
        assert zf.read(f"files/{item.file_path}") == b"%PDF-1.4 passport scan"
    info = check_backup(archive)
    assert (info.clients, info.cases, info.files) == (1, 1, 1)


def test_restore_brings_back_the_data_and_files_and_keeps_what_it_replaced(
    store: Store, filed: tuple[Any, Any], new_client: Callable[..., Any], db_path: Path
) -> None:
    client, item = filed
    archive = write_backup(store.path)
    new_client(surname="Later")
    scan = attachment_path(store, item)
    assert scan is not None
    scan.unlink()
    store.close()

    info = restore_backup(db_path, archive)

    assert info.clients == 1
    with Store.open(db_path) as again:
        assert [c.surname for c in again.search_clients()] == [client.surname]
        restored = attachment_path(again, again.get_case(item.case_id).items[1])
        assert restored is not None and restored.read_bytes() == b"%PDF-1.4 passport scan"
    before = [p for p in list_backups(db_path) if p.name.endswith("-before-restore.zip")]
    assert len(before) == 1 and check_backup(before[0]).clients == 2


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            lambda name, data: (name, data + b"x") if name.startswith("files/") else (name, data),
            "not the size its manifest declares",
        ),
        (
            lambda name, data: (
                (name, data[:-1] + b"x") if name.startswith("files/") else (name, data)
            ),
            "altered or damaged",
        ),
        (lambda name, data: None if name == "manifest.json" else (name, data), "no valid manifest"),
        (
            lambda name, data: (name, b"{}") if name == "manifest.json" else (name, data),
            "no valid manifest",
        ),
        (
            lambda name, data: (
                ("../../evil.pdf", data) if name.startswith("files/") else (name, data)
            ),
            "do not match its manifest",
        ),
    ],
)
def test_a_spoiled_archive_is_refused_and_nothing_is_replaced(
    store: Store, filed: tuple[Any, Any], db_path: Path, spoil: Any, message: str
) -> None:
    archive = write_backup(store.path)
    rewrite(archive, spoil)
    store.close()
    before = db_path.read_bytes()

    with pytest.raises(BackupError, match=message):
        restore_backup(db_path, archive)
    assert db_path.read_bytes() == before
    assert not any(p.name.endswith("-before-restore.zip") for p in list_backups(db_path))


def test_an_archive_whose_member_escapes_the_files_folder_is_refused(
    store: Store, filed: tuple[Any, Any]
) -> None:
    archive = write_backup(store.path)

    def escape(name: str, data: bytes) -> tuple[str, bytes]:
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["files"]["../evil.txt"] = manifest["files"].pop(
                next(k for k in manifest["files"] if k.startswith("files/"))
            )
            return name, json.dumps(manifest).encode()
        return ("../evil.txt", data) if name.startswith("files/") else (name, data)

    rewrite(archive, escape)
    with pytest.raises(BackupError, match="not a file a backup of ours holds"):
        check_backup(archive)


def test_a_backup_of_a_newer_schema_or_a_damaged_database_is_refused(
    store: Store, tmp_path: Path
) -> None:
    archive = write_backup(store.path)

    def newer(name: str, data: bytes) -> tuple[str, bytes]:
        if name != "database.sqlite3":
            return name, data
        copy = tmp_path / "copy.sqlite3"
        copy.write_bytes(data)
        with sqlite3.connect(copy) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.close()
        return name, copy.read_bytes()

    newer_archive = tmp_path / "newer.zip"
    shutil.copyfile(archive, newer_archive)
    rewrite(newer_archive, newer)
    with pytest.raises(BackupError, match="altered or damaged"):
        check_backup(newer_archive)  # the hash catches it first ...
    rehash(newer_archive)
    with pytest.raises(BackupError, match="newer Expat Desk"):
        check_backup(newer_archive)  # ... and the schema check when the hash is made to fit

    damaged = tmp_path / "damaged.zip"
    shutil.copyfile(archive, damaged)
    rewrite(
        damaged,
        lambda n, d: (n, d[:4096] + bytes(len(d) - 4096)) if n == "database.sqlite3" else (n, d),
    )
    rehash(damaged)
    with pytest.raises(BackupError, match="damaged"):
        check_backup(damaged)


def rehash(archive: Path) -> None:
    """Make the manifest's hashes fit the members again, as a forger would."""
    with zipfile.ZipFile(archive) as zf:
        sums = {
            n: hashlib.sha256(zf.read(n)).hexdigest() for n in zf.namelist() if n != "manifest.json"
        }
        manifest = json.loads(zf.read("manifest.json"))
    manifest["files"] = sums
    rewrite(
        archive, lambda n, d: (n, json.dumps(manifest).encode()) if n == "manifest.json" else (n, d)
    )


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_are_refused_with_the_documented_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "backup.zip"
    path.write_bytes(data)
    with pytest.raises(BackupError):
        check_backup(path)


def test_the_daily_backup_is_made_once_a_day_and_the_last_ones_kept(store: Store) -> None:
    day = datetime(2026, 11, 1, 8, 0)
    made = [backup_if_due(store.path, keep=3, now=day.replace(day=d)) for d in range(1, 6)]
    again = backup_if_due(store.path, keep=3, now=datetime(2026, 11, 5, 17, 0))

    assert all(made) and again is None
    assert list_backups(store.path) == made[-3:]


def test_opening_a_first_schema_database_backs_it_up_before_migrating(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIRST_SCHEMA, old)
    Store.open(old).close()

    [backup] = list_backups(old)
    assert backup.name.endswith("-before-upgrade-0001.zip")
    assert check_backup(backup).revision == "0001"


def test_check_tells_a_sound_database_from_a_damaged_one(store: Store, tmp_path: Path) -> None:
    assert check_database(store.path).intact
    assert check_database(store.path).current
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert not check_database(junk).intact


def test_a_long_backup_and_check_report_their_progress(
    store: Store, filed: tuple[Any, Any]
) -> None:
    steps: list[float] = []
    archive = write_backup(store.path, progress=steps.append)
    assert steps == sorted(steps) and steps[-1] == pytest.approx(1.0)
    checked: list[float] = []
    check_backup(archive, progress=checked.append)
    assert checked == sorted(checked) and checked[-1] == 1.0


def test_a_restore_that_fails_half_way_keeps_the_old_data_and_says_so(
    store: Store, filed: tuple[Any, Any], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from expat_desk.store.files import files_root

    archive = write_backup(store.path)
    store.close()
    before = sorted(p.relative_to(db_path.parent) for p in files_root(db_path).rglob("*"))
    database = db_path.read_bytes()
    real_replace = os.replace

    def disk_full(src: Any, dst: Any) -> None:
        if Path(dst) == db_path:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(BackupError, match="did not complete"):
        restore_backup(db_path, archive)
    monkeypatch.undo()

    assert db_path.read_bytes() == database
    assert sorted(p.relative_to(db_path.parent) for p in files_root(db_path).rglob("*")) == before


def test_pruning_sweeps_what_a_crashed_backup_left_behind(store: Store) -> None:
    import os

    from expat_desk.store.scratch import scratch_folder

    write_backup(store.path)
    folder = backups_folder(store.path)
    dead_part, stale_dir = folder / "tmpab12.part", folder / "tmpcd34"
    dead_part.write_bytes(b"half a zip")  # its writer's scratch folder is gone: it died
    stale_dir.mkdir()  # an older version's copy of the database
    (stale_dir / "database.sqlite3").write_bytes(b"a copy")
    os.utime(stale_dir, (0, 0))
    with scratch_folder(store.path) as live:
        live_part = folder / f"{live.name}.part"  # another process's backup, being written
        live_part.write_bytes(b"being written")

        prune_backups(store.path, keep=5)

        assert not dead_part.exists() and not stale_dir.exists()
        assert live_part.exists()
