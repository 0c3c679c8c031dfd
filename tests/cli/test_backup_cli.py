"""`expat-desk backup`, `restore` and `check`: exit codes a script can act on."""

import shutil
from pathlib import Path

import pytest

from expat_desk.cli import EXIT_DAMAGED, EXIT_OLD_SCHEMA, main
from expat_desk.store import Store

FIRST_SCHEMA = Path(__file__).parents[1] / "data" / "schema-0001.sqlite"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_then_restore_brings_the_clients_back(capsys, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    assert main(["--db", str(db), "demo", "--clients", "12"]) == 0
    archive = tmp_path / "monday.zip"
    code, out, _ = run(capsys, "--db", str(db), "backup", "--out", str(archive))
    assert code == 0 and out.startswith(f"{archive}\t12 clients")

    other = tmp_path / "elsewhere.sqlite3"
    code, out, _ = run(capsys, "--db", str(other), "restore", str(archive))
    assert code == 0 and "12 clients" in out
    with Store.open(other) as store:
        assert store.count_clients() == 12


def test_restore_refuses_a_file_that_is_not_a_backup(capsys, tmp_path: Path) -> None:
    junk = tmp_path / "notes.zip"
    junk.write_text("hello")
    code, _, err = run(capsys, "--db", str(tmp_path / "d.sqlite3"), "restore", str(junk))
    assert code == 1 and "not a backup of Expat Desk" in err
    assert not (tmp_path / "d.sqlite3").exists()


def test_check_exit_code_says_sound_damaged_or_old_schema(capsys, tmp_path: Path) -> None:
    sound = tmp_path / "sound.sqlite3"
    Store.open(sound).close()
    assert run(capsys, "--db", str(sound), "check")[0] == 0

    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIRST_SCHEMA, old)
    code, out, _ = run(capsys, "--db", str(old), "check")
    assert (code, "schema 0001") == (EXIT_OLD_SCHEMA, out.split("; ")[1].split(" (")[0])

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"\0" * 8192)
    assert run(capsys, "--db", str(damaged), "check")[0] == EXIT_DAMAGED


def test_backup_keep_sets_how_many_are_kept(capsys, tmp_path: Path) -> None:
    from expat_desk.store.backup import KEEP_SETTING, list_backups

    db = tmp_path / "desk.sqlite3"
    Store.open(db).close()
    for _ in range(3):
        assert run(capsys, "--db", str(db), "backup")[0] == 0
    assert run(capsys, "--db", str(db), "backup", "--keep", "2")[0] == 0
    assert len(list_backups(db)) == 2
    with Store.open(db) as store:
        assert store.get_setting(KEEP_SETTING) == 2


def test_restore_refuses_while_a_window_has_the_database(capsys, tmp_path: Path) -> None:
    from expat_desk.store.lock import WriterLock

    db = tmp_path / "desk.sqlite3"
    Store.open(db).close()
    archive = tmp_path / "b.zip"
    assert run(capsys, "--db", str(db), "backup", "--out", str(archive))[0] == 0
    with WriterLock(db):
        code, _, err = run(capsys, "--db", str(db), "restore", str(archive))
    assert code == 1 and "already open" in err and "close the window first" in err


def test_an_encrypted_backup_restores_only_with_its_passphrase(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from expat_desk.store import backup_crypto
    from expat_desk.store.offsite import set_second_folder, turn_encryption_on

    monkeypatch.setattr(backup_crypto.new_keys, "__kwdefaults__", {"log2_n": 14})
    db = tmp_path / "desk.sqlite3"
    assert main(["--db", str(db), "demo", "--clients", "3"]) == 0
    code, _, err = run(capsys, "--db", str(db), "backup", "--encrypt")
    assert code == 1 and "encryption of backups is not set up" in err

    usb = tmp_path / "usb"
    usb.mkdir()
    with Store.open(db) as store:
        turn_encryption_on(store, "a passphrase for the USB drive")
        set_second_folder(store, usb)
    code, out, err = run(capsys, "--db", str(db), "backup", "--encrypt")
    sealed = Path(out.split("\t")[0])
    assert code == 0 and sealed.name.endswith(".zip.edb") and "\t3 clients" in out
    assert backup_crypto.is_encrypted(sealed) and (usb / sealed.name).is_file()

    other = tmp_path / "new-laptop" / "desk.sqlite3"
    other.parent.mkdir()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--db", str(other), "restore", str(usb / sealed.name))
    assert code == 1 and "is encrypted: give its passphrase" in err
    monkeypatch.setenv("EXPAT_DESK_PASSPHRASE", "a wrong passphrase, long")
    code, _, err = run(capsys, "--db", str(other), "restore", str(usb / sealed.name))
    assert code == 1 and "the passphrase is wrong" in err and not other.exists()
    monkeypatch.setenv("EXPAT_DESK_PASSPHRASE", "a passphrase for the USB drive")
    code, out, _ = run(capsys, "--db", str(other), "restore", str(usb / sealed.name))
    assert code == 0 and "3 clients" in out
    with Store.open(other) as store:
        assert store.count_clients() == 3


def test_an_unplugged_second_folder_is_a_warning_and_the_backup_is_made(
    capsys, tmp_path: Path
) -> None:
    from expat_desk.store.offsite import set_second_folder

    db = tmp_path / "desk.sqlite3"
    usb = tmp_path / "usb"
    usb.mkdir()
    with Store.open(db) as store:
        set_second_folder(store, usb)
    usb.rmdir()  # unplugged
    code, out, err = run(capsys, "--db", str(db), "backup")
    assert code == 0 and Path(out.split("\t")[0]).is_file()
    assert "warning: the second backup folder" in err and "not connected" in err


def test_backup_settings_set_encryption_and_the_second_folder(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from expat_desk.store import backup_crypto

    monkeypatch.setattr(backup_crypto.new_keys, "__kwdefaults__", {"log2_n": 14})
    db = tmp_path / "desk.sqlite3"
    Store.open(db).close()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setenv("EXPAT_DESK_PASSPHRASE", "short")
    code, _, err = run(capsys, "--db", str(db), "backup-settings", "--encryption", "on")
    assert code == 1 and "at least 12 characters" in err
    code, _, err = run(capsys, "--db", str(db), "backup-settings", "--second-folder", "/nowhere")
    assert code == 1 and "/nowhere cannot be written" in err

    monkeypatch.setenv("EXPAT_DESK_PASSPHRASE", "a long enough passphrase")
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "backup-settings",
        "--encryption",
        "on",
        "--second-folder",
        str(usb),
    )
    assert code == 0
    assert out.splitlines() == ["encryption\ton", f"second folder\t{usb}", "last copy\tnever"]
    code, out, _ = run(capsys, "--db", str(db), "backup")
    assert code == 0 and out.split("\t")[0].endswith(".zip.edb")
    code, out, _ = run(capsys, "--db", str(db), "backup-settings", "--encryption", "off")
    assert code == 0 and "encryption\toff" in out
