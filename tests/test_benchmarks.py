"""The benchmarks' arithmetic and command line; nothing here times anything."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks import report

    return report


def test_a_time_passes_within_its_limit_and_ratio(report) -> None:  # type: ignore[no-untyped-def]
    figure = report.Figure(
        "x.y", "x", "ms", [10, 30, 20], [10, 12, 8], report.Target(30, ratio=2.5)
    )
    assert (figure.median, figure.baseline_median, figure.ratio) == (20, 10, 2.0)
    assert figure.verdict == "pass"
    figure.target = report.Target(30, ratio=1.5)
    assert figure.verdict == "FAIL"  # within 30 ms, but twice the baseline
    figure.target = report.Target(15)
    assert figure.verdict == "FAIL"


def test_a_rate_is_better_higher_and_its_ratio_still_says_how_much_slower(report) -> None:  # type: ignore[no-untyped-def]
    figure = report.Figure("d.p", "pairs", "/s", [8, 10, 9], [18], report.Target(25, op=">="))
    assert figure.ratio == 2.0  # half the baseline's rate: twice as slow
    assert figure.verdict == "FAIL"
    figure.samples = [30]
    assert figure.verdict == "pass"


def test_strict_limits_ratio_only_targets_and_missing_figures(report) -> None:  # type: ignore[no-untyped-def]
    Figure, Target = report.Figure, report.Target
    assert Figure("e.w", "w", "s", [2.0], None, Target(2, op="<")).verdict == "FAIL"
    assert Figure("e.52", "52", "s", [13], [10], Target(ratio=1.3)).verdict == "pass"
    assert Figure("e.52", "52", "s", [13], None, Target(ratio=1.3)).verdict == "FAIL"
    assert Figure("i", "i", "ms", [5], [1]).verdict == "info"
    assert Figure("n", "n", "ms", []).verdict == "error"
    assert Figure("f", "f", "ms", [1], error="it crashed").verdict == "error"


def test_the_table_has_a_cell_for_every_column(report) -> None:  # type: ignore[no-untyped-def]
    figures = [
        report.Figure("a.b", "3 search: IIN", "ms", [12.34, 15], [1], report.Target(30, ratio=1.5)),
        report.Figure("s.m", "2 start: memory", "MiB", [199.6], None, report.Target(150)),
    ]
    lines = report.text_table(figures).splitlines()
    assert lines[0].split() == report.HEADERS
    assert lines[2].split()[-2:] == ["base", "FAIL"]
    assert "13.7 ms" in lines[2] and "13.67" in lines[2]
    assert figures[1].row()[5:8] == ["—", "—", "≤ 150 MiB"]
    markdown = report.markdown_table(figures).splitlines()
    assert len(markdown) == 4 and all(line.count("|") == 10 for line in markdown)


def test_a_figure_crosses_from_child_to_parent_whole(report) -> None:  # type: ignore[no-untyped-def]
    sent = report.Figure("d.p", "pairs", "/s", [8, 9], [18, 19], report.Target(25, op=">="), "n")
    got = report.Figure.from_json(sent.to_wire())
    assert (got.ratio, got.verdict, got.target, got.note) == (
        sent.ratio,
        sent.verdict,
        sent.target,
        "n",
    )


def test_the_command_line_explains_itself_and_wants_odd_runs() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "benchmarks", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )

    helped = run("--help")
    assert helped.returncode == 0
    assert "--only" in helped.stdout and "--runs" in helped.stdout
    refused = run("--runs", "2")
    assert refused.returncode == 2 and "odd" in refused.stderr
    unknown = run("--only", "start,nothing")
    assert unknown.returncode == 2 and "nothing" in unknown.stderr
