"""A figure's samples, its baseline's, its target; the table they make, in text and Markdown.

Nothing here measures: the families (start, register, …) hand back ``Figure``s and this
module turns them into medians, ratios and verdicts, the same way for every one of them.
"""

import os
import platform
import sqlite3
import statistics
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

# How a value of each unit is written in the table.
FORMATS = {"ms": "{:.1f} ms", "s": "{:.2f} s", "MiB": "{:.0f} MiB", "/s": "{:.1f} /s", "": "{:g}"}


@dataclass(frozen=True)
class Target:
    """What the median must be: within ``limit`` (by ``op``) and within ``ratio`` times the
    baseline's median. Either may be None. ``op`` ">=" marks a rate, where more is better."""

    limit: float | None = None
    op: str = "<="
    ratio: float | None = None

    def text(self, unit: str) -> str:
        parts = []
        if self.limit is not None:
            op = self.op.replace("<=", "≤").replace(">=", "≥")
            parts.append(f"{op} {self.limit:g} {unit}".rstrip())
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}× base")
        return " and ".join(parts)


@dataclass
class Figure:
    key: str  # family.name, e.g. "search.cyrillic"
    title: str
    unit: str  # one of FORMATS
    samples: list[float] = field(default_factory=list)
    baseline: list[float] | None = None  # None: the figure has no baseline
    target: Target | None = None  # None: reported for information
    note: str = ""
    error: str = ""

    # --- what the table shows --------------------------------------------------------------

    @property
    def higher_is_better(self) -> bool:
        return self.target is not None and self.target.op == ">="

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        """How many times the baseline: above 1 is worse, for a time and for a rate alike."""
        value, base = self.median, self.baseline_median
        if value is None or base is None:
            return None
        if self.higher_is_better:
            value, base = base, value
        return value / base if base > 0 else None

    @property
    def verdict(self) -> str:
        if self.error or self.median is None:
            return "error"
        if self.target is None:
            return "info"
        ok = True
        if self.target.limit is not None:
            value, limit = self.median, self.target.limit
            ok = {"<=": value <= limit, "<": value < limit, ">=": value >= limit}[self.target.op]
        if self.target.ratio is not None:
            ratio = self.ratio
            ok = ok and ratio is not None and ratio <= self.target.ratio
        return "pass" if ok else "FAIL"

    def row(self) -> list[str]:
        u = self.unit
        return [
            self.title,
            str(len(self.samples)),
            fmt(self.median, u),
            fmt(min(self.samples), u) if self.samples else "—",
            fmt(max(self.samples), u) if self.samples else "—",
            fmt(self.baseline_median, u),
            f"{self.ratio:.2f}" if self.ratio is not None else "—",
            self.target.text(u) if self.target else "—",
            self.verdict,
        ]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data |= {
            "median": self.median,
            "baseline_median": self.baseline_median,
            "ratio": self.ratio,
            "target": self.target.text(self.unit) if self.target else None,
            "verdict": self.verdict,
        }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Figure":
        target = data.get("target_spec")
        return cls(
            key=data["key"],
            title=data["title"],
            unit=data["unit"],
            samples=list(data.get("samples") or []),
            baseline=data.get("baseline"),
            target=Target(**target) if target else None,
            note=data.get("note", ""),
            error=data.get("error", ""),
        )

    def to_wire(self) -> dict[str, Any]:
        """What a child process hands its parent: the figure, its target as numbers."""
        data = self.as_json()
        data["target_spec"] = asdict(self.target) if self.target else None
        return data


def fmt(value: float | None, unit: str) -> str:
    return "—" if value is None else FORMATS.get(unit, "{:g} " + unit).format(value)


HEADERS = ["figure", "n", "median", "min", "max", "baseline", "ratio", "target", "result"]


def text_table(figures: list[Figure]) -> str:
    rows = [HEADERS, *(f.row() for f in figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADERS))]
    lines = []
    for n, row in enumerate(rows):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(figures: list[Figure]) -> str:
    lines = [
        "| " + " | ".join(HEADERS) + " |",
        "|" + "|".join(["---"] + ["--:"] * (len(HEADERS) - 2) + [":-:"]) + "|",
    ]
    lines += ["| " + " | ".join(f.row()) + " |" for f in figures]
    return "\n".join(lines)


def notes(figures: list[Figure]) -> list[str]:
    return [f"{f.title}: {f.error or f.note}" for f in figures if f.note or f.error]


def machine() -> dict[str, str]:
    """The machine and the versions a table was measured with."""
    from importlib.metadata import version

    import PySide6
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "pyside6": f"{PySide6.__version__} (Qt {qVersion()})",
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": version("sqlalchemy"),
        "reportlab": version("reportlab"),
        "openpyxl": version("openpyxl"),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
