"""Writes a Workload as an .xlsx workbook with openpyxl: Summary, Cases, By day, every word
in the language asked (``reports/words.py``); dates stay dates, figures numbers.

Imported only when a workbook is made or read (openpyxl takes a while to import, and the
window must start fast). The workbook is written in openpyxl's write-only mode: rows stream to
the file, so a year of a large office does not sit in memory cell by cell; widths are worked
out from the figures before the rows go; the Cases rows, nearly all of a workbook, go as
plain markup (``rows_xml.py``) rather than cell by cell. Totals are live formulas so a
supervisor may correct a figure and see the totals follow; ``fullCalcOnLoad`` makes Excel and
LibreOffice compute them on opening.
"""

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from itertools import chain, groupby
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from expat_desk.reports.figures import ALL_MANAGERS, SERVICES, CaseRow, DayRow, SummaryRow, Workload
from expat_desk.reports.layout import (
    AVERAGE_COLUMN,
    BY_DAY,
    BY_DAY_FIRST_COUNT,
    BY_DAY_HEADER,
    CASES,
    CASES_HEADER,
    DATE_FORMAT,
    DAYS_COLUMN,
    FORMAT_VERSION,
    LANGUAGE_MARK,
    MARKER,
    SUMMARY,
    SUMMARY_COUNTS,
    SUMMARY_HEADER,
)
from expat_desk.reports.progress import Progress
from expat_desk.reports.rows_xml import FORMULA_STARTS, append_rows
from expat_desk.reports.saving import save_atomically, sheet_in
from expat_desk.reports.words import Words, words
from expat_desk.store.output_paths import check_output_path
from expat_desk.store.scratch import scratch_folder

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
HEADER_HEIGHT = 32  # two lines: long headers wrap instead of widening their column
TOTAL_FONT = Font(bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="D9E1F2")
OVERALL_FILL = PatternFill("solid", fgColor="B4C6E7")
TITLE_FONT = Font(bold=True, size=14)
WEEK_FONT = Font(bold=True, size=12, color="305496")
AVERAGE_FORMAT = "0.0"
MAX_WIDTH = 60
# Excel's SUM takes at most 255 arguments; past that the overall total adds up by label.
_MAX_SUM_ARGUMENTS = 255

Row = list[Any]  # plain values, or cells (WriteOnlyCell) where a cell has a style


class Formula(str):
    """A formula this module made. Any other text is written as text, even one starting with
    "=" (a manager or client named "=HYPERLINK(...)" must not become a live formula)."""


def write_workload(
    workload: Workload,
    out: Path,
    *,
    made_at: datetime,
    db_path: Path,
    language: str = "en",
    progress: Progress | None = None,
) -> Path:
    """Write the workbook to ``out`` (replaced whole: a half-written file never appears) in
    ``language`` (en, ru or kk: ValueError for another); ``made_at`` is naive UTC. Its
    temporaries are kept in the scratch folder beside ``db_path`` (store.scratch).

    Raises OutputRefused (a ValueError) when ``out`` is not a file name in an existing folder
    (a device, a pipe, a folder, a symlink), OSError when it cannot be written."""
    w = words(language)
    progress = progress or Progress(None)
    # Checked first: a write-only workbook left unsaved leaves its row writers dangling.
    check_output_path(out)
    with scratch_folder(db_path) as scratch:
        wb = Workbook(write_only=True)

        def sheet(name: str) -> WriteOnlyWorksheet:
            return sheet_in(wb.create_sheet(w[f"sheet.{name}"]), scratch)

        _write_summary(sheet(SUMMARY), workload, w)
        # The rows are written as they are appended; saving then zips them up.
        _write_cases(sheet(CASES), workload.cases, w, progress.part(0, 0.85))
        _write_days(sheet(BY_DAY), workload.days, w)
        scope = w.manager(workload.scope)
        wb.properties.title = w.format(
            "text.file_title", period=w.period(workload.weeks), scope=scope
        )
        wb.properties.subject = w["text.file_subject"]
        wb.properties.creator = scope
        wb.properties.lastModifiedBy = scope
        wb.properties.created = made_at
        wb.properties.modified = made_at
        if workload.sources:
            wb.properties.description = w.format(
                "text.merged_from", files=", ".join(workload.sources)
            )
        wb.custom_doc_props.append(IntProperty(name=MARKER, value=FORMAT_VERSION))
        wb.custom_doc_props.append(StringProperty(name=LANGUAGE_MARK, value=language))
        wb.calculation.fullCalcOnLoad = True
        saved = save_atomically(wb, out, scratch)
    progress.at(1)
    return saved


# --- Summary ----------------------------------------------------------------------------------


