"""`expat-desk attorneys`: the people a power of attorney names, listed and added by script."""

from datetime import date
from pathlib import Path

import pytest

from expat_desk.cli import main
from expat_desk.store import Store

ADD = [
    "attorneys",
    "add",
    "--name",
    "Сарсенова Айгерим",
    "--document-kind",
    "kz_id_card",
    "--document-number",
    "012345678",
    "--issued",
    "2020-05-01",
    "--authority",
    "МВД РК",
    "--iin",
    "900115 300013",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_attorney_added_is_printed_and_listed(capsys, db_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(db_path), *ADD)
    assert (code, err) == (0, "")
    line = out.strip().split("\t")
    assert line[1:] == [
        "Сарсенова Айгерим",
        "kz_id_card 012345678",
        "issued 2020-05-01 by МВД РК",
        "900115300013",
        "resident",
    ]
    code, out, _ = run(capsys, "--db", str(db_path), "attorneys", "list")
    assert code == 0 and out.strip().split("\t")[0] == line[0]
    with Store.open(db_path) as store:
        [stored] = store.list_attorneys()
    assert (stored.iin, stored.resident, stored.document_issued) == (
        "900115300013",
        True,
        date(2020, 5, 1),
    )


def test_a_non_resident_without_an_iin(capsys, db_path: Path) -> None:
    args = ADD[:-2]  # no --iin
    args[args.index("kz_id_card")] = "foreign_passport"
    args[args.index("012345678")] = "gb1234567"
    code, out, _ = run(capsys, "--db", str(db_path), *args)
    assert code == 0 and out.rstrip("\n").endswith(
        "GB1234567\tissued 2020-05-01 by МВД РК\t-\tnon-resident"
    )


def test_retired_attorneys_are_listed_only_with_all(capsys, db_path: Path) -> None:
    run(capsys, "--db", str(db_path), *ADD)
    with Store.open(db_path) as store:
        store.retire_attorney(store.list_attorneys()[0].id)
    assert run(capsys, "--db", str(db_path), "attorneys", "list")[1] == ""
    code, out, _ = run(capsys, "--db", str(db_path), "attorneys", "list", "--all")
    assert code == 0 and out.rstrip("\n").endswith("\tretired")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("--name", "=cmd|' /C calc'!A0"), "--name: may hold only letters"),
        (("--document-number", "Н12345678"), "--document-number: must be typed in Latin letters"),
        (("--issued", "2099-01-01"), "--issued: cannot be in the future"),
        (("--issued", "01.05.2020"), "--issued: must be a date as YYYY-MM-DD"),
        (("--iin", "160840012340"), "--iin: this is a BIN"),
    ],
)
def test_a_refused_attorney_is_one_line_naming_the_option_and_nothing_is_stored(
    capsys, db_path: Path, change: tuple[str, str], message: str
) -> None:
    args = list(ADD)
    args[args.index(change[0]) + 1] = change[1]
    code, out, err = run(capsys, "--db", str(db_path), *args)
    assert (code, out) == (1, "")
    assert err.startswith("expat-desk: error: ") and message in err and err.count("\n") == 1
    assert "Traceback" not in err
    with Store.open(db_path) as store:
        assert store.list_attorneys(active_only=False) == []


def test_every_wrong_option_is_named_at_once(capsys, db_path: Path) -> None:
    args = list(ADD)
    args[args.index("--name") + 1] = "Ivanov2"
    args[args.index("--iin") + 1] = "123"
    code, _, err = run(capsys, "--db", str(db_path), *args)
    assert code == 1 and "--name:" in err and "--iin:" in err
