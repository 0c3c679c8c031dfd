"""`expat-desk document` and `expat-desk centre`, as a supervisor's script runs them."""

import hashlib
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from expat_desk.cli import main
from expat_desk.store import Store

BIN = "160840012340"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def iin_case(db_path: Path) -> str:
    """The number of an IIN case with a representative, for a client with an address."""
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


@pytest.fixture
def attorney_id(db_path: Path, iin_case: str) -> str:
    """A resident attorney added by the command line, by the id it prints."""
    code = main(
        [
            "--db",
            str(db_path),
            "attorneys",
            "add",
            "--name",
            "Nurlanova Aigerim",
            "--document-kind",
            "kz_id_card",
            "--document-number",
            "043215678",
            "--issued",
            "2020-05-01",
            "--authority",
            "МВД РК",
            "--iin",
            "900115300013",
        ]
    )
    assert code == 0
    with Store.open(db_path) as store:
        [attorney] = store.list_attorneys()
    return str(attorney.id)


def test_centre_sets_the_details_documents_print(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "centre")
    assert (code, out.splitlines()[1]) == (0, "bin\t-")
    code, out, _ = run(capsys, "--db", str(db_path), "centre", "--bin", BIN, "--address", "Astana")
    assert code == 0 and f"bin\t{BIN}" in out
    code, _, err = run(capsys, "--db", str(db_path), "centre", "--bin", "160840012341")
    assert code == 1 and "check digit" in err


def test_document_writes_the_pdf_and_files_it_on_the_case(
    capsys, db_path: Path, iin_case: str, attorney_id: str, tmp_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "centre", "--bin", BIN, "--address", "Astana")
    out_file = tmp_path / "poa.pdf"
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "document",
        "power-of-attorney",
        "--case",
        iin_case.lower(),
        "--lang",
        "kk,en",
        "--attorney",
        attorney_id,
        "--out",
        str(out_file),
    )
    assert (code, err) == (0, "")
    path, number, kind, languages, sha256 = out.strip().split("\t")
    assert (Path(path), number, kind, languages) == (
        out_file,
        iin_case,
        "power-of-attorney",
        "kk,en",
    )
    assert hashlib.sha256(out_file.read_bytes()).hexdigest() == sha256
    text = " ".join(page.extract_text() for page in PdfReader(out_file).pages)
    assert "Сенімхат" in text and "Nurlanova Aigerim" in text
    assert "ЖСН" in text and "IIN" in text and "900115300013" in text
    with Store.open(db_path) as store:
        [record] = store.list_documents(store.case_by_number(iin_case).id)
    assert (record.kind, record.languages, record.sha256) == (kind, languages, sha256)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "fill in the attorney (Settings → Attorneys) (--attorney ID: see `expat-desk"),
        (["--attorney", "999"], "fill in the attorney (Settings → Attorneys)"),
        (["--attorney", "x1"], "--attorney: must be the number of an attorney on record"),
        (["--term-until", "2031-01-01"], "at most 3 years"),
        (["--lang", "ru,de"], "unknown language de"),
    ],
)
def test_document_refuses_with_one_line_and_makes_nothing(
    capsys,
    db_path: Path,
    iin_case: str,
    attorney_id: str,
    tmp_path: Path,
    extra: list[str],
    message: str,
) -> None:
    args = ["--db", str(db_path), "document", "power-of-attorney", "--case", iin_case]
    if "--term-until" in extra or "--lang" in extra:
        run(capsys, "--db", str(db_path), "centre", "--bin", BIN, "--address", "Astana")
        args += ["--attorney", attorney_id]
    code, out, err = run(capsys, *args, *extra, "--out", str(tmp_path / "x.pdf"))
    assert (code, out) == (1, "")
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
    assert not list(db_path.parent.rglob("*.pdf")) or not (tmp_path / "x.pdf").exists()
    with Store.open(db_path) as store:
        assert store.list_documents(store.case_by_number(iin_case).id) == []


def test_document_checks_the_output_folder_before_making_anything(
    capsys, db_path: Path, iin_case: str, tmp_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "centre", "--bin", BIN, "--address", "Astana")
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "document",
        "consent",
        "--case",
        iin_case,
        "--out",
        str(tmp_path / "missing" / "x.pdf"),
    )
    assert code == 1 and "does not exist" in err
    with Store.open(db_path) as store:
        assert store.list_documents(store.case_by_number(iin_case).id) == []


def test_document_names_an_unknown_case(capsys, db_path: Path, tmp_path: Path) -> None:
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "document",
        "consent",
        "--case",
        "IIN-2026-99999",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "no case numbered IIN-2026-99999" in err
