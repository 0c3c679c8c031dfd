"""Encrypted backups: opened only with the passphrase, and any change to the file refused."""

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expat_desk.store import Store
from expat_desk.store import backup_crypto as crypto
from expat_desk.store.backup import check_backup, restore_backup
from expat_desk.store.backup_errors import BackupError
from expat_desk.store.offsite import encryption_keys, make_backup, turn_encryption_on
from expat_desk.store.scratch import scratch_root

PASSPHRASE = "correct horse battery staple"
# The real cost is 2**17; the lowest a file may carry keeps these tests quick.
FAST = 14


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_LOG2_N", FAST)
    monkeypatch.setattr(crypto.new_keys, "__kwdefaults__", {"log2_n": FAST})


@pytest.fixture
def keys() -> dict[str, Any]:
    return crypto.new_keys(PASSPHRASE)


def seal(tmp_path: Path, plain: bytes, keys: dict[str, Any]) -> Path:
    source = tmp_path / "plain.zip"
    source.write_bytes(plain)
    return crypto.encrypt_file(source, tmp_path / "sealed.zip.edb", keys)


def test_a_sealed_file_opens_with_its_passphrase_to_the_same_bytes(
    tmp_path: Path, keys: dict[str, Any]
) -> None:
    # Empty, under one chunk, exactly one chunk, and over two.
    for size in (0, 100, crypto.CHUNK, 2 * crypto.CHUNK + 7):
        plain = bytes(range(256)) * (size // 256) + b"z" * (size % 256)
        sealed = seal(tmp_path, plain, keys)
        assert crypto.is_encrypted(sealed)
        assert plain[:64] not in sealed.read_bytes() or size == 0
        opened = tmp_path / "opened.zip"
        crypto.decrypt_file(sealed, opened, PASSPHRASE)
        assert opened.read_bytes() == plain


def test_a_wrong_passphrase_is_refused_and_leaves_nothing(
    tmp_path: Path, keys: dict[str, Any]
) -> None:
    sealed = seal(tmp_path, b"PK personal data" * 1000, keys)
    opened = tmp_path / "opened.zip"
    with pytest.raises(BackupError) as refused:
        crypto.decrypt_file(sealed, opened, PASSPHRASE + "!")
    assert refused.value.code == "backup.wrong_passphrase"
    assert not opened.exists()


def _flip(offset: int) -> Callable[[bytes], bytes]:
    return lambda data: data[:offset] + bytes([data[offset] ^ 1]) + data[offset + 1 :]


def _swap_first_two_chunks(data: bytes) -> bytes:
    head, size = crypto.HEADER_SIZE, crypto.CHUNK + 16
    first, second = data[head : head + size], data[head + size : head + 2 * size]
    return data[:head] + second + first + data[head + 2 * size :]


@pytest.mark.parametrize(
    "tamper",
    [
        _flip(len(crypto.MAGIC) + 20),  # the header's salt
        _flip(crypto.HEADER_SIZE - 40),  # the ephemeral key
        _flip(crypto.HEADER_SIZE - 1),  # the header's digest
        _flip(crypto.HEADER_SIZE + 5),  # the first chunk
        _flip(-1),  # the last chunk's tag
        lambda data: data[: crypto.HEADER_SIZE + crypto.CHUNK + 16],  # cut at a chunk's end
        lambda data: data[:-100],  # cut inside the last chunk
        lambda data: data[:100],  # cut inside the header
        _swap_first_two_chunks,
        lambda data: data + b"garbage",
        lambda data: data + data[crypto.HEADER_SIZE :],  # its own chunks again
    ],
    ids=[
        "salt",
        "ephemeral-key",
        "digest",
        "chunk",
        "last-tag",
        "truncated-at-chunk",
        "truncated",
        "header-cut",
        "swapped",
        "garbage",
        "chunks-appended",
    ],
)
def test_any_change_to_a_sealed_file_is_refused_as_tampered(
    tmp_path: Path, keys: dict[str, Any], tamper: Callable[[bytes], bytes]
) -> None:
    sealed = seal(tmp_path, b"\x07" * (2 * crypto.CHUNK + 999), keys)
    sealed.write_bytes(tamper(sealed.read_bytes()))
    opened = tmp_path / "opened.zip"
    with pytest.raises(BackupError) as refused:
        crypto.decrypt_file(sealed, opened, PASSPHRASE)
    assert refused.value.code == "backup.tampered"
    assert not opened.exists()


def test_a_header_asking_for_a_ruinous_scrypt_cost_is_refused(
    tmp_path: Path, keys: dict[str, Any]
) -> None:
    sealed = seal(tmp_path, b"data", keys)
    data = bytearray(sealed.read_bytes())
    data[len(crypto.MAGIC) + 1] = 40  # 2**40: a terabyte of memory
    head = bytes(data[: crypto.HEADER_SIZE - 32])
    data[crypto.HEADER_SIZE - 32 : crypto.HEADER_SIZE] = hashlib.sha256(head).digest()
    sealed.write_bytes(bytes(data))
    with pytest.raises(BackupError) as refused:
        crypto.decrypt_file(sealed, tmp_path / "o.zip", PASSPHRASE)
    assert refused.value.code == "backup.tampered"


def test_a_short_or_uniform_passphrase_is_refused() -> None:
    for weak in ("short", "a" * 40, "11-chars-xx"):
        with pytest.raises(BackupError) as refused:
            crypto.new_keys(weak)
        assert refused.value.code == "backup.weak_passphrase"
    assert crypto.passphrase_opens(crypto.new_keys(PASSPHRASE), PASSPHRASE)


def test_an_encrypted_backup_restores_with_only_the_passphrase_on_a_new_laptop(
    store: Store, new_client: Callable[..., Any], tmp_path: Path
) -> None:
    client = new_client()
    turn_encryption_on(store, PASSPHRASE)
    sealed = make_backup(store.path, encryption_keys(store))
    assert sealed.name.endswith(".zip.edb") and sealed.stat().st_mode & 0o077 == 0
    assert b"SQLite format" not in sealed.read_bytes()
    # Nothing plain is left anywhere beside the database.
    plain = [p for p in store.path.parent.rglob("*.zip") if p.is_file()]
    assert plain == []

    new_laptop = tmp_path / "new" / "desk.sqlite3"
    new_laptop.parent.mkdir()
    with crypto.opened(sealed, new_laptop, PASSPHRASE) as archive:
        assert archive.parent.parent == scratch_root(new_laptop)
        assert check_backup(archive).clients == 1
        restore_backup(new_laptop, archive)
    assert not any(scratch_root(new_laptop).rglob("*.zip"))
    with Store.open(new_laptop) as restored:
        assert [c.surname for c in restored.search_clients()] == [client.surname]


def test_a_sealed_backup_without_a_passphrase_is_not_opened(store: Store, tmp_path: Path) -> None:
    turn_encryption_on(store, PASSPHRASE)
    sealed = make_backup(store.path, encryption_keys(store))
    with pytest.raises(BackupError) as refused, crypto.opened(sealed, store.path, None):
        pass
    assert refused.value.code == "backup.needs_passphrase"
    with pytest.raises(BackupError), crypto.opened(sealed, store.path, "wrong passphrase!"):
        pass
    assert not any(scratch_root(store.path).rglob("*.zip"))


def test_the_passphrase_is_nowhere_in_the_database(store: Store) -> None:
    turn_encryption_on(store, PASSPHRASE)
    make_backup(store.path, encryption_keys(store))
    store.close()
    needle = PASSPHRASE.encode()
    for path in store.path.parent.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path
    with closing(sqlite3.connect(store.path)) as connection:
        values = " ".join(str(row) for row in connection.execute("SELECT * FROM settings"))
    assert PASSPHRASE not in values and "public" in values


# Made once: hypothesis runs the test body many times and a fixture would not be reset.
_KEYS = crypto.new_keys(PASSPHRASE, log2_n=FAST)


@settings(max_examples=80, deadline=None)
@given(
    data=st.binary(max_size=600),
    edits=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=4),
    cut=st.integers(0, 10_000),
)
def test_any_bytes_after_the_magic_are_refused_with_a_documented_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, edits: list[tuple[int, int]], cut: int
) -> None:
    folder = tmp_path_factory.mktemp("sealed")
    sealed = seal(folder, data, _KEYS).read_bytes()
    spoiled = bytearray(sealed)
    for offset, value in edits:
        spoiled[offset % len(spoiled)] = value
    spoiled = spoiled[: max(len(crypto.MAGIC), len(spoiled) - cut % 50)]
    path = folder / "spoiled.zip.edb"
    path.write_bytes(bytes(spoiled))
    out = folder / "out.zip"
    if bytes(spoiled) == sealed:
        crypto.decrypt_file(path, out, PASSPHRASE)
        assert out.read_bytes() == data
        return
    with pytest.raises(BackupError) as refused:
        crypto.decrypt_file(path, out, PASSPHRASE)
    assert refused.value.code == "backup.tampered"
    assert not out.exists()
