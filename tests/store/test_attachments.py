"""Scans attached to checklist items: filed with the database, hashed, private, on record."""

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.store import Store
from expat_desk.store import attachments as attachments_module
from expat_desk.store.attachments import (
    MAX_ATTACHMENT_BYTES,
    attach_file,
    attachment_path,
)
from expat_desk.store.files import files_root

POSIX = os.name == "posix"


@pytest.fixture
def case(store: Store, client: Any) -> Any:
    return store.open_case(client.id, "iin", {"channel": "expat_centre", "representative": True})


@pytest.fixture
def item(case: Any) -> Any:
    return next(i for i in case.items if i.code == "iin.passport_copy")


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "Passport Scan.PDF"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.7 passport of Camille Dubois\n" * 100)
    return path


def stored_item(store: Store, case_id: int, item_id: int) -> Any:
    return next(i for i in store.get_case(case_id).items if i.id == item_id)


def test_round_trip(store: Store, case: Any, item: Any, scan: Path) -> None:
    attached = attach_file(store, item.id, scan)

    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    expected = f"attachments/case-{case.id}/iin.passport_copy-{digest[:12]}.pdf"
    assert attached.file_path == expected
    assert attached.file_sha256 == digest
    again = stored_item(store, case.id, item.id)
    assert (again.file_path, again.file_sha256) == (expected, digest)
    path = attachment_path(store, again)
    assert path == (files_root(store.path) / expected).absolute()
    assert path.read_bytes() == scan.read_bytes()
    assert scan.exists()  # a copy, the source is left alone


def test_recorded_path_is_relative_so_the_database_folder_can_move(
    store: Store, db_path: Path, case: Any, item: Any, scan: Path, tmp_path: Path
) -> None:
    attach_file(store, item.id, scan)
    store.close()
    moved = tmp_path / "moved"
    moved.mkdir()
    for name in os.listdir(db_path.parent):
        if name.startswith(db_path.name) or name == "attachments":
            os.replace(db_path.parent / name, moved / name)
    with Store.open(moved / db_path.name) as again:
        path = attachment_path(again, stored_item(again, case.id, item.id))
        assert path is not None and path.is_relative_to(moved)
        assert path.read_bytes() == scan.read_bytes()


def test_no_attachment_no_path(store: Store, item: Any) -> None:
    assert attachment_path(store, item) is None


def test_a_path_leading_outside_the_attachments_folder_is_not_followed(
    store: Store, item: Any
) -> None:
    item.file_path = "../../etc/passwd"
    assert attachment_path(store, item) is None
    item.file_path = "/etc/passwd"
    assert attachment_path(store, item) is None


@pytest.mark.skipif(not POSIX, reason="owner-only permissions are POSIX modes")
def test_folders_and_file_are_owner_only(store: Store, case: Any, item: Any, scan: Path) -> None:
    attach_file(store, item.id, scan)
    path = attachment_path(store, stored_item(store, case.id, item.id))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700


def test_the_event_log_names_the_file(store: Store, case: Any, item: Any, scan: Path) -> None:
    attached = attach_file(store, item.id, scan)
    lines = [e for e in store.case_history(case.id) if e.field == "file"]
    assert len(lines) == 1
    line = lines[0]
    assert (line.entity, line.entity_id, line.old) == ("item", item.id, None)
    assert line.new == Path(attached.file_path).name
    assert line.manager_id == store.manager_id


def test_reattaching_replaces_the_scan(
    store: Store, case: Any, item: Any, scan: Path, tmp_path: Path
) -> None:
    first = attach_file(store, item.id, scan)
    first_path = attachment_path(store, first)
    better = tmp_path / "better.jpg"
    better.write_bytes(b"\xff\xd8\xff a sharper scan")

    second = attach_file(store, item.id, better)

    assert second.file_sha256 == hashlib.sha256(better.read_bytes()).hexdigest()
    assert second.file_path.endswith(".jpg")
    assert stored_item(store, case.id, item.id).file_path == second.file_path
    assert attachment_path(store, second).read_bytes() == better.read_bytes()
    assert not first_path.exists()  # replaced, not piling up
    lines = [(e.old, e.new) for e in store.case_history(case.id) if e.field == "file"]
    assert lines == [
        (None, Path(first.file_path).name),
        (Path(first.file_path).name, Path(second.file_path).name),
    ]


def test_attaching_the_same_file_twice_changes_nothing(
    store: Store, case: Any, item: Any, scan: Path
) -> None:
    first = attach_file(store, item.id, scan)
    second = attach_file(store, item.id, scan)
    assert second.file_path == first.file_path
    assert attachment_path(store, second).exists()
    assert len([e for e in store.case_history(case.id) if e.field == "file"]) == 1


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda d: d / "nowhere.pdf", "does not exist"),
        (lambda d: d, "folder"),
        (lambda d: (d / "empty.pdf", (d / "empty.pdf").write_bytes(b""))[0], "empty"),
    ],
    ids=["missing", "folder", "empty"],
)
def test_refuses_what_is_not_a_scan(
    store: Store, case: Any, item: Any, tmp_path: Path, make: Callable[[Path], Path], why: str
) -> None:
    with pytest.raises(ValidationError) as error:
        attach_file(store, item.id, make(tmp_path))
    assert "file" in error.value.errors
    assert why in error.value.errors["file"]
    assert stored_item(store, case.id, item.id).file_path is None
    assert not (files_root(store.path) / "attachments").exists() or not any(
        (files_root(store.path) / "attachments").rglob("*.*")
    )


def test_refuses_a_file_over_25_mib(store: Store, item: Any, tmp_path: Path) -> None:
    big = tmp_path / "huge.tif"
    with big.open("wb") as f:  # sparse: no need to write 25 MiB
        f.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError) as error:
        attach_file(store, item.id, big)
    assert "25 MiB" in error.value.errors["file"]


def test_a_file_of_exactly_25_mib_is_accepted(store: Store, item: Any, tmp_path: Path) -> None:
    big = tmp_path / "big.tif"
    with big.open("wb") as f:
        f.truncate(MAX_ATTACHMENT_BYTES)
    assert attach_file(store, item.id, big).file_sha256 is not None


@pytest.mark.parametrize("status", ["completed", "cancelled"])
def test_refuses_a_closed_case(store: Store, case: Any, item: Any, scan: Path, status: str) -> None:
    if status == "completed":
        for i in case.items:
            store.set_item_state(i.id, "received")
        store.move_case(case.id, "submitted")
    store.move_case(case.id, status, outcome="850712300017" if case.service == "iin" else None)
    with pytest.raises(RuleViolation):
        attach_file(store, item.id, scan)
    assert stored_item(store, case.id, item.id).file_path is None


def test_a_failed_database_write_leaves_no_file(
    store: Store, case: Any, item: Any, scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_log(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(store, "_log", broken_log)
    with pytest.raises(RuntimeError, match="disk I/O error"):
        attach_file(store, item.id, scan)
    monkeypatch.undo()
    assert stored_item(store, case.id, item.id).file_path is None
    assert list((files_root(store.path) / "attachments").rglob("*")) == [
        files_root(store.path) / "attachments" / f"case-{case.id}"
    ]


def test_a_failed_copy_leaves_no_part_file(
    store: Store, case: Any, item: Any, scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(attachments_module.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="no space"):
        attach_file(store, item.id, scan)
    monkeypatch.undo()
    assert not any((files_root(store.path) / "attachments").rglob("*.*"))
    assert stored_item(store, case.id, item.id).file_path is None