class _Grid:
    """The Summary sheet laid out in memory first (it is small): blocks down the left, the
    chart's table beside them, then written row by row."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.rows: list[Row] = []
        self.headers: list[int] = []
        self.titles: list[int] = []

    def put(self, row: int, column: int, value: Any, **style: Any) -> None:
        while len(self.rows) < row:
            self.rows.append([])
        cells = self.rows[row - 1]
        cells.extend([None] * (column - len(cells)))
        if style or _quoted(value):
            value = _styled(self.ws, value, **style)
        cells[column - 1] = value

    def header(self, row: int, titles: Sequence[str], first_col: int = 1) -> None:
        for column, title in enumerate(titles, start=first_col):
            self.put(row, column, title, **_HEADER_STYLE)
        self.headers.append(row)


def _write_summary(ws: WriteOnlyWorksheet, workload: Workload, w: Words) -> None:
    grid = _Grid(ws)
    grid.put(1, 1, w.format("text.title", scope=w.manager(workload.scope)), font=TITLE_FONT)
    weeks = workload.weeks
    if weeks:
        days = _week_days(w, weeks[0].monday, weeks[-1].sunday)
        grid.put(2, 1, f"{w.period(weeks)}: {days}")
    grid.put(3, 1, w["text.counted_note"])  # what a week counts (format 4)
    grid.titles += [1, 2, 3]
    row = 4
    all_services = w["name.all_services"]
    for week in weeks:
        grid.titles.append(row)
        grid.put(row, 1, str(week), font=WEEK_FONT)
        grid.put(row, 2, _week_days(w, week.monday, week.sunday))
        grid.header(row + 1, w.header("summary", SUMMARY_HEADER))
        row += 2
        block, totals = row, []
        rows = [r for r in workload.summary if r.week == week]
        for manager, own in groupby(rows, key=lambda r: r.manager):
            start = row
            for figures in own:
                _summary_row(grid, row, figures, w)
                row += 1
            end = row - 1
            total = w.manager(manager), all_services
            _total_row(grid, row, total, lambda c, a=start, b=end: f"=SUM({c}{a}:{c}{b})")
            totals.append(row)
            row += 1
        overall = _overall(totals, block, row - 1, all_services)
        _total_row(grid, row, (w.manager(ALL_MANAGERS), all_services), overall, OVERALL_FILL)
        row += 2
    chart_at = _by_service_table(grid, workload, w, first=4, last=max(row - 2, 4))
    widths = _widths(
        grid.rows, len(SUMMARY_HEADER), header_rows=grid.headers, skip_rows=grid.titles
    )
    _start(ws, widths, grid.headers)
    for offset, width in enumerate((26, 10, 11)):
        ws.column_dimensions[get_column_letter(_TABLE_COLUMN + offset)].width = width
    for cells in grid.rows:
        ws.append(cells)
    ws.add_chart(_chart(ws, workload, w, len(_services(workload))), chart_at)


def _week_days(w: Words, monday: date, sunday: date) -> str:
    return w.format("text.week_days", monday=monday.isoformat(), sunday=sunday.isoformat())


def _summary_row(grid: _Grid, row: int, figures: SummaryRow, w: Words) -> None:
    grid.put(row, 1, w.manager(figures.manager))
    grid.put(row, 2, w.service(figures.service))
    for name, column in SUMMARY_COUNTS.items():
        grid.put(row, column, getattr(figures, name))
    grid.put(row, DAYS_COLUMN, figures.days_to_complete)
    _average(grid, row)


def _average(grid: _Grid, row: int, **style: Any) -> None:
    """The average as a formula of the row's own cells: it follows a corrected figure."""
    completed = f"{get_column_letter(SUMMARY_COUNTS['completed'])}{row}"
    days = f"{get_column_letter(DAYS_COLUMN)}{row}"
    formula = f'=IF({completed}=0,"",{days}/{completed})'
    grid.put(row, AVERAGE_COLUMN, Formula(formula), number_format=AVERAGE_FORMAT, **style)


def _total_row(
    grid: _Grid,
    row: int,
    labels: tuple[str, str],
    formula: Callable[[str], str],
    fill: PatternFill = TOTAL_FILL,
) -> None:
    """A total row: its manager and service cells, then ``formula`` of each figure's
    column letter."""
    style = {"font": TOTAL_FONT, "fill": fill}
    grid.put(row, 1, labels[0], **style)
    grid.put(row, 2, labels[1], **style)
    for column in (*SUMMARY_COUNTS.values(), DAYS_COLUMN):
        grid.put(row, column, Formula(formula(get_column_letter(column))), **style)
    _average(grid, row, **style)


