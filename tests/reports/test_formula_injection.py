"""Formula injection (issue 15, item 1): whatever text a manager's file or the register holds,
the workbooks the app writes carry it as text; the only formulas are the app's own totals.

The attack: a manager's export edited to hold formulas and formula-like text (HYPERLINK,
WEBSERVICE, a DDE call, ``+1+1``, ``@SUM``, a tab before ``=``), some written as real
formula cells, some as text, plus an external link and a DDE link part, then merged.
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from expat_desk.domain.workflow import CaseStatus
from expat_desk.reports.figures import CaseRow, DayRow, SummaryRow, Workload
from expat_desk.reports.merge import merge_workloads
from expat_desk.reports.workbook import write_workload

MADE = datetime(2026, 11, 27, 11, 0)
HOSTILE = [
    '=HYPERLINK("http://evil.example","y")',
    '=WEBSERVICE("http://evil.example")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "=1+1",
]
# What the reader trims these to is still formula-like: "\t=..." arrives as "=...".
PADDED = ['\t=HYPERLINK("http://evil.example","t")', "\r=2+2"]
# The app's own formulas: sums, averages and the chart table's SUMIF, of plain references.
REF = r"\$?[A-Z]{1,3}\$?\d+"
OWN = re.compile(
    rf"SUM\({REF}(:{REF})?(,{REF})*\)"
    rf'|IF\({REF}=0,"",{REF}/{REF}\)'
    rf"|SUMIF\({REF}:{REF},{REF},{REF}:{REF}\)"
    r"|0"
)


def _hostile_workload() -> Workload:
    from expat_desk.reports.weeks import IsoWeek

    week = IsoWeek(2026, 48)
    names = [*HOSTILE, *PADDED]
    summary = tuple(
        SummaryRow(week, name, service, opened=1, in_progress=1)
        for name, service in zip(names, ["iin", *names[1:]], strict=True)
    )
    cases = tuple(
        CaseRow(week, f"N-{n}{name}", name, name, name, name, CaseStatus.OPEN,
                week.monday, None, None, None, None, 1)
        for n, name in enumerate(names)
    )  # fmt: skip
    days = tuple(DayRow(date(2026, 11, 23), name, 1) for name in names)
    return Workload(scope=HOSTILE[0], weeks=(week,), summary=summary, cases=cases, days=days)


def _as_formulas(source: Path, target: Path) -> Path:
    """The export re-saved with its hostile texts as real formula cells, as a manager's
    spreadsheet program would keep them."""
    wb = openpyxl.load_workbook(source)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.value = cell.value  # assigned, openpyxl takes "=..." for a formula
                    assert cell.data_type == "f"
    wb.save(target)
    return target


def _with_links(source: Path, target: Path) -> Path:
    """The export with an external workbook link and a DDE link part added."""
    external = (
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<ddeLink ddeService="cmd" ddeTopic="/C calc"><ddeItems><ddeItem name="A0"/>'
        "</ddeItems></ddeLink></externalLink>"
    )
    rel = (
        '<Relationship Id="rIdX" Target="externalLinks/externalLink1.xml" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink"/>'
    )
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            new.writestr(item, data)
        new.writestr("xl/externalLinks/externalLink1.xml", external)
    return target


def _sheet_formulas(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        return [f for n in sheets for f in re.findall(r"<f>(.*?)</f>", z.read(n).decode())]


def _every_text_cell(path: Path) -> list[Any]:
    wb = openpyxl.load_workbook(path)
    return [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize("form", ["text", "formulas", "links"])
def test_hostile_cells_of_a_managers_file_are_text_in_the_merged_workbook(
    tmp_path: Path, form: str
) -> None:
    source = write_workload(
        _hostile_workload(), tmp_path / "source.xlsx", made_at=MADE, db_path=tmp_path / "desk.db"
    )
    if form == "formulas":
        source = _as_formulas(source, tmp_path / "formulas.xlsx")
    if form == "links":
        source = _with_links(_as_formulas(source, tmp_path / "f.xlsx"), tmp_path / "links.xlsx")
    out = merge_workloads([source], tmp_path / "merged.xlsx", db_path=tmp_path / "desk.db")
    cells = _every_text_cell(out)
    shown = {c.value for c in cells if c.data_type == "s"}
    trimmed = [p.strip() for p in PADDED]
    for text in [*HOSTILE, *trimmed]:
        assert text in shown, text
    # Each also carries the leading apostrophe: edited in Excel, it stays text.
    quoted = [c for c in cells if c.value[:1] in "=+-@" and c.data_type == "s"]
    assert quoted and all(c.quotePrefix for c in quoted), [c.coordinate for c in quoted]
    # No cell is a formula but the app's own totals, averages and chart table.
    formulas = [c.value for c in cells if c.data_type == "f"]
    assert formulas and all(OWN.fullmatch(f[1:]) for f in formulas), formulas
    xml = _sheet_formulas(out)
    assert xml and all(OWN.fullmatch(f.replace("&quot;", '"')) for f in xml), xml
    # Nothing of the file's links comes over.
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if "externalLink" in n or "connections" in n]
        assert not [n for n in z.namelist() if b"ddeLink" in z.read(n)]


def test_an_export_writes_hostile_register_text_as_text(tmp_path: Path) -> None:
    out = write_workload(
        _hostile_workload(), tmp_path / "w.xlsx", made_at=MADE, db_path=tmp_path / "desk.db"
    )
    cells = _every_text_cell(out)
    assert {*HOSTILE, *PADDED} <= {c.value for c in cells if c.data_type == "s"}
    assert all(c.quotePrefix for c in cells if c.value[:1] in "=+-@" and c.data_type == "s")
    assert all(OWN.fullmatch(c.value[1:]) for c in cells if c.data_type == "f")
    assert all(OWN.fullmatch(f.replace("&quot;", '"')) for f in _sheet_formulas(out))
