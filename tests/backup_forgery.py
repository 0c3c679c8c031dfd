"""Forging backup archives as an attacker would: members rewritten, the manifest's hashes and
sizes made to fit again, so only the checks behind the manifest can tell."""

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path


def members(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_members(archive: Path, contents: dict[str, bytes]) -> None:
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in contents.items():
            zf.writestr(name, data)


def refit(contents: dict[str, bytes]) -> dict[str, bytes]:
    """The manifest's hashes and sizes recomputed for the members as they now are."""
    manifest = json.loads(contents["manifest.json"])
    others = {n: d for n, d in contents.items() if n != "manifest.json"}
    manifest["files"] = {n: hashlib.sha256(d).hexdigest() for n, d in others.items()}
    if manifest.get("version", 1) >= 2:
        manifest["sizes"] = {n: len(d) for n, d in others.items()}
    return {**contents, "manifest.json": json.dumps(manifest).encode()}


def forge_database(
    archive: Path, scratch: Path, change: Callable[[sqlite3.Connection], None]
) -> None:
    """Run ``change`` on the archive's database and write the archive back, refitted."""
    contents = members(archive)
    copy = scratch / "forged.sqlite3"
    copy.unlink(missing_ok=True)
    copy.write_bytes(contents["database.sqlite3"])
    connection = sqlite3.connect(copy, isolation_level=None)
    try:
        change(connection)
    finally:
        connection.close()
    contents["database.sqlite3"] = copy.read_bytes()
    write_members(archive, refit(contents))
