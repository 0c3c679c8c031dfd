"""The command line as a supervisor's script uses it: plain lines out, one-line errors."""

import subprocess
import sys
from pathlib import Path

import pytest

from expat_desk.cli import main
from expat_desk.cli_guard import EXIT_USAGE
from expat_desk.store import Store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()  # drop what fixtures printed
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--clients", "40"]) == 0
    return path


def test_help_lists_the_subcommands(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("gui", "demo", "clients", "cases", "catalogue"):
        assert command in out


def test_demo_fills_the_database_and_reports_counts(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "demo", "--clients", "25")
    assert code == 0
    assert "25 clients" in out
    with Store.open(db_path) as store:
        assert store.count_clients() == 25


def test_demo_refuses_a_database_that_has_clients(capsys, demo_db: Path) -> None:
    code, _, err = run(capsys, "--db", str(demo_db), "demo")
    assert code == 1
    assert err.startswith("expat-desk: error:") and "empty" in err
    assert err.count("\n") == 1


def test_clients_searches_in_cyrillic_and_by_passport(capsys, demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        someone = next(c for c in store.search_clients(limit=100) if c.surname_cyr)
    code, out, _ = run(capsys, "--db", str(demo_db), "clients", someone.surname_cyr.upper())
    assert code == 0
    assert someone.passport_number in out
    code, out, _ = run(capsys, "--db", str(demo_db), "clients", someone.passport_number.lower())
    assert out.splitlines()[0].split("\t")[0] == str(someone.id)


def test_cases_filters_by_status(capsys, demo_db: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db), "cases", "--status", "completed")
    assert code == 0
    lines = out.splitlines()
    assert lines
    assert all(line.split("\t")[3] == "completed" for line in lines)


def test_catalogue_prints_every_service_in_russian(capsys) -> None:
    code, out, _ = run(capsys, "catalogue", "--lang", "ru")
    assert code == 0
    for title in ("Получение ИИН", "Получение ЭЦП", "Утрата паспорта"):
        assert title in out


def test_catalogue_prints_every_service_and_item_in_kazakh(capsys) -> None:
    """--lang kk: the services and their documents in Kazakh, codes as in every language."""
    code, out, _ = run(capsys, "catalogue", "--lang", "kk")
    assert code == 0
    for line in (
        "ЖСН алу [iin]",
        "ЭЦҚ алу [eds]",
        "Көші-қон полициясында тіркеу [police_registration]",
        "Паспорттың жоғалуы [loss_of_passport]",
        "  - Нотариат куәландырған сенімхат (when representative = yes)  [eds.power_of_attorney]",
        "  - Қабылдаушы тараптың ресми хаты"
        " (when channel = expat_centre or migration_authority)  [migration.host_letter]",
    ):
        assert line in out.splitlines(), line
    assert "IIN issuance" not in out and "Получение ИИН" not in out
    _, english, _ = run(capsys, "catalogue")
    assert "IIN issuance [iin]" in english.splitlines()


def test_catalogue_refuses_a_language_it_does_not_have(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["catalogue", "--lang", "de"])
    assert exit_.value.code == EXIT_USAGE
    assert "invalid choice: 'de'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make_path", "words"),
    [
        (lambda tmp: tmp, "folder"),
        (lambda tmp: tmp / "missing" / "x.sqlite3", "does not exist"),
        (lambda tmp: tmp / "notes.txt", "not an Expat Desk database"),
    ],
    ids=["a folder", "a missing folder", "not a database"],
)
def test_a_bad_database_path_gives_one_clear_line(capsys, tmp_path, make_path, words) -> None:
    (tmp_path / "notes.txt").write_text("shopping list\n" * 100)
    code, out, err = run(capsys, "--db", str(make_path(tmp_path)), "clients")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and words in err


def test_environment_variable_names_the_database(capsys, monkeypatch, demo_db: Path) -> None:
    monkeypatch.setenv("EXPAT_DESK_DB", str(demo_db))
    code, out, err = run(capsys, "clients", "--limit", "3")
    assert code == 0
    assert len(out.splitlines()) == 3
    assert "of 40 clients" in err


