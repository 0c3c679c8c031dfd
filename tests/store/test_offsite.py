"""The second backup folder: each backup copied there and pruned; a missing one never fatal."""

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from expat_desk.store import Store
from expat_desk.store import backup_crypto as crypto
from expat_desk.store.backup import backups_folder, check_backup, write_backup
from expat_desk.store.backup_errors import BackupError
from expat_desk.store.offsite import (
    FileSettings,
    copy_to_second,
    daily_backup,
    encryption_keys,
    last_copy,
    list_archives,
    record_copy,
    same_disk,
    second_folder,
    set_second_folder,
    turn_encryption_on,
)

MONDAY = datetime(2026, 12, 7, 9, 0)


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto.new_keys, "__kwdefaults__", {"log2_n": 14})


def test_each_daily_backup_goes_to_the_second_folder_which_keeps_as_many(
    store: Store, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "holiday.jpg").write_bytes(b"the manager's own file")
    set_second_folder(store, usb)
    for day in range(5):
        made = daily_backup(store.path, None, keep=3, now=MONDAY + timedelta(days=day))
        assert made is not None
        copy_to_second(made, second_folder(store), keep=3)
    assert daily_backup(store.path, None, keep=3, now=MONDAY + timedelta(days=4, hours=1)) is None

    copies = list_archives(usb)
    assert [p.name[11:19] for p in copies] == ["20261209", "20261210", "20261211"]
    assert [p.name for p in copies] == [p.name for p in list_archives(backups_folder(store.path))]
    assert check_backup(copies[-1]).clients == 0
    assert copies[-1].stat().st_mode & 0o077 == 0
    assert (usb / "holiday.jpg").exists()  # nothing not ours is pruned
    assert not list(usb.glob("*.part")) and not list(usb.glob(".*.part"))


def test_an_encrypted_daily_backup_is_copied_sealed(store: Store, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    turn_encryption_on(store, "a long enough passphrase")
    made = daily_backup(store.path, encryption_keys(store), now=MONDAY)
    assert made is not None and made.name.endswith("-daily.zip.edb")
    copy = copy_to_second(made, usb)
    assert crypto.is_encrypted(copy) and copy.read_bytes() == made.read_bytes()
    # Sealed and plain archives are kept together: the day's sealed one counts as today's.
    assert daily_backup(store.path, encryption_keys(store), now=MONDAY) is None


@pytest.mark.parametrize("unplugged", ["missing", "a-file"])
def test_an_unplugged_second_folder_is_refused_and_the_local_backup_still_made(
    store: Store, tmp_path: Path, unplugged: str
) -> None:
    usb = tmp_path / "usb"
    if unplugged == "a-file":
        usb.write_text("not a folder")
    made = daily_backup(store.path, None, now=MONDAY)
    assert made is not None and made.is_file()
    with pytest.raises(BackupError) as refused:
        copy_to_second(made, usb)
    assert refused.value.code == "backup.second_folder_unusable"
    assert str(usb) in str(refused.value)
    assert check_backup(made).clients == 0


def test_a_destination_that_fails_mid_copy_leaves_no_part_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = write_backup(store.path)

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(BackupError, match="No space left"):
        copy_to_second(made, usb)
    assert list(usb.iterdir()) == []


def test_the_settings_name_the_folder_and_the_last_copy(store: Store, tmp_path: Path) -> None:
    with pytest.raises(BackupError):
        set_second_folder(store, tmp_path / "nowhere")
    set_second_folder(store, tmp_path)
    record_copy(store, MONDAY)
    assert second_folder(store) == tmp_path and last_copy(store) == MONDAY
    assert same_disk(store.path, tmp_path)
    turn_encryption_on(store, "a long enough passphrase")
    store.close()
    read = FileSettings(store.path)  # what the CLI reads, without opening the store
    assert second_folder(read) == tmp_path and encryption_keys(read) is not None
    assert encryption_keys(FileSettings(tmp_path / "no-such.sqlite3")) is None


@pytest.mark.skipif(os.name != "posix", reason="a symlink needs privileges on Windows")
def test_links_planted_in_a_shared_second_folder_are_not_written_through(
    store: Store, tmp_path: Path
) -> None:
    # A network share others can write to: a link at the old fixed part name, and one at the
    # archive's own name, each pointing at a file of the manager's.
    share, own = tmp_path / "share", tmp_path / "own.txt"
    share.mkdir()
    own.write_text("the manager's own file")
    made = write_backup(store.path, now=MONDAY)
    (share / f".{made.name}.part").symlink_to(own)
    copied = copy_to_second(made, share)
    assert own.read_text() == "the manager's own file"
    assert copied.is_file() and not copied.is_symlink()

    later = write_backup(store.path, now=MONDAY + timedelta(days=1))
    (share / later.name).symlink_to(own)
    with pytest.raises(BackupError) as refused:
        copy_to_second(later, share)
    assert refused.value.code == "backup.second_folder_unusable"
    assert own.read_text() == "the manager's own file"
    assert (share / later.name).is_symlink()
