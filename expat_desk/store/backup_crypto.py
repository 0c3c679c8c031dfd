"""Encrypted backups: a backup archive sealed so that only its passphrase opens it.

The daily backup is made at start, without asking anything, so it is sealed to a public key:
turning encryption on makes an X25519 key pair, and the settings keep the public key and the
private key wrapped (AES-GCM) with a key derived from the passphrase (Scrypt, random salt),
never the passphrase itself. Each sealed file carries that wrapped private key, so it opens on
a new laptop with the passphrase alone.

A sealed file (``.zip.edb``) is: the header (magic, version, the Scrypt parameters and salt,
the wrapped private key, the recipient's and a fresh ephemeral public key, then the SHA-256 of
all of it), and the plain zip in AES-GCM chunks of 1 MiB. A chunk's key comes from the two
keys' X25519 secret (HKDF); its nonce is its index and a final-chunk flag, and the header's
digest is its associated data, so a flipped byte, chunks swapped, dropped or cut short and
anything appended are all refused. A wrong passphrase fails to unwrap the private key.
"""

import base64
import hashlib
import os
import struct
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from expat_desk.store import backup_crypto_errors as refused
from expat_desk.store import backup_errors as backup_refused
from expat_desk.store.backup_crypto_errors import MIN_PASSPHRASE
from expat_desk.store.output_paths import check_output_path, replace_into
from expat_desk.store.scratch import scratch_folder
from expat_desk.store.sealed_names import ENCRYPTION_SETTING as ENCRYPTION_SETTING
from expat_desk.store.sealed_names import MAGIC
from expat_desk.store.sealed_names import SUFFIX as SUFFIX
from expat_desk.store.sealed_names import is_encrypted as is_encrypted

VERSION = 1
CHUNK = 1024 * 1024
_TAG = 16
# Scrypt's cost: 2**17 x 8 takes 128 MiB and about half a second, once per restore. A header
# may not ask more (a hostile file would exhaust the memory) nor less (a file made weak).
SCRYPT_LOG2_N = 17
_LOG2_N_RANGE = range(14, 21)
_INFO = b"expat-desk backup v1"
# magic, version, log2 n, r, p, salt, wrap nonce, wrapped key, recipient key, ephemeral key
_HEAD = struct.Struct(f">{len(MAGIC)}sBBBB16s12s48s32s32s")
_DIGEST = 32
HEADER_SIZE = _HEAD.size + _DIGEST
_POSIX = os.name == "posix"


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse a passphrase too short to hold against guessing a stolen backup offline."""
    if len(passphrase) < MIN_PASSPHRASE or len(set(passphrase)) < 2:
        raise refused.weak_passphrase()


def new_keys(passphrase: str, *, log2_n: int = SCRYPT_LOG2_N) -> dict[str, Any]:
    """A new key pair for the settings: the public key, and the private key wrapped with
    ``passphrase`` (which is not kept)."""
    check_passphrase_strength(passphrase)
    private = X25519PrivateKey.generate()
    salt, nonce = os.urandom(16), os.urandom(12)
    public = _raw_public(private.public_key())
    wrapped = AESGCM(_kek(passphrase, salt, log2_n, 8, 1)).encrypt(
        nonce, private.private_bytes_raw(), public
    )
    return {
        "public": _b64(public),
        "salt": _b64(salt),
        "log2_n": log2_n,
        "r": 8,
        "p": 1,
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


def passphrase_opens(keys: dict[str, Any], passphrase: str) -> bool:
    """Whether ``passphrase`` unwraps the stored private key (a remembered one still right)."""
    try:
        _unwrap(*_stored(keys), passphrase)
    except InvalidTag:
        return False
    return True


def encrypt_file(plain: Path, out: Path, keys: dict[str, Any]) -> Path:
    """Seal the archive ``plain`` to the stored public key into ``out``: written under a part
    name, synced, made owner-only, then renamed, so no half-sealed file bears the name."""
    log2_n, r, p, salt, nonce, wrapped, recipient = _stored(keys)
    ephemeral = X25519PrivateKey.generate()
    head = _HEAD.pack(
        MAGIC,
        VERSION,
        log2_n,
        r,
        p,
        salt,
        nonce,
        wrapped,
        recipient,
        _raw_public(ephemeral.public_key()),
    )
    digest = hashlib.sha256(head).digest()
    key = _chunk_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)), head)
    check_output_path(out)  # a device or a link there is refused before any work
    # A new name of our own (O_EXCL, owner-only): a link planted at a fixed part name is
    # never followed.
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    part = Path(name)
    try:
        with open(plain, "rb") as src, os.fdopen(handle, "wb") as dst:
            dst.write(head + digest)
            _seal_chunks(src, dst, AESGCM(key), digest)
            dst.flush()
            os.fsync(dst.fileno())
        replace_into(part, out)
    finally:
        part.unlink(missing_ok=True)
    return out


def decrypt_file(sealed: Path, out: Path, passphrase: str) -> None:
    """Open ``sealed`` with ``passphrase`` into ``out``; BackupError if the passphrase is wrong
    or the file was altered (then ``out`` is deleted: nothing unchecked is left)."""
    try:
        with open(sealed, "rb") as src:
            header = src.read(HEADER_SIZE)
            head, digest = header[: _HEAD.size], header[_HEAD.size :]
            if len(header) < HEADER_SIZE or hashlib.sha256(head).digest() != digest:
                raise refused.tampered(sealed)
            magic, version, log2_n, r, p, salt, nonce, wrapped, recipient, ephemeral = _HEAD.unpack(
                head
            )
            if magic != MAGIC or version != VERSION or not _sane(log2_n, r, p):
                raise refused.tampered(sealed)
            try:
                private = _unwrap(log2_n, r, p, salt, nonce, wrapped, recipient, passphrase)
            except InvalidTag:
                raise refused.wrong_passphrase(sealed) from None
            if _raw_public(private.public_key()) != recipient:
                raise refused.tampered(sealed)
            key = _chunk_key(private.exchange(X25519PublicKey.from_public_bytes(ephemeral)), head)
            with open(out, "wb") as dst:
                if _POSIX:
                    os.chmod(out, 0o600)
                try:
                    _open_chunks(src, dst, AESGCM(key), digest)
                except InvalidTag:
                    raise refused.tampered(sealed) from None
    except BaseException:
        Path(out).unlink(missing_ok=True)
        raise


@contextmanager
def opened(archive: Path, db_path: Path, passphrase: str | None) -> Iterator[Path]:
    """The plain archive of ``archive`` while the block runs: itself if it is not sealed, else
    opened into the desk's owner-only scratch folder and deleted after (swept after a crash)."""
    archive = Path(archive)
    if not is_encrypted(archive):
        yield archive
        return
    if passphrase is None:
        raise refused.needs_passphrase(archive)
    with ExitStack() as stack:
        try:
            folder = stack.enter_context(scratch_folder(db_path))
        except OSError as exc:  # no folder beside the database to open it in
            raise backup_refused.cannot_read(archive, exc.strerror or exc) from exc
        plain = folder / archive.name.removesuffix(SUFFIX)
        try:
            decrypt_file(archive, plain, passphrase)
        except OSError as exc:
            raise backup_refused.cannot_read(archive, exc.strerror or exc) from exc
        yield plain


