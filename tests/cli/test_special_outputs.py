"""Writing over special files (issue 15, item 13): run as root, ``document --out /dev/full``
replaced the device node with a PDF, since every writer renames a finished temporary over its
target. Every --out that exists and is not a regular file is refused, and left as it was:
a device node, a FIFO, a folder where a file is meant, a symlink (to a device or to a file).
"""

import os
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from expat_desk.cli import main
from expat_desk.cli_guard import EXIT_REFUSED
from expat_desk.store import Store
from expat_desk.store.output_paths import UnsafeOutput, check_output_path


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe")
    return folder / "pipe"


def _device(folder: Path) -> Path:
    # A null device of our own: the real /dev/null is shared by everyone on the machine.
    if os.geteuid() != 0:
        pytest.skip("only root makes a device node")
    os.mknod(folder / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return folder / "null"


def _link_to_device(folder: Path) -> Path:
    (folder / "to-null").symlink_to("/dev/null")
    return folder / "to-null"


def _link_to_file(folder: Path) -> Path:
    (folder / "real.bin").write_bytes(b"someone's file")
    (folder / "to-file").symlink_to(folder / "real.bin")
    return folder / "to-file"


SPECIAL: dict[str, Callable[[Path], Path]] = {
    "fifo": _fifo,
    "device": _device,
    "link to /dev/null": _link_to_device,
    "link to a file": _link_to_file,
}


def _state(path: Path) -> tuple:
    found = os.lstat(path)
    link = os.readlink(path) if stat.S_ISLNK(found.st_mode) else None
    return stat.S_IFMT(found.st_mode), found.st_rdev, found.st_ino, link


@pytest.fixture
def consent_case(db_path: Path) -> str:
    with Store.open(db_path, today=lambda: date(2026, 11, 25)) as store:
        client, _ = store.add_client(
            {
                "surname": "Weber",
                "given_names": "Anna",
                "birth_date": date(1990, 5, 2),
                "sex": "F",
                "citizenship": "DEU",
                "passport_number": "C01X00T47",
                "passport_issued": date(2020, 6, 15),
                "passport_authority": "Stadt Köln",
                "address": "Dostyk St 5, Astana",
            }
        )
        return store.open_case(client.id, "iin", {"representative": True}).number


def _refused(capsys: pytest.CaptureFixture[str], argv: list[str], target: Path) -> str:
    before = _state(target)
    folder = sorted(p.name for p in target.parent.iterdir())
    capsys.readouterr()
    code = main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (EXIT_REFUSED, "")
    assert len(err.splitlines()) == 1 and str(target) in err, err
    assert _state(target) == before  # the node, pipe or link is the very one it was
    assert sorted(p.name for p in target.parent.iterdir()) == folder  # no part file left
    return err


@pytest.mark.parametrize("kind", SPECIAL)
def test_document_out_is_never_renamed_over_a_special_file(
    capsys, db_path: Path, consent_case: str, tmp_path: Path, kind: str
) -> None:  # type: ignore[no-untyped-def]
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    target = SPECIAL[kind](out_folder)
    argv = ["--db", str(db_path), "document", "consent", "--case", consent_case]
    _refused(capsys, [*argv, "--out", str(target)], target)
    with Store.open(db_path) as store:  # refused before anything was made
        assert store.list_documents(store.case_by_number(consent_case).id) == []


@pytest.mark.parametrize("kind", SPECIAL)
def test_backup_out_is_never_renamed_over_a_special_file(
    capsys, db_path: Path, consent_case: str, tmp_path: Path, kind: str
) -> None:  # type: ignore[no-untyped-def]
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    target = SPECIAL[kind](out_folder)
    _refused(capsys, ["--db", str(db_path), "backup", "--out", str(target)], target)


@pytest.mark.parametrize("kind", SPECIAL)
def test_workbooks_are_never_renamed_over_a_special_file(
    capsys, db_path: Path, consent_case: str, tmp_path: Path, kind: str
) -> None:  # type: ignore[no-untyped-def]
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    target = SPECIAL[kind](out_folder)
    export = ["--db", str(db_path), "export-week", "--week", "2026-W48"]
    _refused(capsys, [*export, "--out", str(target)], target)
    source = tmp_path / "source.xlsx"
    assert main([*export, "--out", str(source)]) == 0
    merge = ["--db", str(db_path), "merge-workload", str(source)]
    _refused(capsys, [*merge, "--out", str(target)], target)


def test_a_folder_where_a_file_is_meant_is_refused(
    capsys, db_path: Path, consent_case: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "a-folder"
    folder.mkdir()
    argv = ["--db", str(db_path), "document", "consent", "--case", consent_case]
    assert "is a folder" in _refused(capsys, [*argv, "--out", str(folder)], folder)
    merge = ["--db", str(db_path), "merge-workload", str(tmp_path / "x.xlsx")]
    _refused(capsys, [*merge, "--out", str(folder)], folder)


def test_a_name_taken_by_a_special_file_while_the_work_ran_is_not_renamed_over(
    tmp_path: Path,
) -> None:
    from expat_desk.store.files import write_private

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "late"
    real_mkstemp = os.open

    def take_the_name(*args, **kwargs):  # type: ignore[no-untyped-def]
        fd = real_mkstemp(*args, **kwargs)
        if not target.exists():
            os.mkfifo(target)  # a pipe appears once the temporary is made
        return fd

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "open", take_the_name)
        with pytest.raises(UnsafeOutput):
            write_private(target, b"%PDF-1.7 personal data")
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert [p.name for p in folder.iterdir()] == ["late"]  # the temporary is gone


def test_a_regular_file_is_replaced_and_a_new_name_is_taken(tmp_path: Path) -> None:
    (tmp_path / "old.pdf").write_bytes(b"old")
    assert check_output_path(tmp_path / "old.pdf") == tmp_path / "old.pdf"
    assert check_output_path(tmp_path / "new.pdf") == tmp_path / "new.pdf"
