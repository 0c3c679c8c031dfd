"""`expat-desk export-week` and `merge-workload`, as a supervisor's Friday script runs them."""

from pathlib import Path

import openpyxl
import pytest

from expat_desk.cli import main
from expat_desk.cli_guard import EXIT_USAGE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--clients", "60"]) == 0
    return path


def cases_of(path: Path) -> list[tuple]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [r for r in book["Cases"].iter_rows(min_row=2, values_only=True) if r[1]]
    finally:
        book.close()


def test_export_week_names_the_file_after_the_week_and_manager(
    capsys, demo_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        capsys,
        "--db",
        str(demo_db),
        "export-week",
        "--manager",
        "Daniyar Abenov",
        "--out",
        str(tmp_path),
    )
    assert (code, err) == (0, "")
    written = Path(out.strip())
    assert written.parent == tmp_path
    assert written.name.startswith("workload-") and written.name.endswith("-Daniyar-Abenov.xlsx")
    assert {row[5] for row in cases_of(written)} <= {"Daniyar Abenov"}


def test_merge_adds_two_managers_exports_up(capsys, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = []
    for manager in ("Daniyar Abenov", "Madina Karimova"):
        out = tmp_path / f"{manager}.xlsx"
        assert (
            run(
                capsys, "--db", str(demo_db), "export-week", "--manager", manager, "--out", str(out)
            )[0]
            == 0
        )
        files.append(out)
    team = tmp_path / "team.xlsx"

    code, out, _ = run(capsys, "merge-workload", *map(str, files), "--out", str(team))

    assert code == 0 and Path(out.strip()) == team
    assert sorted(cases_of(team)) == sorted(cases_of(files[0]) + cases_of(files[1]))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export-week", "--manager", "Nobody"], "no manager named 'Nobody'"),
        (["export-week", "--week", "2099-W01"], "has not begun yet"),
    ],
)
def test_export_refuses_with_one_line(
    capsys, demo_db: Path, tmp_path: Path, argv: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", str(demo_db), *argv, "--out", str(tmp_path / "x.xlsx"))
    assert (code, out) == (1, "")
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()


def test_a_badly_written_week_is_refused_by_the_parser(
    capsys, demo_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(demo_db), "export-week", "--week", "48/2026", "--out", str(tmp_path)])
    assert exit_.value.code == EXIT_USAGE
    assert "is not an ISO week" in capsys.readouterr().err


def test_merge_refuses_a_file_that_is_not_an_export(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Budget 2027"
    book.save(other)
    code, _, err = run(capsys, "merge-workload", str(other), "--out", str(tmp_path / "team.xlsx"))
    assert code == 1 and "budget.xlsx is not a workload export" in err
    assert not (tmp_path / "team.xlsx").exists()


def sheets_of(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return book.sheetnames
    finally:
        book.close()


def test_export_and_merge_in_the_language_asked(capsys, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", str(demo_db)]
    ru, kk = tmp_path / "ru.xlsx", tmp_path / "kk.xlsx"
    for lang, out, manager in (("ru", ru, "Daniyar Abenov"), ("kk", kk, "Madina Karimova")):
        code, _, err = run(
            capsys, *db, "export-week", "--manager", manager, "--lang", lang, "--out", str(out)
        )
        assert (code, err) == (0, "")
    assert sheets_of(ru) == ["Сводка", "Дела", "По дням"]
    book = openpyxl.load_workbook(ru, read_only=True)
    assert next(book["Дела"].iter_rows(max_row=1, values_only=True))[:3] == (
        "Неделя",
        "Номер дела",
        "Клиент",
    )
    book.close()
    assert sheets_of(kk) == ["Жиынтық", "Істер", "Күндер бойынша"]

    team = tmp_path / "team.xlsx"
    code, out, err = run(
        capsys, "merge-workload", str(ru), str(kk), "--lang", "ru", "--out", str(team)
    )
    assert (code, err) == (0, "") and Path(out.strip()) == team
    assert sheets_of(team) == ["Сводка", "Дела", "По дням"]
    # Without --lang, files of two languages merge into English.
    code, _, _ = run(capsys, "merge-workload", str(ru), str(kk), "--out", str(team))
    assert code == 0 and sheets_of(team) == ["Summary", "Cases", "By day"]


def test_a_language_not_offered_is_refused_by_the_parser(
    capsys, demo_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(demo_db), "export-week", "--lang", "de", "--out", str(tmp_path)])
    assert exit_.value.code == EXIT_USAGE
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_export_follows_the_global_language(capsys, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kk.xlsx"
    code, _, err = run(
        capsys, "--db", str(demo_db), "--lang", "kk", "export-week", "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert sheets_of(out) == ["Жиынтық", "Істер", "Күндер бойынша"]
