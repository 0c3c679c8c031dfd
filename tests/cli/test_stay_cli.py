"""`expat-desk stay` answers a caller's question without opening a case."""

from pathlib import Path

import pytest

from expat_desk.cli import main
from expat_desk.cli_guard import EXIT_USAGE
from expat_desk.store import Store


def run(capsys, db: Path, *argv: str) -> tuple[int, dict[str, str], list[str], str]:
    capsys.readouterr()
    code = main(["--db", str(db), "stay", *argv])
    out, err = capsys.readouterr()
    lines = out.splitlines()
    facts = dict(line.split(": ", 1) for line in lines if not line.startswith("warning: "))
    warnings = [line.removeprefix("warning: ") for line in lines if line.startswith("warning: ")]
    return code, facts, warnings, err


def test_a_long_stay_of_a_one_way_visa_free_citizen(capsys, tmp_path: Path) -> None:
    code, facts, warnings, _ = run(
        capsys,
        tmp_path / "x.sqlite3",
        "--citizenship",
        "usa",
        "--arrival",
        "2026-12-04",
        "--departure",
        "2027-12-31",
    )
    assert code == 0
    assert facts["departure"] == "2027-12-31 (393 days)"
    assert facts["registration"] == "needed"
    assert "migration notification" in facts["registered by"]
    assert (facts["host party notifies by"], facts["centre letter by"]) == (
        "2026-12-09",
        "2026-12-08",
    )
    assert facts["last visa-free day"] == "2027-01-02"
    assert len(warnings) == 2 and "30 visa-free days" in warnings[0]


def test_a_short_private_visit_of_a_reciprocal_citizen(capsys, tmp_path: Path) -> None:
    code, facts, warnings, _ = run(
        capsys,
        tmp_path / "x.sqlite3",
        "--citizenship",
        "KGZ",
        "--arrival",
        "2026-12-11",
        "--departure",
        "2027-01-09",
        "--purpose",
        "private",
    )
    assert code == 0 and warnings == []
    assert facts["registration"] == "not needed (30 days or less)"
    assert "police registration" in facts["registered by"]
    assert facts["host party notifies by"] == "2026-12-17"  # over Independence Day


def test_the_centres_correction_of_the_list_is_used(capsys, tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    with Store.open(db) as store:
        store.set_visa_free_correction("USA", {"reciprocal": True, "note": "new agreement"})
    _, facts, _, _ = run(capsys, db, "--citizenship", "USA", "--arrival", "2026-12-04")
    assert "police registration" in facts["registered by"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--citizenship", "Narnia", "--arrival", "2026-12-04"], "ISO 3166"),
        (["--citizenship", "KAZ", "--arrival", "2026-12-04"], "not a foreigner"),
        (
            ["--citizenship", "RUS", "--arrival", "2026-12-04", "--departure", "2026-12-01"],
            "before the arrival",
        ),
    ],
)
def test_a_question_that_cannot_be_answered_is_one_line_on_stderr(
    capsys, tmp_path: Path, argv: list[str], message: str
) -> None:
    code, facts, _, err = run(capsys, tmp_path / "x.sqlite3", *argv)
    assert code == 1 and facts == {}
    assert err.count("\n") == 1 and message in err


def test_a_date_that_is_not_one_is_refused_by_the_parser(capsys, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "x"), "stay", "--citizenship", "RUS", "--arrival", "13/12"])
    assert exit_.value.code == EXIT_USAGE
