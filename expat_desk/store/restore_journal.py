"""The restore's swap, journaled: finished or undone at the next open if a crash cuts it short.

A swap is a few renames (the old files folder and WAL aside, the staged files folder and
database in). Before the first, ``<database>.restore-journal`` names every move and the new
database's SHA-256, and says before each which step is under way (written whole, fsynced,
renamed into place). ``recover_restore`` — called when a database is opened or checked —
reads it and finishes the swap when everything staged is still there, else puts the old data
back, so a database and its files folder always belong together: old with old, new with new.
The old data wait in ``<database>.restore-old/`` (outside the scratch folder, which a sweep may
empty) until the swap is over.
"""

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from expat_desk.store import backup_errors as refused
from expat_desk.store.backup_format import CHUNK, DATABASE_MEMBER, POSIX, fsync_folder
from expat_desk.store.files import files_root
from expat_desk.store.lock import try_hold
from expat_desk.store.scratch import scratch_root

JOURNAL_VERSION = 1


def _no_step(_step: int) -> None:
    pass


# Called with a step's number just before it is taken; the crash tests end the process here.
before_step: Callable[[int], None] = _no_step


def journal_path(db_path: Path) -> Path:
    return Path(f"{db_path}.restore-journal")


def aside_path(db_path: Path) -> Path:
    return Path(f"{db_path}.restore-old")


def swap_in(db_path: Path, staged: Path, held: Path, new_sha256: str) -> None:
    """Put the database and files folder staged in ``staged`` in place of ``db_path``'s.

    ``held`` is the lock file the caller holds while it runs (its scratch folder's): a journal
    whose lock is free was left by a process that died. A failure undoes what was done and
    raises the OSError.
    """
    # Written whole and resolved, so the next open finds the same paths however it names them.
    db_path, staged, held = Path(db_path).resolve(), staged.resolve(), held.resolve()
    aside = aside_path(db_path)
    shutil.rmtree(aside, ignore_errors=True)
    aside.mkdir(mode=0o700)
    # Only what exists is moved, and each target is empty before its move: recovery tells a
    # move made from one not made by where things are.
    moves: list[tuple[Path, Path]] = []
    current = files_root(db_path)
    if current.exists():
        moves.append((current, aside / "files"))
    for suffix in ("-wal", "-shm"):  # they belong to the old database, SQLite would replay them
        if Path(f"{db_path}{suffix}").exists():
            moves.append((Path(f"{db_path}{suffix}"), aside / f"database{suffix}"))
    if (staged / "files").exists():
        moves.append((staged / "files", current))
    moves.append((staged / DATABASE_MEMBER, db_path))  # last: over the old one, atomically
    journal = {
        "version": JOURNAL_VERSION,
        "database": str(db_path),
        "held": str(held),
        "aside": str(aside),
        "new_sha256": new_sha256,
        "moves": [[str(a), str(b)] for a, b in moves],
        "step": 0,
    }
    _write_journal(db_path, journal)
    try:
        for step, (source, target) in enumerate(moves, start=1):
            journal["step"] = step
            _write_journal(db_path, journal)
            before_step(step)
            os.replace(source, target)
            fsync_folder(target.parent)
    except OSError:
        made = [n < journal["step"] for n in range(1, len(moves) + 1)]
        _roll_back(db_path, journal, made)
        raise
    before_step(len(moves) + 1)
    _finish(db_path, journal)


def recover_restore(db_path: Path) -> str | None:
    """Finish or undo a restore a crash cut short; "finished", "rolled back" or None (there
    was none). Refuses while the restore's own process is still at work."""
    path = journal_path(db_path)
    if not path.exists():
        return None
    db_path = Path(db_path).resolve()
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        moves = [(Path(a), Path(b)) for a, b in journal["moves"]]
        step = int(journal["step"])
        str(journal["new_sha256"])
        ours = _ours(Path(db_path), journal, moves)
    except (OSError, ValueError, KeyError, TypeError):
        raise refused.journal_unreadable(path) from None
    if not ours:  # it would move or delete what is not this database's: never act on it
        raise refused.journal_unreadable(path)
    if not _abandoned(Path(journal["held"])):
        raise refused.restore_under_way(db_path)
    done = [_done(journal, n, step) for n in range(1, len(moves) + 1)]
    # Forward when every move not yet made still has what it moves (a sweep may have taken
    # the staged files): the new data were fully staged before the journal was written.
    if all(made or source.exists() for made, (source, _t) in zip(done, moves, strict=True)):
        for made, (source, target) in zip(done, moves, strict=True):
            if not made:
                os.replace(source, target)
                fsync_folder(target.parent)
        _finish(Path(db_path), journal)
        return "finished"
    _roll_back(Path(db_path), journal, done)
    return "rolled back"


def _ours(db_path: Path, journal: dict, moves: list[tuple[Path, Path]]) -> bool:  # type: ignore[type-arg]
    """Whether every path the journal names is one a restore of ``db_path`` moves."""
    aside, staging = aside_path(db_path), scratch_root(db_path)
    own = {db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), files_root(db_path)}
    inside = (aside, staging)
    return (
        Path(journal["aside"]) == aside
        and Path(journal["held"]).is_relative_to(staging)
        and ".." not in str(journal["held"])
        and all(
            (p in own or any(p.is_relative_to(f) for f in inside)) and ".." not in p.parts
            for move in moves
            for p in move
        )
    )


def _done(journal: dict, n: int, step: int) -> bool:  # type: ignore[type-arg]
    """Whether move ``n`` (from 1) was made: the journal names each before it is made, so one
    before the step named was, one after it was not, and the one named by what is where."""
    if n != step:
        return n < step
    source, target = (Path(p) for p in journal["moves"][n - 1])
    if source.exists():
        return False
    if n == len(journal["moves"]):  # the database, renamed over the old one
        return _is_new(target, journal["new_sha256"])
    return target.exists()  # every other target was empty before its move


def _roll_back(db_path: Path, journal: dict, done: list[bool]) -> None:  # type: ignore[type-arg]
    """Undo the moves made, newest first: what came in is deleted (the archive still holds
    it), what went aside goes back. The old database itself was never moved."""
    aside = Path(journal["aside"])
    for made, (a, b) in reversed(list(zip(done, journal["moves"], strict=True))[:-1]):
        source, target = Path(a), Path(b)
        if not made:
            continue
        if target.is_relative_to(aside):
            source.parent.mkdir(parents=True, exist_ok=True)
            os.rename(target, source)  # the place is empty: nothing to replace
            fsync_folder(source.parent)
        elif target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    _finish(db_path, journal)


def _finish(db_path: Path, journal: dict) -> None:  # type: ignore[type-arg]
    shutil.rmtree(journal["aside"], ignore_errors=True)
    journal_path(db_path).unlink(missing_ok=True)
    fsync_folder(Path(db_path).parent)


def _is_new(path: Path, sha256: str) -> bool:
    if not path.is_file():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == sha256


def _abandoned(held: Path) -> bool:
    try:
        fd = os.open(held, os.O_RDWR)
    except FileNotFoundError:
        return True  # its scratch folder was swept: its process had ended
    try:
        return try_hold(fd)
    finally:
        os.close(fd)


def _write_journal(db_path: Path, journal: dict) -> None:  # type: ignore[type-arg]
    path = journal_path(db_path)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as stream:
        json.dump(journal, stream)
        stream.flush()
        os.fsync(stream.fileno())
    if POSIX:
        os.chmod(part, 0o600)
    os.replace(part, path)
    fsync_folder(path.parent)
