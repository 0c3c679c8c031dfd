"""python -m benchmarks: every figure of issue 14 beside its baseline, as a table and JSON.

Each family of figures runs in a process of its own (a fresh interpreter, its own copy of
the set, its own Qt settings folder), so that one family's caches, heap and garbage do not
weigh on the next; the parent only makes the sets, collects the figures and prints them.
"""

import argparse
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.data import TICK_CLIENTS, Context, client_count, ensure_set
from benchmarks.report import Figure, machine, markdown_table, notes, text_table

ROOT = Path(__file__).resolve().parents[1]
# name: (module, function), in the order of the figures
FAMILIES = {
    "start": ("benchmarks.start", "run"),  # 1, 2
    "search": ("benchmarks.register", "run_search"),  # 3
    "scroll": ("benchmarks.register", "run_scroll"),  # 4
    "select": ("benchmarks.register", "run_select"),  # 5
    "tick": ("benchmarks.checklist", "run"),  # 6
    "due": ("benchmarks.due", "run"),  # 7
    "documents": ("benchmarks.documents", "run"),  # 8
    "export": ("benchmarks.export", "run"),  # 9, 10
}


def default_data() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("expat-desk-bench", appauthor=False)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure Expat Desk's figures (issue 14) beside their baselines.",
    )
    parser.add_argument(
        "--db", type=Path, help="the large set to measure on (copied, never written)"
    )
    parser.add_argument(
        "--clients", type=int, default=100_000, help="size of the set made when --db is not given"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs of each figure (odd; default 3)")
    parser.add_argument(
        "--slow-runs", type=int, default=1, help="runs of the minute-long figures (default 1)"
    )
    parser.add_argument("--only", help="families to run, comma-separated: " + ",".join(FAMILIES))
    parser.add_argument(
        "--data", type=Path, default=None, help="where sets are cached (default: user cache)"
    )
    parser.add_argument(
        "--json", type=Path, help="where the JSON goes (default: DATA/results.json)"
    )
    parser.add_argument("--markdown", type=Path, help="also write the table there (RESULTS.md)")
    parser.add_argument("--child", nargs=2, metavar=("FAMILY", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return args
    for name in ("runs", "slow_runs"):
        value = getattr(args, name)
        if value < 1 or value % 2 == 0:
            parser.error(f"--{name.replace('_', '-')} must be odd and at least 1, not {value}")
    args.families = list(FAMILIES) if not args.only else args.only.split(",")
    unknown = [f for f in args.families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families {', '.join(unknown)}; known: {', '.join(FAMILIES)}")
    if args.db is not None and not args.db.is_file():
        parser.error(f"{args.db} is not a file")
    args.data = args.data or default_data()
    args.json = args.json or args.data / "results.json"
    return args


def child_env(home: Path) -> dict[str, str]:
    """The families' environment: offscreen Qt, English, Qt settings and the app's folders in
    a folder of their own (the user's own are neither read nor written)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env |= {"QT_QPA_PLATFORM": "offscreen", "EXPAT_DESK_LANG": "en", "HOME": str(home)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("EXPAT_DESK_DB", None)
    return env


def run_family(name: str, ctx: dict[str, object]) -> list[Figure]:
    work = Path(tempfile.mkdtemp(prefix=f"expat-desk-bench-{name}-"))
    try:
        (work / "context.json").write_text(json.dumps({**ctx, "work": str(work)}))
        with open(work / "stderr.txt", "w+b") as errors:
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks", "--child", name, str(work)],
                env=child_env(work / "home"),
                stdout=errors,
                stderr=errors,
            )
            errors.seek(0)
            output = errors.read().decode(errors="replace")
        out = work / "figures.json"
        if done.returncode != 0 or not out.exists():
            tail = " ".join(output.strip().splitlines()[-3:])[-400:]
            return [Figure(f"{name}.error", f"{name}: failed", "", error=tail)]
        return [Figure.from_json(f) for f in json.loads(out.read_text())]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def child(name: str, folder: Path) -> None:
    data = json.loads((folder / "context.json").read_text())
    ctx = Context(
        work=folder,
        large=Path(data["large"]),
        tick=Path(data["tick"]),
        runs=data["runs"],
        slow_runs=data["slow_runs"],
    )
    module, function = FAMILIES[name]
    figures = getattr(importlib.import_module(module), function)(ctx)
    (folder / "figures.json").write_text(json.dumps([f.to_wire() for f in figures]))
    sys.stdout.flush()
    os._exit(0)  # the window's teardown is not a figure


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    began = time.perf_counter()
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    large = args.db or ensure_set(args.data, args.clients, say)
    tick = large
    if "tick" in args.families:
        tick = ensure_set(args.data, min(TICK_CLIENTS, args.clients), say)
    ctx = {"large": str(large), "tick": str(tick), "runs": args.runs, "slow_runs": args.slow_runs}
    figures: list[Figure] = []
    families = []
    for name in args.families:
        start, load = time.perf_counter(), os.getloadavg()[0]
        found = run_family(name, ctx)
        figures += found
        seconds = time.perf_counter() - start
        families.append(
            {"family": name, "seconds": round(seconds), "load": [load, os.getloadavg()[0]]}
        )
        say(f"{name}: {len(found)} figure(s) in {seconds:.0f} s (load {load:.1f} before)")
    seconds = time.perf_counter() - began
    command = "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:])
    loads = [f["load"][0] for f in families]
    about = machine() | {
        "command": command.strip(),
        "set": str(large),
        "clients": f"{client_count(large):,}",
        "seconds": f"{seconds:.0f}",
        "load": f"{min(loads):.1f}–{max(loads):.1f}" if loads else "",
        "families": ", ".join(
            f"{f['family']} {f['seconds']} s (load {f['load'][0]:.1f})" for f in families
        ),
    }
    print(text_table(figures))
    for line in notes(figures):
        print("  " + line)
    print(f"{seconds / 60:.1f} min; {about['cpu']}, {about['cores']} cores")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {"machine": about, "families": families, "figures": [f.as_json() for f in figures]},
            indent=1,
        )
    )
    print(f"JSON: {args.json}")
    if args.markdown:
        args.markdown.write_text(results_markdown(figures, about))
        print(f"Markdown: {args.markdown}")
    return 0 if all(f.verdict != "error" for f in figures) else 1


def results_markdown(figures: list[Figure], about: dict[str, str]) -> str:
    lines = [
        "# Benchmarks: the last run",
        "",
        f"Measured {about['date']} on `{Path(about['set']).name}` ({about['clients']} clients) by",
        "",
        f"    {about['command']}",
        "",
        f"in {int(about['seconds']) / 60:.1f} minutes; the 1-minute load average was "
        f"{about['load']} as the families began (other jobs share the machine): "
        f"{about['families']}.",
        "",
        f"- CPU: {about['cpu']}, {about['cores']} cores; {about['os']}",
        f"- Python {about['python']}, PySide6 {about['pyside6']}, SQLite {about['sqlite']}, "
        f"SQLAlchemy {about['sqlalchemy']}, ReportLab {about['reportlab']}, "
        f"openpyxl {about['openpyxl']}",
        "",
        "n is the number of samples, median/min/max are theirs; baseline is the baseline's median",
        "over as many samples, taken in turn with the app's in the same run; ratio is the app's",
        "median over the baseline's (for a rate, the baseline's over the app's: above 1 is",
        "always slower). result: the median against the target (pass/FAIL), info where there",
        "is none. How each figure is taken is said at the top of its module in benchmarks/.",
        "",
        markdown_table(figures),
        "",
        "Notes:",
        "",
        *(f"- {line}" for line in notes(figures)),
        "",
        "Not measured here: painting on a real screen (Qt's offscreen platform paints into",
        "memory, with no compositor or GPU); the daily backup at the day's first start; freezes",
        "other than the Due list's refresh (the scroll and tick figures time whole steps).",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
