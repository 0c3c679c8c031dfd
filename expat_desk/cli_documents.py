"""The command line's documents: ``expat-desk document`` and ``expat-desk attorneys``.

Kept apart from cli.py, which holds the parser's other commands and the error handling they
share (``expat_desk.cli._with_store`` turns a refused value into one line on stderr).
"""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from expat_desk.store import Store

# The attorney's fields as the command line names them, for messages that say what to fix.
ATTORNEY_OPTIONS = {
    "full_name": "--name",
    "document_kind": "--document-kind",
    "document_number": "--document-number",
    "document_issued": "--issued",
    "document_authority": "--authority",
    "iin": "--iin",
    "resident": "--non-resident",
}


def add_document_commands(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
    day: Callable[[str], object],
) -> None:
    document = commands.add_parser(
        "document",
        help="make a case's consent, power of attorney or notification letter (PDF)",
        description="Make a document of a case, file it on the case's record and copy it to "
        "--out. A value the document needs but the case lacks is listed, and nothing is made.",
    )
    document.add_argument("kind", choices=["consent", "power-of-attorney", "notification-letter"])
    from expat_desk.cli_guard import case_reference

    document.add_argument(
        "--case",
        required=True,
        type=case_reference,
        metavar="ID",
        help="the case's number (IIN-2026-00012) or id",
    )
    document.add_argument(
        "--lang",
        default="ru,en",
        metavar="LANGS",
        help="one language or two side by side, of kk, ru, en (default: ru,en)",
    )
    document.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    document.add_argument(
        "--attorney",
        dest="attorney_id",
        metavar="ID",
        help="power of attorney: the attorney's id (see `expat-desk attorneys list`)",
    )
    document.add_argument(
        "--term-until",
        type=day,
        metavar="YYYY-MM-DD",
        help="power of attorney: last day (default one year, at most three)",
    )
    document.add_argument(
        "--stay-address", metavar="TEXT", help="letter: address of stay (default: the client's)"
    )
    document.add_argument(
        "--stay-until",
        type=day,
        metavar="YYYY-MM-DD",
        help="letter: last day of stay (default: the planned departure)",
    )

    from expat_desk.domain.attorney import DOCUMENT_KINDS

    attorneys = commands.add_parser(
        "attorneys",
        help="list or add the attorneys a power of attorney may name",
        description="The people the centre's powers of attorney name (Settings > Attorneys).",
    )
    actions = attorneys.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="id, name, identity document, IIN")
    listing.add_argument("--all", action="store_true", help="the retired ones too")
    add = actions.add_parser(
        "add",
        help="add an attorney",
        description="Add an attorney. With --iin the attorney is a resident of Kazakhstan "
        "(whose IIN the power of attorney prints), unless --non-resident is given.",
    )
    add.add_argument("--name", required=True, help="full name, as the identity document has it")
    add.add_argument("--document-kind", required=True, choices=DOCUMENT_KINDS)
    add.add_argument("--document-number", required=True, metavar="NUMBER")
    add.add_argument("--issued", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--authority", required=True, help='issuing authority, e.g. "МВД РК"')
    add.add_argument("--iin", help="the attorney's IIN (a resident of Kazakhstan has one)")
    add.add_argument(
        "--non-resident", action="store_true", help="not a resident of Kazakhstan (no IIN row)"
    )


def document(store: "Store", args: argparse.Namespace) -> int:
    from expat_desk.cli import _fail
    from expat_desk.documents.fields import MissingFields
    from expat_desk.documents.generate import check_out_path, document_file, generate, write_copy

    try:
        check_out_path(args.out)
    except ValueError as exc:
        return _fail(str(exc))
    ref = args.case  # an id (int) or a case number: cli_guard.case_reference
    case = store.get_case(ref) if isinstance(ref, int) else store.case_by_number(ref)
    inputs = {
        name: value
        for name in ("attorney_id", "term_until", "stay_address", "stay_until")
        if (value := getattr(args, name)) is not None
    }
    try:
        document = generate(store, case.id, args.kind, args.lang, inputs)
    except MissingFields as exc:
        hint = " (--attorney ID: see `expat-desk attorneys list`)"
        hint = hint if "attorney_id" in exc.fields else ""
        return _fail(f"{exc}{hint}")
    except ValueError as exc:  # a bad --lang, a refused --attorney
        return _fail(str(exc).replace("attorney_id:", "--attorney:"))
    try:
        out = write_copy(document_file(store, document), args.out)
    except (ValueError, OSError) as exc:
        return _fail(f"the document is on record, but the copy failed: {exc}")
    print(f"{out}\t{case.number}\t{document.kind}\t{document.languages}\t{document.sha256}")
    return 0


def attorneys(store: "Store", args: argparse.Namespace) -> int:
    from expat_desk.cli import _fail
    from expat_desk.domain.errors import ValidationError

    if args.action == "list":
        for attorney in store.list_attorneys(active_only=not args.all):
            print(_attorney_line(attorney))
        return 0
    values = {
        "full_name": args.name,
        "document_kind": args.document_kind,
        "document_number": args.document_number,
        "document_issued": args.issued,
        "document_authority": args.authority,
        "resident": args.iin is not None and not args.non_resident,
        "iin": args.iin,
    }
    try:
        attorney = store.add_attorney(values)
    except ValidationError as exc:
        return _fail(
            "; ".join(f"{ATTORNEY_OPTIONS.get(k, k)}: {why}" for k, why in exc.errors.items())
        )
    print(_attorney_line(attorney))
    return 0


def _attorney_line(attorney) -> str:  # type: ignore[no-untyped-def]
    return "\t".join(
        (
            str(attorney.id),
            attorney.full_name,
            f"{attorney.document_kind} {attorney.document_number}",
            f"issued {attorney.document_issued.isoformat()} by {attorney.document_authority}",
            attorney.iin or "-",
            "resident" if attorney.resident else "non-resident",
            *(() if attorney.active else ("retired",)),
        )
    )
