"""The command line: ``expat-desk`` starts the window; its subcommands work without one.

Every subcommand prints plain lines a supervisor's script can read; an error is one line on
stderr and a non-zero exit code.
"""

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from expat_desk import __version__, cli_backup, cli_stays
from expat_desk.cli_documents import add_document_commands, attorneys, document
from expat_desk.cli_guard import (
    EXIT_DAMAGED,
    EXIT_OLD_SCHEMA,
    EXIT_REFUSED,
    SQLITE_MAX,
    Parser,
    escaped_output,
    exit_codes_epilog,
    guarded,
    positive_id,
    say_error,
    whole_number,
)
from expat_desk.domain.workflow import CaseStatus
from expat_desk.paths import DB_ENV, database_path
from expat_desk.reports.layout import LANGUAGES as WORKBOOK_LANGUAGES

if TYPE_CHECKING:
    from expat_desk.store import Store

EXIT_ERROR = EXIT_REFUSED  # the exit codes: cli_guard.EXIT_CODES
__all__ = ["EXIT_DAMAGED", "EXIT_ERROR", "EXIT_OLD_SCHEMA", "build_parser", "main"]

# Bounds of the numbers the commands take: ids and limits go to SQLite (64-bit); the others
# are counts a desk could mean (a demo of ten million clients is no demo).
_positive = positive_id
_demo_clients = whole_number(1, 1_000_000)
_seed = whole_number(-SQLITE_MAX, SQLITE_MAX)
_weeks = whole_number(1, 520)  # ten years of weeks
_keep = whole_number(1, 10_000)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="expat-desk",
        description="Case desk of the AIFC Expat Centre's personal managers. "
        "Without a command, the window opens.",
        epilog=exit_codes_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=f"database file (default: ${DB_ENV}, else the data folder)"
    )
    parser.add_argument(
        "--lang",
        dest="ui_lang",
        choices=["ru", "kk", "en"],
        help="the window's language (default: EXPAT_DESK_LANG, the saved choice, the system's)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the separate demo database, filled with sample data on first use",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="open the window (the default)")

    demo = commands.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--clients", type=_demo_clients, default=200, help="how many (default 200)")
    demo.add_argument("--seed", type=_seed, default=48, help="same seed, same data (default 48)")

    clients = commands.add_parser("clients", help="list clients, or those matching a search")
    clients.add_argument("query", nargs="?", default="", help="name, passport, IIN, phone ...")
    clients.add_argument("--limit", type=_positive, default=50)

    cases = commands.add_parser("cases", help="list cases")
    cases.add_argument("--client", type=_positive, metavar="ID")
    cases.add_argument("--status", choices=[s.value for s in CaseStatus])
    cases.add_argument(
        "--service",
        choices=["iin", "eds", "migration_notification", "police_registration", "loss_of_passport"],
    )
    cases.add_argument("--limit", type=_positive, default=50)

    deadlines = commands.add_parser(
        "deadlines", help="what is overdue, due today and due this week"
    )
    deadlines.add_argument(
        "--date", type=_day, metavar="YYYY-MM-DD", help="as seen on this day (default: today)"
    )
    deadlines.add_argument("--json", action="store_true", help="one JSON object a line")

    add_document_commands(commands, day=_day)

    cli_stays.add_parsers(commands)

    centre = commands.add_parser(
        "centre", help="show or set the centre's name, BIN and address printed on documents"
    )
    centre.add_argument("--name")
    centre.add_argument("--bin", metavar="BIN")
    centre.add_argument("--address")

    export = commands.add_parser(
        "export-week",
        help="write a week's workload to an Excel workbook for the supervisor",
        description="The workload of an ISO week (Monday to Sunday, Astana time): Summary, "
        "Cases and By day sheets. With --weeks N, the N weeks ending with --week.",
    )
    export.add_argument(
        "--week", type=_iso_week, metavar="YYYY-Www", help="e.g. 2026-W48 (default: this week)"
    )
    export.add_argument("--manager", metavar="NAME", help="one manager (default: all)")
    export.add_argument("--weeks", type=_weeks, default=1, metavar="N")
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.xlsx",
        help="the workbook, or a folder for workload-2026-W48-<manager>.xlsx",
    )
    export.add_argument(
        "--lang",
        choices=WORKBOOK_LANGUAGES,
        help="the workbook's words (default: the global --lang, else en)",
    )
    merge = commands.add_parser(
        "merge-workload",
        help="merge managers' workload exports into one workbook",
        description="Files in different languages merge; the workbook is in --lang, or else "
        "in the files' language if they share one, or else in English.",
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    merge.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    merge.add_argument("--lang", choices=WORKBOOK_LANGUAGES, help="the workbook's words")

    backup = commands.add_parser(
        "backup", help="back the database and its files up into one archive"
    )
    backup.add_argument(
        "--out", type=Path, metavar="FILE.zip", help="where (default: the backups folder)"
    )
    backup.add_argument(
        "--keep",
        type=_keep,
        metavar="N",
        help="from now on keep the last N backups in the backups folder (default 14)",
    )
    cli_backup.add_arguments(backup)
    cli_backup.add_settings_parser(commands)
    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (checked first; the current data are "
        "backed up before)",
    )
    restore.add_argument("archive", type=Path, metavar="FILE.zip")
    commands.add_parser(
        "check",
        help="check the database's integrity and schema "
        f"(exit 0 sound, {EXIT_DAMAGED} damaged, {EXIT_OLD_SCHEMA} schema not current)",
    )

    catalogue = commands.add_parser("catalogue", help="print the services and their checklists")
    catalogue.add_argument("--version", type=_positive, dest="catalogue_version", metavar="N")
    catalogue.add_argument(
        "--lang",
        choices=["kk", "ru", "en"],
        help="the language of the titles (default: the global --lang, else en)",
    )
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def _iso_week(text: str):  # type: ignore[no-untyped-def]
    from expat_desk.reports.weeks import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    # Personal data: every file the app creates is the user's alone.
    if os.name == "posix":
        os.umask(0o077)
    try:
        with escaped_output():
            args = build_parser().parse_args(argv)
            if args.command not in (None, "gui"):
                return guarded(args.command, lambda: _run(args))
        return _run(args)  # the window: its own error dialog and log (ui.errors)
    except BrokenPipeError:
        # The reader went away (`expat-desk clients | head`): not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (Python flushes stdout at exit)
        return 0


def _run(args: argparse.Namespace) -> int:
    db = database_path(args.db, demo=args.demo)
    command = args.command or "gui"
    if command == "gui":
        import gc

        gc.disable()  # start-up makes what lives as long as the window; frozen once it is ready
        from expat_desk.ui.app import run

        return run(db, demo=args.demo, language=args.ui_lang)
    if command == "catalogue":
        return _catalogue(args)
    if command == "merge-workload":
        return _merge_workload(db, args)
    if command in ("backup", "restore", "check"):
        # Raw file work: the database is not opened (nor migrated) for it.
        from expat_desk.store.backup import BackupError

        try:
            return {"backup": _backup, "restore": _restore, "check": _check}[command](db, args)
        except BackupError as exc:
            return _fail(str(exc))
    handlers: dict[str, Callable[[Store, argparse.Namespace], int]] = {
        "demo": _demo,
        "clients": _clients,
        "cases": _cases,
        "deadlines": _deadlines,
        "document": document,
        "attorneys": attorneys,
        "export-week": _export_week,
        "centre": _centre,
        "stay": cli_stays.check,
        "stays": cli_stays.run,
        "backup-settings": cli_backup.settings,
    }
    return _with_store(db, args, handlers[command])


def _with_store(
    db: Path, args: argparse.Namespace, handler: "Callable[[Store, argparse.Namespace], int]"
) -> int:
    from expat_desk.domain.errors import RuleViolation, ValidationError
    from expat_desk.store import Store, StoreError

    try:
        store = Store.open(db)
    except StoreError as exc:
        return _fail(str(exc))
    try:
        return handler(store, args)
    except (StoreError, ValidationError, RuleViolation) as exc:
        return _fail(str(exc))
    finally:
        store.close()


def _fail(message: str) -> int:
    say_error(message)
    return EXIT_REFUSED


def _demo(store: "Store", args: argparse.Namespace) -> int:
    from expat_desk.store.demo import fill_demo

    counts = fill_demo(
        store,
        clients=args.clients,
        seed=args.seed,
        progress=lambda message: print(message, file=sys.stderr),
    )
    print(
        f"{store.path}: " + ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())
    )
    return 0


