"""An archive is read once, into a private staging folder, and only what its manifest names and
declares: a file changed after the read changes nothing, a zip bomb unpacks nothing."""

import json
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from backup_forgery import members, refit, write_members

from expat_desk.store import Store, backup_archive, backup_restore
from expat_desk.store.attachments import attach_file
from expat_desk.store.backup import BackupError, check_backup, restore_backup, write_backup
from expat_desk.store.files import files_root
from expat_desk.store.scratch import scratch_root


@pytest.fixture
def archive(store: Store, new_client: Callable[..., Any], tmp_path: Path) -> Path:
    """A backup of one client with an IIN case whose passport copy has a scan attached."""
    client = new_client(surname="Checked")
    case = store.open_case(client.id, "iin", {"channel": "egov_portal"})
    scan = tmp_path / "passport.pdf"
    scan.write_bytes(b"%PDF-1.4 passport scan")
    attach_file(store, case.items[1].id, scan)
    made = write_backup(store.path, tmp_path / "backup.zip")
    store.close()
    return made


def surnames(db_path: Path) -> list[str]:
    with Store.open(db_path) as store:
        return [c.surname for c in store.search_clients()]


def everything_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_an_archive_replaced_after_it_was_read_changes_nothing_restored(
    archive: Path, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another register's backup, a valid archive of its own, to be swapped in mid-restore.
    other_db = tmp_path / "other" / "other.sqlite3"
    other_db.parent.mkdir()
    with Store.open(other_db) as other:
        other.add_client(
            {
                "surname": "Intruder",
                "given_names": "Eve",
                "birth_date": __import__("datetime").date(1980, 1, 1),
                "sex": "F",
                "citizenship": "FRA",
                "passport_number": "FR6666666",
            }
        )
    intruder = write_backup(other_db, tmp_path / "intruder.zip")
    real_unpack = backup_restore.unpack

    def unpack_then_swap_the_file(path: Path, *args: Any, **kwargs: Any) -> Any:
        manifest = real_unpack(path, *args, **kwargs)
        Path(path).write_bytes(intruder.read_bytes())  # between the check and the swap
        return manifest

    monkeypatch.setattr(backup_restore, "unpack", unpack_then_swap_the_file)
    info = restore_backup(db_path, archive)

    assert info.clients == 1
    assert surnames(db_path) == ["Checked"]


def test_an_unlisted_member_is_refused_before_anything_is_unpacked(
    archive: Path, db_path: Path, tmp_path: Path
) -> None:
    # The attack at small scale: a few kilobytes that inflate to megabytes no record names.
    contents = members(archive)
    contents["files/attachments/case-1/filler.bin"] = bytes(8 * 1024**2)
    write_members(archive, contents)  # the manifest left as it was
    assert archive.stat().st_size < 100_000
    files_before = everything_under(files_root(db_path))

    with pytest.raises(BackupError, match="do not match its manifest"):
        restore_backup(db_path, archive)

    assert everything_under(files_root(db_path)) == files_before
    assert not any(p.name == "filler.bin" for p in tmp_path.rglob("*"))


def test_a_member_larger_than_the_manifest_declares_is_refused(
    archive: Path, db_path: Path, tmp_path: Path
) -> None:
    contents = refit(members(archive))
    name = next(n for n in contents if n.startswith("files/"))
    contents[name] = bytes(4 * 1024**2)
    manifest = json.loads(contents["manifest.json"])
    manifest["files"][name] = "0" * 64
    manifest["sizes"][name] = 10  # the forger declares a small file
    contents["manifest.json"] = json.dumps(manifest).encode()
    write_members(archive, contents)

    with pytest.raises(BackupError, match=name):
        restore_backup(db_path, archive)
    assert not any(p.stat().st_size > 1024**2 for p in everything_under(tmp_path))


def lie_about_size(archive: Path, name: str, size: int) -> None:
    """Patch the ZIP's local and central headers to say ``name`` holds ``size`` bytes."""
    data = bytearray(archive.read_bytes())
    encoded = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(encoded)] == encoded:
                data[at + offset : at + offset + 4] = struct.pack("<I", size)
            at = data.find(signature, at + 4)
    archive.write_bytes(bytes(data))


@pytest.mark.parametrize("version", [1, 2])
def test_a_header_that_lies_about_its_size_unpacks_no_more_than_it_says(
    archive: Path, db_path: Path, tmp_path: Path, version: int
) -> None:
    contents = members(archive)
    name = next(n for n in contents if n.startswith("files/"))
    contents[name] = bytes(4 * 1024**2)  # 4 MiB of zeros, a few kilobytes deflated
    manifest = json.loads(contents["manifest.json"])
    manifest["version"] = version
    contents["manifest.json"] = json.dumps(manifest).encode()
    contents = refit(contents)
    manifest = json.loads(contents["manifest.json"])
    if version == 2:
        manifest["sizes"][name] = 100
    else:
        manifest.pop("sizes", None)
    contents["manifest.json"] = json.dumps(manifest).encode()
    write_members(archive, contents)
    lie_about_size(archive, name, 100)
    with zipfile.ZipFile(archive) as zf:
        assert zf.getinfo(name).file_size == 100  # the lie is in place

    with pytest.raises(BackupError, match=name):
        restore_backup(db_path, archive)
    assert not any(p.stat().st_size > 1024**2 for p in everything_under(tmp_path))


def test_more_than_the_ceiling_or_the_free_space_is_refused_before_unpacking(
    archive: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_archive, "MAX_TOTAL_BYTES", 1024)
    with pytest.raises(BackupError, match="too large for a backup of ours"):
        restore_backup(db_path, archive)
    monkeypatch.undo()

    class Full:
        free = 0

    monkeypatch.setattr(backup_archive.shutil, "disk_usage", lambda _folder: Full())
    with pytest.raises(BackupError, match="too little free space"):
        restore_backup(db_path, archive)


def test_an_archive_of_format_1_is_still_read(archive: Path, db_path: Path) -> None:
    contents = members(archive)
    manifest = json.loads(contents["manifest.json"])
    assert manifest["version"] == 2 and set(manifest["sizes"]) == set(manifest["files"])
    manifest["version"] = 1
    del manifest["sizes"]
    contents["manifest.json"] = json.dumps(manifest).encode()
    write_members(archive, contents)

    assert check_backup(archive).clients == 1
    restore_backup(db_path, archive)
    assert surnames(db_path) == ["Checked"]


def test_checking_and_restoring_leave_nothing_unpacked(archive: Path, db_path: Path) -> None:
    check_backup(archive, beside=db_path)
    restore_backup(db_path, archive)

    assert list(scratch_root(db_path).iterdir()) == []
    assert not Path(f"{db_path}.restore-journal").exists()
    assert not Path(f"{db_path}.restore-old").exists()
    assert db_path.stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in everything_under(files_root(db_path)))