def _seal_chunks(src: BinaryIO, dst: BinaryIO, aead: AESGCM, digest: bytes) -> None:
    # Read one ahead, so the last chunk (perhaps empty) is known and flagged.
    index, chunk = 0, src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if len(chunk) == CHUNK else b""
        final = not following
        dst.write(aead.encrypt(_nonce(index, final), chunk, digest))
        if final:
            return
        index, chunk = index + 1, following


def _open_chunks(src: BinaryIO, dst: BinaryIO, aead: AESGCM, digest: bytes) -> None:
    index, sealed = 0, src.read(CHUNK + _TAG)
    while True:
        following = src.read(CHUNK + _TAG) if len(sealed) == CHUNK + _TAG else b""
        # A chunk not flagged final where the file ends (cut short), or flagged final with
        # more after it (appended), fails its tag like a flipped byte does.
        dst.write(aead.decrypt(_nonce(index, not following), sealed, digest))
        if not following:
            return
        index, sealed = index + 1, following


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _chunk_key(shared: bytes, head: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=head, info=_INFO).derive(shared)


def _kek(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _unwrap(
    log2_n: int,
    r: int,
    p: int,
    salt: bytes,
    nonce: bytes,
    wrapped: bytes,
    recipient: bytes,
    passphrase: str,
) -> X25519PrivateKey:
    raw = AESGCM(_kek(passphrase, salt, log2_n, r, p)).decrypt(nonce, wrapped, recipient)
    return X25519PrivateKey.from_private_bytes(raw)


def _stored(keys: dict[str, Any]) -> tuple[int, int, int, bytes, bytes, bytes, bytes]:
    """The parts of the encryption setting; refused as not set up if any is missing or odd."""
    try:
        parts = (
            int(keys["log2_n"]),
            int(keys["r"]),
            int(keys["p"]),
            base64.b64decode(keys["salt"], validate=True),
            base64.b64decode(keys["nonce"], validate=True),
            base64.b64decode(keys["wrapped"], validate=True),
            base64.b64decode(keys["public"], validate=True),
        )
    except (KeyError, TypeError, ValueError):
        raise refused.no_encryption() from None
    lengths = tuple(len(part) for part in parts[3:])
    if not _sane(*parts[:3]) or lengths != (16, 12, 48, 32):
        raise refused.no_encryption()
    return parts


def _sane(log2_n: int, r: int, p: int) -> bool:
    return log2_n in _LOG2_N_RANGE and r == 8 and p == 1


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