def _clients(store: "Store", args: argparse.Namespace) -> int:
    total = store.count_clients(args.query)
    for c in store.search_clients(args.query, limit=args.limit):
        name = c.full_name + (f" ({c.full_name_cyr})" if c.full_name_cyr else "")
        print(f"{c.id}\t{name}\t{c.citizenship}\t{c.passport_number}\t{c.iin or '-'}")
    print(f"{min(total, args.limit)} of {total} clients", file=sys.stderr)
    return 0


def _cases(store: "Store", args: argparse.Namespace) -> int:
    from expat_desk.domain.deadlines import registration_note
    from expat_desk.domain.workflow import ItemState, progress

    rows = store.list_cases(
        client_id=args.client, service=args.service, status=args.status, limit=args.limit
    )
    for case in rows:
        done = progress((i.required, ItemState(i.state)) for i in case.items)
        departure = case.answers.get("departure_date")
        note = registration_note(
            case.arrival_date, date.fromisoformat(departure) if departure else None
        )
        print(
            f"{case.number}\t{case.client.full_name}\t{case.service}\t{case.status}\t"
            f"opened {case.opened_on.isoformat()}\t{done.done} of {done.total} documents"
            + (f"\t{note}" if note else "")
        )
    return 0


def _deadlines(store: "Store", args: argparse.Namespace) -> int:
    """One line a deadline: urgency, due date, case, client, what; a count per urgency on stderr."""
    from collections import Counter

    items = store.due_items(args.date)
    if args.json:
        import json

        from expat_desk.domain.deadlines import due_item_record

        for item in items:
            print(json.dumps(due_item_record(item), ensure_ascii=False))
        return 0
    for item in items:
        print(
            f"{item.urgency}\t{item.deadline.due.isoformat()}\t{item.facts.number}\t"
            f"{item.facts.client_name}\t{item.deadline.title}"
        )
    counts = Counter(item.urgency.value for item in items)
    summary = ", ".join(
        f"{counts[u]} {u.replace('_', ' ')}" for u in ("overdue", "today", "this_week", "soon")
    )
    print(f"as of {(args.date or store.today()).isoformat()}: {summary}", file=sys.stderr)
    return 0

    return 0