def _overall(totals: list[int], first: int, last: int, all_services: str) -> Callable[[str], str]:
    """The formula adding up the managers' total rows of a week's block."""
    if not totals:
        return lambda c: "=0"
    if len(totals) > _MAX_SUM_ARGUMENTS:
        labels = f"$B{first}:$B{last}"
        label = all_services.replace('"', '""')  # a text inside a formula doubles its quotes
        return lambda c: f'=SUMIF({labels},"{label}",{c}{first}:{c}{last})'
    return lambda c: "=SUM(" + ",".join(f"{c}{t}" for t in totals) + ")"


_TABLE_COLUMN = len(SUMMARY_HEADER) + 2  # one empty column after the blocks
_TABLE_ROW = 4


def _by_service_table(grid: _Grid, workload: Workload, w: Words, first: int, last: int) -> str:
    """Opened and completed by service over the whole period, beside the blocks, for the
    chart. SUMIF over the Service column picks the manager rows, not the totals. Returns
    where the chart goes."""
    left, top = _TABLE_COLUMN, _TABLE_ROW
    grid.header(top, w.header("summary", ("service", "opened", "completed")), first_col=left)
    labels = f"$B${first}:$B${last}"
    key = f"${get_column_letter(left)}"
    services = _services(workload)
    for n, service in enumerate(services, start=1):
        grid.put(top + n, left, w.service(service))
        for offset, name in ((1, "opened"), (2, "completed")):
            source = get_column_letter(SUMMARY_COUNTS[name])
            grid.put(
                top + n,
                left + offset,
                Formula(f"=SUMIF({labels},{key}{top + n},{source}${first}:{source}${last})"),
            )
    return f"{get_column_letter(left)}{top + len(services) + 2}"


def _chart(ws: WriteOnlyWorksheet, workload: Workload, w: Words, services: int) -> BarChart:
    """The chart of the table beside the blocks. Its references name this sheet, quoted by
    openpyxl ('Сводка'!$L$5:$L$10), so a name with spaces or Cyrillic letters works."""
    left, top = _TABLE_COLUMN, _TABLE_ROW
    chart = BarChart()
    chart.type = "col"
    chart.title = w.format("text.chart_title", period=w.period(workload.weeks))
    chart.y_axis.title = w["text.chart_axis"]
    chart.y_axis.majorGridlines = None
    chart.height, chart.width = 8, 18
    data = Reference(ws, min_col=left + 1, max_col=left + 2, min_row=top, max_row=top + services)
    categories = Reference(ws, min_col=left, min_row=top + 1, max_row=top + services)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    return chart


def _services(workload: Workload) -> list[str]:
    """The catalogue's services in its order, then any other a merged file brought."""
    return [*SERVICES, *sorted({r.service for r in workload.summary} - set(SERVICES))]


# --- Cases and By day -------------------------------------------------------------------------


def _write_cases(
    ws: WriteOnlyWorksheet, cases: Sequence[CaseRow], w: Words, progress: Progress
) -> None:
    header = w.header("cases", CASES_HEADER)

    def values(case: CaseRow) -> Row:
        return [
            str(case.week),
            case.number,
            case.client,
            w.country(case.citizenship),
            w.service(case.service),
            w.manager(case.manager),
            w.status(case.status),
            case.opened,
            case.submitted,
            case.closed,
            case.deadline,
            case.days_overdue,
            case.documents_missing,
        ]

    rows = list(map(values, cases))
    widths = _table_widths(header, rows)
    _start(ws, widths, [1], rows=len(cases) + 1)
    ws.append([_styled(ws, title, **_HEADER_STYLE) for title in header])
    # Every date cell shares this one format; the rows go as plain values (rows_xml).
    date_style = _styled(ws, date(2000, 1, 1), number_format=DATE_FORMAT).style_id
    quoted_style = _styled(ws, "=").style_id  # text a spreadsheet would take for a formula
    append_rows(
        ws,
        rows,
        first_row=2,
        date_style=date_style,
        quoted_style=quoted_style,
        progress=lambda done: progress.at(done / len(cases)),
    )


