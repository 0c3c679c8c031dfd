"""The Cases sheet's rows written as SpreadsheetML text, straight into the part openpyxl's
write-only sheet has made, instead of through openpyxl's cell objects.

openpyxl turns every value into a cell object and every cell into an XML element: on a year
of a large office that is most of the export's time (issue 14). The rows here are plain
values: text, whole numbers, dates (as Excel's day numbers, with the one shared date style
openpyxl registered) or None (no cell). The markup is the very one openpyxl writes in
write-only mode (inline strings, ``t="n"`` numbers), so readers see no difference. Text is
always a text cell: a value such as ``=HYPERLINK(...)`` can never become a formula; one that
begins as a formula would (= + - @) also carries Excel's leading apostrophe (quotePrefix), so
a supervisor who edits the cell keeps it text.
"""

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_EPOCH = date(1899, 12, 30).toordinal()  # Excel's day 0 (1900 date system, as openpyxl)
_END_OF_ROWS = "</sheetData>"
FORMULA_STARTS = frozenset("=+-@")  # what makes typed text a formula in Excel or LibreOffice


def append_rows(
    ws: WriteOnlyWorksheet,
    rows: Iterable[Sequence[Any]],
    *,
    first_row: int,
    date_style: int,
    quoted_style: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Close ``ws`` (its rows before ``first_row`` already appended through openpyxl) and
    write ``rows`` after them. ``date_style`` is the index of the cell format for dates
    (a WriteOnlyCell's ``style_id``), ``quoted_style`` that of text with a leading apostrophe.
    ``progress(rows_done)`` is called every 1,000 rows."""
    ws.close()
    path = ws._writer.out  # the sheet's part, complete: openpyxl zips it up when saving
    with open(path, encoding="utf-8") as part:
        head, tail = part.read().rsplit(_END_OF_ROWS, 1)
    # Each cell's opening up to its row number, a column at a time: '<c r="B'.
    starts = [f'<c r="{get_column_letter(n)}' for n in range(1, 16_385)]
    texts: dict[str, str] = {}  # values repeat (service, status, week): each made once
    dates: dict[date, str] = {}
    date_cell = f'" s="{date_style}" t="n"><v>'
    written = f"{path}.rows"
    with open(written, "w", encoding="utf-8") as out:
        out.write(head)
        for n, row in enumerate(rows, start=first_row):
            number = str(n)
            cells = ['<row r="', number, '">']
            for column, value in enumerate(row):
                if value is None:
                    continue
                cells.append(starts[column])
                cells.append(number)
                if isinstance(value, str):
                    text = texts.get(value)
                    if text is None:
                        quoted = quoted_style is not None and value[:1] in FORMULA_STARTS
                        style = f' s="{quoted_style}"' if quoted else ""
                        text = texts[value] = f'"{style} t="inlineStr"><is>{_text(value)}</is></c>'
                    cells.append(text)
                elif isinstance(value, date):
                    day = dates.get(value)
                    if day is None:
                        day = dates[value] = f"{date_cell}{value.toordinal() - _EPOCH}</v></c>"
                    cells.append(day)
                elif isinstance(value, bool):
                    cells.append(f'" t="b"><v>{int(value)}</v></c>')
                else:
                    cells.append(f'" t="n"><v>{value}</v></c>')
            cells.append("</row>")
            out.write("".join(cells))
            if progress is not None and (n - first_row + 1) % 1000 == 0:
                progress(n - first_row + 1)
        out.write(_END_OF_ROWS)
        out.write(tail)
    os.replace(written, path)


def _text(value: str) -> str:
    # Control characters XML cannot hold are dropped (openpyxl would refuse the whole file).
    clean = escape(ILLEGAL_CHARACTERS_RE.sub("", value))
    if clean != clean.strip():
        return f'<t xml:space="preserve">{clean}</t>'
    return f"<t>{clean}</t>"