def _centre(store: "Store", args: argparse.Namespace) -> int:
    given = {k: v for k in ("name", "bin", "address") if (v := getattr(args, k)) is not None}
    details = store.centre_details()
    if given:
        details = store.set_centre_details({**vars(details), **given})
    print(f"name\t{details.name}\nbin\t{details.bin or '-'}\naddress\t{details.address or '-'}")
    return 0


def _export_week(store: "Store", args: argparse.Namespace) -> int:
    from expat_desk.reports.workload import export_week

    out = args.out
    if not out.is_dir() and not out.parent.is_dir():
        return _fail(f"cannot write {out}: folder {out.parent} does not exist")
    try:
        written = export_week(
            store,
            args.week,
            weeks=args.weeks,
            manager=args.manager,
            out=out,
            language=_text_language(args),
        )
    except (ValueError, OSError) as exc:
        return _fail(str(exc))
    print(written)
    return 0


def _merge_workload(db: Path, args: argparse.Namespace) -> int:
    """The merged workbook's temporaries go to the scratch folder beside the database the
    command would use (none is opened), which the window sweeps at its next start."""
    from expat_desk.reports.merge import merge_workloads

    if not args.out.parent.is_dir() or args.out.is_dir():
        return _fail(f"cannot write {args.out}: give a file name in an existing folder")
    if not db.parent.is_dir():
        return _fail(f"cannot merge: the data folder {db.parent} does not exist (use --db)")
    try:
        written = merge_workloads(args.files, args.out, db_path=db, language=args.lang)
    except (ValueError, OSError) as exc:
        return _fail(str(exc))
    print(written)
    return 0