def _write_days(ws: WriteOnlyWorksheet, days: Sequence[DayRow], w: Words) -> None:
    first_count = get_column_letter(BY_DAY_FIRST_COUNT)
    last_count = get_column_letter(len(BY_DAY_HEADER) - 1)
    header = w.header("by_day", BY_DAY_HEADER)

    def values(day: DayRow) -> Row:
        # The day's name from the words, not strftime: that would follow the system's locale.
        return [str(day.week), day.day, w.weekday(day.day), w.manager(day.manager), *day.counts]

    widths = _widths(chain([list(header)], map(values, days)), len(header))
    _start(ws, widths, [1], rows=len(days) + 1)
    ws.append([_styled(ws, title, **_HEADER_STYLE) for title in header])
    for n, day in enumerate(days, start=2):
        row = _as_text(ws, values(day))
        row[1] = _styled(ws, day.day, number_format=DATE_FORMAT)
        ws.append([*row, Formula(f"=SUM({first_count}{n}:{last_count}{n})")])
    if days:
        # Below the filtered range, so sorting the table leaves it at the bottom.
        last = len(days) + 1
        style = {"font": TOTAL_FONT, "fill": TOTAL_FILL}
        total = [_styled(ws, w["name.total"], **style)] + [
            _styled(ws, None, **style) for _ in range(2, BY_DAY_FIRST_COUNT)
        ]
        for column in range(BY_DAY_FIRST_COUNT, len(BY_DAY_HEADER) + 1):
            letter = get_column_letter(column)
            total.append(_styled(ws, Formula(f"=SUM({letter}2:{letter}{last})"), **style))
        ws.append([])
        ws.append(total)


# --- style ------------------------------------------------------------------------------------

_HEADER_STYLE = {"font": HEADER_FONT, "fill": HEADER_FILL, "alignment": HEADER_ALIGNMENT}


def _styled(ws: WriteOnlyWorksheet, value: Any, **style: Any) -> Cell:
    cell = WriteOnlyCell(ws, value)
    if _looks_like_formula(value):
        cell.data_type = "s"  # openpyxl took it for a formula: it is text
    if _quoted(value):
        # Excel's leading apostrophe: a supervisor editing the cell keeps it text.
        cell.quotePrefix = True
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("=") and not isinstance(value, Formula)


def _quoted(value: Any) -> bool:
    """Text that a spreadsheet, were the cell typed again, would take for a formula."""
    return isinstance(value, str) and value[:1] in FORMULA_STARTS and not isinstance(value, Formula)


def _as_text(ws: WriteOnlyWorksheet, row: Row) -> Row:
    """The row with any text that openpyxl or a spreadsheet would take for a formula made a
    quoted text cell."""
    return [_styled(ws, v) if _quoted(v) else v for v in row]


def _start(
    ws: WriteOnlyWorksheet, widths: list[int], header_rows: Iterable[int], rows: int = 0
) -> None:
    """What a write-only sheet needs before its first row: widths, header heights, and for a
    table (``rows`` given) the frozen header row and the autofilter over the rows."""
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    for row in header_rows:
        ws.row_dimensions[row].height = HEADER_HEIGHT
    if rows:
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{rows}"


def _widths(
    rows: Iterable[Row],
    columns: int,
    *,
    header_rows: Iterable[int] = (1,),
    skip_rows: Iterable[int] = (),
) -> list[int]:
    """Each column as wide as its longest value (rows numbered from 1); a header may wrap onto
    two lines; titles in ``skip_rows`` run on over the empty cells beside them."""
    headers, skipped = set(header_rows), set(skip_rows)
    widest = [8] * columns
    body: list[set[Any]] = [set() for _ in range(columns)]  # values repeat: each seen once
    for n, row in enumerate(rows, start=1):
        if n in skipped:
            continue
        for column, cell in enumerate(row[:columns]):
            value = cell.value if isinstance(cell, Cell) else cell
            if value is None:
                continue
            if n in headers:
                widest[column] = max(widest[column], _header_length(value))
            else:
                body[column].add(value)
    for column, values in enumerate(body):
        widest[column] = max(widest[column], *map(_display_length, values), 0)
    return [min(width + 2, MAX_WIDTH) for width in widest]


def _table_widths(header: Sequence[str], rows: Sequence[Row]) -> list[int]:
    """``_widths`` of a table of plain values: a column at a time, each value measured once
    (a year's Cases sheet repeats its weeks, services and statuses hundreds of thousands of
    times)."""
    widest = [max(8, _header_length(title)) for title in header]
    for column, values in enumerate(zip(*rows, strict=True)):
        distinct = set(values)
        distinct.discard(None)
        widest[column] = max(widest[column], *map(_display_length, distinct), 0)
    return [min(width + 2, MAX_WIDTH) for width in widest]


def _header_length(title: Any) -> int:
    words = str(title).split()
    return max(max(map(len, words), default=0) + 1, (len(str(title)) + 1) // 2)


def _display_length(value: Any) -> int:
    if isinstance(value, date | datetime):
        return 10
    if isinstance(value, str) and value.startswith("="):
        return 6  # a total or an average: a few digits
    return max((len(line) for line in str(value).splitlines()), default=0)
