"""`expat-desk stays CLIENT_ID` prints a client's recorded stays with their warnings."""

from datetime import timedelta
from pathlib import Path

from expat_desk.cli import main
from expat_desk.store import Store


def run(capsys, db: Path, *argv: str) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = main(["--db", str(db), "stays", *argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_each_stay_is_printed_with_its_notes_and_warnings(capsys, tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    with Store.open(db) as store:
        client, _ = store.add_client(
            {
                "surname": "Miller",
                "birth_date": "1980-05-06",
                "citizenship": "USA",
                "passport_number": "US1234567",
            }
        )
        today = store.today()
        store.add_stay(
            client.id,
            {
                "arrival": today - timedelta(days=100),
                "departure": today - timedelta(days=91),
                "basis": "visa",
                "visa_number": "k7654321",
                "basis_until": today - timedelta(days=90),
                "purpose": "work",
            },
        )
        store.add_stay(
            client.id,
            {"arrival": today - timedelta(days=40), "basis": "visa_free", "purpose": "private"},
        )
    code, lines, err = run(capsys, db, str(client.id))
    assert (code, err) == (0, "")
    assert lines[0] == f"client {client.id}: Miller (USA)"
    first = (today - timedelta(days=100)).isoformat()
    assert lines[1].startswith(f"stay 1: {first} to ")
    assert "visa K7654321 valid until" in lines[1]
    assert lines[2] == "  note: 10 days: no registration needed (30 days or less)"
    assert "still in Kazakhstan, visa-free, private" in lines[3]
    last_day = (today - timedelta(days=11)).isoformat()
    assert lines[4] == f"  warning: still in Kazakhstan after the last visa-free day, {last_day}"


def test_a_client_without_stays_and_an_unknown_client(capsys, tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    with Store.open(db) as store:
        client, _ = store.add_client(
            {
                "surname": "Miller",
                "birth_date": "1980-05-06",
                "citizenship": "USA",
                "passport_number": "US1234567",
            }
        )
    assert run(capsys, db, str(client.id))[1][-1] == "no stays recorded"
    code, lines, err = run(capsys, db, "4242")
    assert (code, lines) == (1, [])
    assert err.startswith("expat-desk: error: no client #4242")