def _backup(db: Path, args: argparse.Namespace) -> int:
    from expat_desk.store.backup import KEEP_SETTING, prune_backups, sweep_leftovers
    from expat_desk.store.output_paths import UnsafeOutput, check_output_path

    if args.out is not None:
        try:
            check_output_path(args.out)  # a device or a link is never renamed over
        except UnsafeOutput as exc:
            return _fail(str(exc))
    sweep_leftovers(db)  # what a killed backup or restore left, before a new copy is made
    info = cli_backup.make(db, args)  # sealed, and copied to the second folder, if set up
    if args.keep:
        from expat_desk.store import Store

        with Store.open(db) as store:
            store.set_setting(KEEP_SETTING, args.keep)
        prune_backups(db, args.keep)
    print(f"{info.path}\t{info.clients} clients\t{info.cases} cases\t{info.files} files")
    return 0


def _restore(db: Path, args: argparse.Namespace) -> int:
    from expat_desk.store.backup import restore_backup, sweep_leftovers
    from expat_desk.store.lock import DatabaseInUse, WriterLock

    if not db.parent.is_dir():
        return _fail(f"cannot restore into {db}: folder {db.parent} does not exist")
    try:
        # A window on this database would go on writing to the replaced file.
        with WriterLock(db):
            sweep_leftovers(db)
            with cli_backup.plain(db, args.archive) as archive:
                info = restore_backup(db, archive)
    except DatabaseInUse as exc:
        return _fail(f"{exc}; close the window first")
    print(
        f"{db}: restored from {args.archive} ({info.created_at:%Y-%m-%d %H:%M} UTC, "
        f"{info.clients} clients, {info.cases} cases, {info.files} files)"
    )
    return 0


def _check(db: Path, args: argparse.Namespace) -> int:
    from expat_desk.store.backup import check_database
    from expat_desk.store.event_chain import check_chain_file

    result = check_database(db)
    print(
        f"{db}: integrity {result.integrity}; "
        f"schema {result.revision or 'none'} (this app: {result.head})"
    )
    if result.schema is not None:  # a dropped or extra trigger, a table changed: not ours
        print(f"{db}: the schema is not the one this app makes: {result.schema}")
    chain = check_chain_file(db)
    print(f"{db}: {chain.describe()}")
    if not result.intact or not chain.intact:
        return EXIT_DAMAGED
    return 0 if result.current else EXIT_OLD_SCHEMA


def _text_language(args: argparse.Namespace) -> str:
    """A command's own --lang, else the global one given before the command, else English."""
    return args.lang or args.ui_lang or "en"


def _catalogue(args: argparse.Namespace) -> int:
    from expat_desk.domain.catalogue import load_catalogue

    try:
        catalogue = load_catalogue(args.catalogue_version)
    except KeyError as exc:
        return _fail(str(exc.args[0]))
    print(f"Checklist version {catalogue.version}, in force from {catalogue.effective_from}")
    language = _text_language(args)
    for spec in catalogue.services.values():
        print(f"\n{spec.title[language]} [{spec.code}]")
        for item in spec.items:
            condition = " and ".join(f"{k} = {_word(v)}" for k, v in (item.when or {}).items())
            flags = ("" if item.required else " (optional)") + (
                f" (when {condition})" if condition else ""
            )
            print(f"  - {item.title[language]}{flags}  [{item.code}]")
    return 0


def _word(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):  # any of these answers
        return " or ".join(_word(v) for v in value)
    return str(value)
