"""The stay commands: ``expat-desk stay`` (a caller's question, no client needed) and
``expat-desk stays CLIENT_ID`` (a client's recorded stays, each with its warnings today).

Out of cli.py, which was past 500 lines: it only registers these and hands them over.
"""

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from expat_desk.store import Store


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from expat_desk.cli import _day  # called from cli.build_parser, once cli is loaded
    from expat_desk.cli_guard import positive_id

    stay = commands.add_parser(
        "stay",
        help="answer a question about a stay: registration, notification dates, days left",
        description="Whether a foreigner's stay needs registration, by when the host party "
        "must notify the migration police, and how many visa-free days are left; no case is "
        "opened.",
    )
    stay.add_argument("--citizenship", required=True, metavar="ISO3", help="e.g. USA, RUS")
    stay.add_argument("--arrival", required=True, type=_day, metavar="YYYY-MM-DD")
    stay.add_argument("--departure", type=_day, metavar="YYYY-MM-DD")
    stay.add_argument("--purpose", choices=["private", "work"], default="work")
    stay.add_argument(
        "--visa-until",
        type=_day,
        metavar="YYYY-MM-DD",
        help="last day of the visa or permit the stay rests on, if any",
    )

    stays = commands.add_parser(
        "stays",
        help="a client's recorded stays, each with its warnings today",
        description="Each recorded entry of a foreign client into Kazakhstan, the exit after "
        "it and what it rests on, with the information lines and warnings of today.",
    )
    stays.add_argument("client_id", type=positive_id, metavar="CLIENT_ID")


def check(store: "Store", args: argparse.Namespace) -> int:
    """The answer of a stay check, one fact a line ("name: value"), warnings last."""
    from expat_desk.cli import _fail
    from expat_desk.domain.countries import normalize_country_code
    from expat_desk.domain.stays import StayPurpose, check_stay
    from expat_desk.reports.stay_text import stay_lines

    citizenship = normalize_country_code(args.citizenship)
    if citizenship is None:
        return _fail(f"{args.citizenship!r} is not an ISO 3166 country code")
    result = check_stay(
        citizenship,
        args.arrival,
        args.departure,
        StayPurpose(args.purpose),
        store.visa_free(),
        store.business_calendar(),
        store.today(),
        basis_until=args.visa_until,
    )
    for line in stay_lines(result):
        print(line)
    return 0


def run(store: "Store", args: argparse.Namespace) -> int:
    """``stays CLIENT_ID``: the client, then each stay with its notes and warnings."""
    from expat_desk.reports.stay_text import recorded_stay_lines

    client = store.get_client(args.client_id)
    reviews = store.stay_reviews(client.id)
    print(f"client {client.id}: {client.full_name} ({client.citizenship})")
    if not reviews:
        print("no stays recorded")
    for stay, review in reviews:
        for line in recorded_stay_lines(stay, review):
            print(line)
    return 0