def test_starting_up_does_not_import_heavy_libraries(demo_db: Path) -> None:
    """Listing clients on a current database loads neither Qt nor the report libraries."""
    script = (
        "import sys; from expat_desk.cli import main; "
        f"main(['--db', {str(demo_db)!r}, 'clients', '--limit', '1']); "
        "print(sorted(m for m in ('alembic', 'reportlab', 'openpyxl', 'PySide6') "
        "if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"


def test_module_entry_point_runs(demo_db: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "expat_desk", "--db", str(demo_db), "cases", "--limit", "2"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2


def open_notification_for_arrival_on_friday(db_path: Path):
    """A migration notification for a guest who arrived on Friday 20 November 2026."""
    with Store.open(db_path) as store:
        host = store.add_host_party({"kind": "legal", "name": "Hilton Astana"})
        client, _ = store.add_client(
            {
                "surname": "Kim",
                "birth_date": "1990-01-01",
                "citizenship": "KOR",
                "passport_number": "M12345678",
            }
        )
        return store.open_case(
            client.id,
            "migration_notification",
            {"arrival_date": "2026-11-20", "host_party": host.id},
        )


def test_deadlines_lists_what_is_due_as_of_a_day(capsys, db_path: Path) -> None:
    case = open_notification_for_arrival_on_friday(db_path)
    # Arrived Friday 20 Nov: the letter through the centre is due Tue 24, the host's
    # notification Wed 25 November.
    code, out, err = run(capsys, "--db", str(db_path), "deadlines", "--date", "2026-11-25")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert ["overdue", "2026-11-24", case.number] == lines[0][:3]
    assert lines[0][4] == "Host party's letter to the Expat Centre"
    assert ["today", "2026-11-25", case.number] in [line[:3] for line in lines]
    assert "as of 2026-11-25" in err and "1 overdue" in err


def test_deadlines_refuses_a_date_that_is_not_one(capsys, db_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db_path), "deadlines", "--date", "25.11.2026"])
    assert exit_.value.code == EXIT_USAGE
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("departure", "says"),
    [("2026-12-19", "Stay of 30 days: no passport registration needed"), ("2026-12-20", "over 30")],
)
def test_cases_say_whether_a_stay_needs_registration(capsys, db_path, departure, says) -> None:
    with Store.open(db_path) as store:
        host = store.add_host_party({"kind": "legal", "name": "Hilton Astana"})
        client, _ = store.add_client(
            {
                "surname": "Ito",
                "birth_date": "1980-05-05",
                "citizenship": "JPN",
                "passport_number": "TZ1234567",
            }
        )
        store.open_case(
            client.id,
            "migration_notification",
            {"arrival_date": "2026-11-20", "departure_date": departure, "host_party": host.id},
        )
    code, out, _ = run(capsys, "--db", str(db_path), "cases")
    assert code == 0
    assert says in out


def test_deadlines_as_json_lines_for_a_script(capsys, db_path: Path) -> None:
    import json

    case = open_notification_for_arrival_on_friday(db_path)
    code, out, _ = run(capsys, "--db", str(db_path), "deadlines", "--date", "2026-11-25", "--json")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert {(r["number"], r["kind"], r["due"], r["urgency"]) for r in records} >= {
        (case.number, "centre_letter", "2026-11-24", "overdue"),
        (case.number, "host_notification", "2026-11-25", "today"),
    }


def test_the_global_language_reaches_the_catalogue_unless_it_has_its_own(capsys) -> None:
    code, out, _ = run(capsys, "--lang", "kk", "catalogue")
    assert code == 0 and "ЖСН алу [iin]" in out
    code, out, _ = run(capsys, "--lang", "kk", "catalogue", "--lang", "ru")
    assert code == 0 and "Получение ИИН [iin]" in out and "ЖСН алу" not in out
    code, out, _ = run(capsys, "catalogue")
    assert code == 0 and "IIN issuance [iin]" in out
