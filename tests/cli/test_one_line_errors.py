"""Tracebacks instead of one-line errors (issue 15, item 12), each as the attack found it:
huge and non-ASCII numbers, malformed backups, a missing folder, a read-only or full disk,
terminal escapes printed from the database, and whatever nobody expected. Each ends as one
line on stderr and the exit code the README's table gives."""

import errno
import io
import json
import os
import re
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

import expat_desk.cli as cli
from expat_desk.cli import main
from expat_desk.cli_guard import (
    EXIT_CODES,
    EXIT_REFUSED,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    LOG_FILE,
)
from expat_desk.store import Store

README = Path(__file__).parents[2] / "README.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's way out
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert "Traceback" not in err
    # argparse's usage block ("usage: ..." and its indented lines) comes before the error.
    lines = [line for line in err.splitlines() if not line.startswith(("usage:", " "))]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def desk(db_path: Path) -> Path:
    with Store.open(db_path, today=lambda: date(2026, 11, 25)) as store:
        store.add_client(
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
        store.set_centre_details(
            {"name": "AIFC Expat Centre", "bin": "160840012340", "address": "Mangilik El 55/20"}
        )
    return db_path


HUGE = "99999999999999999999"  # past SQLite's 64-bit INTEGER: OverflowError from sqlite3


@pytest.mark.parametrize(
    "argv",
    [
        ["cases", "--client", HUGE],
        ["cases", "--limit", HUGE],
        ["clients", "--limit", HUGE],
        ["stays", HUGE],
        ["document", "consent", "--case", HUGE, "--out", "x.pdf"],
        ["document", "consent", "--case", "9" * 5000, "--out", "x.pdf"],
        ["cases", "--client", "9223372036854775808"],  # 2^63
        ["cases", "--client", "²"],  # str.isdigit() says yes, int() says no
        ["cases", "--client", "١٢"],  # Arabic-Indic digits: int() takes them
        ["clients", "--limit", "１２"],  # full-width digits
        ["cases", "--limit", "1_000"],
        ["cases", "--client", "0"],
        ["export-week", "--weeks", HUGE, "--out", "."],
        ["demo", "--clients", HUGE],
        ["backup", "--keep", HUGE],
    ],
)
def test_a_number_out_of_range_or_not_in_ascii_digits_is_a_usage_error(
    capsys, desk: Path, argv: list[str]
) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", str(desk), *argv)
    assert (code, out) == (EXIT_USAGE, "")
    assert one_line(err).startswith("expat-desk ")


def test_a_case_number_in_other_digits_is_looked_up_as_a_number(
    capsys, desk: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = str(tmp_path / "x.pdf")
    code, _, err = run(
        capsys, "--db", str(desk), "document", "consent", "--case", "²", "--out", out
    )
    assert code == EXIT_REFUSED and one_line(err).endswith("no case numbered ²")


def test_the_largest_id_sqlite_holds_is_asked_for_and_found_missing(capsys, desk: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", str(desk), "cases", "--client", str(2**63 - 1))
    assert (code, out) == (0, "")
    code, _, err = run(capsys, "--db", str(desk), "stays", str(2**63 - 1))
    assert code == EXIT_REFUSED and "2^63" not in one_line(err)


def _archive(path: Path, manifest: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("database.sqlite3", b"SQLite format 3\x00" + bytes(100))
    return path


MANIFESTS = {
    "a list": b"[1, 2, 3]",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "huge numbers": json.dumps(
        {"format": "expat-desk-backup", "version": 10**400, "clients": 10**400}
    ).encode(),
    "wrong types": json.dumps(
        {"format": "expat-desk-backup", "version": "1", "files": [1], "created_at": 5}
    ).encode(),
    "not JSON": b"\xff\xfe{",
}


@pytest.mark.parametrize("kind", MANIFESTS)
def test_a_malformed_manifest_is_one_line(
    capsys, desk: Path, tmp_path: Path, log_folder: Path, kind: str
) -> None:  # type: ignore[no-untyped-def]
    before = desk.read_bytes()
    archive = _archive(tmp_path / "bad.zip", MANIFESTS[kind])
    code, out, err = run(capsys, "--db", str(desk), "restore", str(archive))
    assert code in (EXIT_REFUSED, EXIT_UNEXPECTED) and out == ""
    line = one_line(err)
    if code == EXIT_UNEXPECTED:
        assert str(log_folder / LOG_FILE) in line
    assert desk.read_bytes() == before


def test_a_restore_into_a_missing_folder_is_one_line(capsys, desk: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "good.zip"
    assert run(capsys, "--db", str(desk), "backup", "--out", str(archive))[0] == 0
    missing = tmp_path / "gone" / "desk.sqlite3"
    code, out, err = run(capsys, "--db", str(missing), "restore", str(archive))
    assert (code, out) == (EXIT_REFUSED, "")
    assert one_line(err).endswith(f"folder {missing.parent} does not exist")
    assert not missing.parent.exists()


def test_a_restore_onto_a_read_only_disk_is_one_line(
    capsys, desk: Path, tmp_path: Path, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "good.zip"
    assert run(capsys, "--db", str(desk), "backup", "--out", str(archive))[0] == 0
    before = desk.read_bytes()

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(args[-1]))

    monkeypatch.setattr(os, "replace", read_only)
    monkeypatch.setattr(os, "rename", read_only)
    code, out, err = run(capsys, "--db", str(desk), "restore", str(archive))
    assert (code, out) == (EXIT_REFUSED, "")
    one_line(err)
    assert desk.read_bytes() == before


def _full_disk(*args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_document_on_a_full_disk_is_one_line_and_leaves_nothing(
    capsys, desk: Path, tmp_path: Path, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with Store.open(desk) as store:
        number = store.open_case(1, "iin", {"representative": True}).number
    monkeypatch.setattr("expat_desk.store.files.os.fsync", _full_disk)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    code, out, err = run(
        capsys, "--db", str(desk), "document", "consent", "--case", number,
        "--out", str(out_folder / "consent.pdf"),
    )  # fmt: skip
    assert (code, out) == (EXIT_REFUSED, "")
    assert "No space left on device" in one_line(err)
    assert list(out_folder.iterdir()) == []
    documents = desk.parent / f"{desk.name}-files" / "documents"
    assert [p for p in documents.rglob("*") if p.is_file()] == []  # no part file either
    with Store.open(desk) as store:
        assert store.list_documents(store.case_by_number(number).id) == []


def test_an_export_on_a_full_disk_is_one_line_and_leaves_nothing(
    capsys, desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import expat_desk.reports.saving as saving

    class FullDisk(saving.ExcelWriter):  # type: ignore[misc, name-defined]
        def save(self) -> None:
            _full_disk()

    monkeypatch.setattr(saving, "ExcelWriter", FullDisk)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    code, out, err = run(
        capsys, "--db", str(desk), "export-week", "--week", "2026-W48",
        "--out", str(out_folder / "w.xlsx"),
    )  # fmt: skip
    assert (code, out) == (EXIT_REFUSED, "")
    assert "No space left on device" in one_line(err)
    assert list(out_folder.iterdir()) == []
    assert list((desk.parent / f"{desk.name}-tmp").iterdir()) == []


ESCAPES = "\x1b[2J\x07\u202e\x00\x9b"


def test_names_from_the_database_cannot_drive_the_terminal(capsys, desk: Path) -> None:  # type: ignore[no-untyped-def]
    # The store refuses such a name; a database written by anything else may hold one.
    db = sqlite3.connect(desk)
    with db:
        db.execute("UPDATE clients SET given_names = ?", (f"Anna{ESCAPES}",))
    db.close()
    code, out, err = run(capsys, "--db", str(desk), "clients")
    assert code == 0
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", out + err)
    assert "Anna\\u001b[2J\\u0007\\u202e\\u0000\\u009b" in out


def test_an_unexpected_error_is_one_line_naming_the_log_with_numbers_masked(
    capsys, desk: Path, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def broken(store: object, args: object) -> int:
        raise ZeroDivisionError("passport C01X00T47, IIN 900502400125")

    monkeypatch.setattr(cli, "_clients", broken)
    code, out, err = run(capsys, "--db", str(desk), "clients")
    assert (code, out) == (EXIT_UNEXPECTED, "")
    log = log_folder / LOG_FILE
    assert one_line(err) == (
        f"expat-desk: error: unexpected error (ZeroDivisionError), details in {log}"
    )
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError" in logged
    assert "C01X00T47" not in logged and "900502400125" not in logged


def test_every_exit_code_is_in_the_help_and_the_readme(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--help")
    assert code == 0
    readme = README.read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\d+) \| (.+) \|$", readme, flags=re.MULTILINE))
    assert sorted(map(int, table)) == sorted(c for c, _ in EXIT_CODES)
    for number, meaning in EXIT_CODES:
        assert f"{number:>3}  {meaning}" in out
    assert "65 damaged" in readme


def test_an_unknown_option_is_a_usage_error(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "clients", "--colour")
    assert (code, out) == (EXIT_USAGE, "")
    one_line(err)


def test_stdout_is_left_as_it_was(capsys, desk: Path) -> None:  # type: ignore[no-untyped-def]
    import sys

    before = sys.stdout, sys.stderr
    run(capsys, "--db", str(desk), "clients")
    assert (sys.stdout, sys.stderr) == before
    assert isinstance(io.StringIO(), io.TextIOBase)
